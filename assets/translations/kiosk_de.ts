<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kiosk/app.py" line="628"/>
        <source>Saved. The printer is used from the next band.</source>
        <translation>Gespeichert. Der Drucker gilt ab dem nächsten Band.</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py" line="667"/>
        <source>Collins (restaurants and bars)</source>
        <translation>Collins (Restaurants und Bars)</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py" line="672"/>
        <source>a guest card</source>
        <translation>eine Gästekarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py" line="515"/>
        <source>Saved. The new scanner settings apply from the next start.</source>
        <translation>Gespeichert. Die neuen Scanner-Einstellungen gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="84"/>
        <source>End of today</source>
        <translation>Heute Tagesende</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/actions.py" line="86"/>
        <source>+%n days</source>
        <extracomment>one: +%n day</extracomment>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="166"/>
        <source>Still checking with {system}: this is the local copy's answer.</source>
        <translation>Noch in Prüfung bei {system}: Dies ist die Antwort der lokalen Kopie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="175"/>
        <source>{system} can't do that here.</source>
        <translation>{system} kann das hier nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="280"/>
        <location filename="../../kiosk/checkin/actions.py" line="200"/>
        <source>Not confirmed yet: still checking whether it arrived.</source>
        <translation>Noch nicht bestätigt: es wird weiter geprüft, ob es angekommen ist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="163"/>
        <location filename="../../kiosk/checkin/desk/bands.py" line="162"/>
        <source>Printing the band…</source>
        <translation>Band wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="170"/>
        <source>✔ Band {code} printed.</source>
        <translation>✔ Band {code} gedruckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="172"/>
        <source>✔ Band {code} printed again.</source>
        <translation>✔ Band {code} erneut gedruckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="176"/>
        <source>Put the band on the guest, then tap “Use the printed band” (or scan it).</source>
        <translation>Dem Gast das Band anlegen, dann „Band zuordnen“ tippen (oder es scannen).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="190"/>
        <source>The band could not be printed.</source>
        <translation>Das Band konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="60"/>
        <source>Waiting for the new wristband…</source>
        <translation>Warte auf das neue Armband…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="62"/>
        <source>Waiting for the replacement wristband…</source>
        <translation>Warte auf das Ersatzarmband…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="71"/>
        <source>Cancelled: no wristband was added.</source>
        <translation>Abgebrochen: Es wurde kein Armband hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="193"/>
        <source>Nothing was added to the guest.</source>
        <translation>Dem Gast wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="56"/>
        <source>Scan the new wristband now (or press Esc to cancel).</source>
        <translation>Scannen Sie jetzt das neue Armband (oder Esc zum Abbrechen).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="58"/>
        <source>Scan the replacement wristband now (or press Esc to cancel).</source>
        <translation>Scannen Sie jetzt das Ersatzarmband (oder Esc zum Abbrechen).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="205"/>
        <source>The previous guest's band: {words}</source>
        <translation>Band des vorigen Gastes: {words}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="49"/>
        <source>Scan the lost wristband first.</source>
        <translation>Scannen Sie zuerst das verlorene Armband.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="106"/>
        <source>This guest cannot be given a band.</source>
        <translation>Dieser Gast kann kein Band bekommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="131"/>
        <location filename="../../kiosk/checkin/writes/bands.py" line="37"/>
        <location filename="../../kiosk/checkin/writes/base.py" line="220"/>
        <source>Scan the guest's wristband first.</source>
        <translation>Scannen Sie zuerst das Armband des Gastes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/desk/duty.py" line="195"/>
        <source>Signed out after %n minutes without use.</source>
        <extracomment>one: Signed out after %n minute without use.</extracomment>
        <translation>
            <numerusform>Nach %n Minute ohne Nutzung abgemeldet.</numerusform>
            <numerusform>Nach %n Minuten ohne Nutzung abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="131"/>
        <source>Your PIN is stopped after {count} wrong tries: scan your badge, and ask a manager to set you a new PIN.</source>
        <translation>Ihre PIN ist nach {count} Fehlversuchen gesperrt: Scannen Sie Ihren Ausweis und lassen Sie sich von einer Leitung eine neue PIN geben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="156"/>
        <source>Signed in as {name}.</source>
        <translation>Angemeldet als {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="158"/>
        <source>{name} took over the desk.</source>
        <translation>{name} hat den Empfang übernommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="194"/>
        <source>Signed out after {seconds} s without use.</source>
        <translation>Nach {seconds} s ohne Nutzung abgemeldet.</translation>
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
        <translation>Einen Moment…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/desk/duty.py" line="138"/>
        <source>Too many wrong PINs: try again in %n minutes, or scan your badge.</source>
        <extracomment>one: Too many wrong PINs: try again in %n minute, or scan your badge.</extracomment>
        <translation>
            <numerusform>Zu viele falsche PINs: in %n Minute erneut versuchen oder Ausweis scannen.</numerusform>
            <numerusform>Zu viele falsche PINs: in %n Minuten erneut versuchen oder Ausweis scannen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="144"/>
        <source>That PIN is not right. Try again.</source>
        <translation>Diese PIN stimmt nicht. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="161"/>
        <source>Your PIN was set before the rule of {low} digits or more, none easy to guess: ask a manager to set you a new one.</source>
        <translation>Ihre PIN stammt aus der Zeit vor der Regel (mindestens {low} Ziffern, nicht leicht zu erraten): Lassen Sie sich von einer Leitung eine neue geben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="116"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="84"/>
        <source>The PIN could not be checked.</source>
        <translation>Die PIN konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="127"/>
        <source>Tap your name, then type your PIN.</source>
        <translation>Namen antippen, dann PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="187"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="53"/>
        <source>Loading addresses…</source>
        <translation>Lade Adressen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="71"/>
        <source>Some details need a change.</source>
        <translation>Einige Angaben müssen geändert werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="85"/>
        <source>Saving the guest's details…</source>
        <translation>Speichere die Daten des Gastes…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="112"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="270"/>
        <source>{system} didn't accept some details.</source>
        <translation>{system} hat einige Angaben nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="50"/>
        <source>Addresses couldn't load: {why}.</source>
        <translation>Adressen konnten nicht geladen werden: {why}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="105"/>
        <location filename="../../kiosk/ui/desk.py" line="376"/>
        <source>new guest</source>
        <translation>neuer Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="87"/>
        <source>Asking {system} for the customers report…</source>
        <translation>Frage {system} nach dem Kundenbericht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/desk/report.py" line="156"/>
        <source>%n guests saved to {path}</source>
        <extracomment>one: %n guest saved to {path}</extracomment>
        <translation>
            <numerusform>%n Gast gespeichert in {path}</numerusform>
            <numerusform>%n Gäste gespeichert in {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="160"/>
        <source>The report saved to {path}</source>
        <translation>Bericht gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="173"/>
        <source>No report: {why}</source>
        <translation>Kein Bericht: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="92"/>
        <source>Preparing the customers report…</source>
        <translation>Bereite den Kundenbericht vor…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="107"/>
        <source>{system} could not prepare the report.</source>
        <translation>{system} konnte den Bericht nicht vorbereiten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="122"/>
        <source>Preparing the customers report… ({seconds} s)</source>
        <translation>Bereite den Kundenbericht vor… ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="116"/>
        <source>The report is taking too long; try again later.</source>
        <translation>Der Bericht dauert zu lange; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="136"/>
        <source>Saving the report…</source>
        <translation>Speichere den Bericht…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="36"/>
        <location filename="../../kiosk/checkin/desk/scans.py" line="37"/>
        <source>scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="38"/>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="39"/>
        <location filename="../../kiosk/checkin/desk/scans.py" line="369"/>
        <source>typed</source>
        <translation>getippt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="140"/>
        <source>recent</source>
        <translation>zuletzt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="163"/>
        <source>Looking up {code} ({via})…</source>
        <translation>Suche {code} ({via})…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="218"/>
        <source>Showing the local copy while {system} answers…</source>
        <translation>Zeige die lokale Kopie, bis {system} antwortet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="249"/>
        <source>No answer from {system} within {seconds} s; still checking…</source>
        <translation>Keine Antwort von {system} innerhalb von {seconds} s; wird weiter geprüft…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="369"/>
        <source>scanned</source>
        <translation>gescannt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="103"/>
        <source>Scanner layout test</source>
        <translation>Test der Scanner-Tastaturbelegung</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="110"/>
        <source>{code} was just scanned; showing it already.</source>
        <translation>{code} wurde gerade gescannt und wird schon angezeigt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="225"/>
        <source>{system} is slow to answer; still checking…</source>
        <translation>{system} antwortet langsam; prüfe weiter…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="238"/>
        <source>{system} has not answered yet</source>
        <translation>{system} hat noch nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="293"/>
        <source>Opened {name}.</source>
        <translation>{name} geöffnet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="295"/>
        <source>Found {name} for {code}.</source>
        <translation>{name} für {code} gefunden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="330"/>
        <source>Exit: scans check guests out.</source>
        <translation>Ausgang: Scans checken Gäste aus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="372"/>
        <source>“{code}” ({how}): no guest has this code at this site. Try again, or search by name.</source>
        <translation>„{code}“ ({how}): Kein Gast hat diesen Code an diesem Standort. Versuchen Sie es erneut oder suchen Sie nach dem Namen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="239"/>
        <source>Still checking {code}: the guest shows here when the answer comes. You can scan the next guest at any time.</source>
        <translation>{code} wird noch geprüft: Der Gast erscheint hier, sobald die Antwort kommt. Sie können jederzeit den nächsten Gast scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="245"/>
        <source>Still checking: the guest shows here when the answer comes.</source>
        <translation>Wird noch geprüft: Der Gast erscheint hier, sobald die Antwort kommt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="369"/>
        <source>read by the camera</source>
        <translation>von der Kamera gelesen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="434"/>
        <source>Saved, but the screen could not refresh: scan again to update.</source>
        <translation>Gespeichert, aber die Anzeige konnte nicht aktualisiert werden: Zum Aktualisieren erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="340"/>
        <source>{name} is not checked in here.</source>
        <translation>{name} ist hier nicht eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/search.py" line="62"/>
        <location filename="../../kiosk/ui/desk.py" line="980"/>
        <source>Searching for “{text}”…</source>
        <translation>Suche nach „{text}“…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/search.py" line="71"/>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/state.py" line="25"/>
        <source>Ready. Scan a wristband or card.</source>
        <translation>Bereit. Scannen Sie ein Armband oder eine Karte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/state.py" line="26"/>
        <source>Sign in: scan your staff badge, or tap your name and type your PIN.</source>
        <translation>Anmelden: Mitarbeiterausweis scannen oder Namen antippen und PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/words.py" line="12"/>
        <source>Not saved. {why}</source>
        <translation>Nicht gespeichert. {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="348"/>
        <source>{words}: refused when it was sent ({why}). It is in the list of what needs a look.</source>
        <translation>{words}: beim Senden abgelehnt ({why}). Es steht in der Liste dessen, was geprüft werden muss.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="345"/>
        <source>{words}: sent now that the connection is back.</source>
        <translation>{words}: gesendet, jetzt wo die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="170"/>
        <source>Couldn't confirm whether it was saved: check again before retrying.</source>
        <translation>Konnte nicht bestätigen, ob es gespeichert wurde: Vor einem neuen Versuch erneut prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="227"/>
        <source>{words} — saved for later: it will be sent when the connection is back.</source>
        <translation>{words} — für später gespeichert: wird gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="232"/>
        <source>{words} (confirmed by reading back).</source>
        <translation>{words} (durch Nachlesen bestätigt).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="200"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="372"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="145"/>
        <source>Checking whether it was saved…</source>
        <translation>Prüfe, ob es gespeichert wurde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="288"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="351"/>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="76"/>
        <source>Still saving the last change…</source>
        <translation>Die letzte Änderung wird noch gespeichert…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="80"/>
        <source>First check whether the last change was saved.</source>
        <translation>Prüfen Sie zuerst, ob die letzte Änderung gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="140"/>
        <source>Checking whether the guest was saved…</source>
        <translation>Prüfe, ob der Gast gespeichert wurde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="237"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="181"/>
        <source>Previous guest: {words}</source>
        <translation>Vorheriger Gast: {words}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="261"/>
        <source>Previous guest: not saved. {why}</source>
        <translation>Vorheriger Gast: nicht gespeichert. {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="280"/>
        <source>Partly done.</source>
        <translation>Teilweise erledigt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="149"/>
        <source>Previous guest: checking whether the last change was saved…</source>
        <translation>Vorheriger Gast: Prüfe, ob die letzte Änderung gespeichert wurde…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="146"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="146"/>
        <source>The details were written to the log.</source>
        <translation>Die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="66"/>
        <source>That scan didn't read properly</source>
        <translation>Der Scan wurde nicht richtig gelesen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="72"/>
        <source>Can't check this band right now</source>
        <translation>Dieses Armband kann gerade nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="73"/>
        <source>{system} can't be reached and this band is not in the local copy. Check ID, or try again when the connection is back.</source>
        <translation>{system} ist nicht erreichbar und dieses Armband ist nicht in der lokalen Kopie. Prüfen Sie den Ausweis oder versuchen Sie es wieder, wenn die Verbindung zurück ist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="82"/>
        <source>Not while offline</source>
        <translation>Nicht offline möglich</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="83"/>
        <source>This needs the connection to {system}; it can't be saved for later.</source>
        <translation>Dafür ist die Verbindung zu {system} nötig; es kann nicht für später gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="90"/>
        <source>Wristband not recognised</source>
        <translation>Armband nicht erkannt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="91"/>
        <source>No guest has this code at this site. Try again, or search by name.</source>
        <translation>Kein Gast hat diesen Code an diesem Standort. Versuchen Sie es erneut oder suchen Sie nach dem Namen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="96"/>
        <source>{system} is taking too long to answer</source>
        <translation>{system} braucht zu lange für die Antwort</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="97"/>
        <source>Please try again in a moment.</source>
        <translation>Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="102"/>
        <source>Can't reach {system}</source>
        <translation>{system} ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="103"/>
        <source>Check the network connection, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="107"/>
        <source>Too many requests. Try again in {seconds} s.</source>
        <translation>Zu viele Anfragen. Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="109"/>
        <source>Too many requests.</source>
        <translation>Zu viele Anfragen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="111"/>
        <source>{system} is busy right now</source>
        <translation>{system} ist gerade ausgelastet</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="115"/>
        <source>This kiosk is not signed in to {system}</source>
        <translation>Dieser Kiosk ist nicht bei {system} angemeldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="116"/>
        <source>The API token is missing or no longer valid.</source>
        <translation>Das API-Token fehlt oder ist nicht mehr gültig.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="121"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="122"/>
        <source>This kiosk's {system} account may not do that.</source>
        <translation>Das {system}-Konto dieses Kiosks darf das nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="128"/>
        <source>{system} didn't accept that</source>
        <translation>{system} hat das nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="132"/>
        <source>{system} refused that</source>
        <translation>{system} hat das abgelehnt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="134"/>
        <source>{system} can't do that</source>
        <translation>{system} kann das nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="138"/>
        <source>{system} is having trouble</source>
        <translation>{system} hat Probleme</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="139"/>
        <source>Server error; please try again shortly.</source>
        <translation>Serverfehler; bitte versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="143"/>
        <source>Unexpected answer from {system}</source>
        <translation>Unerwartete Antwort von {system}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="67"/>
        <source>Please scan again.</source>
        <translation>Bitte scannen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="54"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="57"/>
        <source>expired {month}</source>
        <translation>abgelaufen {month}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="64"/>
        <source>Direct debit •••• {last4}</source>
        <translation>Lastschrift •••• {last4}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="65"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="140"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="67"/>
        <source>{brand} •••• {last4} (exp {month})</source>
        <translation>{brand} •••• {last4} (gültig bis {month})</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="243"/>
        <location filename="../../kiosk/checkin/writes/account.py" line="27"/>
        <source>Unnamed guest</source>
        <translation>Gast ohne Namen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="281"/>
        <source>{name} checked out.</source>
        <translation>{name} ausgecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="283"/>
        <source>{name} checked out — saved for later: it will be sent when the connection is back.</source>
        <translation>{name} ausgecheckt — für später gespeichert: wird gesendet, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="268"/>
        <source>Checking out {name}…</source>
        <translation>Checke {name} aus…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="320"/>
        <source>{name} not checked out. {why}</source>
        <translation>{name} nicht ausgecheckt. {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="302"/>
        <source>Couldn't confirm whether {name} was checked out: the list will say at its next refresh.</source>
        <translation>Konnte nicht bestätigen, ob {name} ausgecheckt wurde: Die Liste zeigt es bei der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="27"/>
        <source>07700 900123 or +44 7700 900123</source>
        <translation>07700 900123 oder +44 7700 900123</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="151"/>
        <source>There is no month {month}: write the date of birth as {example}.</source>
        <translation>Es gibt keinen Monat {month}: Geburtsdatum so schreiben: {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="158"/>
        <source>{month} {year} has {days} days: there is no {day} {month}.</source>
        <translation>{month} {year} hat {days} Tage: Den {day}. {month} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="183"/>
        <source>Write the phone with its country code, like {example}.</source>
        <translation>Schreiben Sie die Telefonnummer mit Ländervorwahl, etwa {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="184"/>
        <location filename="../../kiosk/checkin/people.py" line="185"/>
        <location filename="../../kiosk/checkin/people.py" line="83"/>
        <source>Write the date of birth as day, month and year: {example}.</source>
        <translation>Schreiben Sie das Geburtsdatum als Tag, Monat und Jahr: {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="186"/>
        <source>Another guest already has this email address.</source>
        <translation>Ein anderer Gast hat bereits diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="187"/>
        <source>That doesn't look like an email address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="57"/>
        <location filename="../../kiosk/checkin/writes/details.py" line="40"/>
        <source>Enter at least a name or an email address.</source>
        <translation>Geben Sie mindestens einen Namen oder eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="61"/>
        <source>That doesn't look like an email address: write it like {example}.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus: so schreiben: {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="70"/>
        <source>That doesn't look like a phone number. Write it like {example}.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus. Schreiben Sie sie etwa so: {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="139"/>
        <source>There is no month {month}: write the month first, then the day ({example}).</source>
        <translation>Es gibt keinen Monat {month}: zuerst den Monat, dann den Tag schreiben ({example}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="145"/>
        <source>There is no month {month}: write the day first, then the month ({example}).</source>
        <translation>Es gibt keinen Monat {month}: zuerst den Tag, dann den Monat schreiben ({example}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="86"/>
        <source>The date of birth is in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="88"/>
        <source>Check the year of birth ({year}).</source>
        <translation>Prüfen Sie das Geburtsjahr ({year}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/pin_policy.py" line="54"/>
        <source>{low} to {high} digits</source>
        <translation>{low} bis {high} Ziffern</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/pin_policy.py" line="61"/>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>Eine PIN hat {low} bis {high} Ziffern.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/pin_policy.py" line="63"/>
        <source>That PIN is among the first a guesser tries (a repeat, a run, a pattern or a year): choose another.</source>
        <translation>Diese PIN gehört zu den ersten, die jemand beim Raten probiert (Wiederholung, Folge, Muster oder Jahreszahl): bitte eine andere wählen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="309"/>
        <source>Wristband {expiry}.</source>
        <translation>Armband {expiry}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="239"/>
        <source>Offline: the local copy of this guest is from {day} {time}, older than {hours} h.</source>
        <translation>Offline: Die lokale Kopie dieses Gastes ist vom {day} {time}, älter als {hours} h.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="245"/>
        <source>We can't check your details just now.</source>
        <translation>Wir können Ihre Daten gerade nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="298"/>
        <source>at {desk} · {time}</source>
        <translation>an {desk} · {time}</translation>
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
        <translation>Ihre Mitgliedschaft muss kurz geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="104"/>
        <source>This customer's record has been anonymised.</source>
        <translation>Die Daten dieses Kunden wurden anonymisiert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="105"/>
        <source>We couldn't find your membership.</source>
        <translation>Wir konnten Ihre Mitgliedschaft nicht finden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="111"/>
        <source>The account is locked.</source>
        <translation>Das Konto ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="112"/>
        <source>Your account needs a quick check.</source>
        <translation>Ihr Konto muss kurz geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="119"/>
        <source>A guest of another site: check they may use this one.</source>
        <translation>Gast eines anderen Standorts: Prüfen Sie, ob er diesen nutzen darf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="120"/>
        <location filename="../../kiosk/checkin/policy.py" line="138"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="433"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="401"/>
        <source>Please see reception.</source>
        <translation>Bitte wenden Sie sich an die Rezeption.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="194"/>
        <source>Couldn't check whether the guest is already on site.</source>
        <translation>Konnte nicht prüfen, ob der Gast schon im Haus ist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="195"/>
        <source>We couldn't check your visit just now.</source>
        <translation>Wir konnten Ihren Besuch gerade nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="264"/>
        <source>Checked in twice ({visits}): check one of them out.</source>
        <translation>Zweimal eingecheckt ({visits}): Bitte einen davon auschecken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="268"/>
        <location filename="../../kiosk/checkin/policy.py" line="291"/>
        <source>You're already checked in.</source>
        <translation>Sie sind bereits eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="311"/>
        <source>Your wristband has expired.</source>
        <translation>Ihr Armband ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="325"/>
        <source>No active membership.</source>
        <translation>Keine aktive Mitgliedschaft.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="326"/>
        <source>We couldn't find an active membership.</source>
        <translation>Wir haben keine aktive Mitgliedschaft gefunden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="67"/>
        <source>Welcome in</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="68"/>
        <source>Check before admitting</source>
        <translation>Vor dem Einlass prüfen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="69"/>
        <source>Do not admit</source>
        <translation>Nicht einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="132"/>
        <source>The open tab on this wristband is {amount}, over this site's {limit}: confirm with the guest before charging more.</source>
        <translation>Die offene Rechnung auf diesem Armband beträgt {amount}, mehr als die {limit} dieses Hauses: vor weiteren Buchungen mit dem Gast abstimmen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="144"/>
        <source>No card on this wristband for charges.</source>
        <translation>Keine Karte für Zahlungen an diesem Armband.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="145"/>
        <source>No card is linked to your wristband.</source>
        <translation>Mit Ihrem Armband ist keine Karte verknüpft.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="160"/>
        <source>Couldn't load the wristband's expiry and card: check them before admitting.</source>
        <translation>Ablauf und Karte des Armbands konnten nicht geladen werden: Vor dem Einlass prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="161"/>
        <source>We couldn't check your wristband just now.</source>
        <translation>Wir konnten Ihr Armband gerade nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="171"/>
        <source>Labelled “{label}”.</source>
        <translation>Etikett „{label}“.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="172"/>
        <source>Please see a member of staff.</source>
        <translation>Bitte wenden Sie sich an unser Personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="183"/>
        <source>Couldn't load the memberships: check before admitting.</source>
        <translation>Mitgliedschaften konnten nicht geladen werden: Vor dem Einlass prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="184"/>
        <source>We couldn't check your membership just now.</source>
        <translation>Wir konnten Ihre Mitgliedschaft gerade nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="202"/>
        <source>The photo couldn't load: check ID.</source>
        <translation>Das Foto konnte nicht geladen werden: Ausweis prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="203"/>
        <location filename="../../kiosk/checkin/policy.py" line="212"/>
        <source>Please see reception to confirm who you are.</source>
        <translation>Bitte bestätigen Sie Ihre Identität an der Rezeption.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="211"/>
        <source>No photo on file: check ID.</source>
        <translation>Kein Foto hinterlegt: Ausweis prüfen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="283"/>
        <source>Already checked in at {desk} · {time} ({ago}).</source>
        <translation>Bereits eingecheckt an {desk} · {time} ({ago}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="290"/>
        <source>Already checked in {ago}.</source>
        <translation>Bereits eingecheckt {ago}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="313"/>
        <source>Your wristband expires soon.</source>
        <translation>Ihr Armband läuft bald ab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="353"/>
        <source>Your membership hasn't started yet.</source>
        <translation>Ihre Mitgliedschaft hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="354"/>
        <location filename="../../kiosk/checkin/policy.py" line="355"/>
        <source>Your membership has ended.</source>
        <translation>Ihre Mitgliedschaft ist beendet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="153"/>
        <source>The card on this wristband is {problem}.</source>
        <translation>Die Karte an diesem Armband ist {problem}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="154"/>
        <source>The card on your wristband can't be used.</source>
        <translation>Die Karte an Ihrem Armband kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/printing.py" line="123"/>
        <source>Valid until {date}, {time}</source>
        <translation>Gültig bis {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/printing.py" line="143"/>
        <source>No printed band can match this site's code pattern: set the printer's code prefix and length to fit it.</source>
        <translation>Kein gedrucktes Band passt zum Codemuster dieses Standorts: Präfix und Länge der Druckercodes passend einstellen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="59"/>
        <source>That didn't scan properly. Please try again.</source>
        <translation>Das hat nicht geklappt. Bitte noch einmal scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="60"/>
        <source>We don't recognise this wristband.</source>
        <translation>Dieses Armband kennen wir nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="61"/>
        <source>We can't check you in right now.</source>
        <translation>Wir können Sie gerade nicht einchecken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="62"/>
        <source>We couldn't confirm your check-in.</source>
        <translation>Wir konnten Ihren Check-in nicht bestätigen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="333"/>
        <source>Ask one to scan their badge: the desk switches to them.</source>
        <translation>Bitten Sie eine berechtigte Person, ihren Ausweis zu scannen: Der Empfang wechselt zu ihr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="383"/>
        <source>Override recorded.</source>
        <translation>Ausnahme vermerkt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="292"/>
        <source>That was for the previous guest; nothing was done.</source>
        <translation>Das galt dem vorherigen Gast; es wurde nichts getan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="372"/>
        <source>An override needs a reason (a few words).</source>
        <translation>Eine Ausnahme braucht einen Grund (ein paar Worte).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="52"/>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="53"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="54"/>
        <source>Check-outs</source>
        <translation>Check-outs</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="55"/>
        <source>Overrides</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="56"/>
        <source>Unknown wristbands</source>
        <translation>Unbekannte Armbänder</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="57"/>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="58"/>
        <source>Not yet confirmed</source>
        <translation>Noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="59"/>
        <source>Bands printed</source>
        <translation>Gedruckte Bänder</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="58"/>
        <location filename="../../kiosk/ui/desk.py" line="570"/>
        <location filename="../../kiosk/ui/desk.py" line="898"/>
        <source>Front desk</source>
        <translation>Rezeption</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="59"/>
        <source>Supervisor</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="60"/>
        <source>Manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="64"/>
        <source>Only a supervisor or a manager can override.</source>
        <translation>Nur Schichtleitung oder Leitung darf eine Ausnahme machen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="65"/>
        <source>Only a supervisor or a manager can lock or unlock an account.</source>
        <translation>Nur Schichtleitung oder Leitung darf ein Konto sperren oder entsperren.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="66"/>
        <source>Only a manager can erase a guest's details.</source>
        <translation>Nur die Leitung darf die Daten eines Gastes löschen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="67"/>
        <source>Only a manager can change staff and settings.</source>
        <translation>Nur die Leitung darf Mitarbeitende und Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="68"/>
        <source>Only a manager can export the customers report.</source>
        <translation>Nur die Leitung darf den Kundenbericht exportieren.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="143"/>
        <source>Keep at least one manager, or nobody can change the list again.</source>
        <translation>Mindestens eine Leitung behalten, sonst kann niemand die Liste mehr ändern.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="146"/>
        <source>Every member of staff needs a name.</source>
        <translation>Alle Mitarbeitenden brauchen einen Namen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="151"/>
        <source>{name} has neither a PIN nor a badge, so cannot sign in.</source>
        <translation>{name} hat weder PIN noch Ausweis und kann sich nicht anmelden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="55"/>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="56"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="57"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="58"/>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="61"/>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="62"/>
        <source>{minutes} min ago</source>
        <translation>vor {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="63"/>
        <source>{hours} h {minutes} min ago</source>
        <translation>vor {hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="64"/>
        <source>{hours} h ago</source>
        <translation>vor {hours} Std.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="86"/>
        <source>expires in {span} ({day} {time})</source>
        <translation>läuft in {span} ab ({day} {time})</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="29"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="31"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="33"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/timewords.py" line="73"/>
        <source>%n days</source>
        <extracomment>one: %n day</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="81"/>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="85"/>
        <source>expired {day} at {time}</source>
        <translation>{day} um {time} abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/timewords.py" line="93"/>
        <source>%n days ago</source>
        <extracomment>one: %n day ago</extracomment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="15"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="16"/>
        <source>Waiting for a direct-debit mandate</source>
        <translation>Wartet auf ein Lastschriftmandat</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="17"/>
        <source>Needs attention</source>
        <translation>Klärungsbedarf</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="18"/>
        <source>Reserved, not yet confirmed</source>
        <translation>Reserviert, noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="19"/>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="20"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="21"/>
        <source>Starts soon</source>
        <translation>Beginnt bald</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="25"/>
        <source>No mandate has been provided</source>
        <translation>Es liegt kein Mandat vor</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="26"/>
        <source>Setup fee is unpaid</source>
        <translation>Einrichtungsgebühr ist unbezahlt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="27"/>
        <source>Mandate has been revoked</source>
        <translation>Mandat wurde widerrufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="28"/>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="29"/>
        <source>A payment was disputed</source>
        <translation>Eine Zahlung wurde angefochten</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="30"/>
        <source>Manual payment outstanding</source>
        <translation>Manuelle Zahlung ausstehend</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="46"/>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="22"/>
        <source>ERASE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="67"/>
        <source>Anonymising…</source>
        <translation>Anonymisiere…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="68"/>
        <source>Anonymised: the guest's personal details are erased.</source>
        <translation>Anonymisiert: Die persönlichen Daten des Gastes sind gelöscht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="100"/>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="124"/>
        <source>Creating the link…</source>
        <translation>Erstelle den Link…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="125"/>
        <source>Link created.</source>
        <translation>Link erstellt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="118"/>
        <source>Verification email sent.</source>
        <translation>Bestätigungs-E-Mail gesendet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="54"/>
        <source>Locking…</source>
        <translation>Sperre…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="54"/>
        <source>Unlocking…</source>
        <translation>Entsperre…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="57"/>
        <source>Account locked.</source>
        <translation>Konto gesperrt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="57"/>
        <source>Account unlocked.</source>
        <translation>Konto entsperrt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="117"/>
        <source>Password reset email sent (the link works for one hour).</source>
        <translation>E-Mail zum Zurücksetzen des Passworts gesendet (der Link gilt eine Stunde).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="75"/>
        <source>This guest's record has already been anonymised.</source>
        <translation>Die Daten dieses Gastes wurden bereits anonymisiert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="78"/>
        <source>The account is locked: unlock it first (a locked account can't be anonymised).</source>
        <translation>Das Konto ist gesperrt: Entsperren Sie es zuerst (ein gesperrtes Konto kann nicht anonymisiert werden).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="82"/>
        <source>Type “{word}” exactly to confirm.</source>
        <translation>Geben Sie zur Bestätigung genau „{word}“ ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="107"/>
        <source>This guest has no email address to send it to.</source>
        <translation>Dieser Gast hat keine E-Mail-Adresse, an die es gehen könnte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="53"/>
        <source>Saving the new expiry…</source>
        <translation>Speichere den neuen Ablauf…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="54"/>
        <source>Expiry changed.</source>
        <translation>Ablauf geändert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="99"/>
        <source>Saving the card…</source>
        <translation>Speichere die Karte…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="100"/>
        <source>Card changed on the band.</source>
        <translation>Karte am Armband geändert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="137"/>
        <source>Adding the wristband…</source>
        <translation>Füge das Armband hinzu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="138"/>
        <source>Wristband added.</source>
        <translation>Armband hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="172"/>
        <source>Removing the wristband…</source>
        <translation>Entferne das Armband…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="173"/>
        <source>Wristband removed.</source>
        <translation>Armband entfernt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="206"/>
        <source>Replacing the wristband…</source>
        <translation>Ersetze das Armband…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="207"/>
        <source>Wristband replaced; expiry and card moved over.</source>
        <translation>Armband ersetzt; Ablauf und Karte übertragen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="163"/>
        <source>Wristband {code} added.</source>
        <translation>Armband {code} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="307"/>
        <source>Wristband {code} replaces the lost one; expiry and card moved over.</source>
        <translation>Armband {code} ersetzt das verlorene; Ablauf und Karte übertragen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="87"/>
        <source>Expiry cleared: the band never expires.</source>
        <translation>Ablauf entfernt: Das Armband läuft nie ab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="125"/>
        <source>Card put on the band.</source>
        <translation>Karte mit dem Armband verknüpft.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="125"/>
        <source>Card taken off the band.</source>
        <translation>Karte vom Armband gelöst.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="245"/>
        <source>the new band is on the guest</source>
        <translation>das neue Armband ist beim Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="290"/>
        <source>Partly done: the new band is on the guest; the rest is not yet. Try again to finish.</source>
        <translation>Teilweise erledigt: Das neue Armband gehört dem Gast; der Rest noch nicht. Erneut versuchen, um es abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="299"/>
        <source>Wristband {code} replaces the lost one; expiry, card and open tab moved over.</source>
        <translation>Armband {code} ersetzt das verlorene; Ablauf, Karte und offene Rechnung übernommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="304"/>
        <source>Wristband {code} replaces the lost one; its expiry moved over.</source>
        <translation>Armband {code} ersetzt das verlorene; sein Ablauf übertragen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="68"/>
        <source>That time has already passed: choose a later one.</source>
        <translation>Diese Zeit ist schon vorbei: Wählen Sie eine spätere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="107"/>
        <source>That card does not belong to this guest.</source>
        <translation>Diese Karte gehört nicht zu diesem Gast.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="146"/>
        <location filename="../../kiosk/checkin/writes/bands.py" line="217"/>
        <source>That wristband is already this guest's.</source>
        <translation>Dieses Armband gehört bereits diesem Gast.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="215"/>
        <source>That is the lost wristband itself: scan the new one.</source>
        <translation>Das ist das verlorene Armband selbst: Scannen Sie das neue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="249"/>
        <source>its expiry is set</source>
        <translation>sein Ablauf ist gesetzt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="253"/>
        <source>the card moved to it</source>
        <translation>die Karte wurde übertragen</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="257"/>
        <source>the open tab moved to it</source>
        <translation>die offene Rechnung ging mit</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="267"/>
        <source>Partly done ({done}): {reason}. Try again to finish.</source>
        <translation>Teilweise erledigt ({done}): {reason}. Erneut versuchen, um es abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="171"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="303"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="319"/>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="172"/>
        <location filename="../../kiosk/checkin/writes/details.py" line="33"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="192"/>
        <source>It may have been sent; ask the guest before sending it again.</source>
        <translation>Es wurde vielleicht schon gesendet; fragen Sie den Gast, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="226"/>
        <location filename="../../kiosk/checkin/writes/visits.py" line="40"/>
        <source>This guest's record has been anonymised.</source>
        <translation>Die Daten dieses Gastes wurden anonymisiert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="62"/>
        <source>Details saved.</source>
        <translation>Daten gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="88"/>
        <source>Saving the address…</source>
        <translation>Speichere die Adresse…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="89"/>
        <source>Address saved.</source>
        <translation>Adresse gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="122"/>
        <source>Removing the address…</source>
        <translation>Entferne die Adresse…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="123"/>
        <source>Address removed.</source>
        <translation>Adresse entfernt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="142"/>
        <source>Adding the note…</source>
        <translation>Füge die Notiz hinzu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="143"/>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="168"/>
        <source>Adding the label…</source>
        <translation>Füge das Etikett hinzu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="169"/>
        <source>Label added.</source>
        <translation>Etikett hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="49"/>
        <source>Search for the guest before registering them again.</source>
        <translation>Suchen Sie den Gast, bevor Sie ihn erneut anlegen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="69"/>
        <source>The account is locked: unlock it before changing details.</source>
        <translation>Das Konto ist gesperrt: Entsperren Sie es, bevor Sie Daten ändern.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="98"/>
        <source>Enter at least the first line of the address.</source>
        <translation>Geben Sie mindestens die erste Adresszeile ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="151"/>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="177"/>
        <source>Choose or type a label first.</source>
        <translation>Wählen oder tippen Sie zuerst ein Etikett.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="179"/>
        <source>The guest already has the label “{label}”.</source>
        <translation>Der Gast hat das Etikett „{label}“ bereits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="31"/>
        <source>Checking in…</source>
        <translation>Checke ein…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="32"/>
        <source>Checked in.</source>
        <translation>Eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="87"/>
        <source>Checking out…</source>
        <translation>Checke aus…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="88"/>
        <source>Checked out.</source>
        <translation>Ausgecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="45"/>
        <source>This guest may not be admitted without an override reason.</source>
        <translation>Dieser Gast darf nur mit einem Grund für die Ausnahme eingelassen werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="47"/>
        <source>This guest is already checked in.</source>
        <translation>Dieser Gast ist bereits eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="100"/>
        <source>This guest is not checked in.</source>
        <translation>Dieser Gast ist nicht eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="374"/>
        <source>Membership renewed at the desk</source>
        <translation>Mitgliedschaft an der Rezeption verlängert</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="375"/>
        <source>Paid for a day pass at the desk</source>
        <translation>Tageskarte an der Rezeption bezahlt</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="376"/>
        <source>Manager approved</source>
        <translation>Von der Leitung genehmigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="377"/>
        <source>New wristband issued</source>
        <translation>Neues Armband ausgegeben</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="126"/>
        <source>camera on</source>
        <translation>Kamera an</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="131"/>
        <source>camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="175"/>
        <source>the camera stopped sending pictures</source>
        <translation>die Kamera sendet keine Bilder mehr</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="177"/>
        <source>cannot open camera {camera}</source>
        <translation>Kamera {camera} lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="191"/>
        <source>Brother QL at {where}</source>
        <translation>Brother QL unter {where}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="97"/>
        <source>it has no labels loaded</source>
        <translation>es sind keine Etiketten eingelegt</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="98"/>
        <location filename="../../kiosk/devices/printers/brother.py" line="99"/>
        <source>it is out of labels</source>
        <translation>die Etiketten sind aufgebraucht</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="100"/>
        <source>it cannot feed the labels</source>
        <translation>er kann die Etiketten nicht einziehen</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="101"/>
        <source>its cutter is jammed</source>
        <translation>sein Abschneider klemmt</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="102"/>
        <source>its cover is open</source>
        <translation>seine Abdeckung ist offen</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="103"/>
        <source>it is switched off</source>
        <translation>er ist ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="104"/>
        <source>it lost part of the job</source>
        <translation>ein Teil des Auftrags ging verloren</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="105"/>
        <source>it has a system error (switch it off and on again)</source>
        <translation>er hat einen Systemfehler (aus- und wieder einschalten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="108"/>
        <location filename="../../kiosk/devices/printers/pdf.py" line="33"/>
        <location filename="../../kiosk/devices/printers/system.py" line="61"/>
        <location filename="../../kiosk/devices/printers/system.py" line="55"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="176"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="263"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="246"/>
        <location filename="../../kiosk/devices/printers/zebra.py" line="206"/>
        <location filename="../../kiosk/ui/printer_settings.py" line="240"/>
        <source>The printer can't print: {why}.</source>
        <translation>Der Drucker kann nicht drucken: {why}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="248"/>
        <source>The printer has a {width} mm roll loaded; this desk prints on 62 mm labels.</source>
        <translation>Im Drucker ist eine {width}-mm-Rolle eingelegt; dieser Empfang druckt auf 62-mm-Etiketten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="264"/>
        <source>reachable; it does not report its status</source>
        <translation>erreichbar; meldet seinen Status nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="277"/>
        <source>A Brother QL prints labels: choose the 62 mm roll.</source>
        <translation>Ein Brother QL druckt Etiketten: die 62-mm-Rolle wählen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="292"/>
        <source>The label was sent; this printer does not say when it has printed: look at it, then use the label or print again.</source>
        <translation>Das Etikett wurde gesendet; dieser Drucker meldet nicht, wann er gedruckt hat: nachsehen, dann das Etikett verwenden oder erneut drucken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="309"/>
        <source>The printer took the label but stopped answering: look at the printer. If a label came out, use it; if not, print again.</source>
        <translation>Der Drucker hat das Etikett angenommen, antwortet aber nicht mehr: Am Drucker nachsehen. Ist ein Etikett herausgekommen, verwenden; sonst erneut drucken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/layout.py" line="210"/>
        <source>TEST PRINT</source>
        <translation>TESTDRUCK</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="70"/>
        <source>The printer stopped: {why}. The band prints when that is fixed; use it then, or print again.</source>
        <translation>Der Drucker hat angehalten: {why}. Das Band wird gedruckt, sobald das behoben ist; dann verwenden oder erneut drucken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="81"/>
        <source>The printer took the band but has not finished it: look at the printer. If a band came out, use it; if not, print again.</source>
        <translation>Der Drucker hat das Band angenommen, aber nicht fertig gedruckt: Am Drucker nachsehen. Ist ein Band herausgekommen, verwenden; sonst erneut drucken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="24"/>
        <source>The printer at {where} refused the connection: is it switched on and on the network?</source>
        <translation>Der Drucker unter {where} hat die Verbindung abgelehnt: Ist er eingeschaltet und im Netzwerk?</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="32"/>
        <source>The printer at {where} cannot be reached: is it switched on?</source>
        <translation>Der Drucker unter {where} ist nicht erreichbar: Ist er eingeschaltet?</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="36"/>
        <source>The printer at {where} cannot be reached ({error}).</source>
        <translation>Der Drucker unter {where} ist nicht erreichbar ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="60"/>
        <source>The connection to the printer broke while sending the band: look at the printer. If a band came out, use it; if not, print again.</source>
        <translation>Die Verbindung zum Drucker ist beim Senden abgebrochen: Am Drucker nachsehen. Ist ein Band herausgekommen, verwenden; sonst erneut drucken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="112"/>
        <source>No printer at {device}: is it plugged in and switched on?</source>
        <translation>Kein Drucker unter {device}: Ist er angeschlossen und eingeschaltet?</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="116"/>
        <source>This computer does not let the kiosk use {device}: add the kiosk's user to the group that owns it (often lp).</source>
        <translation>Dieser Computer lässt den Kiosk {device} nicht benutzen: den Benutzer des Kiosks der zuständigen Gruppe hinzufügen (oft lp).</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="124"/>
        <source>The printer at {device} cannot be opened ({error}).</source>
        <translation>Der Drucker unter {device} lässt sich nicht öffnen ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/pdf.py" line="24"/>
        <source>PDF files in {folder}</source>
        <translation>PDF-Dateien in {folder}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/pdf.py" line="31"/>
        <location filename="../../kiosk/devices/printers/pdf.py" line="46"/>
        <source>The folder {folder} cannot be written to.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/renders.py" line="36"/>
        <source>This code does not fit on the printer's {media}: nothing was printed.</source>
        <translation>Dieser Code passt nicht auf das {media} des Druckers: Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="41"/>
        <source>system printer {name}</source>
        <translation>Systemdrucker {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="59"/>
        <source>the system says the printer has an error</source>
        <translation>das System meldet einen Druckerfehler</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="80"/>
        <location filename="../../kiosk/devices/printers/system.py" line="89"/>
        <source>The printer would not take the band: nothing was printed.</source>
        <translation>Der Drucker hat das Band nicht angenommen: Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="41"/>
        <source>(the default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="47"/>
        <source>This computer has no printer called {name}.</source>
        <translation>Dieser Computer hat keinen Drucker namens {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="49"/>
        <source>This computer has no default printer.</source>
        <translation>Dieser Computer hat keinen Standarddrucker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="83"/>
        <source>Zebra at {where}, {dpi} dpi</source>
        <translation>Zebra unter {where}, {dpi} dpi</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="182"/>
        <source>it prints at {real} dpi but the setting says {setting}: bands are drawn for {real}; set the printer's dpi to {real} in the settings</source>
        <translation>er druckt mit {real} dpi, die Einstellung sagt {setting}: Bänder werden für {real} gezeichnet; die dpi des Druckers in den Einstellungen auf {real} setzen</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="150"/>
        <source>The printer at {where} answered something that is not ZPL.</source>
        <translation>Der Drucker unter {where} hat etwas geantwortet, das kein ZPL ist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="111"/>
        <source>The printer at {where} took the connection but does not answer: switch it off and on again.</source>
        <translation>Der Drucker unter {where} nimmt die Verbindung an, antwortet aber nicht: aus- und wieder einschalten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="144"/>
        <source>The connection to the printer at {where} broke.</source>
        <translation>Die Verbindung zum Drucker unter {where} ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="220"/>
        <source>The printer took the band but stopped answering: look at the printer. If a band came out, use it; if not, print again.</source>
        <translation>Der Drucker hat das Band angenommen, antwortet aber nicht mehr: Am Drucker nachsehen. Ist ein Band herausgekommen, verwenden; sonst erneut drucken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="262"/>
        <source>it shows an error on its display</source>
        <translation>er zeigt einen Fehler auf seinem Display</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="168"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="249"/>
        <source>it is out of wristbands or labels: load a roll</source>
        <translation>es sind keine Bänder oder Etiketten mehr drin: eine Rolle einlegen</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="169"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="250"/>
        <source>its print head is open: close it</source>
        <translation>der Druckkopf ist offen: schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="170"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="251"/>
        <source>it is out of ribbon</source>
        <translation>das Farbband ist leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="171"/>
        <source>it is paused (press its pause button)</source>
        <translation>er ist pausiert (Pausetaste drücken)</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="172"/>
        <source>its memory is full</source>
        <translation>sein Speicher ist voll</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="252"/>
        <source>its cutter is stuck</source>
        <translation>das Schneidwerk klemmt</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="253"/>
        <source>its print head is too hot: let it cool</source>
        <translation>der Druckkopf ist zu heiß: abkühlen lassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="254"/>
        <source>its motor is too hot: let it cool</source>
        <translation>der Motor ist zu heiß: abkühlen lassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="99"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="125"/>
        <source>scanner connected on {port}</source>
        <translation>Scanner an {port} verbunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="110"/>
        <source>no scanner port found; waiting for one to be plugged in</source>
        <translation>kein Scanner-Anschluss gefunden; warte, bis einer eingesteckt wird</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="116"/>
        <source>waiting for the scanner on {port} ({error})</source>
        <translation>warte auf den Scanner an {port} ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="162"/>
        <source>scanner disconnected; reconnecting…</source>
        <translation>Scanner getrennt; verbinde neu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/appliance.py" line="43"/>
        <source>Pairing an appliance writes systemd credentials: run it as root (sudo).</source>
        <translation>Das Koppeln eines Geräts schreibt systemd-Zugangsdaten: Als root ausführen (sudo).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/appliance.py" line="49"/>
        <source>There is no account called {user} for the kiosk to run as: create it first (useradd -m {user}).</source>
        <translation>Es gibt kein Konto namens {user}, unter dem der Kiosk laufen kann: Zuerst anlegen (useradd -m {user}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/appliance.py" line="91"/>
        <source>The credential {name} could not be written ({reason}); nothing was saved.</source>
        <translation>Die Zugangsdaten {name} konnten nicht geschrieben werden ({reason}); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="145"/>
        <source>Paired with Collins as a {mode}; settings in {path}.</source>
        <translation>Mit Collins gekoppelt als {mode}; Einstellungen in {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="215"/>
        <source>✔ Found {who}: cards work here.</source>
        <translation>✔ {who} gefunden: Karten funktionieren hier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="229"/>
        <source>✔ Found {who}: the kiosk reads bands at this site.</source>
        <translation>✔ {who} gefunden: Der Kiosk liest Armbänder an diesem Standort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="267"/>
        <source>Paired with {site} as a {mode}; the token {kept}; settings in {path}.</source>
        <translation>Mit {site} gekoppelt als {mode}; das Token {kept}; Einstellungen in {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="344"/>
        <source>{host} answered with an error ({error}): try again shortly.</source>
        <translation>{host} hat mit einem Fehler geantwortet ({error}): Versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="139"/>
        <source>Paired with Collins at {venue} as a {mode}; settings in {path}.</source>
        <translation>Mit Collins in {venue} gekoppelt als {mode}; Einstellungen in {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="153"/>
        <source>self check-in</source>
        <translation>Self-Check-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="153"/>
        <source>front desk</source>
        <translation>Rezeption</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="206"/>
        <source>✖ Not a card this kiosk reads (it expects a 24-character customer id).</source>
        <translation>✖ Keine Karte, die dieser Kiosk liest (er erwartet eine 24-stellige Kunden-ID).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="214"/>
        <location filename="../../kiosk/ops/pairing.py" line="228"/>
        <source>a guest</source>
        <translation>einen Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="330"/>
        <source>{host} refused this token: check it was copied whole, or make a new one.</source>
        <translation>{host} hat dieses Token abgelehnt: Prüfen Sie, ob es vollständig kopiert wurde, oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="334"/>
        <source>{host} won't show this token its sites: ask for a token that may read them.</source>
        <translation>{host} zeigt diesem Token keine Standorte: Fordern Sie ein Token an, das sie lesen darf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="339"/>
        <source>{host} did not answer in time: check the network.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet: Prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="341"/>
        <source>No connection to {host}: check the address, the network cable or Wi-Fi.</source>
        <translation>Keine Verbindung zu {host}: Prüfen Sie die Adresse, das Netzwerkkabel oder das WLAN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="58"/>
        <location filename="../../kiosk/ops/pairing.py" line="83"/>
        <source>Paste the API token first.</source>
        <translation>Fügen Sie zuerst das API-Token ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="68"/>
        <source>This token can see no sites: ask for a token of the right brand.</source>
        <translation>Dieses Token sieht keine Standorte: Fordern Sie ein Token der richtigen Marke an.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="123"/>
        <source>A Collins venue id is 24 letters and digits (0-9, a-f).</source>
        <translation>Eine Collins-Venue-ID besteht aus 24 Buchstaben und Ziffern (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="160"/>
        <source>The mode is desk or self.</source>
        <translation>Der Modus ist desk oder self.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="162"/>
        <source>Self check-in needs a staff PIN ({rule}).</source>
        <translation>Der Self-Check-in braucht eine Personal-PIN ({rule}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="265"/>
        <source>from {variable}</source>
        <translation>aus {variable}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="265"/>
        <source>in the OS keyring</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="189"/>
        <source>This machine has no keyring to keep the token in (nothing was saved). On an appliance, pair as root with {command}: the token becomes an encrypted systemd credential.</source>
        <translation>Dieser Rechner hat keinen Schlüsselbund für das Token (nichts wurde gespeichert). Auf einem Gerät als root mit {command} koppeln: Das Token wird zu verschlüsselten systemd-Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="211"/>
        <source>✖ No guest has this card.</source>
        <translation>✖ Kein Gast hat diese Karte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="213"/>
        <source>✖ Could not look it up ({error}).</source>
        <translation>✖ Konnte nicht nachgeschlagen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="225"/>
        <source>✖ Not recognised at this site: try another band, or check the site.</source>
        <translation>✖ An diesem Standort nicht erkannt: Versuchen Sie ein anderes Armband oder prüfen Sie den Standort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="93"/>
        <source>{host} refused this token: check it was copied whole.</source>
        <translation>{host} hat dieses Token abgelehnt: Prüfen Sie, ob es vollständig kopiert wurde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="97"/>
        <source>{host} could not be asked ({error}).</source>
        <translation>{host} konnte nicht gefragt werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="96"/>
        <source>German or other QWERTZ</source>
        <translation>deutsch oder ein anderes QWERTZ</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="104"/>
        <source>The scanner and this PC use different keyboard layouts (the PC looks {guess}): the test code {expected} arrived as {received}. Set the scanner to the PC's layout, or keep 'scanner layout: US' in the settings.</source>
        <translation>Scanner und PC verwenden verschiedene Tastaturbelegungen (der PC wirkt {guess}): Der Testcode {expected} kam als {received} an. Stellen Sie den Scanner auf die Belegung des PCs ein oder behalten Sie „Scanner-Belegung: US“ in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="98"/>
        <source>French (AZERTY)</source>
        <translation>französisch (AZERTY)</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="132"/>
        <source>The scanner and this PC agree on the keyboard layout: scans arrive exactly.</source>
        <translation>Scanner und PC verwenden dieselbe Tastaturbelegung: Scans kommen genau an.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="100"/>
        <source>UK</source>
        <translation>britisch</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="102"/>
        <source>a different</source>
        <translation>anders</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="21"/>
        <source>The scan arrived in pieces (the computer was busy).</source>
        <translation>Der Scan kam in Stücken an (der Computer war ausgelastet).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="53"/>
        <source>The scan was empty.</source>
        <translation>Der Scan war leer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="55"/>
        <source>The scan was too short ({count} characters).</source>
        <translation>Der Scan war zu kurz ({count} Zeichen).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="57"/>
        <source>The scan was too long ({count} characters).</source>
        <translation>Der Scan war zu lang ({count} Zeichen).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="67"/>
        <source>The scan is not one of this site's codes.</source>
        <translation>Der Scan ist kein Code dieses Standorts.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="63"/>
        <source>The scan has characters a code cannot have: {characters}</source>
        <translation>Der Scan enthält Zeichen, die ein Code nicht haben kann: {characters}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="20"/>
        <source>Called</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="21"/>
        <source>First line</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="22"/>
        <source>Second line</source>
        <translation>Zweite Zeile</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="23"/>
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="24"/>
        <source>County</source>
        <translation>Bundesland/Region</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="25"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="26"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="37"/>
        <source>Change the address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="37"/>
        <location filename="../../kiosk/ui/guest_form.py" line="192"/>
        <location filename="../../kiosk/ui/guest_form.py" line="196"/>
        <source>Add an address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_preview.py" line="24"/>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_preview.py" line="56"/>
        <source>Starting camera…</source>
        <translation>Starte die Kamera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="68"/>
        <source>⚠ Recent visits couldn't load</source>
        <translation>⚠ Letzte Besuche konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="94"/>
        <source>Spend couldn't load</source>
        <translation>Umsatz konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="117"/>
        <source>Venues: {venues}</source>
        <translation>Häuser: {venues}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="119"/>
        <source>Opted into: {lists}</source>
        <translation>Eingewilligt in: {lists}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="121"/>
        <source>Couldn't check whether they are on site now</source>
        <translation>Konnte nicht prüfen, ob der Gast gerade im Haus ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="183"/>
        <source>Admitted by staff override</source>
        <translation>Durch Ausnahme des Personals eingelassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="185"/>
        <source>Reason: {reason}  ·  was: {was}</source>
        <translation>Grund: {reason}  ·  vorher: {was}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="251"/>
        <source>MEMBERSHIP</source>
        <translation>MITGLIEDSCHAFT</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="263"/>
        <source>RECENT VISITS</source>
        <translation>LETZTE BESUCHE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="272"/>
        <source>NOTES</source>
        <translation>NOTIZEN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="411"/>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="418"/>
        <source>Guest name: {name}</source>
        <translation>Name des Gastes: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="79"/>
        <source>still in</source>
        <translation>noch da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="84"/>
        <source>saved offline, not sent yet</source>
        <translation>offline gespeichert, noch nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer_panel.py" line="99"/>
        <source>Spent {total} over %n orders</source>
        <extracomment>one: Spent {total} over %n order</extracomment>
        <translation>
            <numerusform>{total} ausgegeben in %n Bestellung</numerusform>
            <numerusform>{total} ausgegeben in %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="111"/>
        <source>Last check-in {ago}</source>
        <translation>Letzter Check-in {ago}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="115"/>
        <source>No check-ins yet</source>
        <translation>Noch keine Check-ins</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="174"/>
        <source>All clear.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="410"/>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="415"/>
        <source>Photo couldn't load; initials {initials}</source>
        <translation>Foto konnte nicht geladen werden; Initialen {initials}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="420"/>
        <source>Opened by their card or a search</source>
        <translation>Über die Karte oder eine Suche geöffnet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="429"/>
        <source>still checking</source>
        <translation>noch in Prüfung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="429"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="455"/>
        <source>+{count} more</source>
        <translation>+{count} weitere</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="522"/>
        <source>Ended {day}</source>
        <translation>Beendet am {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="538"/>
        <source>Next charge {amount} on {day}</source>
        <translation>Nächste Abbuchung {amount} am {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="422"/>
        <source>Opened by customer record (no wristband scanned)</source>
        <translation>Über die Kundenakte geöffnet (kein Armband gescannt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="424"/>
        <source>Found by wristband {code}</source>
        <translation>Gefunden über Armband {code}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="433"/>
        <source>from the local copy ({how}), as of {day} {time}</source>
        <translation>aus der lokalen Kopie ({how}), Stand {day} {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="443"/>
        <source>This guest's record has been anonymised</source>
        <translation>Die Daten dieses Gastes wurden anonymisiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="445"/>
        <source>Account locked: details can't be changed</source>
        <translation>Konto gesperrt: Daten können nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="447"/>
        <source>The photo couldn't load</source>
        <translation>Das Foto konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="457"/>
        <source>More labels: </source>
        <translation>Weitere Etiketten: </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="464"/>
        <source>⚠ Memberships couldn't load</source>
        <translation>⚠ Mitgliedschaften konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="524"/>
        <source>Starts {day}</source>
        <translation>Beginnt am {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="104"/>
        <source>last {order} {amount} (cancelled)</source>
        <translation>zuletzt {order} {amount} (storniert)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="106"/>
        <source>last {order} {amount}</source>
        <translation>zuletzt {order} {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="165"/>
        <source>(offline)</source>
        <translation>(offline)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="411"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="468"/>
        <location filename="../../kiosk/ui/desk.py" line="147"/>
        <source>No membership</source>
        <translation>Keine Mitgliedschaft</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="526"/>
        <source>Since {day}</source>
        <translation>Seit {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="167"/>
        <source>(checking…)</source>
        <translation>(wird geprüft…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="78"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="79"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="80"/>
        <source>needs attention</source>
        <translation>Klärungsbedarf</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="84"/>
        <source>admit</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="84"/>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="84"/>
        <source>deny</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="96"/>
        <source>answers came too late</source>
        <translation>Antworten kamen zu spät</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="97"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="98"/>
        <source>the guest system is having trouble</source>
        <translation>das Gästesystem hat Probleme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="99"/>
        <source>the guest system asked us to wait</source>
        <translation>das Gästesystem bittet zu warten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="108"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="130"/>
        <source>no offline copy: no key for it</source>
        <translation>keine Offline-Kopie: kein Schlüssel dafür</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="132"/>
        <source>%n need attention</source>
        <extracomment>one: %n needs attention</extracomment>
        <translation>
            <numerusform>%n mit Klärungsbedarf</numerusform>
            <numerusform>%n mit Klärungsbedarf</numerusform>
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
        <translation>Telefon endet auf {digits}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="241"/>
        <source>Kiosk · Front desk</source>
        <translation>Kiosk · Rezeption</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="324"/>
        <source>More time</source>
        <translation>Mehr Zeit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="326"/>
        <source>More time: keep this guest on screen</source>
        <translation>Mehr Zeit: Diesen Gast weiter anzeigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="336"/>
        <source>Connection status: open what is waiting to be sent</source>
        <translation>Verbindungsstatus: Öffnen, was auf das Senden wartet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="366"/>
        <source>check in</source>
        <translation>einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="367"/>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="368"/>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="369"/>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="375"/>
        <source>find a guest (the search box)</source>
        <translation>einen Gast finden (das Suchfeld)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="377"/>
        <source>recent scans</source>
        <translation>letzte Scans</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="378"/>
        <source>cancel a wristband scan, or clear the screen</source>
        <translation>einen Armband-Scan abbrechen oder die Anzeige leeren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="379"/>
        <source>who is in now</source>
        <translation>wer gerade im Haus ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="380"/>
        <source>print a band; again: give the guest the printed band</source>
        <translation>Band drucken; nochmals: das gedruckte Band zuordnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="381"/>
        <source>this list of keys</source>
        <translation>diese Tastenliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="404"/>
        <source>Find (Enter)</source>
        <translation>Suchen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="405"/>
        <source>New guest (Ctrl+N)</source>
        <translation>Neuer Gast (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="406"/>
        <source>Recent scans (Ctrl+R)</source>
        <translation>Letzte Scans (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="407"/>
        <source>Print a band (Ctrl+P)</source>
        <translation>Band drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="408"/>
        <source>Give the guest the band just printed (Ctrl+P)</source>
        <translation>Dem Gast das eben gedruckte Band zuordnen (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="442"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="453"/>
        <location filename="../../kiosk/ui/desk.py" line="705"/>
        <source>Keys: {keys}</source>
        <translation>Tasten: {keys}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="455"/>
        <location filename="../../kiosk/ui/desk.py" line="1229"/>
        <location filename="../../kiosk/ui/diagnostics.py" line="126"/>
        <location filename="../../kiosk/ui/on_site_window.py" line="207"/>
        <location filename="../../kiosk/ui/shift_dialog.py" line="51"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="457"/>
        <source>Close the list of keys</source>
        <translation>Tastenliste schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="579"/>
        <source>Who is in now (Ctrl+I)</source>
        <translation>Wer gerade im Haus ist (Strg+I)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="585"/>
        <source>Code, name, email or phone</source>
        <translation>Code, Name, E-Mail, Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="587"/>
        <source>Find a guest by wristband code, name, email or phone</source>
        <translation>Einen Gast über Armbandcode, Name, E-Mail oder Telefon finden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="593"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="595"/>
        <source>Find guest by code</source>
        <translation>Gast über Code finden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="603"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="605"/>
        <source>This shift's scans</source>
        <translation>Scans dieser Schicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="613"/>
        <location filename="../../kiosk/ui/guest_form.py" line="66"/>
        <source>New guest</source>
        <translation>Neuer Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="615"/>
        <source>Register a walk-in guest</source>
        <translation>Einen Laufkunden anlegen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="618"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="260"/>
        <source>Back to self check-in</source>
        <translation>Zurück zum Self-Check-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="620"/>
        <source>Back to the self check-in screen</source>
        <translation>Zurück zur Self-Check-in-Ansicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="628"/>
        <source>Sign out (someone else can also scan their badge to take over)</source>
        <translation>Abmelden (jemand anderes kann auch den eigenen Ausweis scannen und übernehmen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="631"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="639"/>
        <source>Scanners and camera; reports; diagnostics</source>
        <translation>Scanner und Kamera; Berichte; Diagnose</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="640"/>
        <source>Settings, reports and diagnostics</source>
        <translation>Einstellungen, Berichte und Diagnose</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="642"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="645"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="102"/>
        <source>Scanners and camera…</source>
        <translation>Scanner und Kamera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="648"/>
        <source>Printer…</source>
        <translation>Drucker…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="651"/>
        <source>Customers report (CSV)…</source>
        <translation>Kundenbericht (CSV)…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="654"/>
        <source>Staff and roles…</source>
        <translation>Mitarbeitende und Rollen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="657"/>
        <source>Shift summary…</source>
        <translation>Schichtübersicht…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="660"/>
        <source>Exit desk: scans check guests out</source>
        <translation>Ausgang: Scans checken Gäste aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="664"/>
        <source>Diagnostics…</source>
        <translation>Diagnose…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="687"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="160"/>
        <source>A wristband with a barcode</source>
        <translation>Ein Armband mit Barcode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="688"/>
        <source>Scan a wristband or card</source>
        <translation>Armband oder Karte scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="692"/>
        <source>The scanner works anywhere on this screen. You can also type a code, a name, an email or a phone number above.</source>
        <translation>Der Scanner funktioniert überall auf diesem Bildschirm. Sie können oben auch einen Code, einen Namen, eine E-Mail oder eine Telefonnummer eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="732"/>
        <source>Guests found</source>
        <translation>Gefundene Gäste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="898"/>
        <source>Exit: scans check guests out</source>
        <translation>Ausgang: Scans checken Gäste aus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="932"/>
        <source>{time}  {what}  {guest}  {state}</source>
        <translation>{time}  {what}  {guest}  {state}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="943"/>
        <source>Saved while offline</source>
        <translation>Offline gespeichert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1163"/>
        <source>Anonymise this guest</source>
        <translation>Diesen Gast anonymisieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1181"/>
        <source>Type {word} to confirm</source>
        <translation>Zur Bestätigung {word} eingeben</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1187"/>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1189"/>
        <source>Anonymise the guest</source>
        <translation>Den Gast anonymisieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1220"/>
        <source>Customers report</source>
        <translation>Kundenbericht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1257"/>
        <source>Check in anyway?</source>
        <translation>Trotzdem einchecken?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1352"/>
        <source>Set-password link</source>
        <translation>Link zum Festlegen des Passworts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1353"/>
        <source>Give this link to the guest (it works for a limited time):</source>
        <translation>Geben Sie diesen Link dem Gast (er gilt nur begrenzte Zeit):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1370"/>
        <source>Who is in now: {count}</source>
        <translation>Wer gerade im Haus ist: {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="110"/>
        <source>slow: answers are late</source>
        <translation>langsam: Antworten kommen spät</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="112"/>
        <source>sending {count} saved offline</source>
        <translation>sende {count} offline Gespeicherte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="115"/>
        <source>● Offline since {time}</source>
        <translation>● Offline seit {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="117"/>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="123"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="275"/>
        <source>data from {time}</source>
        <translation>Daten von {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="125"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="278"/>
        <source>%n check-ins waiting</source>
        <extracomment>one: %n check-in waiting</extracomment>
        <translation>
            <numerusform>%n Check-in wartet</numerusform>
            <numerusform>%n Check-ins warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="127"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="280"/>
        <source>nothing waiting</source>
        <translation>nichts wartet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="152"/>
        <source>⚠ guest of {site}, not this one</source>
        <translation>⚠ Gast von {site}, nicht von hier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="154"/>
        <source>⚠ guest of another site, not this one</source>
        <translation>⚠ Gast eines anderen Standorts, nicht von hier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="347"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="348"/>
        <source>Find a guest by code</source>
        <translation>Einen Gast über den Code finden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="391"/>
        <source>Key {key}</source>
        <translation>Taste {key}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="831"/>
        <source>Signing out in {seconds} s: tap More time to stay signed in.</source>
        <translation>Abmeldung in {seconds} s: „Mehr Zeit“ tippen, um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="863"/>
        <source>Signed in as {name}, {role}: sign out</source>
        <translation>Angemeldet als {name}, {role}: abmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="930"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="930"/>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="945"/>
        <source>Nothing is waiting: everything saved offline has been sent.</source>
        <translation>Nichts wartet: Alles offline Gespeicherte wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="947"/>
        <source>%n saved while offline (sent in this order when the connection is back; refused ones need a look):</source>
        <extracomment>one: %n saved while offline (sent when the connection is back; refused ones need a look):</extracomment>
        <translation>
            <numerusform>%n offline gespeichert (wird gesendet, sobald die Verbindung zurück ist; Abgelehntes bitte prüfen):</numerusform>
            <numerusform>%n offline gespeichert (werden in dieser Reihenfolge gesendet, sobald die Verbindung zurück ist; Abgelehntes bitte prüfen):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="996"/>
        <source>%n guests matching “{text}”</source>
        <extracomment>one: %n guest matching “{text}”</extracomment>
        <translation>
            <numerusform>%n Gast passt zu „{text}“</numerusform>
            <numerusform>%n Gäste passen zu „{text}“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1000"/>
        <source>No guest matches “{text}”. Check the spelling, or try the email.</source>
        <translation>Kein Gast passt zu „{text}“. Prüfen Sie die Schreibweise oder versuchen Sie die E-Mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1175"/>
        <source>To confirm, type: {word}</source>
        <translation>Zur Bestätigung eingeben: {word}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="451"/>
        <source>A scanner works anywhere. Keys for everything else:</source>
        <translation>Ein Scanner funktioniert überall. Tasten für alles andere:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="701"/>
        <source>F1 all keys</source>
        <translation>F1 alle Tasten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="804"/>
        <source>Still checking {code}…</source>
        <translation>Prüfe {code} noch…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="806"/>
        <source>Checking {code}…</source>
        <translation>Prüfe {code}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="838"/>
        <source>The screen clears in {seconds} s: tap More time to keep it.</source>
        <translation>Die Anzeige wird in {seconds} s geleert: Tippen Sie auf „Mehr Zeit“, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1170"/>
        <source>This erases the guest's name, email, phone, date of birth, photo and addresses for good (visits and orders stay, without them). It can't be undone.</source>
        <translation>Dies löscht Name, E-Mail, Telefon, Geburtsdatum, Foto und Adressen des Gastes endgültig (Besuche und Bestellungen bleiben, ohne diese Daten). Es kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1269"/>
        <source>Remove wristband</source>
        <translation>Armband entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1270"/>
        <source>Remove this wristband from the guest? It will no longer find them.</source>
        <translation>Dieses Armband vom Gast entfernen? Es findet ihn dann nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1273"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="473"/>
        <source>Lock the account</source>
        <translation>Konto sperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1274"/>
        <source>Lock this guest's account? Their details can't be changed until unlocked.</source>
        <translation>Das Konto dieses Gastes sperren? Seine Daten können bis zum Entsperren nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1277"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="486"/>
        <source>Email a password reset link</source>
        <translation>Link zum Zurücksetzen des Passworts mailen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1278"/>
        <source>Send this guest an email with a link to reset their password?</source>
        <translation>Diesem Gast eine E-Mail mit einem Link zum Zurücksetzen des Passworts senden?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1281"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="487"/>
        <source>Resend the email verification</source>
        <translation>Bestätigungs-E-Mail erneut senden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1282"/>
        <source>Send this guest the email that verifies their address again?</source>
        <translation>Diesem Gast die E-Mail zur Bestätigung seiner Adresse erneut senden?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="936"/>
        <source>guest {id}…</source>
        <translation>Gast {id}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1258"/>
        <source>Check this guest in anyway?</source>
        <translation>Diesen Gast trotzdem einchecken?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="40"/>
        <source>1280×720 (recommended)</source>
        <translation>1280×720 (empfohlen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="41"/>
        <source>1920×1080: reads smaller codes on phones, more work a frame</source>
        <translation>1920×1080: liest kleinere Codes auf Handys, mehr Arbeit pro Bild</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="42"/>
        <source>The camera's own size (often 640×480)</source>
        <translation>Die eigene Größe der Kamera (oft 640×480)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="55"/>
        <source>Scanners and camera</source>
        <translation>Scanner und Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="65"/>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="68"/>
        <source>A video file or stream…</source>
        <translation>Eine Videodatei oder ein Stream…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="70"/>
        <source>/path/to/video.avi or rtsp://…</source>
        <translation>/pfad/zu/video.avi oder rtsp://…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="72"/>
        <source>Test camera</source>
        <translation>Kamera testen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="77"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="80"/>
        <source>The picture size asked of the camera</source>
        <translation>Die von der Kamera verlangte Bildgröße</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="83"/>
        <source>Picture size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="93"/>
        <source>No serial scanner</source>
        <translation>Kein serieller Scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="94"/>
        <source>Find it automatically</source>
        <translation>Automatisch finden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="104"/>
        <source>Serial scanner</source>
        <translation>Serieller Scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="106"/>
        <source>Types as a US keyboard (most scanners, recommended)</source>
        <translation>Tippt wie eine US-Tastatur (die meisten Scanner, empfohlen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="107"/>
        <source>Set to this PC's keyboard layout</source>
        <translation>Auf die Tastaturbelegung dieses PCs eingestellt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="114"/>
        <source>Keyboard scanner</source>
        <translation>Tastatur-Scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="116"/>
        <source>Code 39 bands in full ASCII (lower case: 12ab)</source>
        <translation>Code-39-Bänder in Full ASCII (Kleinbuchstaben: 12ab)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="118"/>
        <source>The camera reads Code 39 bands as full ASCII (12ab, not 12+A+B)</source>
        <translation>Die Kamera liest Code-39-Bänder als Full ASCII (12ab, nicht 12+A+B)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="120"/>
        <source>Code 39</source>
        <translation>Code 39</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="169"/>
        <source>Hold a wristband up to the camera…</source>
        <translation>Halten Sie ein Armband vor die Kamera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="184"/>
        <source>The camera works: it read “{code}”.</source>
        <translation>Die Kamera funktioniert: Sie hat „{code}“ gelesen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="67"/>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="100"/>
        <source>{rate} baud</source>
        <translation>{rate} Baud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="96"/>
        <source>(looks like a scanner)</source>
        <translation>(sieht wie ein Scanner aus)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="189"/>
        <source>It sends {sent}, not the {asked} asked for: codes on phones may not read.</source>
        <translation>Sie liefert {sent}, nicht die verlangten {asked}: Codes auf Handys werden evtl. nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="195"/>
        <source>Picture: {size}.</source>
        <translation>Bild: {size}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="59"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="258"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="84"/>
        <source>Scanner test: scan a band now; its keys' timing shows here.</source>
        <translation>Scanner-Test: Scannen Sie jetzt ein Armband; das Tastentiming erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="87"/>
        <source>Scanner test result</source>
        <translation>Ergebnis des Scanner-Tests</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="94"/>
        <source>Test reading a screen</source>
        <translation>Lesen vom Bildschirm testen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="96"/>
        <source>Show a code on this screen for the keyboard scanner to read</source>
        <translation>Einen Code auf diesem Bildschirm zeigen, den der Tastatur-Scanner lesen soll</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="102"/>
        <source>A code to scan from the screen</source>
        <translation>Ein Code zum Scannen vom Bildschirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="107"/>
        <source>Screen reading test result</source>
        <translation>Ergebnis des Bildschirm-Lesetests</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="118"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="119"/>
        <source>Run the checks again</source>
        <translation>Die Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="121"/>
        <source>Save support bundle…</source>
        <translation>Support-Paket speichern…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="123"/>
        <source>Save a support bundle: versions, settings, checks and logs, without guest data</source>
        <translation>Ein Support-Paket speichern: Versionen, Einstellungen, Prüfungen und Protokolle, ohne Gästedaten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="127"/>
        <source>Close diagnostics</source>
        <translation>Diagnose schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="146"/>
        <source>Checking… (the camera takes a few seconds)</source>
        <translation>Prüfe… (die Kamera braucht ein paar Sekunden)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="190"/>
        <source>The checks could not run ({error})</source>
        <translation>Die Prüfungen konnten nicht laufen ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="206"/>
        <source>Scan the code on this screen with the keyboard scanner (as a guest's phone would be held).</source>
        <translation>Den Code auf diesem Bildschirm mit dem Tastatur-Scanner scannen (so, wie ein Gast sein Handy hält).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="217"/>
        <source>✖ Nothing came in {seconds} s: this scanner may be a 1D-only (laser) model. It cannot read QR codes or a membership card on a phone; the camera can.</source>
        <translation>✖ In {seconds} s kam nichts: Dieser Scanner ist vielleicht ein reines 1D-Modell (Laser). Er kann keine QR-Codes und keine Mitgliedskarte auf einem Handy lesen; die Kamera kann es.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="252"/>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="252"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="261"/>
        <source>Saving the support bundle…</source>
        <translation>Speichere das Support-Paket…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="238"/>
        <source>✔ It read the code on the screen: QR codes and phones' screens work.</source>
        <translation>✔ Er hat den Code vom Bildschirm gelesen: QR-Codes und Handy-Bildschirme funktionieren.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="265"/>
        <source>Saved: {path} (no guest data in it)</source>
        <translation>Gespeichert: {path} (ohne Gästedaten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="270"/>
        <source>Not saved ({error}): choose another folder</source>
        <translation>Nicht gespeichert ({error}): Wählen Sie einen anderen Ordner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/diagnostics.py" line="157"/>
        <source>%n problems found</source>
        <extracomment>one: %n problem found</extracomment>
        <translation>
            <numerusform>%n Problem gefunden</numerusform>
            <numerusform>%n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="163"/>
        <source>✔ Everything checked is working</source>
        <translation>✔ Alles Geprüfte funktioniert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/diagnostics.py" line="160"/>
        <source>Working, with %n warnings</source>
        <extracomment>one: Working, with %n warning</extracomment>
        <translation>
            <numerusform>Funktioniert, mit %n Warnung</numerusform>
            <numerusform>Funktioniert, mit %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="45"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="46"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="135"/>
        <location filename="../../kiosk/ui/override_dialog.py" line="69"/>
        <source>✔ Check in</source>
        <translation>✔ Einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="47"/>
        <source>Check in…</source>
        <translation>Einchecken…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="48"/>
        <location filename="../../kiosk/ui/on_site_window.py" line="203"/>
        <source>Check out</source>
        <translation>Auschecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="49"/>
        <source>Override and check in…</source>
        <translation>Ausnahme und einchecken…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="50"/>
        <source>↻ Check again</source>
        <translation>↻ Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="53"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="54"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="137"/>
        <source>Check the guest in</source>
        <translation>Den Gast einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="55"/>
        <source>Check the guest in, after a confirmation</source>
        <translation>Den Gast nach einer Rückfrage einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="56"/>
        <source>Check the guest out</source>
        <translation>Den Gast auschecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="57"/>
        <source>Admit anyway, with a reason</source>
        <translation>Trotzdem einlassen, mit Begründung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="58"/>
        <source>Check again whether the last change was saved</source>
        <translation>Erneut prüfen, ob die letzte Änderung gespeichert wurde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="88"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="259"/>
        <source>WRISTBAND</source>
        <translation>ARMBAND</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="112"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="235"/>
        <source>Print a band</source>
        <translation>Band drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="114"/>
        <source>Print a new wristband for this guest</source>
        <translation>Ein neues Armband für diesen Gast drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="116"/>
        <source>✔ Use the printed band</source>
        <translation>✔ Band zuordnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="118"/>
        <source>Give the guest the band just printed</source>
        <translation>Dem Gast das eben gedruckte Band zuordnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="120"/>
        <source>Reprint</source>
        <translation>Nachdruck</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="122"/>
        <source>Print the same band again</source>
        <translation>Dasselbe Band erneut drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="139"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="141"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="142"/>
        <source>Change the wristband's expiry</source>
        <translation>Ablauf des Armbands ändern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="143"/>
        <source>Put a card on the wristband or take it off</source>
        <translation>Eine Karte mit dem Armband verknüpfen oder lösen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="144"/>
        <source>More actions: bands, account, password</source>
        <translation>Weitere Aktionen: Armbänder, Konto, Passwort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="365"/>
        <source>Pick a date and time…</source>
        <translation>Datum und Uhrzeit wählen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="369"/>
        <source>Never expires (clear expiry)</source>
        <translation>Läuft nie ab (Ablauf entfernen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="514"/>
        <source>Wristband expiry</source>
        <translation>Ablauf des Armbands</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="523"/>
        <source>The wristband's new expiry date and time</source>
        <translation>Neues Ablaufdatum und -uhrzeit des Armbands</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="235"/>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="253"/>
        <source>GUEST CARD</source>
        <translation>KARTE DES GASTES</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="288"/>
        <source>Other bands: {codes}</source>
        <translation>Weitere Armbänder: {codes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="380"/>
        <source>The guest's cards couldn't load: scan again</source>
        <translation>Die Karten des Gastes konnten nicht geladen werden: erneut scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="393"/>
        <source>This guest has no stored cards</source>
        <translation>Dieser Gast hat keine gespeicherten Karten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="398"/>
        <source>Take the card off the band</source>
        <translation>Karte vom Armband lösen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="411"/>
        <source>Add a new wristband (scan it next)</source>
        <translation>Neues Armband hinzufügen (als Nächstes scannen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="417"/>
        <source>Replace a lost wristband (scan the new one next)</source>
        <translation>Verlorenes Armband ersetzen (als Nächstes das neue scannen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="436"/>
        <source>Remove this wristband from the guest</source>
        <translation>Dieses Armband vom Gast entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="444"/>
        <source>Edit the guest's details</source>
        <translation>Daten des Gastes bearbeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="451"/>
        <source>Add a note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="458"/>
        <source>Add a label…</source>
        <translation>Etikett hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="480"/>
        <source>Anonymise on the guest's request…</source>
        <translation>Auf Wunsch des Gastes anonymisieren…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="499"/>
        <source>Create a set-password link to hand over</source>
        <translation>Link zum Festlegen des Passworts zum Weitergeben erstellen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="558"/>
        <source>Open tab {order}: {amount} so far</source>
        <translation>Offene Rechnung {order}: bisher {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="564"/>
        <source>Open order {order}</source>
        <translation>Offene Bestellung {order}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="567"/>
        <source>Order {order} (closed)</source>
        <translation>Bestellung {order} (abgeschlossen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="571"/>
        <source>Spent today: {amount}</source>
        <translation>Heute ausgegeben: {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="263"/>
        <source>⚠ The wristband's details couldn't load.</source>
        <translation>⚠ Die Daten des Armbands konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="265"/>
        <source>No wristband</source>
        <translation>Kein Armband</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="266"/>
        <source>No wristband was scanned.</source>
        <translation>Es wurde kein Armband gescannt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="385"/>
        <source>(on the band)</source>
        <translation>(am Armband)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="424"/>
        <source>Print a new wristband</source>
        <translation>Neues Armband drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="430"/>
        <source>Print this wristband again</source>
        <translation>Dieses Armband erneut drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="466"/>
        <source>Unlock the account</source>
        <translation>Konto entsperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="213"/>
        <source>Needs the connection to the guest system</source>
        <translation>Braucht die Verbindung zum Gästesystem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="277"/>
        <source>✖ No card on this band: nothing can be charged to it</source>
        <translation>✖ Keine Karte auf diesem Armband: nichts kann darauf gebucht werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="279"/>
        <source>No card on this band</source>
        <translation>Keine Karte an diesem Armband</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="33"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="34"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="35"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="36"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="37"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="100"/>
        <source>The guest's language</source>
        <translation>Sprache des Gastes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="103"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="106"/>
        <source>Happy to hear about offers and events</source>
        <translation>Möchte über Angebote und Veranstaltungen informiert werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="179"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="184"/>
        <source>The guest's addresses</source>
        <translation>Adressen des Gastes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="193"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="194"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="223"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="230"/>
        <source>No address on file.</source>
        <translation>Keine Adresse hinterlegt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="255"/>
        <source>Remove the address</source>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="257"/>
        <source>Remove {label}: {address}?</source>
        <translation>{label} entfernen: {address}?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="66"/>
        <source>Edit guest</source>
        <translation>Gast bearbeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="70"/>
        <source>Change the guest's details. Leave a field empty to clear it.</source>
        <translation>Ändern Sie die Daten des Gastes. Ein leeres Feld wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="72"/>
        <source>A name or an email is enough; add a phone and date of birth if the guest wants.</source>
        <translation>Ein Name oder eine E-Mail genügt; Telefon und Geburtsdatum, wenn der Gast möchte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="138"/>
        <source>Email can't be changed here</source>
        <translation>Die E-Mail kann hier nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="197"/>
        <source>Change the chosen address</source>
        <translation>Die gewählte Adresse ändern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="198"/>
        <source>Remove the chosen address</source>
        <translation>Die gewählte Adresse entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="289"/>
        <source>See the notes under the fields.</source>
        <translation>Siehe die Hinweise unter den Feldern.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="31"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="34"/>
        <source>This kiosk needs a member of staff</source>
        <translation>Dieses Terminal braucht einen Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="38"/>
        <source>Please ask at reception.</source>
        <translation>Bitte wenden Sie sich an die Rezeption.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="44"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="45"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="190"/>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="48"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="49"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="93"/>
        <source>Too many wrong PINs. Try again in {s} s.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in {s} s erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="96"/>
        <source>The keypad is stopped after {count} wrong PINs: kiosk set-pin on this machine opens it.</source>
        <translation>Das Tastenfeld ist nach {count} falschen PINs gesperrt: kiosk set-pin auf diesem Gerät öffnet es.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="103"/>
        <location filename="../../kiosk/ui/staff_list.py" line="109"/>
        <source>That PIN is not right.</source>
        <translation>Diese PIN stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="47"/>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="51"/>
        <source>A note on {name}, for whoever serves them next.</source>
        <translation>Eine Notiz zu {name} für die nächste Bedienung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="55"/>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="60"/>
        <source>Add the note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="60"/>
        <source>Add the note to the guest</source>
        <translation>Die Notiz beim Gast hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="89"/>
        <source>Add a label</source>
        <translation>Etikett hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="94"/>
        <source>A label for {name}: tap one, or type your own.</source>
        <translation>Ein Etikett für {name}: Tippen Sie eins an oder schreiben Sie ein eigenes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="111"/>
        <source>Another label</source>
        <translation>Anderes Etikett</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="112"/>
        <source>A label of your own</source>
        <translation>Ein eigenes Etikett</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="115"/>
        <source>Add the label</source>
        <translation>Etikett hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="115"/>
        <source>Add the typed label</source>
        <translation>Das getippte Etikett hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="102"/>
        <location filename="../../kiosk/ui/widgets.py" line="140"/>
        <source>Label: {label}</source>
        <translation>Etikett: {label}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/on_site_window.py" line="48"/>
        <source>%n on site</source>
        <extracomment>one: %n on site</extracomment>
        <translation>
            <numerusform>%n im Haus</numerusform>
            <numerusform>%n im Haus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="287"/>
        <source>Reading the list…</source>
        <translation>Lese die Liste…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="47"/>
        <source>On site: …</source>
        <translation>Im Haus: …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="275"/>
        <source>Offline: from the local copy, as of {day} {time}.</source>
        <translation>Offline: aus der lokalen Kopie, Stand {day} {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="281"/>
        <source>Couldn't refresh: {why}</source>
        <translation>Konnte nicht aktualisieren: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="283"/>
        <source>Updated {time}; read again every minute.</source>
        <translation>Aktualisiert {time}; wird jede Minute neu gelesen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>In since</source>
        <translation>Im Haus seit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>Wristband</source>
        <translation>Armband</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="153"/>
        <source>Who is in now</source>
        <translation>Wer gerade im Haus ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="168"/>
        <source>Name or band code</source>
        <translation>Name oder Armbandcode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="169"/>
        <source>Find a guest on site by name or band code</source>
        <translation>Einen Gast im Haus über Name oder Armbandcode finden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="177"/>
        <source>Guests on site</source>
        <translation>Gäste im Haus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="197"/>
        <source>What the last check-out did</source>
        <translation>Was das letzte Auschecken ergab</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="200"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="201"/>
        <source>Read the list again now</source>
        <translation>Die Liste jetzt neu lesen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="205"/>
        <source>Check the chosen guest out</source>
        <translation>Den gewählten Gast auschecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="208"/>
        <source>Close who is in now</source>
        <translation>„Wer gerade im Haus ist“ schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="92"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="32"/>
        <source>Override and check in</source>
        <translation>Ausnahme und einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="37"/>
        <source>Admit this guest anyway?</source>
        <translation>Diesen Gast trotzdem einlassen?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="59"/>
        <source>Or in your own words</source>
        <translation>Oder in eigenen Worten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="60"/>
        <source>The reason for admitting this guest, in your own words</source>
        <translation>Der Grund für den Einlass dieses Gastes, in eigenen Worten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="68"/>
        <source>Cancel: do not admit</source>
        <translation>Abbrechen: nicht einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="71"/>
        <source>Admit and check the guest in</source>
        <translation>Einlassen und den Gast einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="44"/>
        <source>Why? (kept in the audit log)</source>
        <translation>Warum? (wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="54"/>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="53"/>
        <source>a wristband</source>
        <translation>ein Armband</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="69"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="200"/>
        <source>Pair this kiosk</source>
        <translation>Diesen Kiosk koppeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="80"/>
        <source>Pair this kiosk with your site</source>
        <translation>Diesen Kiosk mit Ihrem Standort koppeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="88"/>
        <source>Pairing status</source>
        <translation>Kopplungsstatus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="149"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="151"/>
        <source>Paste the API token</source>
        <translation>API-Token einfügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="151"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="154"/>
        <source>Find my sites</source>
        <translation>Meine Standorte finden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="154"/>
        <source>Check the token and list its sites</source>
        <translation>Token prüfen und seine Standorte auflisten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="168"/>
        <source>Sites this token can see</source>
        <translation>Standorte, die dieses Token sieht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="171"/>
        <source>This venue's id (from your account)</source>
        <translation>ID dieses Hauses (aus Ihrem Konto)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="171"/>
        <source>Venue id</source>
        <translation>Haus-ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="172"/>
        <source>The venue's name, as staff call it</source>
        <translation>Name des Hauses, wie das Personal es nennt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="172"/>
        <source>Venue name</source>
        <translation>Name des Hauses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="178"/>
        <source>Front desk (staff)</source>
        <translation>Rezeption (Personal)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="178"/>
        <source>Mode: front desk</source>
        <translation>Modus: Rezeption</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="179"/>
        <source>Self check-in (guests)</source>
        <translation>Self-Check-in (Gäste)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="179"/>
        <source>Mode: self check-in</source>
        <translation>Modus: Self-Check-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="189"/>
        <source>Staff PIN ({rule}, not easy to guess)</source>
        <translation>Personal-PIN ({rule}, nicht leicht zu erraten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="193"/>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="193"/>
        <source>Staff PIN again</source>
        <translation>Personal-PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="197"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="197"/>
        <source>Back to the token</source>
        <translation>Zurück zum Token</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="200"/>
        <source>Pair this kiosk with the chosen site</source>
        <translation>Diesen Kiosk mit dem gewählten Standort koppeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="214"/>
        <source>3. Scan a wristband to test (or type its code and Enter).</source>
        <translation>3. Scannen Sie zum Test ein Armband (oder tippen Sie seinen Code und Eingabe).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="216"/>
        <source>A wristband's code</source>
        <translation>Code eines Armbands</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="216"/>
        <source>Test scan: a wristband's code</source>
        <translation>Testscan: Code eines Armbands</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="219"/>
        <source>Test scan result</source>
        <translation>Ergebnis des Testscans</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="220"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="220"/>
        <source>Start the kiosk</source>
        <translation>Kiosk starten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="253"/>
        <source>Checking the token…</source>
        <translation>Prüfe das Token…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="329"/>
        <source>Looking it up…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="98"/>
        <source>The token from the environment</source>
        <translation>Das Token aus der Umgebung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="100"/>
        <source>Using the API token this computer already has: press Find my sites.</source>
        <translation>Das API-Token, das dieser Computer schon hat, wird verwendet: Tippen Sie auf „Meine Standorte finden“.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="129"/>
        <source>1. The API address and a personal access token from the guest system (its administrator makes one). The token is kept in this computer's keyring, never in a file.</source>
        <translation>1. Die API-Adresse und ein persönliches Zugriffstoken aus dem Gästesystem (dessen Administrator erstellt es). Das Token wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="165"/>
        <source>2. Which site is this kiosk at, and what is it for?</source>
        <translation>2. An welchem Standort steht dieser Kiosk, und wofür ist er?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="311"/>
        <source>3. Scan {what} to test (or type its code and Enter).</source>
        <translation>3. Scannen Sie zum Test {what} (oder tippen Sie den Code und Eingabe).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="141"/>
        <source>Guest system: {name}</source>
        <translation>Gästesystem: {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="265"/>
        <source>The token works with {name}. Type this venue's id.</source>
        <translation>Das Token funktioniert mit {name}. Geben Sie die ID dieses Hauses ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pairing_window.py" line="271"/>
        <source>This token can see %n sites.</source>
        <extracomment>one: This token can see %n site.</extracomment>
        <translation>
            <numerusform>Dieses Token sieht %n Standort.</numerusform>
            <numerusform>Dieses Token sieht %n Standorte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="286"/>
        <source>Choose the site first.</source>
        <translation>Wählen Sie zuerst den Standort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="295"/>
        <source>The two PINs differ: type them again.</source>
        <translation>Die beiden PINs unterscheiden sich: Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="40"/>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="41"/>
        <source>A Zebra on the network (ZPL)</source>
        <translation>Ein Zebra im Netzwerk (ZPL)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="42"/>
        <source>A Brother QL on the network (62 mm labels)</source>
        <translation>Ein Brother QL im Netzwerk (62-mm-Etiketten)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="43"/>
        <source>A printer this computer has</source>
        <translation>Ein Drucker dieses Computers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="44"/>
        <source>PDF files (a preview, no printer)</source>
        <translation>PDF-Dateien (Vorschau, kein Drucker)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="46"/>
        <source>Wristbands (25 × 254 mm)</source>
        <translation>Armbänder (25 × 254 mm)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="46"/>
        <source>Labels, 62 mm roll</source>
        <translation>Etiketten, 62-mm-Rolle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="65"/>
        <location filename="../../kiosk/ui/printer_settings.py" line="83"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="82"/>
        <source>Which printer</source>
        <translation>Welcher Drucker</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="86"/>
        <source>IP address (10.0.0.7) or /dev/usb/lp0</source>
        <translation>IP-Adresse (10.0.0.7) oder /dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="87"/>
        <source>The printer's network address</source>
        <translation>Netzwerkadresse des Druckers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="91"/>
        <source>The printer's port</source>
        <translation>Port des Druckers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="95"/>
        <source>Address and port</source>
        <translation>Adresse und Port</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="99"/>
        <source>The computer's default printer</source>
        <translation>Standarddrucker des Computers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="108"/>
        <source>Which of this computer's printers</source>
        <translation>Welcher Drucker dieses Computers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="109"/>
        <source>System printer</source>
        <translation>Systemdrucker</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="116"/>
        <source>The printer's resolution</source>
        <translation>Auflösung des Druckers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="117"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="123"/>
        <source>What the printer is loaded with</source>
        <translation>Was im Drucker eingelegt ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="124"/>
        <source>Loaded with</source>
        <translation>Eingelegt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="126"/>
        <source>Check the printer</source>
        <translation>Drucker prüfen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="128"/>
        <source>Print a test band</source>
        <translation>Testband drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="211"/>
        <source>Asking the printer…</source>
        <translation>Drucker wird gefragt…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="114"/>
        <source>{dpi} dpi</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="195"/>
        <source>Type the printer's address first.</source>
        <translation>Zuerst die Adresse des Druckers eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="219"/>
        <source>The printer failed.</source>
        <translation>Der Drucker hat versagt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="238"/>
        <source>{printer}: ready.</source>
        <translation>{printer}: bereit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="252"/>
        <source>A test band printed: scan it at the desk to test the scanner too.</source>
        <translation>Ein Testband wurde gedruckt: am Empfang scannen, um auch den Scanner zu testen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="65"/>
        <source>Kiosk · Self check-in</source>
        <translation>Kiosk · Self-Check-in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="93"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="103"/>
        <source>Staff pages closing</source>
        <translation>Personalseiten werden geschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="156"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="248"/>
        <source>Scan your wristband or card</source>
        <translation>Scannen Sie Ihr Armband oder Ihre Karte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="235"/>
        <source>About the staff PIN</source>
        <translation>Zur Personal-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="249"/>
        <source>Hold the barcode under the scanner, or up to the camera.</source>
        <translation>Halten Sie den Barcode unter den Scanner oder vor die Kamera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="251"/>
        <source>Staff only: enter the PIN</source>
        <translation>Nur für Personal: PIN eingeben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="253"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="254"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="119"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="256"/>
        <source>Switch to the front desk</source>
        <translation>Zur Rezeptionsansicht wechseln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="257"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="78"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="259"/>
        <source>Quit the kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="86"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="314"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="272"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="412"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="378"/>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="430"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="396"/>
        <source>One moment</source>
        <translation>Einen Moment</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="430"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="396"/>
        <source>Sorry</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="302"/>
        <source>Still checking… one moment, please.</source>
        <translation>Wird noch geprüft… einen Moment bitte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="318"/>
        <source>Held: tap again to go on</source>
        <translation>Angehalten: zum Weitergehen erneut tippen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="326"/>
        <source>Back to the guest screen in %1 s: touch to stay</source>
        <translation>Zurück zum Gästebildschirm in %1 s – zum Bleiben tippen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="376"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="376"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="381"/>
        <source>You're checked in. Enjoy your visit!</source>
        <translation>Sie sind eingecheckt. Genießen Sie Ihren Besuch!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="383"/>
        <source>Enjoy your visit!</source>
        <translation>Viel Freude bei Ihrem Besuch!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="398"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="336"/>
        <source>This kiosk's PIN was set before the rule of %1 digits or more, none easy to guess: set a new one (kiosk set-pin).</source>
        <translation>Die PIN dieses Kiosks stammt aus der Zeit vor der Regel (mindestens %1 Ziffern, nicht leicht zu erraten): bitte eine neue setzen (kiosk set-pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="356"/>
        <source>Opened by a manager's badge: enter the PIN.</source>
        <translation>Mit dem Ausweis einer Leitung geöffnet: PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="393"/>
        <source>Your wristband has no end date</source>
        <translation>Ihr Armband ist unbefristet gültig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="412"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="378"/>
        <source>Welcome, %1!</source>
        <translation>Willkommen, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="414"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="398"/>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="323"/>
        <source>Tap to keep this on screen</source>
        <translation>Tippen, um dies stehen zu lassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="350"/>
        <source>The keypad is stopped after %1 wrong PINs. A manager's badge opens it (scan it now), or kiosk set-pin on this machine.</source>
        <translation>Das Tastenfeld ist nach %1 falschen PINs gesperrt. Der Ausweis einer Leitung öffnet es (jetzt scannen) oder kiosk set-pin auf diesem Gerät.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="387"/>
        <source>Membership: %1</source>
        <translation>Mitgliedschaft: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="391"/>
        <source>Wristband valid until %1</source>
        <translation>Armband gültig bis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="364"/>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="321"/>
        <source>Back to the start in %1 s</source>
        <translation>Zurück zum Start in %1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="361"/>
        <source>Too many tries. Wait %1 s.</source>
        <translation>Zu viele Versuche. Warten Sie %1 s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="32"/>
        <source>This shift</source>
        <translation>Diese Schicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="38"/>
        <source>Counting this shift…</source>
        <translation>Zähle diese Schicht…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="47"/>
        <source>Where the summary was saved</source>
        <translation>Wo die Übersicht gespeichert wurde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="52"/>
        <source>Close the shift summary</source>
        <translation>Schichtübersicht schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="54"/>
        <source>Save as CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="55"/>
        <source>Save the shift summary as a CSV file</source>
        <translation>Die Schichtübersicht als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="70"/>
        <source>This shift, since {day} {time}</source>
        <translation>Diese Schicht, seit {day} {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="88"/>
        <source>The shift could not be counted ({error}).</source>
        <translation>Die Schicht konnte nicht gezählt werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="98"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="103"/>
        <source>Not saved ({error}): check the reports folder.</source>
        <translation>Nicht gespeichert ({error}): Prüfen Sie den Berichtsordner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="36"/>
        <source>Sign in to the desk</source>
        <translation>Am Empfang anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="39"/>
        <source>Scan your staff badge anywhere, or tap your name and type your PIN.</source>
        <translation>Mitarbeiterausweis irgendwo scannen oder Namen antippen und PIN eingeben.</translation>
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
        <translation>Ihre PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="84"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="86"/>
        <source>Sign in with this PIN</source>
        <translation>Mit dieser PIN anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="97"/>
        <source>Sign-in message</source>
        <translation>Meldung zur Anmeldung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="58"/>
        <source>{name}, {role}: sign in</source>
        <translation>{name}, {role}: anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="74"/>
        <source>Name shown on the sign-in page</source>
        <translation>Name auf der Anmeldeseite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="77"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="94"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="85"/>
        <source>New PIN ({rule})</source>
        <translation>Neue PIN ({rule})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="90"/>
        <source>The new PIN again</source>
        <translation>Die neue PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="93"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="96"/>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="101"/>
        <source>Staff badge</source>
        <translation>Mitarbeiterausweis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="102"/>
        <source>Scan a badge</source>
        <translation>Ausweis scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="102"/>
        <source>Scan a staff badge for this person</source>
        <translation>Einen Mitarbeiterausweis für diese Person scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="104"/>
        <source>Remove badge</source>
        <translation>Ausweis entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="104"/>
        <source>Remove this person's badge</source>
        <translation>Den Ausweis dieser Person entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="113"/>
        <source>What needs changing</source>
        <translation>Was geändert werden muss</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="117"/>
        <source>Cancel: change nothing</source>
        <translation>Abbrechen: nichts ändern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="119"/>
        <source>Keep these details</source>
        <translation>Diese Angaben übernehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="134"/>
        <source>Scan the badge now…</source>
        <translation>Jetzt den Ausweis scannen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="143"/>
        <source>Badge scanned.</source>
        <translation>Ausweis gescannt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="191"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="199"/>
        <location filename="../../kiosk/ui/staff_list.py" line="87"/>
        <source>Staff and roles</source>
        <translation>Mitarbeitende und Rollen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="202"/>
        <source>Everyone listed signs in to the desk with a badge or a PIN, and the audit records who did what. Supervisors may also override and lock accounts; managers may also erase a guest's details and change staff and settings. An empty list: a shared desk without sign-in.</source>
        <translation>Alle hier Aufgeführten melden sich mit Ausweis oder PIN am Empfang an, und das Protokoll hält fest, wer was getan hat. Die Schichtleitung darf zusätzlich Ausnahmen machen und Konten sperren; die Leitung darf außerdem Gästedaten löschen und Mitarbeitende und Einstellungen ändern. Eine leere Liste: ein gemeinsamer Empfang ohne Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="213"/>
        <source>Staff who sign in</source>
        <translation>Mitarbeitende, die sich anmelden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="219"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="219"/>
        <source>Add a member of staff</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="221"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="221"/>
        <source>Change the chosen member of staff</source>
        <translation>Die gewählte Person ändern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="223"/>
        <source>Remove the chosen member of staff</source>
        <translation>Die gewählte Person entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="232"/>
        <source>Why the list cannot be saved yet</source>
        <translation>Warum die Liste noch nicht gespeichert werden kann</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="236"/>
        <source>Close without saving the staff list</source>
        <translation>Schließen, ohne die Liste zu speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="238"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="107"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="238"/>
        <source>Save the staff list</source>
        <translation>Die Liste der Mitarbeitenden speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="64"/>
        <source>Change staff member</source>
        <translation>Person ändern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="64"/>
        <source>Add staff member</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="86"/>
        <source>Leave blank to keep</source>
        <translation>Leer lassen zum Behalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="140"/>
        <source>That badge is already {name}'s.</source>
        <translation>Dieser Ausweis gehört schon {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="152"/>
        <source>Type a name.</source>
        <translation>Einen Namen eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="335"/>
        <source>The staff list could not be saved ({error}).</source>
        <translation>Die Liste konnte nicht gespeichert werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="129"/>
        <source>A badge is set.</source>
        <translation>Ein Ausweis ist hinterlegt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="129"/>
        <source>No badge.</source>
        <translation>Kein Ausweis.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="156"/>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs sind nicht gleich.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="164"/>
        <source>Give a PIN or scan a badge, or they cannot sign in.</source>
        <translation>PIN vergeben oder Ausweis scannen, sonst ist keine Anmeldung möglich.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="261"/>
        <source>badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_list.py" line="88"/>
        <source>The manager's PIN (the kiosk's staff PIN):</source>
        <translation>PIN der Leitung (die Personal-PIN des Kiosks):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_list.py" line="103"/>
        <source>Too many wrong PINs: the keypad is locked for a while.</source>
        <translation>Zu viele falsche PINs: Die Eingabe ist eine Weile gesperrt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_list.py" line="104"/>
        <source>The keypad is stopped after {count} wrong PINs: a manager's badge at the self check-in keypad, or kiosk set-pin, opens it.</source>
        <translation>Das Tastenfeld ist nach {count} falschen PINs gesperrt: Der Ausweis einer Leitung am Self-Check-in-Tastenfeld oder kiosk set-pin öffnet es.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="44"/>
        <source>Let in</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="44"/>
        <source>Warn staff</source>
        <translation>Personal warnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="44"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="48"/>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="49"/>
        <source>Record anonymised</source>
        <translation>Daten anonymisiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="50"/>
        <source>Wristband expired</source>
        <translation>Armband abgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="51"/>
        <source>Wristband expires within</source>
        <translation>Armband läuft ab innerhalb von</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="51"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="59"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="52"/>
        <source>No active membership</source>
        <translation>Keine aktive Mitgliedschaft</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="53"/>
        <source>No usable card on the wristband</source>
        <translation>Keine nutzbare Karte am Armband</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="54"/>
        <source>Open tab on the wristband over</source>
        <translation>Offene Rechnung auf dem Armband über</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="54"/>
        <source>(site's currency)</source>
        <translation>(Währung des Hauses)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="55"/>
        <source>Already checked in within</source>
        <translation>Bereits eingecheckt innerhalb von</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="55"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="56"/>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="57"/>
        <source>Part of the record didn't load</source>
        <translation>Ein Teil der Daten wurde nicht geladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="58"/>
        <source>A guest of another site</source>
        <translation>Gast eines anderen Standorts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="59"/>
        <source>Offline, with a copy older than</source>
        <translation>Offline, mit einer Kopie älter als</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="92"/>
        <source>Check-in rules</source>
        <translation>Check-in-Regeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="93"/>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="94"/>
        <source>Look and sound</source>
        <translation>Aussehen und Ton</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="98"/>
        <source>What saving did</source>
        <translation>Was das Speichern ergab</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="102"/>
        <source>Open the scanner and camera settings</source>
        <translation>Scanner- und Kameraeinstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="105"/>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="107"/>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="143"/>
        <source>On amber, ask “check in anyway?” before checking in</source>
        <translation>Bei Gelb vor dem Einchecken „Trotzdem einchecken?“ fragen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="173"/>
        <source>{rule}: how many {unit}</source>
        <translation>{rule}: wie viele {unit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="182"/>
        <source>Desk start screen after</source>
        <translation>Startbildschirm der Rezeption nach</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="185"/>
        <source>Staff pages close after</source>
        <translation>Personalseiten schließen nach</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="188"/>
        <source>Guest answer shown for</source>
        <translation>Antwort für den Gast angezeigt für</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="193"/>
        <source>e.g. Desk 1</source>
        <translation>z. B. Empfang 1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="194"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="196"/>
        <source>This desk's name (from the next start)</source>
        <translation>Name dieses Empfangs (ab dem nächsten Start)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="201"/>
        <source>Self check-in greets guests with their surname too</source>
        <translation>Self-Check-in begrüßt Gäste auch mit Nachnamen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="206"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="215"/>
        <source>The desk's size</source>
        <translation>Größe der Rezeptionsansicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="218"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="223"/>
        <source>The desk's language (from the next start)</source>
        <translation>Sprache der Rezeption (ab dem nächsten Start)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="219"/>
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="224"/>
        <source>Larger text on the desk (at least 125 %)</source>
        <translation>Größere Schrift an der Rezeption (mindestens 125 %)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="227"/>
        <source>High contrast on the desk (white on black)</source>
        <translation>Hoher Kontrast an der Rezeption (weiß auf schwarz)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="244"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="246"/>
        <source>{setting}, in seconds</source>
        <translation>{setting}, in Sekunden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="254"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="274"/>
        <source>Self check-in header colour</source>
        <translation>Kopfzeilenfarbe des Self-Check-ins</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="259"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="259"/>
        <source>Choose the logo for self check-in</source>
        <translation>Logo für den Self-Check-in wählen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="261"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="311"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="261"/>
        <source>Show no logo</source>
        <translation>Kein Logo zeigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="263"/>
        <source>Sounds on (a different sound for green, amber and red)</source>
        <translation>Töne an (je ein eigener Ton für Grün, Gelb und Rot)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="266"/>
        <source>Self check-in says its answer aloud (first name at most)</source>
        <translation>Self-Check-in spricht die Antwort (höchstens den Vornamen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="273"/>
        <source>Sound volume, in percent</source>
        <translation>Lautstärke in Prozent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="305"/>
        <source>Header colour</source>
        <translation>Kopfzeilenfarbe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="314"/>
        <source>Images (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="380"/>
        <source>Saved in {path}.</source>
        <translation>Gespeichert in {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="136"/>
        <source>{rule}: let in, warn staff or stop</source>
        <translation>{rule}: einlassen, Personal warnen oder stoppen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="169"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="197"/>
        <source>The desk goes back to its start screen after</source>
        <translation>Die Rezeption kehrt zum Startbildschirm zurück nach</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="198"/>
        <source>Self check-in: a guest's answer stays for</source>
        <translation>Self-Check-in: Die Antwort für den Gast bleibt für</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="199"/>
        <source>Self check-in: staff pages close without a touch after</source>
        <translation>Self-Check-in: Personalseiten schließen ohne Berührung nach</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="208"/>
        <source>Fit the screen</source>
        <translation>An den Bildschirm anpassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="276"/>
        <source>Self check-in logo (PNG or SVG)</source>
        <translation>Logo des Self-Check-ins (PNG oder SVG)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="283"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="287"/>
        <source>The colour, the logo and speech take effect from the next start.</source>
        <translation>Farbe, Logo und Sprachausgabe gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="375"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="58"/>
        <location filename="../../kiosk/ui/widgets.py" line="73"/>
        <source>Guest photo</source>
        <translation>Foto des Gastes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="147"/>
        <source>Label, important: {label}</source>
        <translation>Etikett, wichtig: {label}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="75"/>
        <source>No photo; initials {initials}</source>
        <translation>Kein Foto; Initialen {initials}</translation>
    </message>
</context>
</TS>
