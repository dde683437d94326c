"""Write the Qt translation sources (assets/translations/kiosk_*.ts) for the self check-in
screens and compile them (pyside6-lrelease) to the .qm files the app loads.

    .venv/bin/python scripts/make_translations.py

Edit CATALOGUE to change or add a string; every source string is in English, as written in
kiosk/ui/self_checkin.py and in the public reasons of kiosk/checkin/policy.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "translations"
CONTEXT = "SelfCheckIn"

# English source -> (German, French, Spanish)
CATALOGUE: dict[str, tuple[str, str, str]] = {
    "Scan your wristband or card": (
        "Scannen Sie Ihr Armband oder Ihre Karte",
        "Scannez votre bracelet ou votre carte",
        "Escanee su pulsera o su tarjeta",
    ),
    "Hold the barcode under the scanner, or up to the camera.": (
        "Halten Sie den Barcode unter den Scanner oder vor die Kamera.",
        "Présentez le code-barres sous le lecteur ou devant la caméra.",
        "Acerque el código de barras al lector o a la cámara.",
    ),
    "Checking…": ("Einen Moment…", "Vérification…", "Comprobando…"),
    "Welcome, %1!": ("Willkommen, %1!", "Bienvenue, %1 !", "¡Bienvenido/a, %1!"),
    "Welcome!": ("Willkommen!", "Bienvenue !", "¡Bienvenido/a!"),
    "Hello, %1": ("Hallo, %1", "Bonjour, %1", "Hola, %1"),
    "Hello": ("Hallo", "Bonjour", "Hola"),
    "Checked in": ("Eingecheckt", "Enregistré", "Registrado"),
    "You're checked in. Enjoy your visit!": (
        "Sie sind eingecheckt. Genießen Sie Ihren Besuch!",
        "Vous êtes enregistré. Bonne visite !",
        "Ya está registrado/a. ¡Disfrute de su visita!",
    ),
    "One moment": ("Einen Moment", "Un instant", "Un momento"),
    "Sorry": ("Entschuldigung", "Désolé", "Lo sentimos"),
    "Please see reception.": (
        "Bitte wenden Sie sich an die Rezeption.",
        "Merci de vous adresser à l'accueil.",
        "Por favor, acuda a recepción.",
    ),
    "We don't recognise this wristband.": (
        "Dieses Armband kennen wir nicht.",
        "Nous ne reconnaissons pas ce bracelet.",
        "No reconocemos esta pulsera.",
    ),
    "We can't check you in right now.": (
        "Wir können Sie gerade nicht einchecken.",
        "Nous ne pouvons pas vous enregistrer pour le moment.",
        "Ahora mismo no podemos registrarle.",
    ),
    "That didn't scan properly. Please try again.": (
        "Das hat nicht geklappt. Bitte noch einmal scannen.",
        "La lecture a échoué. Veuillez réessayer.",
        "No se ha leído bien. Inténtelo de nuevo.",
    ),
    "Membership: %1": ("Mitgliedschaft: %1", "Abonnement : %1", "Membresía: %1"),
    "Wristband valid until %1": (
        "Armband gültig bis %1",
        "Bracelet valable jusqu'au %1",
        "Pulsera válida hasta %1",
    ),
    "Your wristband has no end date": (
        "Ihr Armband ist unbefristet gültig",
        "Votre bracelet n'a pas de date de fin",
        "Su pulsera no tiene fecha de caducidad",
    ),
    "Back to the start in %1 s": (
        "Zurück zum Start in %1 s",
        "Retour à l'accueil dans %1 s",
        "Volviendo al inicio en %1 s",
    ),
    # public reasons (kiosk/checkin/policy.py)
    "We couldn't find your membership.": (
        "Wir konnten Ihre Mitgliedschaft nicht finden.",
        "Nous n'avons pas trouvé votre abonnement.",
        "No hemos encontrado su membresía.",
    ),
    "Your account needs a quick check.": (
        "Ihr Konto muss kurz geprüft werden.",
        "Votre compte doit être vérifié.",
        "Su cuenta necesita una comprobación.",
    ),
    "Your wristband has expired.": (
        "Ihr Armband ist abgelaufen.",
        "Votre bracelet a expiré.",
        "Su pulsera ha caducado.",
    ),
    "Your wristband expires soon.": (
        "Ihr Armband läuft bald ab.",
        "Votre bracelet expire bientôt.",
        "Su pulsera caduca pronto.",
    ),
    "No card is linked to your wristband.": (
        "Mit Ihrem Armband ist keine Karte verknüpft.",
        "Aucune carte n'est liée à votre bracelet.",
        "No hay ninguna tarjeta vinculada a su pulsera.",
    ),
    "The card on your wristband can't be used.": (
        "Die Karte an Ihrem Armband kann nicht verwendet werden.",
        "La carte liée à votre bracelet ne peut pas être utilisée.",
        "La tarjeta de su pulsera no se puede usar.",
    ),
    "You're already checked in.": (
        "Sie sind bereits eingecheckt.",
        "Vous êtes déjà enregistré.",
        "Ya está registrado/a.",
    ),
    "Please see reception to confirm who you are.": (
        "Bitte bestätigen Sie Ihre Identität an der Rezeption.",
        "Merci de confirmer votre identité à l'accueil.",
        "Por favor, confirme su identidad en recepción.",
    ),
    "We couldn't find an active membership.": (
        "Wir haben keine aktive Mitgliedschaft gefunden.",
        "Nous n'avons pas trouvé d'abonnement actif.",
        "No hemos encontrado una membresía activa.",
    ),
    "Your membership hasn't started yet.": (
        "Ihre Mitgliedschaft hat noch nicht begonnen.",
        "Votre abonnement n'a pas encore commencé.",
        "Su membresía aún no ha comenzado.",
    ),
    "Your membership has ended.": (
        "Ihre Mitgliedschaft ist beendet.",
        "Votre abonnement est terminé.",
        "Su membresía ha terminado.",
    ),
    "Your membership needs a quick check.": (
        "Ihre Mitgliedschaft muss kurz geprüft werden.",
        "Votre abonnement doit être vérifié.",
        "Su membresía necesita una comprobación.",
    ),
    "We couldn't check your wristband just now.": (
        "Wir konnten Ihr Armband gerade nicht prüfen.",
        "Nous n'avons pas pu vérifier votre bracelet pour le moment.",
        "Ahora mismo no hemos podido comprobar su pulsera.",
    ),
    "We couldn't check your membership just now.": (
        "Wir konnten Ihre Mitgliedschaft gerade nicht prüfen.",
        "Nous n'avons pas pu vérifier votre abonnement pour le moment.",
        "Ahora mismo no hemos podido comprobar su membresía.",
    ),
    "We couldn't check your visit just now.": (
        "Wir konnten Ihren Besuch gerade nicht prüfen.",
        "Nous n'avons pas pu vérifier votre visite pour le moment.",
        "Ahora mismo no hemos podido comprobar su visita.",
    ),
    "We couldn't confirm your check-in.": (
        "Wir konnten Ihren Check-in nicht bestätigen.",
        "Nous n'avons pas pu confirmer votre enregistrement.",
        "No hemos podido confirmar su registro.",
    ),
    # staff escape
    "Staff only: enter the PIN": (
        "Nur für Personal: PIN eingeben",
        "Réservé au personnel : saisissez le code",
        "Solo personal: introduzca el PIN",
    ),
    "Wrong PIN": ("Falsche PIN", "Code incorrect", "PIN incorrecto"),
    "Too many tries. Wait %1 s.": (
        "Zu viele Versuche. Warten Sie %1 s.",
        "Trop d'essais. Attendez %1 s.",
        "Demasiados intentos. Espere %1 s.",
    ),
    "Cancel": ("Abbrechen", "Annuler", "Cancelar"),
    "Clear": ("Löschen", "Effacer", "Borrar"),
    "OK": ("OK", "OK", "Aceptar"),
    "Switch to the front desk": (
        "Zur Rezeptionsansicht wechseln",
        "Passer à l'accueil",
        "Cambiar a recepción",
    ),
    "Scanner and camera settings": (
        "Scanner- und Kameraeinstellungen",
        "Réglages du lecteur et de la caméra",
        "Ajustes del lector y la cámara",
    ),
    "Quit the kiosk": ("Kiosk beenden", "Quitter le kiosque", "Salir del quiosco"),
    "Back to self check-in": (
        "Zurück zum Self-Check-in",
        "Retour à l'enregistrement libre-service",
        "Volver al autorregistro",
    ),
}
LANGUAGES = ("de", "fr", "es")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for index, language in enumerate(LANGUAGES):
        messages = "\n".join(
            "    <message>\n"
            f"        <source>{escape(source)}</source>\n"
            f"        <translation>{escape(targets[index])}</translation>\n"
            "    </message>"
            for source, targets in CATALOGUE.items()
        )
        ts = OUT / f"kiosk_{language}.ts"
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}">\n<context>\n'
            f"    <name>{CONTEXT}</name>\n{messages}\n</context>\n</TS>\n",
            encoding="utf-8",
        )
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
        print(ts.with_suffix(".qm"))


if __name__ == "__main__":
    main()
