<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SelfCheckIn</name>
    <message>
        <source>Scan your wristband or card</source>
        <translation>Escanee su pulsera o su tarjeta</translation>
    </message>
    <message>
        <source>Hold the barcode under the scanner, or up to the camera.</source>
        <translation>Acerque el código de barras al lector o a la cámara.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>¡Bienvenido/a, %1!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>¡Bienvenido/a!</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Held: tap again to go on</source>
        <translation>En pausa: toque de nuevo para seguir</translation>
    </message>
    <message>
        <source>Tap to keep this on screen</source>
        <translation>Toque para mantener esta pantalla</translation>
    </message>
    <message>
        <source>Back to the guest screen in %1 s: touch to stay</source>
        <translation>Vuelta a la pantalla de clientes en %1 s: toque para quedarse</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Enjoy your visit!</source>
        <translation>¡Disfrute de su visita!</translation>
    </message>
    <message>
        <source>You're checked in. Enjoy your visit!</source>
        <translation>Ya está registrado/a. ¡Disfrute de su visita!</translation>
    </message>
    <message>
        <source>One moment</source>
        <translation>Un momento</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Lo sentimos</translation>
    </message>
    <message>
        <source>Please see reception.</source>
        <translation>Por favor, acuda a recepción.</translation>
    </message>
    <message>
        <source>We don't recognise this wristband.</source>
        <translation>No reconocemos esta pulsera.</translation>
    </message>
    <message>
        <source>We can't check you in right now.</source>
        <translation>Ahora mismo no podemos registrarle.</translation>
    </message>
    <message>
        <source>That didn't scan properly. Please try again.</source>
        <translation>No se ha leído bien. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Membership: %1</source>
        <translation>Membresía: %1</translation>
    </message>
    <message>
        <source>Wristband valid until %1</source>
        <translation>Pulsera válida hasta %1</translation>
    </message>
    <message>
        <source>Your wristband has no end date</source>
        <translation>Su pulsera no tiene fecha de caducidad</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <translation>Volviendo al inicio en %1 s</translation>
    </message>
    <message>
        <source>We couldn't find your membership.</source>
        <translation>No hemos encontrado su membresía.</translation>
    </message>
    <message>
        <source>Your account needs a quick check.</source>
        <translation>Su cuenta necesita una comprobación.</translation>
    </message>
    <message>
        <source>Your wristband has expired.</source>
        <translation>Su pulsera ha caducado.</translation>
    </message>
    <message>
        <source>Your wristband expires soon.</source>
        <translation>Su pulsera caduca pronto.</translation>
    </message>
    <message>
        <source>No card is linked to your wristband.</source>
        <translation>No hay ninguna tarjeta vinculada a su pulsera.</translation>
    </message>
    <message>
        <source>The card on your wristband can't be used.</source>
        <translation>La tarjeta de su pulsera no se puede usar.</translation>
    </message>
    <message>
        <source>You're already checked in.</source>
        <translation>Ya está registrado/a.</translation>
    </message>
    <message>
        <source>Please see reception to confirm who you are.</source>
        <translation>Por favor, confirme su identidad en recepción.</translation>
    </message>
    <message>
        <source>We couldn't find an active membership.</source>
        <translation>No hemos encontrado una membresía activa.</translation>
    </message>
    <message>
        <source>Your membership hasn't started yet.</source>
        <translation>Su membresía aún no ha comenzado.</translation>
    </message>
    <message>
        <source>Your membership has ended.</source>
        <translation>Su membresía ha terminado.</translation>
    </message>
    <message>
        <source>Your membership needs a quick check.</source>
        <translation>Su membresía necesita una comprobación.</translation>
    </message>
    <message>
        <source>We couldn't check your wristband just now.</source>
        <translation>Ahora mismo no hemos podido comprobar su pulsera.</translation>
    </message>
    <message>
        <source>We couldn't check your membership just now.</source>
        <translation>Ahora mismo no hemos podido comprobar su membresía.</translation>
    </message>
    <message>
        <source>We couldn't check your visit just now.</source>
        <translation>Ahora mismo no hemos podido comprobar su visita.</translation>
    </message>
    <message>
        <source>We couldn't confirm your check-in.</source>
        <translation>No hemos podido confirmar su registro.</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Solo personal: introduzca el PIN</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <source>Too many tries. Wait %1 s.</source>
        <translation>Demasiados intentos. Espere %1 s.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Switch to the front desk</source>
        <translation>Cambiar a recepción</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Back to self check-in</source>
        <translation>Volver al autorregistro</translation>
    </message>
</context>
</TS>
