<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>SelfCheckIn</name>
    <message>
        <source>Scan your wristband or card</source>
        <translation>Scannen Sie Ihr Armband oder Ihre Karte</translation>
    </message>
    <message>
        <source>Hold the barcode under the scanner, or up to the camera.</source>
        <translation>Halten Sie den Barcode unter den Scanner oder vor die Kamera.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Einen Moment…</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Willkommen, %1!</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Willkommen!</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Held: tap again to go on</source>
        <translation>Angehalten: zum Weitergehen erneut tippen</translation>
    </message>
    <message>
        <source>Tap to keep this on screen</source>
        <translation>Tippen, um dies stehen zu lassen</translation>
    </message>
    <message>
        <source>Back to the guest screen in %1 s: touch to stay</source>
        <translation>Zurück zum Gästebildschirm in %1 s – zum Bleiben tippen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Enjoy your visit!</source>
        <translation>Viel Freude bei Ihrem Besuch!</translation>
    </message>
    <message>
        <source>You're checked in. Enjoy your visit!</source>
        <translation>Sie sind eingecheckt. Genießen Sie Ihren Besuch!</translation>
    </message>
    <message>
        <source>One moment</source>
        <translation>Einen Moment</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Please see reception.</source>
        <translation>Bitte wenden Sie sich an die Rezeption.</translation>
    </message>
    <message>
        <source>We don't recognise this wristband.</source>
        <translation>Dieses Armband kennen wir nicht.</translation>
    </message>
    <message>
        <source>We can't check you in right now.</source>
        <translation>Wir können Sie gerade nicht einchecken.</translation>
    </message>
    <message>
        <source>That didn't scan properly. Please try again.</source>
        <translation>Das hat nicht geklappt. Bitte noch einmal scannen.</translation>
    </message>
    <message>
        <source>Membership: %1</source>
        <translation>Mitgliedschaft: %1</translation>
    </message>
    <message>
        <source>Wristband valid until %1</source>
        <translation>Armband gültig bis %1</translation>
    </message>
    <message>
        <source>Your wristband has no end date</source>
        <translation>Ihr Armband ist unbefristet gültig</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <translation>Zurück zum Start in %1 s</translation>
    </message>
    <message>
        <source>We couldn't find your membership.</source>
        <translation>Wir konnten Ihre Mitgliedschaft nicht finden.</translation>
    </message>
    <message>
        <source>Your account needs a quick check.</source>
        <translation>Ihr Konto muss kurz geprüft werden.</translation>
    </message>
    <message>
        <source>Your wristband has expired.</source>
        <translation>Ihr Armband ist abgelaufen.</translation>
    </message>
    <message>
        <source>Your wristband expires soon.</source>
        <translation>Ihr Armband läuft bald ab.</translation>
    </message>
    <message>
        <source>No card is linked to your wristband.</source>
        <translation>Mit Ihrem Armband ist keine Karte verknüpft.</translation>
    </message>
    <message>
        <source>The card on your wristband can't be used.</source>
        <translation>Die Karte an Ihrem Armband kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>You're already checked in.</source>
        <translation>Sie sind bereits eingecheckt.</translation>
    </message>
    <message>
        <source>Please see reception to confirm who you are.</source>
        <translation>Bitte bestätigen Sie Ihre Identität an der Rezeption.</translation>
    </message>
    <message>
        <source>We couldn't find an active membership.</source>
        <translation>Wir haben keine aktive Mitgliedschaft gefunden.</translation>
    </message>
    <message>
        <source>Your membership hasn't started yet.</source>
        <translation>Ihre Mitgliedschaft hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Your membership has ended.</source>
        <translation>Ihre Mitgliedschaft ist beendet.</translation>
    </message>
    <message>
        <source>Your membership needs a quick check.</source>
        <translation>Ihre Mitgliedschaft muss kurz geprüft werden.</translation>
    </message>
    <message>
        <source>We couldn't check your wristband just now.</source>
        <translation>Wir konnten Ihr Armband gerade nicht prüfen.</translation>
    </message>
    <message>
        <source>We couldn't check your membership just now.</source>
        <translation>Wir konnten Ihre Mitgliedschaft gerade nicht prüfen.</translation>
    </message>
    <message>
        <source>We couldn't check your visit just now.</source>
        <translation>Wir konnten Ihren Besuch gerade nicht prüfen.</translation>
    </message>
    <message>
        <source>We couldn't confirm your check-in.</source>
        <translation>Wir konnten Ihren Check-in nicht bestätigen.</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Nur für Personal: PIN eingeben</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <source>Too many tries. Wait %1 s.</source>
        <translation>Zu viele Versuche. Warten Sie %1 s.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Switch to the front desk</source>
        <translation>Zur Rezeptionsansicht wechseln</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <source>Back to self check-in</source>
        <translation>Zurück zum Self-Check-in</translation>
    </message>
</context>
</TS>
