<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kiosk/app.py" line="628"/>
        <source>Saved. The printer is used from the next band.</source>
        <translation>Guardado. La impresora se usa desde la próxima pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py" line="667"/>
        <source>Collins (restaurants and bars)</source>
        <translation>Collins (restaurantes y bares)</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py" line="672"/>
        <source>a guest card</source>
        <translation>una tarjeta de cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py" line="515"/>
        <source>Saved. The new scanner settings apply from the next start.</source>
        <translation>Guardado. Los nuevos ajustes del lector se aplican desde el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="84"/>
        <source>End of today</source>
        <translation>Final del día</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/actions.py" line="86"/>
        <source>+%n days</source>
        <extracomment>one: +%n day</extracomment>
        <translation>
            <numerusform>+%n día</numerusform>
            <numerusform>+%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="166"/>
        <source>Still checking with {system}: this is the local copy's answer.</source>
        <translation>Aún comprobando con {system}: esta es la respuesta de la copia local.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="175"/>
        <source>{system} can't do that here.</source>
        <translation>{system} no puede hacer eso aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="280"/>
        <location filename="../../kiosk/checkin/actions.py" line="200"/>
        <source>Not confirmed yet: still checking whether it arrived.</source>
        <translation>Aún sin confirmar: se sigue comprobando si ha llegado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="163"/>
        <location filename="../../kiosk/checkin/desk/bands.py" line="162"/>
        <source>Printing the band…</source>
        <translation>Imprimiendo la pulsera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="170"/>
        <source>✔ Band {code} printed.</source>
        <translation>✔ Pulsera {code} impresa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="172"/>
        <source>✔ Band {code} printed again.</source>
        <translation>✔ Pulsera {code} impresa de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="176"/>
        <source>Put the band on the guest, then tap “Use the printed band” (or scan it).</source>
        <translation>Póngale la pulsera al cliente y toque «Asignar pulsera» (o escanéela).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="190"/>
        <source>The band could not be printed.</source>
        <translation>No se pudo imprimir la pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="60"/>
        <source>Waiting for the new wristband…</source>
        <translation>Esperando la nueva pulsera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="62"/>
        <source>Waiting for the replacement wristband…</source>
        <translation>Esperando la pulsera de sustitución…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="71"/>
        <source>Cancelled: no wristband was added.</source>
        <translation>Cancelado: no se ha añadido ninguna pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="193"/>
        <source>Nothing was added to the guest.</source>
        <translation>No se ha añadido nada al cliente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="56"/>
        <source>Scan the new wristband now (or press Esc to cancel).</source>
        <translation>Escanee ahora la nueva pulsera (o Esc para cancelar).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="58"/>
        <source>Scan the replacement wristband now (or press Esc to cancel).</source>
        <translation>Escanee ahora la pulsera de sustitución (o Esc para cancelar).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="205"/>
        <source>The previous guest's band: {words}</source>
        <translation>Pulsera del cliente anterior: {words}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="49"/>
        <source>Scan the lost wristband first.</source>
        <translation>Escanee primero la pulsera perdida.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="106"/>
        <source>This guest cannot be given a band.</source>
        <translation>A este cliente no se le puede dar una pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="131"/>
        <location filename="../../kiosk/checkin/writes/bands.py" line="37"/>
        <location filename="../../kiosk/checkin/writes/base.py" line="220"/>
        <source>Scan the guest's wristband first.</source>
        <translation>Escanee primero la pulsera del cliente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/desk/duty.py" line="195"/>
        <source>Signed out after %n minutes without use.</source>
        <extracomment>one: Signed out after %n minute without use.</extracomment>
        <translation>
            <numerusform>Sesión cerrada tras %n minuto sin uso.</numerusform>
            <numerusform>Sesión cerrada tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="131"/>
        <source>Your PIN is stopped after {count} wrong tries: scan your badge, and ask a manager to set you a new PIN.</source>
        <translation>Su PIN está bloqueado tras {count} intentos erróneos: escanee su tarjeta y pida a un responsable un PIN nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="156"/>
        <source>Signed in as {name}.</source>
        <translation>Sesión iniciada: {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="158"/>
        <source>{name} took over the desk.</source>
        <translation>{name} ha tomado el mostrador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="194"/>
        <source>Signed out after {seconds} s without use.</source>
        <translation>Sesión cerrada tras {seconds} s sin uso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="112"/>
        <location filename="../../kiosk/ui/desk.py" line="714"/>
        <location filename="../../kiosk/ui/diagnostics.py" line="70"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="78"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="250"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="302"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="358"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/desk/duty.py" line="138"/>
        <source>Too many wrong PINs: try again in %n minutes, or scan your badge.</source>
        <extracomment>one: Too many wrong PINs: try again in %n minute, or scan your badge.</extracomment>
        <translation>
            <numerusform>Demasiados PIN incorrectos: vuelva a intentarlo en %n minuto o escanee su tarjeta.</numerusform>
            <numerusform>Demasiados PIN incorrectos: vuelva a intentarlo en %n minutos o escanee su tarjeta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="144"/>
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="161"/>
        <source>Your PIN was set before the rule of {low} digits or more, none easy to guess: ask a manager to set you a new one.</source>
        <translation>Su PIN es anterior a la regla (al menos {low} dígitos, difícil de adivinar): pida uno nuevo a un responsable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="116"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="84"/>
        <source>The PIN could not be checked.</source>
        <translation>No se pudo comprobar el PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="127"/>
        <source>Tap your name, then type your PIN.</source>
        <translation>Toque su nombre y escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="187"/>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="53"/>
        <source>Loading addresses…</source>
        <translation>Cargando direcciones…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="71"/>
        <source>Some details need a change.</source>
        <translation>Hay que corregir algunos datos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="85"/>
        <source>Saving the guest's details…</source>
        <translation>Guardando los datos del cliente…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="112"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="270"/>
        <source>{system} didn't accept some details.</source>
        <translation>{system} no ha aceptado algunos datos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="50"/>
        <source>Addresses couldn't load: {why}.</source>
        <translation>No se han podido cargar las direcciones: {why}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="105"/>
        <location filename="../../kiosk/ui/desk.py" line="376"/>
        <source>new guest</source>
        <translation>cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="87"/>
        <source>Asking {system} for the customers report…</source>
        <translation>Pidiendo a {system} el informe de clientes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/desk/report.py" line="156"/>
        <source>%n guests saved to {path}</source>
        <extracomment>one: %n guest saved to {path}</extracomment>
        <translation>
            <numerusform>%n cliente guardado en {path}</numerusform>
            <numerusform>%n clientes guardados en {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="160"/>
        <source>The report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="173"/>
        <source>No report: {why}</source>
        <translation>Sin informe: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="92"/>
        <source>Preparing the customers report…</source>
        <translation>Preparando el informe de clientes…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="107"/>
        <source>{system} could not prepare the report.</source>
        <translation>{system} no ha podido preparar el informe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="122"/>
        <source>Preparing the customers report… ({seconds} s)</source>
        <translation>Preparando el informe de clientes… ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="116"/>
        <source>The report is taking too long; try again later.</source>
        <translation>El informe tarda demasiado; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="136"/>
        <source>Saving the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="36"/>
        <location filename="../../kiosk/checkin/desk/scans.py" line="37"/>
        <source>scanner</source>
        <translation>lector</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="38"/>
        <source>camera</source>
        <translation>cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="39"/>
        <location filename="../../kiosk/checkin/desk/scans.py" line="369"/>
        <source>typed</source>
        <translation>escrito</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="140"/>
        <source>recent</source>
        <translation>recientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="163"/>
        <source>Looking up {code} ({via})…</source>
        <translation>Buscando {code} ({via})…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="218"/>
        <source>Showing the local copy while {system} answers…</source>
        <translation>Mostrando la copia local mientras responde {system}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="249"/>
        <source>No answer from {system} within {seconds} s; still checking…</source>
        <translation>Sin respuesta de {system} en {seconds} s; seguimos comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="369"/>
        <source>scanned</source>
        <translation>escaneado</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="103"/>
        <source>Scanner layout test</source>
        <translation>Prueba de distribución del lector</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="110"/>
        <source>{code} was just scanned; showing it already.</source>
        <translation>{code} se acaba de escanear; ya se muestra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="225"/>
        <source>{system} is slow to answer; still checking…</source>
        <translation>{system} tarda en responder; sigo comprobando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="238"/>
        <source>{system} has not answered yet</source>
        <translation>{system} aún no ha respondido</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="293"/>
        <source>Opened {name}.</source>
        <translation>{name} abierto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="295"/>
        <source>Found {name} for {code}.</source>
        <translation>{name} encontrado para {code}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="330"/>
        <source>Exit: scans check guests out.</source>
        <translation>Salida: los escaneos registran la salida.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="372"/>
        <source>“{code}” ({how}): no guest has this code at this site. Try again, or search by name.</source>
        <translation>«{code}» ({how}): ningún cliente tiene este código en este centro. Inténtelo de nuevo o busque por nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="239"/>
        <source>Still checking {code}: the guest shows here when the answer comes. You can scan the next guest at any time.</source>
        <translation>Seguimos comprobando {code}: el cliente aparecerá aquí cuando llegue la respuesta. Puede escanear al siguiente cliente en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="245"/>
        <source>Still checking: the guest shows here when the answer comes.</source>
        <translation>Seguimos comprobando: el cliente aparecerá aquí cuando llegue la respuesta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="369"/>
        <source>read by the camera</source>
        <translation>leído por la cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="434"/>
        <source>Saved, but the screen could not refresh: scan again to update.</source>
        <translation>Guardado, pero la pantalla no se ha podido actualizar: escanee de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="340"/>
        <source>{name} is not checked in here.</source>
        <translation>{name} no está registrado aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/search.py" line="62"/>
        <location filename="../../kiosk/ui/desk.py" line="980"/>
        <source>Searching for “{text}”…</source>
        <translation>Buscando «{text}»…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/search.py" line="71"/>
        <source>search</source>
        <translation>búsqueda</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/state.py" line="25"/>
        <source>Ready. Scan a wristband or card.</source>
        <translation>Listo. Escanee una pulsera o una tarjeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/state.py" line="26"/>
        <source>Sign in: scan your staff badge, or tap your name and type your PIN.</source>
        <translation>Iniciar sesión: escanee su tarjeta de personal o toque su nombre y escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/words.py" line="12"/>
        <source>Not saved. {why}</source>
        <translation>No guardado. {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="348"/>
        <source>{words}: refused when it was sent ({why}). It is in the list of what needs a look.</source>
        <translation>{words}: rechazado al enviarlo ({why}). Está en la lista de lo que hay que revisar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="345"/>
        <source>{words}: sent now that the connection is back.</source>
        <translation>{words}: enviado ahora que la conexión ha vuelto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="170"/>
        <source>Couldn't confirm whether it was saved: check again before retrying.</source>
        <translation>No se ha podido confirmar si se guardó: compruébelo de nuevo antes de reintentar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="227"/>
        <source>{words} — saved for later: it will be sent when the connection is back.</source>
        <translation>{words} — guardado para más tarde: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="232"/>
        <source>{words} (confirmed by reading back).</source>
        <translation>{words} (confirmado al volver a leer).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="200"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="372"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="145"/>
        <source>Checking whether it was saved…</source>
        <translation>Comprobando si se guardó…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="288"/>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="351"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="76"/>
        <source>Still saving the last change…</source>
        <translation>Aún guardando el último cambio…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="80"/>
        <source>First check whether the last change was saved.</source>
        <translation>Compruebe primero si se guardó el último cambio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="140"/>
        <source>Checking whether the guest was saved…</source>
        <translation>Comprobando si se guardó el cliente…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="237"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="181"/>
        <source>Previous guest: {words}</source>
        <translation>Cliente anterior: {words}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="261"/>
        <source>Previous guest: not saved. {why}</source>
        <translation>Cliente anterior: no guardado. {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="280"/>
        <source>Partly done.</source>
        <translation>Hecho en parte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="149"/>
        <source>Previous guest: checking whether the last change was saved…</source>
        <translation>Cliente anterior: comprobando si se guardó el último cambio…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="146"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="146"/>
        <source>The details were written to the log.</source>
        <translation>Los detalles se han escrito en el registro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="66"/>
        <source>That scan didn't read properly</source>
        <translation>El escaneo no se ha leído bien</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="72"/>
        <source>Can't check this band right now</source>
        <translation>Ahora no se puede comprobar esta pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="73"/>
        <source>{system} can't be reached and this band is not in the local copy. Check ID, or try again when the connection is back.</source>
        <translation>No se puede contactar con {system} y esta pulsera no está en la copia local. Compruebe el documento de identidad o inténtelo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="82"/>
        <source>Not while offline</source>
        <translation>No sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="83"/>
        <source>This needs the connection to {system}; it can't be saved for later.</source>
        <translation>Esto necesita la conexión con {system}; no se puede guardar para más tarde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="90"/>
        <source>Wristband not recognised</source>
        <translation>Pulsera no reconocida</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="91"/>
        <source>No guest has this code at this site. Try again, or search by name.</source>
        <translation>Ningún cliente tiene este código en este centro. Inténtelo de nuevo o busque por nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="96"/>
        <source>{system} is taking too long to answer</source>
        <translation>{system} tarda demasiado en responder</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="97"/>
        <source>Please try again in a moment.</source>
        <translation>Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="102"/>
        <source>Can't reach {system}</source>
        <translation>No se puede contactar con {system}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="103"/>
        <source>Check the network connection, then try again.</source>
        <translation>Compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="107"/>
        <source>Too many requests. Try again in {seconds} s.</source>
        <translation>Demasiadas solicitudes. Inténtelo de nuevo en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="109"/>
        <source>Too many requests.</source>
        <translation>Demasiadas solicitudes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="111"/>
        <source>{system} is busy right now</source>
        <translation>{system} está ocupado ahora mismo</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="115"/>
        <source>This kiosk is not signed in to {system}</source>
        <translation>Este quiosco no ha iniciado sesión en {system}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="116"/>
        <source>The API token is missing or no longer valid.</source>
        <translation>El token de la API falta o ya no es válido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="121"/>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="122"/>
        <source>This kiosk's {system} account may not do that.</source>
        <translation>La cuenta de {system} de este quiosco no puede hacer eso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="128"/>
        <source>{system} didn't accept that</source>
        <translation>{system} no lo ha aceptado</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="132"/>
        <source>{system} refused that</source>
        <translation>{system} lo ha rechazado</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="134"/>
        <source>{system} can't do that</source>
        <translation>{system} no puede hacer eso</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="138"/>
        <source>{system} is having trouble</source>
        <translation>{system} tiene problemas</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="139"/>
        <source>Server error; please try again shortly.</source>
        <translation>Error del servidor; inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="143"/>
        <source>Unexpected answer from {system}</source>
        <translation>Respuesta inesperada de {system}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="67"/>
        <source>Please scan again.</source>
        <translation>Escanee de nuevo, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="54"/>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="57"/>
        <source>expired {month}</source>
        <translation>caducada {month}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="64"/>
        <source>Direct debit •••• {last4}</source>
        <translation>Domiciliación •••• {last4}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="65"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="140"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="67"/>
        <source>{brand} •••• {last4} (exp {month})</source>
        <translation>{brand} •••• {last4} (cad. {month})</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="243"/>
        <location filename="../../kiosk/checkin/writes/account.py" line="27"/>
        <source>Unnamed guest</source>
        <translation>Cliente sin nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="281"/>
        <source>{name} checked out.</source>
        <translation>Salida de {name} registrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="283"/>
        <source>{name} checked out — saved for later: it will be sent when the connection is back.</source>
        <translation>Salida de {name} registrada — guardada para más tarde: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="268"/>
        <source>Checking out {name}…</source>
        <translation>Registrando la salida de {name}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="320"/>
        <source>{name} not checked out. {why}</source>
        <translation>Salida de {name} no registrada. {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="302"/>
        <source>Couldn't confirm whether {name} was checked out: the list will say at its next refresh.</source>
        <translation>No se ha podido confirmar la salida de {name}: la lista lo dirá en su próxima actualización.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="27"/>
        <source>07700 900123 or +44 7700 900123</source>
        <translation>07700 900123 o +44 7700 900123</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="151"/>
        <source>There is no month {month}: write the date of birth as {example}.</source>
        <translation>No existe el mes {month}: escriba la fecha de nacimiento así: {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="158"/>
        <source>{month} {year} has {days} days: there is no {day} {month}.</source>
        <translation>{month} de {year} tiene {days} días: no existe el {day} de {month}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="183"/>
        <source>Write the phone with its country code, like {example}.</source>
        <translation>Escriba el teléfono con el prefijo del país, por ejemplo {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="184"/>
        <location filename="../../kiosk/checkin/people.py" line="185"/>
        <location filename="../../kiosk/checkin/people.py" line="83"/>
        <source>Write the date of birth as day, month and year: {example}.</source>
        <translation>Escriba la fecha de nacimiento como día, mes y año: {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="186"/>
        <source>Another guest already has this email address.</source>
        <translation>Otro cliente ya tiene este correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="187"/>
        <source>That doesn't look like an email address.</source>
        <translation>Eso no parece un correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="57"/>
        <location filename="../../kiosk/checkin/writes/details.py" line="40"/>
        <source>Enter at least a name or an email address.</source>
        <translation>Introduzca al menos un nombre o un correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="61"/>
        <source>That doesn't look like an email address: write it like {example}.</source>
        <translation>No parece una dirección de correo: escríbala así: {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="70"/>
        <source>That doesn't look like a phone number. Write it like {example}.</source>
        <translation>Eso no parece un número de teléfono. Escríbalo así: {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="139"/>
        <source>There is no month {month}: write the month first, then the day ({example}).</source>
        <translation>No existe el mes {month}: escriba primero el mes y luego el día ({example}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="145"/>
        <source>There is no month {month}: write the day first, then the month ({example}).</source>
        <translation>No existe el mes {month}: escriba primero el día y luego el mes ({example}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="86"/>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="88"/>
        <source>Check the year of birth ({year}).</source>
        <translation>Revise el año de nacimiento ({year}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/pin_policy.py" line="54"/>
        <source>{low} to {high} digits</source>
        <translation>de {low} a {high} dígitos</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/pin_policy.py" line="61"/>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>Un PIN tiene de {low} a {high} dígitos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/pin_policy.py" line="63"/>
        <source>That PIN is among the first a guesser tries (a repeat, a run, a pattern or a year): choose another.</source>
        <translation>Ese PIN está entre los primeros que se prueban al adivinar (repetición, serie, patrón o año): elija otro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="309"/>
        <source>Wristband {expiry}.</source>
        <translation>Pulsera: {expiry}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="239"/>
        <source>Offline: the local copy of this guest is from {day} {time}, older than {hours} h.</source>
        <translation>Sin conexión: la copia local de este cliente es del {day} {time}, de hace más de {hours} h.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="245"/>
        <source>We can't check your details just now.</source>
        <translation>Ahora mismo no podemos comprobar sus datos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="298"/>
        <source>at {desk} · {time}</source>
        <translation>en {desk} · {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="339"/>
        <source>{membership}: {status} ({reason}).</source>
        <translation>{membership}: {status} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="346"/>
        <source>{membership}: {status}.</source>
        <translation>{membership}: {status}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="356"/>
        <source>Your membership needs a quick check.</source>
        <translation>Su membresía necesita una comprobación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="104"/>
        <source>This customer's record has been anonymised.</source>
        <translation>La ficha de este cliente se ha anonimizado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="105"/>
        <source>We couldn't find your membership.</source>
        <translation>No hemos encontrado su membresía.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="111"/>
        <source>The account is locked.</source>
        <translation>La cuenta está bloqueada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="112"/>
        <source>Your account needs a quick check.</source>
        <translation>Su cuenta necesita una comprobación.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="119"/>
        <source>A guest of another site: check they may use this one.</source>
        <translation>Cliente de otro centro: compruebe que puede usar este.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="120"/>
        <location filename="../../kiosk/checkin/policy.py" line="138"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="433"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="401"/>
        <source>Please see reception.</source>
        <translation>Por favor, acuda a recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="194"/>
        <source>Couldn't check whether the guest is already on site.</source>
        <translation>No se ha podido comprobar si el cliente ya está dentro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="195"/>
        <source>We couldn't check your visit just now.</source>
        <translation>Ahora mismo no hemos podido comprobar su visita.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="264"/>
        <source>Checked in twice ({visits}): check one of them out.</source>
        <translation>Registrado dos veces ({visits}): registre la salida de uno de ellos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="268"/>
        <location filename="../../kiosk/checkin/policy.py" line="291"/>
        <source>You're already checked in.</source>
        <translation>Ya está registrado/a.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="311"/>
        <source>Your wristband has expired.</source>
        <translation>Su pulsera ha caducado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="325"/>
        <source>No active membership.</source>
        <translation>Sin membresía activa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="326"/>
        <source>We couldn't find an active membership.</source>
        <translation>No hemos encontrado una membresía activa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="67"/>
        <source>Welcome in</source>
        <translation>Bienvenido/a</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="68"/>
        <source>Check before admitting</source>
        <translation>Comprobar antes de dejar pasar</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="69"/>
        <source>Do not admit</source>
        <translation>No dejar pasar</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="132"/>
        <source>The open tab on this wristband is {amount}, over this site's {limit}: confirm with the guest before charging more.</source>
        <translation>La cuenta abierta de esta pulsera es de {amount}, por encima de los {limit} de este centro: confírmelo con el cliente antes de cargar más.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="144"/>
        <source>No card on this wristband for charges.</source>
        <translation>No hay tarjeta en esta pulsera para los cargos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="145"/>
        <source>No card is linked to your wristband.</source>
        <translation>No hay ninguna tarjeta vinculada a su pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="160"/>
        <source>Couldn't load the wristband's expiry and card: check them before admitting.</source>
        <translation>No se han podido cargar la caducidad y la tarjeta de la pulsera: compruébelas antes de dejar pasar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="161"/>
        <source>We couldn't check your wristband just now.</source>
        <translation>Ahora mismo no hemos podido comprobar su pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="171"/>
        <source>Labelled “{label}”.</source>
        <translation>Etiqueta «{label}».</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="172"/>
        <source>Please see a member of staff.</source>
        <translation>Por favor, hable con un miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="183"/>
        <source>Couldn't load the memberships: check before admitting.</source>
        <translation>No se han podido cargar las membresías: compruebe antes de dejar pasar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="184"/>
        <source>We couldn't check your membership just now.</source>
        <translation>Ahora mismo no hemos podido comprobar su membresía.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="202"/>
        <source>The photo couldn't load: check ID.</source>
        <translation>No se ha podido cargar la foto: compruebe el documento de identidad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="203"/>
        <location filename="../../kiosk/checkin/policy.py" line="212"/>
        <source>Please see reception to confirm who you are.</source>
        <translation>Por favor, confirme su identidad en recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="211"/>
        <source>No photo on file: check ID.</source>
        <translation>No hay foto: compruebe el documento de identidad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="283"/>
        <source>Already checked in at {desk} · {time} ({ago}).</source>
        <translation>Ya registrado en {desk} · {time} ({ago}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="290"/>
        <source>Already checked in {ago}.</source>
        <translation>Ya registrado {ago}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="313"/>
        <source>Your wristband expires soon.</source>
        <translation>Su pulsera caduca pronto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="353"/>
        <source>Your membership hasn't started yet.</source>
        <translation>Su membresía aún no ha comenzado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="354"/>
        <location filename="../../kiosk/checkin/policy.py" line="355"/>
        <source>Your membership has ended.</source>
        <translation>Su membresía ha terminado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="153"/>
        <source>The card on this wristband is {problem}.</source>
        <translation>La tarjeta de esta pulsera está {problem}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="154"/>
        <source>The card on your wristband can't be used.</source>
        <translation>La tarjeta de su pulsera no se puede usar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/printing.py" line="123"/>
        <source>Valid until {date}, {time}</source>
        <translation>Válida hasta {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/printing.py" line="143"/>
        <source>No printed band can match this site's code pattern: set the printer's code prefix and length to fit it.</source>
        <translation>Ninguna pulsera impresa puede ajustarse al patrón de códigos de este centro: ajuste el prefijo y la longitud de los códigos de la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="59"/>
        <source>That didn't scan properly. Please try again.</source>
        <translation>No se ha leído bien. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="60"/>
        <source>We don't recognise this wristband.</source>
        <translation>No reconocemos esta pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="61"/>
        <source>We can't check you in right now.</source>
        <translation>Ahora mismo no podemos registrarle.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="62"/>
        <source>We couldn't confirm your check-in.</source>
        <translation>No hemos podido confirmar su registro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="333"/>
        <source>Ask one to scan their badge: the desk switches to them.</source>
        <translation>Pida a una de esas personas que escanee su tarjeta: el mostrador pasa a su nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="383"/>
        <source>Override recorded.</source>
        <translation>Excepción registrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="292"/>
        <source>That was for the previous guest; nothing was done.</source>
        <translation>Eso era para el cliente anterior; no se ha hecho nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="372"/>
        <source>An override needs a reason (a few words).</source>
        <translation>Una excepción necesita un motivo (unas palabras).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="52"/>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="53"/>
        <source>Check-ins</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="54"/>
        <source>Check-outs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="55"/>
        <source>Overrides</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="56"/>
        <source>Unknown wristbands</source>
        <translation>Pulseras desconocidas</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="57"/>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="58"/>
        <source>Not yet confirmed</source>
        <translation>Aún sin confirmar</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="59"/>
        <source>Bands printed</source>
        <translation>Pulseras impresas</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="58"/>
        <location filename="../../kiosk/ui/desk.py" line="570"/>
        <location filename="../../kiosk/ui/desk.py" line="898"/>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="59"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="60"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="64"/>
        <source>Only a supervisor or a manager can override.</source>
        <translation>Solo un supervisor o un encargado puede hacer una excepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="65"/>
        <source>Only a supervisor or a manager can lock or unlock an account.</source>
        <translation>Solo un supervisor o un encargado puede bloquear o desbloquear una cuenta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="66"/>
        <source>Only a manager can erase a guest's details.</source>
        <translation>Solo un encargado puede borrar los datos de un cliente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="67"/>
        <source>Only a manager can change staff and settings.</source>
        <translation>Solo un encargado puede cambiar el personal y los ajustes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="68"/>
        <source>Only a manager can export the customers report.</source>
        <translation>Solo un responsable puede exportar el informe de clientes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="143"/>
        <source>Keep at least one manager, or nobody can change the list again.</source>
        <translation>Deje al menos un encargado, o nadie podrá volver a cambiar la lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="146"/>
        <source>Every member of staff needs a name.</source>
        <translation>Cada miembro del personal necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="151"/>
        <source>{name} has neither a PIN nor a badge, so cannot sign in.</source>
        <translation>{name} no tiene PIN ni tarjeta y no puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="55"/>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="56"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="57"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="58"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="61"/>
        <source>less than a minute ago</source>
        <translation>hace menos de un minuto</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="62"/>
        <source>{minutes} min ago</source>
        <translation>hace {minutes} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="63"/>
        <source>{hours} h {minutes} min ago</source>
        <translation>hace {hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="64"/>
        <source>{hours} h ago</source>
        <translation>hace {hours} h</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="86"/>
        <source>expires in {span} ({day} {time})</source>
        <translation>caduca en {span} ({day} {time})</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="29"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="31"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="33"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/timewords.py" line="73"/>
        <source>%n days</source>
        <extracomment>one: %n day</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="81"/>
        <source>never expires</source>
        <translation>no caduca nunca</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="85"/>
        <source>expired {day} at {time}</source>
        <translation>caducó {day} a las {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/timewords.py" line="93"/>
        <source>%n days ago</source>
        <extracomment>one: %n day ago</extracomment>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="15"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="16"/>
        <source>Waiting for a direct-debit mandate</source>
        <translation>Esperando una orden de domiciliación</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="17"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="18"/>
        <source>Reserved, not yet confirmed</source>
        <translation>Reservada, aún sin confirmar</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="19"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="20"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="21"/>
        <source>Starts soon</source>
        <translation>Empieza pronto</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="25"/>
        <source>No mandate has been provided</source>
        <translation>No se ha facilitado ninguna orden</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="26"/>
        <source>Setup fee is unpaid</source>
        <translation>La cuota de alta no está pagada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="27"/>
        <source>Mandate has been revoked</source>
        <translation>La orden se ha revocado</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="28"/>
        <source>Payment failed</source>
        <translation>El pago ha fallado</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="29"/>
        <source>A payment was disputed</source>
        <translation>Se ha impugnado un pago</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="30"/>
        <source>Manual payment outstanding</source>
        <translation>Pago manual pendiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="46"/>
        <source>Unknown status</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="22"/>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="67"/>
        <source>Anonymising…</source>
        <translation>Anonimizando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="68"/>
        <source>Anonymised: the guest's personal details are erased.</source>
        <translation>Anonimizado: los datos personales del cliente se han borrado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="100"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="124"/>
        <source>Creating the link…</source>
        <translation>Creando el enlace…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="125"/>
        <source>Link created.</source>
        <translation>Enlace creado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="118"/>
        <source>Verification email sent.</source>
        <translation>Correo de verificación enviado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="54"/>
        <source>Locking…</source>
        <translation>Bloqueando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="54"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="57"/>
        <source>Account locked.</source>
        <translation>Cuenta bloqueada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="57"/>
        <source>Account unlocked.</source>
        <translation>Cuenta desbloqueada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="117"/>
        <source>Password reset email sent (the link works for one hour).</source>
        <translation>Correo para restablecer la contraseña enviado (el enlace vale una hora).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="75"/>
        <source>This guest's record has already been anonymised.</source>
        <translation>La ficha de este cliente ya se ha anonimizado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="78"/>
        <source>The account is locked: unlock it first (a locked account can't be anonymised).</source>
        <translation>La cuenta está bloqueada: desbloquéela primero (una cuenta bloqueada no se puede anonimizar).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="82"/>
        <source>Type “{word}” exactly to confirm.</source>
        <translation>Escriba exactamente «{word}» para confirmar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="107"/>
        <source>This guest has no email address to send it to.</source>
        <translation>Este cliente no tiene una dirección de correo a la que enviarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="53"/>
        <source>Saving the new expiry…</source>
        <translation>Guardando la nueva caducidad…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="54"/>
        <source>Expiry changed.</source>
        <translation>Caducidad cambiada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="99"/>
        <source>Saving the card…</source>
        <translation>Guardando la tarjeta…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="100"/>
        <source>Card changed on the band.</source>
        <translation>Tarjeta de la pulsera cambiada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="137"/>
        <source>Adding the wristband…</source>
        <translation>Añadiendo la pulsera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="138"/>
        <source>Wristband added.</source>
        <translation>Pulsera añadida.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="172"/>
        <source>Removing the wristband…</source>
        <translation>Quitando la pulsera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="173"/>
        <source>Wristband removed.</source>
        <translation>Pulsera quitada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="206"/>
        <source>Replacing the wristband…</source>
        <translation>Sustituyendo la pulsera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="207"/>
        <source>Wristband replaced; expiry and card moved over.</source>
        <translation>Pulsera sustituida; caducidad y tarjeta traspasadas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="163"/>
        <source>Wristband {code} added.</source>
        <translation>Pulsera {code} añadida.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="307"/>
        <source>Wristband {code} replaces the lost one; expiry and card moved over.</source>
        <translation>La pulsera {code} sustituye a la perdida; caducidad y tarjeta traspasadas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="87"/>
        <source>Expiry cleared: the band never expires.</source>
        <translation>Caducidad quitada: la pulsera no caduca nunca.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="125"/>
        <source>Card put on the band.</source>
        <translation>Tarjeta vinculada a la pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="125"/>
        <source>Card taken off the band.</source>
        <translation>Tarjeta desvinculada de la pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="245"/>
        <source>the new band is on the guest</source>
        <translation>la nueva pulsera está asignada al cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="290"/>
        <source>Partly done: the new band is on the guest; the rest is not yet. Try again to finish.</source>
        <translation>Hecho en parte: la nueva pulsera ya es del cliente; el resto aún no. Vuelva a intentarlo para terminar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="299"/>
        <source>Wristband {code} replaces the lost one; expiry, card and open tab moved over.</source>
        <translation>La pulsera {code} sustituye a la perdida; caducidad, tarjeta y cuenta abierta transferidas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="304"/>
        <source>Wristband {code} replaces the lost one; its expiry moved over.</source>
        <translation>La pulsera {code} sustituye a la perdida; su caducidad traspasada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="68"/>
        <source>That time has already passed: choose a later one.</source>
        <translation>Esa hora ya ha pasado: elija una posterior.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="107"/>
        <source>That card does not belong to this guest.</source>
        <translation>Esa tarjeta no pertenece a este cliente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="146"/>
        <location filename="../../kiosk/checkin/writes/bands.py" line="217"/>
        <source>That wristband is already this guest's.</source>
        <translation>Esa pulsera ya es de este cliente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="215"/>
        <source>That is the lost wristband itself: scan the new one.</source>
        <translation>Esa es la pulsera perdida: escanee la nueva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="249"/>
        <source>its expiry is set</source>
        <translation>su caducidad está fijada</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="253"/>
        <source>the card moved to it</source>
        <translation>la tarjeta se ha pasado a ella</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="257"/>
        <source>the open tab moved to it</source>
        <translation>la cuenta abierta pasó a ella</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="267"/>
        <source>Partly done ({done}): {reason}. Try again to finish.</source>
        <translation>Hecho en parte ({done}): {reason}. Vuelva a intentarlo para terminar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="171"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="303"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="319"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="172"/>
        <location filename="../../kiosk/checkin/writes/details.py" line="33"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="192"/>
        <source>It may have been sent; ask the guest before sending it again.</source>
        <translation>Puede que ya se haya enviado; pregunte al cliente antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="226"/>
        <location filename="../../kiosk/checkin/writes/visits.py" line="40"/>
        <source>This guest's record has been anonymised.</source>
        <translation>La ficha de este cliente se ha anonimizado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="62"/>
        <source>Details saved.</source>
        <translation>Datos guardados.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="88"/>
        <source>Saving the address…</source>
        <translation>Guardando la dirección…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="89"/>
        <source>Address saved.</source>
        <translation>Dirección guardada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="122"/>
        <source>Removing the address…</source>
        <translation>Eliminando la dirección…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="123"/>
        <source>Address removed.</source>
        <translation>Dirección eliminada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="142"/>
        <source>Adding the note…</source>
        <translation>Añadiendo la nota…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="143"/>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="168"/>
        <source>Adding the label…</source>
        <translation>Añadiendo la etiqueta…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="169"/>
        <source>Label added.</source>
        <translation>Etiqueta añadida.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="49"/>
        <source>Search for the guest before registering them again.</source>
        <translation>Busque al cliente antes de registrarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="69"/>
        <source>The account is locked: unlock it before changing details.</source>
        <translation>La cuenta está bloqueada: desbloquéela antes de cambiar los datos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="98"/>
        <source>Enter at least the first line of the address.</source>
        <translation>Introduzca al menos la primera línea de la dirección.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="151"/>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="177"/>
        <source>Choose or type a label first.</source>
        <translation>Elija o escriba primero una etiqueta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="179"/>
        <source>The guest already has the label “{label}”.</source>
        <translation>El cliente ya tiene la etiqueta «{label}».</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="31"/>
        <source>Checking in…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="32"/>
        <source>Checked in.</source>
        <translation>Registrado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="87"/>
        <source>Checking out…</source>
        <translation>Registrando la salida…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="88"/>
        <source>Checked out.</source>
        <translation>Salida registrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="45"/>
        <source>This guest may not be admitted without an override reason.</source>
        <translation>Este cliente solo puede entrar con un motivo de excepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="47"/>
        <source>This guest is already checked in.</source>
        <translation>Este cliente ya está registrado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="100"/>
        <source>This guest is not checked in.</source>
        <translation>Este cliente no está registrado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="374"/>
        <source>Membership renewed at the desk</source>
        <translation>Membresía renovada en recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="375"/>
        <source>Paid for a day pass at the desk</source>
        <translation>Pase de día pagado en recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="376"/>
        <source>Manager approved</source>
        <translation>Aprobado por el responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="377"/>
        <source>New wristband issued</source>
        <translation>Pulsera nueva entregada</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="126"/>
        <source>camera on</source>
        <translation>cámara encendida</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="131"/>
        <source>camera off</source>
        <translation>cámara apagada</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="175"/>
        <source>the camera stopped sending pictures</source>
        <translation>la cámara ha dejado de enviar imágenes</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="177"/>
        <source>cannot open camera {camera}</source>
        <translation>no se puede abrir la cámara {camera}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="191"/>
        <source>Brother QL at {where}</source>
        <translation>Brother QL en {where}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="97"/>
        <source>it has no labels loaded</source>
        <translation>no tiene etiquetas cargadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="98"/>
        <location filename="../../kiosk/devices/printers/brother.py" line="99"/>
        <source>it is out of labels</source>
        <translation>se han acabado las etiquetas</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="100"/>
        <source>it cannot feed the labels</source>
        <translation>no puede alimentar las etiquetas</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="101"/>
        <source>its cutter is jammed</source>
        <translation>su cortador está atascado</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="102"/>
        <source>its cover is open</source>
        <translation>su tapa está abierta</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="103"/>
        <source>it is switched off</source>
        <translation>está apagada</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="104"/>
        <source>it lost part of the job</source>
        <translation>se perdió parte del trabajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="105"/>
        <source>it has a system error (switch it off and on again)</source>
        <translation>tiene un error del sistema (apáguela y vuelva a encenderla)</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="108"/>
        <location filename="../../kiosk/devices/printers/pdf.py" line="33"/>
        <location filename="../../kiosk/devices/printers/system.py" line="61"/>
        <location filename="../../kiosk/devices/printers/system.py" line="55"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="176"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="263"/>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="246"/>
        <location filename="../../kiosk/devices/printers/zebra.py" line="206"/>
        <location filename="../../kiosk/ui/printer_settings.py" line="240"/>
        <source>The printer can't print: {why}.</source>
        <translation>La impresora no puede imprimir: {why}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="248"/>
        <source>The printer has a {width} mm roll loaded; this desk prints on 62 mm labels.</source>
        <translation>La impresora tiene cargado un rollo de {width} mm; esta recepción imprime en etiquetas de 62 mm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="264"/>
        <source>reachable; it does not report its status</source>
        <translation>accesible; no informa de su estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="277"/>
        <source>A Brother QL prints labels: choose the 62 mm roll.</source>
        <translation>Una Brother QL imprime etiquetas: elija el rollo de 62 mm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="292"/>
        <source>The label was sent; this printer does not say when it has printed: look at it, then use the label or print again.</source>
        <translation>La etiqueta se envió; esta impresora no indica cuándo ha impreso: mírela y use la etiqueta o imprima de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="309"/>
        <source>The printer took the label but stopped answering: look at the printer. If a label came out, use it; if not, print again.</source>
        <translation>La impresora recibió la etiqueta pero dejó de responder: mire la impresora. Si salió una etiqueta, úsela; si no, imprima de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/layout.py" line="210"/>
        <source>TEST PRINT</source>
        <translation>PRUEBA DE IMPRESIÓN</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="70"/>
        <source>The printer stopped: {why}. The band prints when that is fixed; use it then, or print again.</source>
        <translation>La impresora se ha detenido: {why}. La pulsera se imprimirá cuando se solucione; úsela entonces o imprímala de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="81"/>
        <source>The printer took the band but has not finished it: look at the printer. If a band came out, use it; if not, print again.</source>
        <translation>La impresora recibió la pulsera pero no la ha terminado: mire la impresora. Si salió una pulsera, úsela; si no, imprima de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="24"/>
        <source>The printer at {where} refused the connection: is it switched on and on the network?</source>
        <translation>La impresora en {where} rechazó la conexión: ¿está encendida y en la red?</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="32"/>
        <source>The printer at {where} cannot be reached: is it switched on?</source>
        <translation>No se puede contactar con la impresora en {where}: ¿está encendida?</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="36"/>
        <source>The printer at {where} cannot be reached ({error}).</source>
        <translation>No se puede contactar con la impresora en {where} ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="60"/>
        <source>The connection to the printer broke while sending the band: look at the printer. If a band came out, use it; if not, print again.</source>
        <translation>Se cortó la conexión con la impresora al enviar la pulsera: mire la impresora. Si salió una pulsera, úsela; si no, imprima de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="112"/>
        <source>No printer at {device}: is it plugged in and switched on?</source>
        <translation>No hay impresora en {device}: ¿está conectada y encendida?</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="116"/>
        <source>This computer does not let the kiosk use {device}: add the kiosk's user to the group that owns it (often lp).</source>
        <translation>Este ordenador no deja que el quiosco use {device}: añada el usuario del quiosco al grupo propietario (a menudo lp).</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="124"/>
        <source>The printer at {device} cannot be opened ({error}).</source>
        <translation>No se puede abrir la impresora en {device} ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/pdf.py" line="24"/>
        <source>PDF files in {folder}</source>
        <translation>Archivos PDF en {folder}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/pdf.py" line="31"/>
        <location filename="../../kiosk/devices/printers/pdf.py" line="46"/>
        <source>The folder {folder} cannot be written to.</source>
        <translation>No se puede escribir en la carpeta {folder}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/renders.py" line="36"/>
        <source>This code does not fit on the printer's {media}: nothing was printed.</source>
        <translation>Este código no cabe en el soporte {media} de la impresora: no se ha impreso nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="41"/>
        <source>system printer {name}</source>
        <translation>impresora del sistema {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="59"/>
        <source>the system says the printer has an error</source>
        <translation>el sistema indica un error de la impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="80"/>
        <location filename="../../kiosk/devices/printers/system.py" line="89"/>
        <source>The printer would not take the band: nothing was printed.</source>
        <translation>La impresora no aceptó la pulsera: no se ha impreso nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="41"/>
        <source>(the default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="47"/>
        <source>This computer has no printer called {name}.</source>
        <translation>Este ordenador no tiene ninguna impresora llamada {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="49"/>
        <source>This computer has no default printer.</source>
        <translation>Este ordenador no tiene impresora predeterminada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="83"/>
        <source>Zebra at {where}, {dpi} dpi</source>
        <translation>Zebra en {where}, {dpi} ppp</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="182"/>
        <source>it prints at {real} dpi but the setting says {setting}: bands are drawn for {real}; set the printer's dpi to {real} in the settings</source>
        <translation>imprime a {real} ppp pero el ajuste dice {setting}: las pulseras se dibujan para {real}; ponga la resolución de la impresora en {real} en los ajustes</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="150"/>
        <source>The printer at {where} answered something that is not ZPL.</source>
        <translation>La impresora en {where} respondió algo que no es ZPL.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="111"/>
        <source>The printer at {where} took the connection but does not answer: switch it off and on again.</source>
        <translation>La impresora en {where} acepta la conexión pero no responde: apáguela y vuelva a encenderla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="144"/>
        <source>The connection to the printer at {where} broke.</source>
        <translation>Se cortó la conexión con la impresora en {where}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="220"/>
        <source>The printer took the band but stopped answering: look at the printer. If a band came out, use it; if not, print again.</source>
        <translation>La impresora recibió la pulsera pero dejó de responder: mire la impresora. Si salió una pulsera, úsela; si no, imprima de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="262"/>
        <source>it shows an error on its display</source>
        <translation>muestra un error en su pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="168"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="249"/>
        <source>it is out of wristbands or labels: load a roll</source>
        <translation>no quedan pulseras ni etiquetas: cargue un rollo</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="169"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="250"/>
        <source>its print head is open: close it</source>
        <translation>el cabezal de impresión está abierto: ciérrelo</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="170"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="251"/>
        <source>it is out of ribbon</source>
        <translation>se ha acabado la cinta</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="171"/>
        <source>it is paused (press its pause button)</source>
        <translation>está en pausa (pulse su botón de pausa)</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="172"/>
        <source>its memory is full</source>
        <translation>su memoria está llena</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="252"/>
        <source>its cutter is stuck</source>
        <translation>la cuchilla está atascada</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="253"/>
        <source>its print head is too hot: let it cool</source>
        <translation>el cabezal de impresión está demasiado caliente: deje que se enfríe</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="254"/>
        <source>its motor is too hot: let it cool</source>
        <translation>el motor está demasiado caliente: deje que se enfríe</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="99"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="125"/>
        <source>scanner connected on {port}</source>
        <translation>lector conectado en {port}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="110"/>
        <source>no scanner port found; waiting for one to be plugged in</source>
        <translation>no se encontró ningún puerto de lector; esperando a que se conecte uno</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="116"/>
        <source>waiting for the scanner on {port} ({error})</source>
        <translation>esperando al lector en {port} ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="162"/>
        <source>scanner disconnected; reconnecting…</source>
        <translation>lector desconectado; reconectando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/appliance.py" line="43"/>
        <source>Pairing an appliance writes systemd credentials: run it as root (sudo).</source>
        <translation>Emparejar un equipo escribe credenciales de systemd: ejecútelo como root (sudo).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/appliance.py" line="49"/>
        <source>There is no account called {user} for the kiosk to run as: create it first (useradd -m {user}).</source>
        <translation>No hay ninguna cuenta llamada {user} con la que ejecutar el quiosco: créela primero (useradd -m {user}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/appliance.py" line="91"/>
        <source>The credential {name} could not be written ({reason}); nothing was saved.</source>
        <translation>No se pudo escribir la credencial {name} ({reason}); no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="145"/>
        <source>Paired with Collins as a {mode}; settings in {path}.</source>
        <translation>Vinculado a Collins como {mode}; ajustes en {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="215"/>
        <source>✔ Found {who}: cards work here.</source>
        <translation>✔ {who} encontrado: las tarjetas funcionan aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="229"/>
        <source>✔ Found {who}: the kiosk reads bands at this site.</source>
        <translation>✔ {who} encontrado: el quiosco lee pulseras en este centro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="267"/>
        <source>Paired with {site} as a {mode}; the token {kept}; settings in {path}.</source>
        <translation>Vinculado a {site} como {mode}; el token {kept}; ajustes en {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="344"/>
        <source>{host} answered with an error ({error}): try again shortly.</source>
        <translation>{host} ha respondido con un error ({error}): inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="139"/>
        <source>Paired with Collins at {venue} as a {mode}; settings in {path}.</source>
        <translation>Vinculado a Collins en {venue} como {mode}; ajustes en {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="153"/>
        <source>self check-in</source>
        <translation>autorregistro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="153"/>
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="206"/>
        <source>✖ Not a card this kiosk reads (it expects a 24-character customer id).</source>
        <translation>✖ No es una tarjeta que lea este quiosco (espera un id de cliente de 24 caracteres).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="214"/>
        <location filename="../../kiosk/ops/pairing.py" line="228"/>
        <source>a guest</source>
        <translation>un cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="330"/>
        <source>{host} refused this token: check it was copied whole, or make a new one.</source>
        <translation>{host} ha rechazado este token: compruebe que se copió entero o cree uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="334"/>
        <source>{host} won't show this token its sites: ask for a token that may read them.</source>
        <translation>{host} no muestra sus centros a este token: pida un token que pueda leerlos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="339"/>
        <source>{host} did not answer in time: check the network.</source>
        <translation>{host} no ha respondido a tiempo: compruebe la red.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="341"/>
        <source>No connection to {host}: check the address, the network cable or Wi-Fi.</source>
        <translation>Sin conexión con {host}: compruebe la dirección, el cable de red o la wifi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="58"/>
        <location filename="../../kiosk/ops/pairing.py" line="83"/>
        <source>Paste the API token first.</source>
        <translation>Pegue primero el token de la API.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="68"/>
        <source>This token can see no sites: ask for a token of the right brand.</source>
        <translation>Este token no ve ningún centro: pida un token de la marca correcta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="123"/>
        <source>A Collins venue id is 24 letters and digits (0-9, a-f).</source>
        <translation>Un id de centro de Collins tiene 24 letras y dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="160"/>
        <source>The mode is desk or self.</source>
        <translation>El modo es desk o self.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="162"/>
        <source>Self check-in needs a staff PIN ({rule}).</source>
        <translation>El autorregistro necesita un PIN del personal ({rule}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="265"/>
        <source>from {variable}</source>
        <translation>desde {variable}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="265"/>
        <source>in the OS keyring</source>
        <translation>en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="189"/>
        <source>This machine has no keyring to keep the token in (nothing was saved). On an appliance, pair as root with {command}: the token becomes an encrypted systemd credential.</source>
        <translation>Este equipo no tiene llavero donde guardar el token (no se ha guardado nada). En un equipo dedicado, empareje como root con {command}: el token pasa a ser una credencial cifrada de systemd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="211"/>
        <source>✖ No guest has this card.</source>
        <translation>✖ Ningún cliente tiene esta tarjeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="213"/>
        <source>✖ Could not look it up ({error}).</source>
        <translation>✖ No se ha podido buscar ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="225"/>
        <source>✖ Not recognised at this site: try another band, or check the site.</source>
        <translation>✖ No reconocida en este centro: pruebe otra pulsera o revise el centro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="93"/>
        <source>{host} refused this token: check it was copied whole.</source>
        <translation>{host} ha rechazado este token: compruebe que se copió entero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="97"/>
        <source>{host} could not be asked ({error}).</source>
        <translation>No se ha podido consultar a {host} ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="96"/>
        <source>German or other QWERTZ</source>
        <translation>alemán u otro QWERTZ</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="104"/>
        <source>The scanner and this PC use different keyboard layouts (the PC looks {guess}): the test code {expected} arrived as {received}. Set the scanner to the PC's layout, or keep 'scanner layout: US' in the settings.</source>
        <translation>El lector y este PC usan distribuciones de teclado distintas (el PC parece {guess}): el código de prueba {expected} llegó como {received}. Configure el lector con la distribución del PC o mantenga «distribución del lector: US» en los ajustes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="98"/>
        <source>French (AZERTY)</source>
        <translation>francés (AZERTY)</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="132"/>
        <source>The scanner and this PC agree on the keyboard layout: scans arrive exactly.</source>
        <translation>El lector y este PC coinciden en la distribución del teclado: los escaneos llegan exactos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="100"/>
        <source>UK</source>
        <translation>británico</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="102"/>
        <source>a different</source>
        <translation>distinto</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="21"/>
        <source>The scan arrived in pieces (the computer was busy).</source>
        <translation>El escaneo llegó en trozos (el ordenador estaba ocupado).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="53"/>
        <source>The scan was empty.</source>
        <translation>El escaneo estaba vacío.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="55"/>
        <source>The scan was too short ({count} characters).</source>
        <translation>El escaneo era demasiado corto ({count} caracteres).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="57"/>
        <source>The scan was too long ({count} characters).</source>
        <translation>El escaneo era demasiado largo ({count} caracteres).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="67"/>
        <source>The scan is not one of this site's codes.</source>
        <translation>El escaneo no es un código de este centro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="63"/>
        <source>The scan has characters a code cannot have: {characters}</source>
        <translation>El escaneo tiene caracteres que un código no puede tener: {characters}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="20"/>
        <source>Called</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="21"/>
        <source>First line</source>
        <translation>Primera línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="22"/>
        <source>Second line</source>
        <translation>Segunda línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="23"/>
        <source>Town or city</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="24"/>
        <source>County</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="25"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="26"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="37"/>
        <source>Change the address</source>
        <translation>Cambiar la dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="37"/>
        <location filename="../../kiosk/ui/guest_form.py" line="192"/>
        <location filename="../../kiosk/ui/guest_form.py" line="196"/>
        <source>Add an address</source>
        <translation>Añadir una dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_preview.py" line="24"/>
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_preview.py" line="56"/>
        <source>Starting camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="68"/>
        <source>⚠ Recent visits couldn't load</source>
        <translation>⚠ No se pudieron cargar las últimas visitas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="94"/>
        <source>Spend couldn't load</source>
        <translation>No se ha podido cargar el gasto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="117"/>
        <source>Venues: {venues}</source>
        <translation>Centros: {venues}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="119"/>
        <source>Opted into: {lists}</source>
        <translation>Suscrito a: {lists}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="121"/>
        <source>Couldn't check whether they are on site now</source>
        <translation>No se ha podido comprobar si está dentro ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="183"/>
        <source>Admitted by staff override</source>
        <translation>Admitido por excepción del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="185"/>
        <source>Reason: {reason}  ·  was: {was}</source>
        <translation>Motivo: {reason}  ·  antes: {was}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="251"/>
        <source>MEMBERSHIP</source>
        <translation>MEMBRESÍA</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="263"/>
        <source>RECENT VISITS</source>
        <translation>ÚLTIMAS VISITAS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="272"/>
        <source>NOTES</source>
        <translation>NOTAS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="411"/>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="418"/>
        <source>Guest name: {name}</source>
        <translation>Nombre del cliente: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="79"/>
        <source>still in</source>
        <translation>sigue dentro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="84"/>
        <source>saved offline, not sent yet</source>
        <translation>guardado sin conexión, aún no enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer_panel.py" line="99"/>
        <source>Spent {total} over %n orders</source>
        <extracomment>one: Spent {total} over %n order</extracomment>
        <translation>
            <numerusform>{total} gastados en %n pedido</numerusform>
            <numerusform>{total} gastados en %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="111"/>
        <source>Last check-in {ago}</source>
        <translation>Último registro {ago}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="115"/>
        <source>No check-ins yet</source>
        <translation>Aún sin registros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="174"/>
        <source>All clear.</source>
        <translation>Todo en orden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="410"/>
        <source>No notes yet.</source>
        <translation>Aún sin notas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="415"/>
        <source>Photo couldn't load; initials {initials}</source>
        <translation>No se ha podido cargar la foto; iniciales {initials}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="420"/>
        <source>Opened by their card or a search</source>
        <translation>Abierto por su tarjeta o una búsqueda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="429"/>
        <source>still checking</source>
        <translation>aún comprobando</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="429"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="455"/>
        <source>+{count} more</source>
        <translation>+{count} más</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="522"/>
        <source>Ended {day}</source>
        <translation>Terminó el {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="538"/>
        <source>Next charge {amount} on {day}</source>
        <translation>Próximo cargo {amount} el {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="422"/>
        <source>Opened by customer record (no wristband scanned)</source>
        <translation>Abierto desde la ficha del cliente (sin pulsera escaneada)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="424"/>
        <source>Found by wristband {code}</source>
        <translation>Encontrado por la pulsera {code}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="433"/>
        <source>from the local copy ({how}), as of {day} {time}</source>
        <translation>de la copia local ({how}), a {day} {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="443"/>
        <source>This guest's record has been anonymised</source>
        <translation>La ficha de este cliente se ha anonimizado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="445"/>
        <source>Account locked: details can't be changed</source>
        <translation>Cuenta bloqueada: no se pueden cambiar los datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="447"/>
        <source>The photo couldn't load</source>
        <translation>No se ha podido cargar la foto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="457"/>
        <source>More labels: </source>
        <translation>Más etiquetas: </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="464"/>
        <source>⚠ Memberships couldn't load</source>
        <translation>⚠ No se han podido cargar las membresías</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="524"/>
        <source>Starts {day}</source>
        <translation>Empieza el {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="104"/>
        <source>last {order} {amount} (cancelled)</source>
        <translation>último {order} {amount} (cancelado)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="106"/>
        <source>last {order} {amount}</source>
        <translation>último {order} {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="165"/>
        <source>(offline)</source>
        <translation>(sin conexión)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="411"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="468"/>
        <location filename="../../kiosk/ui/desk.py" line="147"/>
        <source>No membership</source>
        <translation>Sin membresía</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="526"/>
        <source>Since {day}</source>
        <translation>Desde el {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="167"/>
        <source>(checking…)</source>
        <translation>(comprobando…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="78"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="79"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="80"/>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="84"/>
        <source>admit</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="84"/>
        <source>warn</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="84"/>
        <source>deny</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="96"/>
        <source>answers came too late</source>
        <translation>las respuestas llegaron demasiado tarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="97"/>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="98"/>
        <source>the guest system is having trouble</source>
        <translation>el sistema de clientes tiene problemas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="99"/>
        <source>the guest system asked us to wait</source>
        <translation>el sistema de clientes pide esperar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="108"/>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="130"/>
        <source>no offline copy: no key for it</source>
        <translation>sin copia sin conexión: no hay clave para ella</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="132"/>
        <source>%n need attention</source>
        <extracomment>one: %n needs attention</extracomment>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="145"/>
        <location filename="../../kiosk/ui/on_site_window.py" line="112"/>
        <source>{membership} ({status})</source>
        <translation>{membership} ({status})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="149"/>
        <source>phone ending {digits}</source>
        <translation>teléfono acabado en {digits}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="241"/>
        <source>Kiosk · Front desk</source>
        <translation>Quiosco · Recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="324"/>
        <source>More time</source>
        <translation>Más tiempo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="326"/>
        <source>More time: keep this guest on screen</source>
        <translation>Más tiempo: mantener a este cliente en pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="336"/>
        <source>Connection status: open what is waiting to be sent</source>
        <translation>Estado de la conexión: abrir lo que espera para enviarse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="366"/>
        <source>check in</source>
        <translation>registrar entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="367"/>
        <source>expiry</source>
        <translation>caducidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="368"/>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="369"/>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="375"/>
        <source>find a guest (the search box)</source>
        <translation>buscar un cliente (el cuadro de búsqueda)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="377"/>
        <source>recent scans</source>
        <translation>escaneos recientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="378"/>
        <source>cancel a wristband scan, or clear the screen</source>
        <translation>cancelar el escaneo de una pulsera o limpiar la pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="379"/>
        <source>who is in now</source>
        <translation>quién está dentro ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="380"/>
        <source>print a band; again: give the guest the printed band</source>
        <translation>imprimir una pulsera; otra vez: asignar la pulsera impresa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="381"/>
        <source>this list of keys</source>
        <translation>esta lista de teclas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="404"/>
        <source>Find (Enter)</source>
        <translation>Buscar (Intro)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="405"/>
        <source>New guest (Ctrl+N)</source>
        <translation>Cliente nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="406"/>
        <source>Recent scans (Ctrl+R)</source>
        <translation>Escaneos recientes (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="407"/>
        <source>Print a band (Ctrl+P)</source>
        <translation>Imprimir pulsera (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="408"/>
        <source>Give the guest the band just printed (Ctrl+P)</source>
        <translation>Asignar al cliente la pulsera recién impresa (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="442"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="453"/>
        <location filename="../../kiosk/ui/desk.py" line="705"/>
        <source>Keys: {keys}</source>
        <translation>Teclas: {keys}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="455"/>
        <location filename="../../kiosk/ui/desk.py" line="1229"/>
        <location filename="../../kiosk/ui/diagnostics.py" line="126"/>
        <location filename="../../kiosk/ui/on_site_window.py" line="207"/>
        <location filename="../../kiosk/ui/shift_dialog.py" line="51"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="457"/>
        <source>Close the list of keys</source>
        <translation>Cerrar la lista de teclas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="579"/>
        <source>Who is in now (Ctrl+I)</source>
        <translation>Quién está dentro ahora (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="585"/>
        <source>Code, name, email or phone</source>
        <translation>Código, nombre, correo, tel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="587"/>
        <source>Find a guest by wristband code, name, email or phone</source>
        <translation>Buscar un cliente por código de pulsera, nombre, correo o teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="593"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="595"/>
        <source>Find guest by code</source>
        <translation>Buscar cliente por código</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="603"/>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="605"/>
        <source>This shift's scans</source>
        <translation>Escaneos de este turno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="613"/>
        <location filename="../../kiosk/ui/guest_form.py" line="66"/>
        <source>New guest</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="615"/>
        <source>Register a walk-in guest</source>
        <translation>Registrar un cliente sin reserva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="618"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="260"/>
        <source>Back to self check-in</source>
        <translation>Volver al autorregistro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="620"/>
        <source>Back to the self check-in screen</source>
        <translation>Volver a la pantalla de autorregistro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="628"/>
        <source>Sign out (someone else can also scan their badge to take over)</source>
        <translation>Cerrar sesión (otra persona también puede escanear su tarjeta para tomar el relevo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="631"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="639"/>
        <source>Scanners and camera; reports; diagnostics</source>
        <translation>Lectores y cámara; informes; diagnóstico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="640"/>
        <source>Settings, reports and diagnostics</source>
        <translation>Ajustes, informes y diagnóstico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="642"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="645"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="102"/>
        <source>Scanners and camera…</source>
        <translation>Lectores y cámara…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="648"/>
        <source>Printer…</source>
        <translation>Impresora…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="651"/>
        <source>Customers report (CSV)…</source>
        <translation>Informe de clientes (CSV)…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="654"/>
        <source>Staff and roles…</source>
        <translation>Personal y funciones…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="657"/>
        <source>Shift summary…</source>
        <translation>Resumen del turno…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="660"/>
        <source>Exit desk: scans check guests out</source>
        <translation>Puesto de salida: los escaneos registran la salida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="664"/>
        <source>Diagnostics…</source>
        <translation>Diagnóstico…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="687"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="160"/>
        <source>A wristband with a barcode</source>
        <translation>Una pulsera con código de barras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="688"/>
        <source>Scan a wristband or card</source>
        <translation>Escanee una pulsera o una tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="692"/>
        <source>The scanner works anywhere on this screen. You can also type a code, a name, an email or a phone number above.</source>
        <translation>El lector funciona en cualquier parte de esta pantalla. También puede escribir arriba un código, un nombre, un correo o un teléfono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="732"/>
        <source>Guests found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="898"/>
        <source>Exit: scans check guests out</source>
        <translation>Salida: los escaneos registran la salida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="932"/>
        <source>{time}  {what}  {guest}  {state}</source>
        <translation>{time}  {what}  {guest}  {state}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="943"/>
        <source>Saved while offline</source>
        <translation>Guardado sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1163"/>
        <source>Anonymise this guest</source>
        <translation>Anonimizar a este cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1181"/>
        <source>Type {word} to confirm</source>
        <translation>Escriba {word} para confirmar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1186"/>
        <location filename="../../kiosk/ui/note_dialogs.py" line="30"/>
        <location filename="../../kiosk/ui/override_dialog.py" line="67"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="252"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="117"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="236"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="105"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1187"/>
        <source>Anonymise</source>
        <translation>Anonimizar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1189"/>
        <source>Anonymise the guest</source>
        <translation>Anonimizar al cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1220"/>
        <source>Customers report</source>
        <translation>Informe de clientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1257"/>
        <source>Check in anyway?</source>
        <translation>¿Registrar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1352"/>
        <source>Set-password link</source>
        <translation>Enlace para crear la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1353"/>
        <source>Give this link to the guest (it works for a limited time):</source>
        <translation>Dé este enlace al cliente (vale durante un tiempo limitado):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1370"/>
        <source>Who is in now: {count}</source>
        <translation>Quién está dentro ahora: {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="110"/>
        <source>slow: answers are late</source>
        <translation>lento: las respuestas llegan tarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="112"/>
        <source>sending {count} saved offline</source>
        <translation>enviando {count} guardados sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="115"/>
        <source>● Offline since {time}</source>
        <translation>● Sin conexión desde las {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="117"/>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="123"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="275"/>
        <source>data from {time}</source>
        <translation>datos de las {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="125"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="278"/>
        <source>%n check-ins waiting</source>
        <extracomment>one: %n check-in waiting</extracomment>
        <translation>
            <numerusform>%n registro en espera</numerusform>
            <numerusform>%n registros en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="127"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="280"/>
        <source>nothing waiting</source>
        <translation>nada en espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="152"/>
        <source>⚠ guest of {site}, not this one</source>
        <translation>⚠ cliente de {site}, no de este</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="154"/>
        <source>⚠ guest of another site, not this one</source>
        <translation>⚠ cliente de otro centro, no de este</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="347"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="348"/>
        <source>Find a guest by code</source>
        <translation>Buscar un cliente por código</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="391"/>
        <source>Key {key}</source>
        <translation>Tecla {key}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="831"/>
        <source>Signing out in {seconds} s: tap More time to stay signed in.</source>
        <translation>Cierre de sesión en {seconds} s: toque Más tiempo para seguir conectado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="863"/>
        <source>Signed in as {name}, {role}: sign out</source>
        <translation>Sesión de {name}, {role}: cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="930"/>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="930"/>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="945"/>
        <source>Nothing is waiting: everything saved offline has been sent.</source>
        <translation>Nada en espera: todo lo guardado sin conexión se ha enviado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="947"/>
        <source>%n saved while offline (sent in this order when the connection is back; refused ones need a look):</source>
        <extracomment>one: %n saved while offline (sent when the connection is back; refused ones need a look):</extracomment>
        <translation>
            <numerusform>%n guardado sin conexión (se enviará cuando vuelva la conexión; revise los rechazados):</numerusform>
            <numerusform>%n guardados sin conexión (se enviarán en este orden cuando vuelva la conexión; revise los rechazados):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="996"/>
        <source>%n guests matching “{text}”</source>
        <extracomment>one: %n guest matching “{text}”</extracomment>
        <translation>
            <numerusform>%n cliente coincide con «{text}»</numerusform>
            <numerusform>%n clientes coinciden con «{text}»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1000"/>
        <source>No guest matches “{text}”. Check the spelling, or try the email.</source>
        <translation>Ningún cliente coincide con «{text}». Revise la ortografía o pruebe con el correo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1175"/>
        <source>To confirm, type: {word}</source>
        <translation>Para confirmar, escriba: {word}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="451"/>
        <source>A scanner works anywhere. Keys for everything else:</source>
        <translation>Un lector funciona en cualquier parte. Teclas para todo lo demás:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="701"/>
        <source>F1 all keys</source>
        <translation>F1 todas las teclas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="804"/>
        <source>Still checking {code}…</source>
        <translation>Aún comprobando {code}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="806"/>
        <source>Checking {code}…</source>
        <translation>Comprobando {code}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="838"/>
        <source>The screen clears in {seconds} s: tap More time to keep it.</source>
        <translation>La pantalla se limpia en {seconds} s: toque «Más tiempo» para mantenerla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1170"/>
        <source>This erases the guest's name, email, phone, date of birth, photo and addresses for good (visits and orders stay, without them). It can't be undone.</source>
        <translation>Esto borra para siempre el nombre, el correo, el teléfono, la fecha de nacimiento, la foto y las direcciones del cliente (las visitas y los pedidos se quedan, sin ellos). No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1269"/>
        <source>Remove wristband</source>
        <translation>Quitar la pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1270"/>
        <source>Remove this wristband from the guest? It will no longer find them.</source>
        <translation>¿Quitar esta pulsera al cliente? Ya no lo encontrará.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1273"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="473"/>
        <source>Lock the account</source>
        <translation>Bloquear la cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1274"/>
        <source>Lock this guest's account? Their details can't be changed until unlocked.</source>
        <translation>¿Bloquear la cuenta de este cliente? Sus datos no se podrán cambiar hasta desbloquearla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1277"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="486"/>
        <source>Email a password reset link</source>
        <translation>Enviar un enlace para restablecer la contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1278"/>
        <source>Send this guest an email with a link to reset their password?</source>
        <translation>¿Enviar a este cliente un correo con un enlace para restablecer su contraseña?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1281"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="487"/>
        <source>Resend the email verification</source>
        <translation>Reenviar el correo de verificación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1282"/>
        <source>Send this guest the email that verifies their address again?</source>
        <translation>¿Enviar de nuevo a este cliente el correo que verifica su dirección?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="936"/>
        <source>guest {id}…</source>
        <translation>cliente {id}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1258"/>
        <source>Check this guest in anyway?</source>
        <translation>¿Registrar a este cliente de todos modos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="40"/>
        <source>1280×720 (recommended)</source>
        <translation>1280×720 (recomendado)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="41"/>
        <source>1920×1080: reads smaller codes on phones, more work a frame</source>
        <translation>1920×1080: lee códigos más pequeños en móviles, más trabajo por imagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="42"/>
        <source>The camera's own size (often 640×480)</source>
        <translation>El tamaño propio de la cámara (a menudo 640×480)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="55"/>
        <source>Scanners and camera</source>
        <translation>Lectores y cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="65"/>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="68"/>
        <source>A video file or stream…</source>
        <translation>Un archivo de vídeo o una emisión…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="70"/>
        <source>/path/to/video.avi or rtsp://…</source>
        <translation>/ruta/a/video.avi o rtsp://…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="72"/>
        <source>Test camera</source>
        <translation>Probar la cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="77"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="80"/>
        <source>The picture size asked of the camera</source>
        <translation>El tamaño de imagen pedido a la cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="83"/>
        <source>Picture size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="93"/>
        <source>No serial scanner</source>
        <translation>Sin lector serie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="94"/>
        <source>Find it automatically</source>
        <translation>Buscarlo automáticamente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="104"/>
        <source>Serial scanner</source>
        <translation>Lector serie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="106"/>
        <source>Types as a US keyboard (most scanners, recommended)</source>
        <translation>Escribe como un teclado US (la mayoría de lectores, recomendado)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="107"/>
        <source>Set to this PC's keyboard layout</source>
        <translation>Configurado con la distribución de teclado de este PC</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="114"/>
        <source>Keyboard scanner</source>
        <translation>Lector de teclado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="116"/>
        <source>Code 39 bands in full ASCII (lower case: 12ab)</source>
        <translation>Pulseras Code 39 en ASCII completo (minúsculas: 12ab)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="118"/>
        <source>The camera reads Code 39 bands as full ASCII (12ab, not 12+A+B)</source>
        <translation>La cámara lee las pulseras Code 39 como ASCII completo (12ab, no 12+A+B)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="120"/>
        <source>Code 39</source>
        <translation>Code 39</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="169"/>
        <source>Hold a wristband up to the camera…</source>
        <translation>Acerque una pulsera a la cámara…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="184"/>
        <source>The camera works: it read “{code}”.</source>
        <translation>La cámara funciona: ha leído «{code}».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="67"/>
        <source>Camera {number}</source>
        <translation>Cámara {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="100"/>
        <source>{rate} baud</source>
        <translation>{rate} baudios</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="96"/>
        <source>(looks like a scanner)</source>
        <translation>(parece un lector)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="189"/>
        <source>It sends {sent}, not the {asked} asked for: codes on phones may not read.</source>
        <translation>Envía {sent}, no los {asked} pedidos: puede que no se lean los códigos en móviles.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="195"/>
        <source>Picture: {size}.</source>
        <translation>Imagen: {size}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="59"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="258"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="84"/>
        <source>Scanner test: scan a band now; its keys' timing shows here.</source>
        <translation>Prueba del lector: escanee una pulsera; el ritmo de sus teclas aparece aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="87"/>
        <source>Scanner test result</source>
        <translation>Resultado de la prueba del lector</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="94"/>
        <source>Test reading a screen</source>
        <translation>Probar la lectura de una pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="96"/>
        <source>Show a code on this screen for the keyboard scanner to read</source>
        <translation>Mostrar un código en esta pantalla para que lo lea el escáner de teclado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="102"/>
        <source>A code to scan from the screen</source>
        <translation>Un código para escanear en la pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="107"/>
        <source>Screen reading test result</source>
        <translation>Resultado de la prueba de lectura de pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="118"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="119"/>
        <source>Run the checks again</source>
        <translation>Repetir las comprobaciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="121"/>
        <source>Save support bundle…</source>
        <translation>Guardar el paquete de soporte…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="123"/>
        <source>Save a support bundle: versions, settings, checks and logs, without guest data</source>
        <translation>Guardar un paquete de soporte: versiones, ajustes, comprobaciones y registros, sin datos de clientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="127"/>
        <source>Close diagnostics</source>
        <translation>Cerrar el diagnóstico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="146"/>
        <source>Checking… (the camera takes a few seconds)</source>
        <translation>Comprobando… (la cámara tarda unos segundos)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="190"/>
        <source>The checks could not run ({error})</source>
        <translation>Las comprobaciones no se han podido ejecutar ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="206"/>
        <source>Scan the code on this screen with the keyboard scanner (as a guest's phone would be held).</source>
        <translation>Escanee el código de esta pantalla con el escáner de teclado (como un cliente sostendría su teléfono).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="217"/>
        <source>✖ Nothing came in {seconds} s: this scanner may be a 1D-only (laser) model. It cannot read QR codes or a membership card on a phone; the camera can.</source>
        <translation>✖ No llegó nada en {seconds} s: este escáner puede ser un modelo solo 1D (láser). No lee códigos QR ni una tarjeta de socio en un teléfono; la cámara sí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="252"/>
        <source>Save support bundle</source>
        <translation>Guardar el paquete de soporte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="252"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="261"/>
        <source>Saving the support bundle…</source>
        <translation>Guardando el paquete de soporte…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="238"/>
        <source>✔ It read the code on the screen: QR codes and phones' screens work.</source>
        <translation>✔ Leyó el código de la pantalla: los códigos QR y las pantallas de teléfono funcionan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="265"/>
        <source>Saved: {path} (no guest data in it)</source>
        <translation>Guardado: {path} (sin datos de clientes)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="270"/>
        <source>Not saved ({error}): choose another folder</source>
        <translation>No guardado ({error}): elija otra carpeta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/diagnostics.py" line="157"/>
        <source>%n problems found</source>
        <extracomment>one: %n problem found</extracomment>
        <translation>
            <numerusform>%n problema encontrado</numerusform>
            <numerusform>%n problemas encontrados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="163"/>
        <source>✔ Everything checked is working</source>
        <translation>✔ Todo lo comprobado funciona</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/diagnostics.py" line="160"/>
        <source>Working, with %n warnings</source>
        <extracomment>one: Working, with %n warning</extracomment>
        <translation>
            <numerusform>Funciona, con %n aviso</numerusform>
            <numerusform>Funciona, con %n avisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="45"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="46"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="135"/>
        <location filename="../../kiosk/ui/override_dialog.py" line="69"/>
        <source>✔ Check in</source>
        <translation>✔ Registrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="47"/>
        <source>Check in…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="48"/>
        <location filename="../../kiosk/ui/on_site_window.py" line="203"/>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="49"/>
        <source>Override and check in…</source>
        <translation>Excepción y registrar…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="50"/>
        <source>↻ Check again</source>
        <translation>↻ Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="53"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="54"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="137"/>
        <source>Check the guest in</source>
        <translation>Registrar la entrada del cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="55"/>
        <source>Check the guest in, after a confirmation</source>
        <translation>Registrar la entrada del cliente, tras una confirmación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="56"/>
        <source>Check the guest out</source>
        <translation>Registrar la salida del cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="57"/>
        <source>Admit anyway, with a reason</source>
        <translation>Dejar pasar de todos modos, con un motivo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="58"/>
        <source>Check again whether the last change was saved</source>
        <translation>Comprobar de nuevo si se guardó el último cambio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="88"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="259"/>
        <source>WRISTBAND</source>
        <translation>PULSERA</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="112"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="235"/>
        <source>Print a band</source>
        <translation>Imprimir pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="114"/>
        <source>Print a new wristband for this guest</source>
        <translation>Imprimir una pulsera nueva para este cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="116"/>
        <source>✔ Use the printed band</source>
        <translation>✔ Asignar pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="118"/>
        <source>Give the guest the band just printed</source>
        <translation>Asignar al cliente la pulsera recién impresa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="120"/>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="122"/>
        <source>Print the same band again</source>
        <translation>Imprimir la misma pulsera de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="139"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="141"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="142"/>
        <source>Change the wristband's expiry</source>
        <translation>Cambiar la caducidad de la pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="143"/>
        <source>Put a card on the wristband or take it off</source>
        <translation>Vincular una tarjeta a la pulsera o quitarla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="144"/>
        <source>More actions: bands, account, password</source>
        <translation>Más acciones: pulseras, cuenta, contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="365"/>
        <source>Pick a date and time…</source>
        <translation>Elegir fecha y hora…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="369"/>
        <source>Never expires (clear expiry)</source>
        <translation>No caduca nunca (quitar la caducidad)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="514"/>
        <source>Wristband expiry</source>
        <translation>Caducidad de la pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="523"/>
        <source>The wristband's new expiry date and time</source>
        <translation>Nueva fecha y hora de caducidad de la pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="235"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="253"/>
        <source>GUEST CARD</source>
        <translation>TARJETA DEL CLIENTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="288"/>
        <source>Other bands: {codes}</source>
        <translation>Otras pulseras: {codes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="380"/>
        <source>The guest's cards couldn't load: scan again</source>
        <translation>No se han podido cargar las tarjetas del cliente: escanee de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="393"/>
        <source>This guest has no stored cards</source>
        <translation>Este cliente no tiene tarjetas guardadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="398"/>
        <source>Take the card off the band</source>
        <translation>Quitar la tarjeta de la pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="411"/>
        <source>Add a new wristband (scan it next)</source>
        <translation>Añadir una pulsera nueva (escanéela a continuación)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="417"/>
        <source>Replace a lost wristband (scan the new one next)</source>
        <translation>Sustituir una pulsera perdida (escanee la nueva a continuación)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="436"/>
        <source>Remove this wristband from the guest</source>
        <translation>Quitar esta pulsera al cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="444"/>
        <source>Edit the guest's details</source>
        <translation>Editar los datos del cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="451"/>
        <source>Add a note…</source>
        <translation>Añadir una nota…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="458"/>
        <source>Add a label…</source>
        <translation>Añadir una etiqueta…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="480"/>
        <source>Anonymise on the guest's request…</source>
        <translation>Anonimizar a petición del cliente…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="499"/>
        <source>Create a set-password link to hand over</source>
        <translation>Crear un enlace para crear la contraseña y entregarlo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="558"/>
        <source>Open tab {order}: {amount} so far</source>
        <translation>Cuenta abierta {order}: {amount} hasta ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="564"/>
        <source>Open order {order}</source>
        <translation>Pedido abierto {order}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="567"/>
        <source>Order {order} (closed)</source>
        <translation>Pedido {order} (cerrado)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="571"/>
        <source>Spent today: {amount}</source>
        <translation>Gastado hoy: {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="263"/>
        <source>⚠ The wristband's details couldn't load.</source>
        <translation>⚠ No se han podido cargar los datos de la pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="265"/>
        <source>No wristband</source>
        <translation>Sin pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="266"/>
        <source>No wristband was scanned.</source>
        <translation>No se ha escaneado ninguna pulsera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="385"/>
        <source>(on the band)</source>
        <translation>(en la pulsera)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="424"/>
        <source>Print a new wristband</source>
        <translation>Imprimir una pulsera nueva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="430"/>
        <source>Print this wristband again</source>
        <translation>Volver a imprimir esta pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="466"/>
        <source>Unlock the account</source>
        <translation>Desbloquear la cuenta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="213"/>
        <source>Needs the connection to the guest system</source>
        <translation>Necesita la conexión con el sistema de clientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="277"/>
        <source>✖ No card on this band: nothing can be charged to it</source>
        <translation>✖ No hay tarjeta en esta pulsera: no se le puede cargar nada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="279"/>
        <source>No card on this band</source>
        <translation>Sin tarjeta en esta pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="33"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="34"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="35"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="36"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="37"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="100"/>
        <source>The guest's language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="103"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="106"/>
        <source>Happy to hear about offers and events</source>
        <translation>Quiere recibir información sobre ofertas y eventos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="179"/>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="184"/>
        <source>The guest's addresses</source>
        <translation>Direcciones del cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="193"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="194"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="223"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="230"/>
        <source>No address on file.</source>
        <translation>No hay ninguna dirección.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="255"/>
        <source>Remove the address</source>
        <translation>Eliminar la dirección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="257"/>
        <source>Remove {label}: {address}?</source>
        <translation>¿Eliminar {label}: {address}?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="66"/>
        <source>Edit guest</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="70"/>
        <source>Change the guest's details. Leave a field empty to clear it.</source>
        <translation>Cambie los datos del cliente. Deje un campo vacío para borrarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="72"/>
        <source>A name or an email is enough; add a phone and date of birth if the guest wants.</source>
        <translation>Basta con un nombre o un correo; añada teléfono y fecha de nacimiento si el cliente quiere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="138"/>
        <source>Email can't be changed here</source>
        <translation>El correo no se puede cambiar aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="197"/>
        <source>Change the chosen address</source>
        <translation>Cambiar la dirección elegida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="198"/>
        <source>Remove the chosen address</source>
        <translation>Eliminar la dirección elegida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="289"/>
        <source>See the notes under the fields.</source>
        <translation>Vea las notas bajo los campos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="31"/>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="34"/>
        <source>This kiosk needs a member of staff</source>
        <translation>Este quiosco necesita a un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="38"/>
        <source>Please ask at reception.</source>
        <translation>Por favor, pregunte en recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="44"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="45"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="190"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="48"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="49"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="93"/>
        <source>Too many wrong PINs. Try again in {s} s.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo en {s} s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="96"/>
        <source>The keypad is stopped after {count} wrong PINs: kiosk set-pin on this machine opens it.</source>
        <translation>El teclado está bloqueado tras {count} PIN erróneos: lo abre kiosk set-pin en este equipo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="103"/>
        <location filename="../../kiosk/ui/staff_list.py" line="109"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="47"/>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="51"/>
        <source>A note on {name}, for whoever serves them next.</source>
        <translation>Una nota sobre {name}, para quien le atienda después.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="55"/>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="60"/>
        <source>Add the note</source>
        <translation>Añadir la nota</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="60"/>
        <source>Add the note to the guest</source>
        <translation>Añadir la nota al cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="89"/>
        <source>Add a label</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="94"/>
        <source>A label for {name}: tap one, or type your own.</source>
        <translation>Una etiqueta para {name}: toque una o escriba la suya.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="111"/>
        <source>Another label</source>
        <translation>Otra etiqueta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="112"/>
        <source>A label of your own</source>
        <translation>Una etiqueta propia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="115"/>
        <source>Add the label</source>
        <translation>Añadir la etiqueta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="115"/>
        <source>Add the typed label</source>
        <translation>Añadir la etiqueta escrita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="102"/>
        <location filename="../../kiosk/ui/widgets.py" line="140"/>
        <source>Label: {label}</source>
        <translation>Etiqueta: {label}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/on_site_window.py" line="48"/>
        <source>%n on site</source>
        <extracomment>one: %n on site</extracomment>
        <translation>
            <numerusform>%n dentro</numerusform>
            <numerusform>%n dentro</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="287"/>
        <source>Reading the list…</source>
        <translation>Leyendo la lista…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="47"/>
        <source>On site: …</source>
        <translation>Dentro: …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="275"/>
        <source>Offline: from the local copy, as of {day} {time}.</source>
        <translation>Sin conexión: de la copia local, a {day} {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="281"/>
        <source>Couldn't refresh: {why}</source>
        <translation>No se ha podido actualizar: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="283"/>
        <source>Updated {time}; read again every minute.</source>
        <translation>Actualizado a las {time}; se vuelve a leer cada minuto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>Guest</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>In since</source>
        <translation>Dentro desde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>Wristband</source>
        <translation>Pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="153"/>
        <source>Who is in now</source>
        <translation>Quién está dentro ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="168"/>
        <source>Name or band code</source>
        <translation>Nombre o código de pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="169"/>
        <source>Find a guest on site by name or band code</source>
        <translation>Buscar un cliente dentro por nombre o código de pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="177"/>
        <source>Guests on site</source>
        <translation>Clientes dentro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="197"/>
        <source>What the last check-out did</source>
        <translation>Resultado de la última salida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="200"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="201"/>
        <source>Read the list again now</source>
        <translation>Volver a leer la lista ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="205"/>
        <source>Check the chosen guest out</source>
        <translation>Registrar la salida del cliente elegido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="208"/>
        <source>Close who is in now</source>
        <translation>Cerrar «quién está dentro ahora»</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="92"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="32"/>
        <source>Override and check in</source>
        <translation>Excepción y registrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="37"/>
        <source>Admit this guest anyway?</source>
        <translation>¿Dejar pasar a este cliente de todos modos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="59"/>
        <source>Or in your own words</source>
        <translation>O con sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="60"/>
        <source>The reason for admitting this guest, in your own words</source>
        <translation>El motivo para dejar pasar a este cliente, con sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="68"/>
        <source>Cancel: do not admit</source>
        <translation>Cancelar: no dejar pasar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="71"/>
        <source>Admit and check the guest in</source>
        <translation>Dejar pasar y registrar al cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="44"/>
        <source>Why? (kept in the audit log)</source>
        <translation>¿Por qué? (se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="54"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="53"/>
        <source>a wristband</source>
        <translation>una pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="69"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="200"/>
        <source>Pair this kiosk</source>
        <translation>Vincular este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="80"/>
        <source>Pair this kiosk with your site</source>
        <translation>Vincular este quiosco a su centro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="88"/>
        <source>Pairing status</source>
        <translation>Estado de la vinculación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="149"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="151"/>
        <source>Paste the API token</source>
        <translation>Pegue el token de la API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="151"/>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="154"/>
        <source>Find my sites</source>
        <translation>Buscar mis centros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="154"/>
        <source>Check the token and list its sites</source>
        <translation>Comprobar el token y listar sus centros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="168"/>
        <source>Sites this token can see</source>
        <translation>Centros que ve este token</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="171"/>
        <source>This venue's id (from your account)</source>
        <translation>Id de este centro (de su cuenta)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="171"/>
        <source>Venue id</source>
        <translation>Id del centro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="172"/>
        <source>The venue's name, as staff call it</source>
        <translation>Nombre del centro, como lo llama el personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="172"/>
        <source>Venue name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="178"/>
        <source>Front desk (staff)</source>
        <translation>Recepción (personal)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="178"/>
        <source>Mode: front desk</source>
        <translation>Modo: recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="179"/>
        <source>Self check-in (guests)</source>
        <translation>Autorregistro (clientes)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="179"/>
        <source>Mode: self check-in</source>
        <translation>Modo: autorregistro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="189"/>
        <source>Staff PIN ({rule}, not easy to guess)</source>
        <translation>PIN del personal ({rule}, difícil de adivinar)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="193"/>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="193"/>
        <source>Staff PIN again</source>
        <translation>PIN del personal otra vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="197"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="197"/>
        <source>Back to the token</source>
        <translation>Volver al token</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="200"/>
        <source>Pair this kiosk with the chosen site</source>
        <translation>Vincular este quiosco al centro elegido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="214"/>
        <source>3. Scan a wristband to test (or type its code and Enter).</source>
        <translation>3. Escanee una pulsera para probar (o escriba su código e Intro).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="216"/>
        <source>A wristband's code</source>
        <translation>Código de una pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="216"/>
        <source>Test scan: a wristband's code</source>
        <translation>Escaneo de prueba: código de una pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="219"/>
        <source>Test scan result</source>
        <translation>Resultado del escaneo de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="220"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="220"/>
        <source>Start the kiosk</source>
        <translation>Iniciar el quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="253"/>
        <source>Checking the token…</source>
        <translation>Comprobando el token…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="329"/>
        <source>Looking it up…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="98"/>
        <source>The token from the environment</source>
        <translation>El token del entorno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="100"/>
        <source>Using the API token this computer already has: press Find my sites.</source>
        <translation>Se usa el token de API que este equipo ya tiene: pulse «Buscar mis centros».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="129"/>
        <source>1. The API address and a personal access token from the guest system (its administrator makes one). The token is kept in this computer's keyring, never in a file.</source>
        <translation>1. La dirección de la API y un token de acceso personal del sistema de clientes (lo crea su administrador). El token se guarda en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="165"/>
        <source>2. Which site is this kiosk at, and what is it for?</source>
        <translation>2. ¿En qué centro está este quiosco y para qué sirve?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="311"/>
        <source>3. Scan {what} to test (or type its code and Enter).</source>
        <translation>3. Escanee {what} para probar (o escriba su código e Intro).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="141"/>
        <source>Guest system: {name}</source>
        <translation>Sistema de clientes: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="265"/>
        <source>The token works with {name}. Type this venue's id.</source>
        <translation>El token funciona con {name}. Escriba el id de este centro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pairing_window.py" line="271"/>
        <source>This token can see %n sites.</source>
        <extracomment>one: This token can see %n site.</extracomment>
        <translation>
            <numerusform>Este token ve %n centro.</numerusform>
            <numerusform>Este token ve %n centros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="286"/>
        <source>Choose the site first.</source>
        <translation>Elija primero el centro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="295"/>
        <source>The two PINs differ: type them again.</source>
        <translation>Los dos PIN no coinciden: escríbalos de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="40"/>
        <source>No printer</source>
        <translation>Sin impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="41"/>
        <source>A Zebra on the network (ZPL)</source>
        <translation>Una Zebra en la red (ZPL)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="42"/>
        <source>A Brother QL on the network (62 mm labels)</source>
        <translation>Una Brother QL en la red (etiquetas de 62 mm)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="43"/>
        <source>A printer this computer has</source>
        <translation>Una impresora de este ordenador</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="44"/>
        <source>PDF files (a preview, no printer)</source>
        <translation>Archivos PDF (vista previa, sin impresora)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="46"/>
        <source>Wristbands (25 × 254 mm)</source>
        <translation>Pulseras (25 × 254 mm)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="46"/>
        <source>Labels, 62 mm roll</source>
        <translation>Etiquetas, rollo de 62 mm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="65"/>
        <location filename="../../kiosk/ui/printer_settings.py" line="83"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="82"/>
        <source>Which printer</source>
        <translation>Qué impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="86"/>
        <source>IP address (10.0.0.7) or /dev/usb/lp0</source>
        <translation>dirección IP (10.0.0.7) o /dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="87"/>
        <source>The printer's network address</source>
        <translation>Dirección de red de la impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="91"/>
        <source>The printer's port</source>
        <translation>Puerto de la impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="95"/>
        <source>Address and port</source>
        <translation>Dirección y puerto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="99"/>
        <source>The computer's default printer</source>
        <translation>La impresora predeterminada del ordenador</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="108"/>
        <source>Which of this computer's printers</source>
        <translation>Qué impresora de este ordenador</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="109"/>
        <source>System printer</source>
        <translation>Impresora del sistema</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="116"/>
        <source>The printer's resolution</source>
        <translation>Resolución de la impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="117"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="123"/>
        <source>What the printer is loaded with</source>
        <translation>Qué tiene cargado la impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="124"/>
        <source>Loaded with</source>
        <translation>Cargada con</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="126"/>
        <source>Check the printer</source>
        <translation>Comprobar la impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="128"/>
        <source>Print a test band</source>
        <translation>Imprimir una pulsera de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="211"/>
        <source>Asking the printer…</source>
        <translation>Consultando la impresora…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="114"/>
        <source>{dpi} dpi</source>
        <translation>{dpi} ppp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="195"/>
        <source>Type the printer's address first.</source>
        <translation>Escriba primero la dirección de la impresora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="219"/>
        <source>The printer failed.</source>
        <translation>La impresora ha fallado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="238"/>
        <source>{printer}: ready.</source>
        <translation>{printer}: lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="252"/>
        <source>A test band printed: scan it at the desk to test the scanner too.</source>
        <translation>Se imprimió una pulsera de prueba: escanéela en recepción para probar también el escáner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="65"/>
        <source>Kiosk · Self check-in</source>
        <translation>Quiosco · Autorregistro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="93"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="103"/>
        <source>Staff pages closing</source>
        <translation>Las páginas del personal se cierran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="156"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="248"/>
        <source>Scan your wristband or card</source>
        <translation>Escanee su pulsera o su tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="235"/>
        <source>About the staff PIN</source>
        <translation>Sobre el PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="249"/>
        <source>Hold the barcode under the scanner, or up to the camera.</source>
        <translation>Acerque el código de barras al lector o a la cámara.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="251"/>
        <source>Staff only: enter the PIN</source>
        <translation>Solo personal: introduzca el PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="253"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="254"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="119"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="256"/>
        <source>Switch to the front desk</source>
        <translation>Cambiar a recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="257"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="78"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="259"/>
        <source>Quit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="86"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="314"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="272"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="412"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="378"/>
        <source>Welcome!</source>
        <translation>¡Bienvenido/a!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="430"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="396"/>
        <source>One moment</source>
        <translation>Un momento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="430"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="396"/>
        <source>Sorry</source>
        <translation>Lo sentimos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="302"/>
        <source>Still checking… one moment, please.</source>
        <translation>Seguimos comprobando… un momento, por favor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="318"/>
        <source>Held: tap again to go on</source>
        <translation>En pausa: toque de nuevo para seguir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="326"/>
        <source>Back to the guest screen in %1 s: touch to stay</source>
        <translation>Vuelta a la pantalla de clientes en %1 s: toque para quedarse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="376"/>
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="376"/>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="381"/>
        <source>You're checked in. Enjoy your visit!</source>
        <translation>Ya está registrado/a. ¡Disfrute de su visita!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="383"/>
        <source>Enjoy your visit!</source>
        <translation>¡Disfrute de su visita!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="398"/>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="336"/>
        <source>This kiosk's PIN was set before the rule of %1 digits or more, none easy to guess: set a new one (kiosk set-pin).</source>
        <translation>El PIN de este quiosco es anterior a la regla (al menos %1 dígitos, difícil de adivinar): establezca uno nuevo (kiosk set-pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="356"/>
        <source>Opened by a manager's badge: enter the PIN.</source>
        <translation>Abierto con la tarjeta de un responsable: introduzca el PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="393"/>
        <source>Your wristband has no end date</source>
        <translation>Su pulsera no tiene fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="412"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="378"/>
        <source>Welcome, %1!</source>
        <translation>¡Bienvenido/a, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="414"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="398"/>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="323"/>
        <source>Tap to keep this on screen</source>
        <translation>Toque para mantener esta pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="350"/>
        <source>The keypad is stopped after %1 wrong PINs. A manager's badge opens it (scan it now), or kiosk set-pin on this machine.</source>
        <translation>El teclado está bloqueado tras %1 PIN erróneos. Lo abre la tarjeta de un responsable (escanéela ahora) o kiosk set-pin en este equipo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="387"/>
        <source>Membership: %1</source>
        <translation>Membresía: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="391"/>
        <source>Wristband valid until %1</source>
        <translation>Pulsera válida hasta %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="364"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="321"/>
        <source>Back to the start in %1 s</source>
        <translation>Volviendo al inicio en %1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="361"/>
        <source>Too many tries. Wait %1 s.</source>
        <translation>Demasiados intentos. Espere %1 s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="32"/>
        <source>This shift</source>
        <translation>Este turno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="38"/>
        <source>Counting this shift…</source>
        <translation>Contando este turno…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="47"/>
        <source>Where the summary was saved</source>
        <translation>Dónde se guardó el resumen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="52"/>
        <source>Close the shift summary</source>
        <translation>Cerrar el resumen del turno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="54"/>
        <source>Save as CSV</source>
        <translation>Guardar como CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="55"/>
        <source>Save the shift summary as a CSV file</source>
        <translation>Guardar el resumen del turno como archivo CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="70"/>
        <source>This shift, since {day} {time}</source>
        <translation>Este turno, desde el {day} {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="88"/>
        <source>The shift could not be counted ({error}).</source>
        <translation>No se ha podido contar el turno ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="98"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="103"/>
        <source>Not saved ({error}): check the reports folder.</source>
        <translation>No guardado ({error}): compruebe la carpeta de informes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="36"/>
        <source>Sign in to the desk</source>
        <translation>Iniciar sesión en el mostrador</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="39"/>
        <source>Scan your staff badge anywhere, or tap your name and type your PIN.</source>
        <translation>Escanee su tarjeta de personal en cualquier momento, o toque su nombre y escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="79"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="95"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="260"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="80"/>
        <source>Your PIN</source>
        <translation>Su PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="84"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="86"/>
        <source>Sign in with this PIN</source>
        <translation>Entrar con este PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="97"/>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="58"/>
        <source>{name}, {role}: sign in</source>
        <translation>{name}, {role}: entrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="74"/>
        <source>Name shown on the sign-in page</source>
        <translation>Nombre en la página de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="77"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="94"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="85"/>
        <source>New PIN ({rule})</source>
        <translation>PIN nuevo ({rule})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="90"/>
        <source>The new PIN again</source>
        <translation>El PIN nuevo otra vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="93"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="96"/>
        <source>PIN again</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="101"/>
        <source>Staff badge</source>
        <translation>Tarjeta de personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="102"/>
        <source>Scan a badge</source>
        <translation>Escanear tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="102"/>
        <source>Scan a staff badge for this person</source>
        <translation>Escanear una tarjeta de personal para esta persona</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="104"/>
        <source>Remove badge</source>
        <translation>Quitar tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="104"/>
        <source>Remove this person's badge</source>
        <translation>Quitar la tarjeta de esta persona</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="113"/>
        <source>What needs changing</source>
        <translation>Lo que hay que cambiar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="117"/>
        <source>Cancel: change nothing</source>
        <translation>Cancelar: no cambiar nada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="119"/>
        <source>Keep these details</source>
        <translation>Guardar estos datos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="134"/>
        <source>Scan the badge now…</source>
        <translation>Escanee la tarjeta ahora…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="143"/>
        <source>Badge scanned.</source>
        <translation>Tarjeta escaneada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="191"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="199"/>
        <location filename="../../kiosk/ui/staff_list.py" line="87"/>
        <source>Staff and roles</source>
        <translation>Personal y funciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="202"/>
        <source>Everyone listed signs in to the desk with a badge or a PIN, and the audit records who did what. Supervisors may also override and lock accounts; managers may also erase a guest's details and change staff and settings. An empty list: a shared desk without sign-in.</source>
        <translation>Cada persona de la lista inicia sesión en el mostrador con una tarjeta o un PIN, y el registro guarda quién hizo qué. Los supervisores también pueden hacer excepciones y bloquear cuentas; los encargados además pueden borrar los datos de un cliente y cambiar el personal y los ajustes. Una lista vacía: un mostrador compartido sin inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="213"/>
        <source>Staff who sign in</source>
        <translation>Personal que inicia sesión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="219"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="219"/>
        <source>Add a member of staff</source>
        <translation>Añadir un miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="221"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="221"/>
        <source>Change the chosen member of staff</source>
        <translation>Cambiar el miembro elegido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="223"/>
        <source>Remove the chosen member of staff</source>
        <translation>Quitar el miembro elegido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="232"/>
        <source>Why the list cannot be saved yet</source>
        <translation>Por qué aún no se puede guardar la lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="236"/>
        <source>Close without saving the staff list</source>
        <translation>Cerrar sin guardar la lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="238"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="107"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="238"/>
        <source>Save the staff list</source>
        <translation>Guardar la lista del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="64"/>
        <source>Change staff member</source>
        <translation>Cambiar miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="64"/>
        <source>Add staff member</source>
        <translation>Añadir miembro del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="86"/>
        <source>Leave blank to keep</source>
        <translation>Dejar vacío para mantener</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="140"/>
        <source>That badge is already {name}'s.</source>
        <translation>Esa tarjeta ya es de {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="152"/>
        <source>Type a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="335"/>
        <source>The staff list could not be saved ({error}).</source>
        <translation>No se pudo guardar la lista ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="129"/>
        <source>A badge is set.</source>
        <translation>Hay una tarjeta registrada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="129"/>
        <source>No badge.</source>
        <translation>Sin tarjeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="156"/>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="164"/>
        <source>Give a PIN or scan a badge, or they cannot sign in.</source>
        <translation>Indique un PIN o escanee una tarjeta; si no, no podrá iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="261"/>
        <source>badge</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_list.py" line="88"/>
        <source>The manager's PIN (the kiosk's staff PIN):</source>
        <translation>PIN del encargado (el PIN de personal del quiosco):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_list.py" line="103"/>
        <source>Too many wrong PINs: the keypad is locked for a while.</source>
        <translation>Demasiados PIN incorrectos: el teclado queda bloqueado un rato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_list.py" line="104"/>
        <source>The keypad is stopped after {count} wrong PINs: a manager's badge at the self check-in keypad, or kiosk set-pin, opens it.</source>
        <translation>El teclado está bloqueado tras {count} PIN erróneos: lo abre la tarjeta de un responsable en el teclado del autorregistro o kiosk set-pin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="44"/>
        <source>Let in</source>
        <translation>Dejar pasar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="44"/>
        <source>Warn staff</source>
        <translation>Avisar al personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="44"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="48"/>
        <source>Account locked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="49"/>
        <source>Record anonymised</source>
        <translation>Ficha anonimizada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="50"/>
        <source>Wristband expired</source>
        <translation>Pulsera caducada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="51"/>
        <source>Wristband expires within</source>
        <translation>La pulsera caduca en menos de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="51"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="59"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="52"/>
        <source>No active membership</source>
        <translation>Sin membresía activa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="53"/>
        <source>No usable card on the wristband</source>
        <translation>Sin tarjeta utilizable en la pulsera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="54"/>
        <source>Open tab on the wristband over</source>
        <translation>Cuenta abierta en la pulsera de más de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="54"/>
        <source>(site's currency)</source>
        <translation>(moneda del centro)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="55"/>
        <source>Already checked in within</source>
        <translation>Ya registrado hace menos de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="55"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="56"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="57"/>
        <source>Part of the record didn't load</source>
        <translation>Parte de la ficha no se ha cargado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="58"/>
        <source>A guest of another site</source>
        <translation>Cliente de otro centro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="59"/>
        <source>Offline, with a copy older than</source>
        <translation>Sin conexión, con una copia de hace más de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="92"/>
        <source>Check-in rules</source>
        <translation>Reglas de entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="93"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="94"/>
        <source>Look and sound</source>
        <translation>Aspecto y sonido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="98"/>
        <source>What saving did</source>
        <translation>Resultado del guardado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="102"/>
        <source>Open the scanner and camera settings</source>
        <translation>Abrir los ajustes del lector y la cámara</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="105"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="107"/>
        <source>Save the settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="143"/>
        <source>On amber, ask “check in anyway?” before checking in</source>
        <translation>En ámbar, preguntar «¿registrar de todos modos?» antes de registrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="173"/>
        <source>{rule}: how many {unit}</source>
        <translation>{rule}: cuántas {unit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="182"/>
        <source>Desk start screen after</source>
        <translation>Pantalla de inicio de recepción tras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="185"/>
        <source>Staff pages close after</source>
        <translation>Las páginas del personal se cierran tras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="188"/>
        <source>Guest answer shown for</source>
        <translation>Respuesta al cliente visible durante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="193"/>
        <source>e.g. Desk 1</source>
        <translation>p. ej. Recepción 1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="194"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="196"/>
        <source>This desk's name (from the next start)</source>
        <translation>Nombre de este puesto (desde el próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="201"/>
        <source>Self check-in greets guests with their surname too</source>
        <translation>El autorregistro saluda también con el apellido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="206"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="215"/>
        <source>The desk's size</source>
        <translation>Tamaño de la recepción</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="218"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="223"/>
        <source>The desk's language (from the next start)</source>
        <translation>Idioma de la recepción (desde el próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="219"/>
        <source>The system's language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="224"/>
        <source>Larger text on the desk (at least 125 %)</source>
        <translation>Texto más grande en recepción (al menos 125 %)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="227"/>
        <source>High contrast on the desk (white on black)</source>
        <translation>Alto contraste en recepción (blanco sobre negro)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="244"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="246"/>
        <source>{setting}, in seconds</source>
        <translation>{setting}, en segundos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="254"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="274"/>
        <source>Self check-in header colour</source>
        <translation>Color de cabecera del autorregistro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="259"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="259"/>
        <source>Choose the logo for self check-in</source>
        <translation>Elegir el logotipo del autorregistro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="261"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="311"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="261"/>
        <source>Show no logo</source>
        <translation>No mostrar logotipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="263"/>
        <source>Sounds on (a different sound for green, amber and red)</source>
        <translation>Sonidos activados (uno distinto para verde, ámbar y rojo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="266"/>
        <source>Self check-in says its answer aloud (first name at most)</source>
        <translation>El autorregistro dice su respuesta en voz alta (como mucho el nombre)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="273"/>
        <source>Sound volume, in percent</source>
        <translation>Volumen, en porcentaje</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="305"/>
        <source>Header colour</source>
        <translation>Color de cabecera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="314"/>
        <source>Images (*.png *.svg)</source>
        <translation>Imágenes (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="380"/>
        <source>Saved in {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="136"/>
        <source>{rule}: let in, warn staff or stop</source>
        <translation>{rule}: dejar pasar, avisar al personal o detener</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="169"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="197"/>
        <source>The desk goes back to its start screen after</source>
        <translation>La recepción vuelve a su pantalla de inicio tras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="198"/>
        <source>Self check-in: a guest's answer stays for</source>
        <translation>Autorregistro: la respuesta al cliente se mantiene durante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="199"/>
        <source>Self check-in: staff pages close without a touch after</source>
        <translation>Autorregistro: las páginas del personal se cierran sin tocar tras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="208"/>
        <source>Fit the screen</source>
        <translation>Ajustar a la pantalla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="276"/>
        <source>Self check-in logo (PNG or SVG)</source>
        <translation>Logotipo del autorregistro (PNG o SVG)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="283"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="287"/>
        <source>The colour, the logo and speech take effect from the next start.</source>
        <translation>El color, el logotipo y la voz se aplican desde el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="375"/>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="58"/>
        <location filename="../../kiosk/ui/widgets.py" line="73"/>
        <source>Guest photo</source>
        <translation>Foto del cliente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="147"/>
        <source>Label, important: {label}</source>
        <translation>Etiqueta, importante: {label}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="75"/>
        <source>No photo; initials {initials}</source>
        <translation>Sin foto; iniciales {initials}</translation>
    </message>
</context>
</TS>
