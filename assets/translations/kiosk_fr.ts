<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SelfCheckIn</name>
    <message>
        <source>Scan your wristband or card</source>
        <translation>Scannez votre bracelet ou votre carte</translation>
    </message>
    <message>
        <source>Hold the barcode under the scanner, or up to the camera.</source>
        <translation>Présentez le code-barres sous le lecteur ou devant la caméra.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Welcome, %1!</source>
        <translation>Bienvenue, %1 !</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Held: tap again to go on</source>
        <translation>En pause : touchez à nouveau pour continuer</translation>
    </message>
    <message>
        <source>Tap to keep this on screen</source>
        <translation>Touchez pour garder cet écran</translation>
    </message>
    <message>
        <source>Back to the guest screen in %1 s: touch to stay</source>
        <translation>Retour à l’écran des clients dans %1 s : touchez pour rester</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Enjoy your visit!</source>
        <translation>Bonne visite !</translation>
    </message>
    <message>
        <source>You're checked in. Enjoy your visit!</source>
        <translation>Vous êtes enregistré. Bonne visite !</translation>
    </message>
    <message>
        <source>One moment</source>
        <translation>Un instant</translation>
    </message>
    <message>
        <source>Sorry</source>
        <translation>Désolé</translation>
    </message>
    <message>
        <source>Please see reception.</source>
        <translation>Merci de vous adresser à l'accueil.</translation>
    </message>
    <message>
        <source>We don't recognise this wristband.</source>
        <translation>Nous ne reconnaissons pas ce bracelet.</translation>
    </message>
    <message>
        <source>We can't check you in right now.</source>
        <translation>Nous ne pouvons pas vous enregistrer pour le moment.</translation>
    </message>
    <message>
        <source>That didn't scan properly. Please try again.</source>
        <translation>La lecture a échoué. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Membership: %1</source>
        <translation>Abonnement : %1</translation>
    </message>
    <message>
        <source>Wristband valid until %1</source>
        <translation>Bracelet valable jusqu'au %1</translation>
    </message>
    <message>
        <source>Your wristband has no end date</source>
        <translation>Votre bracelet n'a pas de date de fin</translation>
    </message>
    <message>
        <source>Back to the start in %1 s</source>
        <translation>Retour à l'accueil dans %1 s</translation>
    </message>
    <message>
        <source>We couldn't find your membership.</source>
        <translation>Nous n'avons pas trouvé votre abonnement.</translation>
    </message>
    <message>
        <source>Your account needs a quick check.</source>
        <translation>Votre compte doit être vérifié.</translation>
    </message>
    <message>
        <source>Your wristband has expired.</source>
        <translation>Votre bracelet a expiré.</translation>
    </message>
    <message>
        <source>Your wristband expires soon.</source>
        <translation>Votre bracelet expire bientôt.</translation>
    </message>
    <message>
        <source>No card is linked to your wristband.</source>
        <translation>Aucune carte n'est liée à votre bracelet.</translation>
    </message>
    <message>
        <source>The card on your wristband can't be used.</source>
        <translation>La carte liée à votre bracelet ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>You're already checked in.</source>
        <translation>Vous êtes déjà enregistré.</translation>
    </message>
    <message>
        <source>Please see reception to confirm who you are.</source>
        <translation>Merci de confirmer votre identité à l'accueil.</translation>
    </message>
    <message>
        <source>We couldn't find an active membership.</source>
        <translation>Nous n'avons pas trouvé d'abonnement actif.</translation>
    </message>
    <message>
        <source>Your membership hasn't started yet.</source>
        <translation>Votre abonnement n'a pas encore commencé.</translation>
    </message>
    <message>
        <source>Your membership has ended.</source>
        <translation>Votre abonnement est terminé.</translation>
    </message>
    <message>
        <source>Your membership needs a quick check.</source>
        <translation>Votre abonnement doit être vérifié.</translation>
    </message>
    <message>
        <source>We couldn't check your wristband just now.</source>
        <translation>Nous n'avons pas pu vérifier votre bracelet pour le moment.</translation>
    </message>
    <message>
        <source>We couldn't check your membership just now.</source>
        <translation>Nous n'avons pas pu vérifier votre abonnement pour le moment.</translation>
    </message>
    <message>
        <source>We couldn't check your visit just now.</source>
        <translation>Nous n'avons pas pu vérifier votre visite pour le moment.</translation>
    </message>
    <message>
        <source>We couldn't confirm your check-in.</source>
        <translation>Nous n'avons pas pu confirmer votre enregistrement.</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Réservé au personnel : saisissez le code</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Code incorrect</translation>
    </message>
    <message>
        <source>Too many tries. Wait %1 s.</source>
        <translation>Trop d'essais. Attendez %1 s.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Switch to the front desk</source>
        <translation>Passer à l'accueil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Quitter le kiosque</translation>
    </message>
    <message>
        <source>Back to self check-in</source>
        <translation>Retour à l'enregistrement libre-service</translation>
    </message>
</context>
</TS>
