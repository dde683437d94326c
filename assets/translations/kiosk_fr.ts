<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kiosk/app.py" line="628"/>
        <source>Saved. The printer is used from the next band.</source>
        <translation>Enregistré. L'imprimante sert dès le prochain bracelet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py" line="667"/>
        <source>Collins (restaurants and bars)</source>
        <translation>Collins (restaurants et bars)</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py" line="672"/>
        <source>a guest card</source>
        <translation>une carte client</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py" line="515"/>
        <source>Saved. The new scanner settings apply from the next start.</source>
        <translation>Enregistré. Les nouveaux réglages du lecteur s’appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="84"/>
        <source>End of today</source>
        <translation>Fin de journée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/actions.py" line="86"/>
        <source>+%n days</source>
        <extracomment>one: +%n day</extracomment>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="166"/>
        <source>Still checking with {system}: this is the local copy's answer.</source>
        <translation>Vérification en cours auprès de {system} : ceci est la réponse de la copie locale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="175"/>
        <source>{system} can't do that here.</source>
        <translation>{system} ne peut pas faire cela ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/actions.py" line="280"/>
        <location filename="../../kiosk/checkin/actions.py" line="200"/>
        <source>Not confirmed yet: still checking whether it arrived.</source>
        <translation>Pas encore confirmé : on vérifie toujours s’il est arrivé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="163"/>
        <location filename="../../kiosk/checkin/desk/bands.py" line="162"/>
        <source>Printing the band…</source>
        <translation>Impression du bracelet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="170"/>
        <source>✔ Band {code} printed.</source>
        <translation>✔ Bracelet {code} imprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="172"/>
        <source>✔ Band {code} printed again.</source>
        <translation>✔ Bracelet {code} réimprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="176"/>
        <source>Put the band on the guest, then tap “Use the printed band” (or scan it).</source>
        <translation>Mettez le bracelet au client, puis touchez « Lier le bracelet » (ou scannez-le).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="190"/>
        <source>The band could not be printed.</source>
        <translation>Le bracelet n'a pas pu être imprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="60"/>
        <source>Waiting for the new wristband…</source>
        <translation>En attente du nouveau bracelet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="62"/>
        <source>Waiting for the replacement wristband…</source>
        <translation>En attente du bracelet de remplacement…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="71"/>
        <source>Cancelled: no wristband was added.</source>
        <translation>Annulé : aucun bracelet n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="193"/>
        <source>Nothing was added to the guest.</source>
        <translation>Rien n'a été ajouté au client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="56"/>
        <source>Scan the new wristband now (or press Esc to cancel).</source>
        <translation>Scannez maintenant le nouveau bracelet (ou Échap pour annuler).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="58"/>
        <source>Scan the replacement wristband now (or press Esc to cancel).</source>
        <translation>Scannez maintenant le bracelet de remplacement (ou Échap pour annuler).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="205"/>
        <source>The previous guest's band: {words}</source>
        <translation>Bracelet du client précédent : {words}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="49"/>
        <source>Scan the lost wristband first.</source>
        <translation>Scannez d'abord le bracelet perdu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="106"/>
        <source>This guest cannot be given a band.</source>
        <translation>Ce client ne peut pas recevoir de bracelet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/bands.py" line="131"/>
        <location filename="../../kiosk/checkin/writes/bands.py" line="37"/>
        <location filename="../../kiosk/checkin/writes/base.py" line="220"/>
        <source>Scan the guest's wristband first.</source>
        <translation>Scannez d'abord le bracelet du client.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/desk/duty.py" line="195"/>
        <source>Signed out after %n minutes without use.</source>
        <extracomment>one: Signed out after %n minute without use.</extracomment>
        <translation>
            <numerusform>Déconnecté après %n minute d'inactivité.</numerusform>
            <numerusform>Déconnecté après %n minutes d'inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="131"/>
        <source>Your PIN is stopped after {count} wrong tries: scan your badge, and ask a manager to set you a new PIN.</source>
        <translation>Votre code PIN est bloqué après {count} essais erronés : scannez votre badge et demandez à un responsable un nouveau code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="156"/>
        <source>Signed in as {name}.</source>
        <translation>Connecté : {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="158"/>
        <source>{name} took over the desk.</source>
        <translation>{name} a pris l'accueil.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="194"/>
        <source>Signed out after {seconds} s without use.</source>
        <translation>Déconnecté après {seconds} s sans utilisation.</translation>
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
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/desk/duty.py" line="138"/>
        <source>Too many wrong PINs: try again in %n minutes, or scan your badge.</source>
        <extracomment>one: Too many wrong PINs: try again in %n minute, or scan your badge.</extracomment>
        <translation>
            <numerusform>Trop de codes erronés : réessayez dans %n minute, ou scannez votre badge.</numerusform>
            <numerusform>Trop de codes erronés : réessayez dans %n minutes, ou scannez votre badge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="144"/>
        <source>That PIN is not right. Try again.</source>
        <translation>Ce code n'est pas le bon. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="161"/>
        <source>Your PIN was set before the rule of {low} digits or more, none easy to guess: ask a manager to set you a new one.</source>
        <translation>Votre code PIN date d'avant la règle (au moins {low} chiffres, difficile à deviner) : demandez-en un nouveau à un responsable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="116"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="84"/>
        <source>The PIN could not be checked.</source>
        <translation>Le code n'a pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="127"/>
        <source>Tap your name, then type your PIN.</source>
        <translation>Touchez votre nom, puis saisissez votre code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/duty.py" line="187"/>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="53"/>
        <source>Loading addresses…</source>
        <translation>Chargement des adresses…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="71"/>
        <source>Some details need a change.</source>
        <translation>Certaines informations sont à corriger.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="85"/>
        <source>Saving the guest's details…</source>
        <translation>Enregistrement des informations du client…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="112"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="270"/>
        <source>{system} didn't accept some details.</source>
        <translation>{system} n'a pas accepté certaines informations.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="50"/>
        <source>Addresses couldn't load: {why}.</source>
        <translation>Impossible de charger les adresses : {why}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/form.py" line="105"/>
        <location filename="../../kiosk/ui/desk.py" line="376"/>
        <source>new guest</source>
        <translation>nouveau client</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="87"/>
        <source>Asking {system} for the customers report…</source>
        <translation>Demande du rapport clients à {system}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/desk/report.py" line="156"/>
        <source>%n guests saved to {path}</source>
        <extracomment>one: %n guest saved to {path}</extracomment>
        <translation>
            <numerusform>%n client enregistré dans {path}</numerusform>
            <numerusform>%n clients enregistrés dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="160"/>
        <source>The report saved to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="173"/>
        <source>No report: {why}</source>
        <translation>Pas de rapport : {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="92"/>
        <source>Preparing the customers report…</source>
        <translation>Préparation du rapport clients…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="107"/>
        <source>{system} could not prepare the report.</source>
        <translation>{system} n'a pas pu préparer le rapport.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="122"/>
        <source>Preparing the customers report… ({seconds} s)</source>
        <translation>Préparation du rapport clients… ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="116"/>
        <source>The report is taking too long; try again later.</source>
        <translation>Le rapport prend trop de temps ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/report.py" line="136"/>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="36"/>
        <location filename="../../kiosk/checkin/desk/scans.py" line="37"/>
        <source>scanner</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="38"/>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="39"/>
        <location filename="../../kiosk/checkin/desk/scans.py" line="369"/>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="140"/>
        <source>recent</source>
        <translation>récents</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="163"/>
        <source>Looking up {code} ({via})…</source>
        <translation>Recherche de {code} ({via})…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="218"/>
        <source>Showing the local copy while {system} answers…</source>
        <translation>Affichage de la copie locale en attendant {system}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="249"/>
        <source>No answer from {system} within {seconds} s; still checking…</source>
        <translation>Pas de réponse de {system} en {seconds} s ; vérification en cours…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="369"/>
        <source>scanned</source>
        <translation>scanné</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="103"/>
        <source>Scanner layout test</source>
        <translation>Test de disposition du lecteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="110"/>
        <source>{code} was just scanned; showing it already.</source>
        <translation>{code} vient d'être scanné ; déjà affiché.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="225"/>
        <source>{system} is slow to answer; still checking…</source>
        <translation>{system} répond lentement ; vérification en cours…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="238"/>
        <source>{system} has not answered yet</source>
        <translation>{system} n’a pas encore répondu</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="293"/>
        <source>Opened {name}.</source>
        <translation>{name} ouvert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="295"/>
        <source>Found {name} for {code}.</source>
        <translation>{name} trouvé pour {code}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="330"/>
        <source>Exit: scans check guests out.</source>
        <translation>Sortie : les scans enregistrent le départ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="372"/>
        <source>“{code}” ({how}): no guest has this code at this site. Try again, or search by name.</source>
        <translation>« {code} » ({how}) : aucun client n'a ce code sur ce site. Réessayez, ou cherchez par nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="239"/>
        <source>Still checking {code}: the guest shows here when the answer comes. You can scan the next guest at any time.</source>
        <translation>Vérification de {code} en cours : le client s’affichera ici dès que la réponse arrivera. Vous pouvez scanner le client suivant à tout moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="245"/>
        <source>Still checking: the guest shows here when the answer comes.</source>
        <translation>Vérification en cours : le client s’affichera ici dès que la réponse arrivera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="369"/>
        <source>read by the camera</source>
        <translation>lu par la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="434"/>
        <source>Saved, but the screen could not refresh: scan again to update.</source>
        <translation>Enregistré, mais l'écran n'a pas pu se mettre à jour : scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/scans.py" line="340"/>
        <source>{name} is not checked in here.</source>
        <translation>{name} n'est pas enregistré ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/search.py" line="62"/>
        <location filename="../../kiosk/ui/desk.py" line="980"/>
        <source>Searching for “{text}”…</source>
        <translation>Recherche de « {text} »…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/search.py" line="71"/>
        <source>search</source>
        <translation>recherche</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/state.py" line="25"/>
        <source>Ready. Scan a wristband or card.</source>
        <translation>Prêt. Scannez un bracelet ou une carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/state.py" line="26"/>
        <source>Sign in: scan your staff badge, or tap your name and type your PIN.</source>
        <translation>Connexion : scannez votre badge ou touchez votre nom et saisissez votre code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/words.py" line="12"/>
        <source>Not saved. {why}</source>
        <translation>Non enregistré. {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="348"/>
        <source>{words}: refused when it was sent ({why}). It is in the list of what needs a look.</source>
        <translation>{words} : refusé à l’envoi ({why}). C’est dans la liste de ce qui demande un coup d’œil.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="345"/>
        <source>{words}: sent now that the connection is back.</source>
        <translation>{words} : envoyé, maintenant que la connexion est revenue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="170"/>
        <source>Couldn't confirm whether it was saved: check again before retrying.</source>
        <translation>Impossible de confirmer l'enregistrement : vérifiez à nouveau avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="227"/>
        <source>{words} — saved for later: it will be sent when the connection is back.</source>
        <translation>{words} — enregistré pour plus tard : sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="232"/>
        <source>{words} (confirmed by reading back).</source>
        <translation>{words} (confirmé par relecture).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="200"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="372"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="145"/>
        <source>Checking whether it was saved…</source>
        <translation>Vérification de l'enregistrement…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="288"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="351"/>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="76"/>
        <source>Still saving the last change…</source>
        <translation>La dernière modification est encore en cours…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="80"/>
        <source>First check whether the last change was saved.</source>
        <translation>Vérifiez d'abord si la dernière modification a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="140"/>
        <source>Checking whether the guest was saved…</source>
        <translation>Vérification de l'enregistrement du client…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="237"/>
        <location filename="../../kiosk/checkin/desk/writes.py" line="181"/>
        <source>Previous guest: {words}</source>
        <translation>Client précédent : {words}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="261"/>
        <source>Previous guest: not saved. {why}</source>
        <translation>Client précédent : non enregistré. {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="280"/>
        <source>Partly done.</source>
        <translation>En partie fait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/desk/writes.py" line="149"/>
        <source>Previous guest: checking whether the last change was saved…</source>
        <translation>Client précédent : vérification de la dernière modification…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="146"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="146"/>
        <source>The details were written to the log.</source>
        <translation>Les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="66"/>
        <source>That scan didn't read properly</source>
        <translation>La lecture n'a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="72"/>
        <source>Can't check this band right now</source>
        <translation>Impossible de vérifier ce bracelet pour le moment</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="73"/>
        <source>{system} can't be reached and this band is not in the local copy. Check ID, or try again when the connection is back.</source>
        <translation>{system} est injoignable et ce bracelet n'est pas dans la copie locale. Vérifiez une pièce d'identité, ou réessayez quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="82"/>
        <source>Not while offline</source>
        <translation>Impossible hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="83"/>
        <source>This needs the connection to {system}; it can't be saved for later.</source>
        <translation>Cela nécessite la connexion à {system} ; impossible de l'enregistrer pour plus tard.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="90"/>
        <source>Wristband not recognised</source>
        <translation>Bracelet non reconnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="91"/>
        <source>No guest has this code at this site. Try again, or search by name.</source>
        <translation>Aucun client n'a ce code sur ce site. Réessayez, ou cherchez par nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="96"/>
        <source>{system} is taking too long to answer</source>
        <translation>{system} met trop de temps à répondre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="97"/>
        <source>Please try again in a moment.</source>
        <translation>Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="102"/>
        <source>Can't reach {system}</source>
        <translation>Impossible de joindre {system}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="103"/>
        <source>Check the network connection, then try again.</source>
        <translation>Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="107"/>
        <source>Too many requests. Try again in {seconds} s.</source>
        <translation>Trop de requêtes. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="109"/>
        <source>Too many requests.</source>
        <translation>Trop de requêtes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="111"/>
        <source>{system} is busy right now</source>
        <translation>{system} est occupé pour le moment</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="115"/>
        <source>This kiosk is not signed in to {system}</source>
        <translation>Ce kiosque n'est pas connecté à {system}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="116"/>
        <source>The API token is missing or no longer valid.</source>
        <translation>Le jeton d'API manque ou n'est plus valide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="121"/>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="122"/>
        <source>This kiosk's {system} account may not do that.</source>
        <translation>Le compte {system} de ce kiosque n'a pas ce droit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="128"/>
        <source>{system} didn't accept that</source>
        <translation>{system} n'a pas accepté cela</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="132"/>
        <source>{system} refused that</source>
        <translation>{system} a refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="134"/>
        <source>{system} can't do that</source>
        <translation>{system} ne peut pas faire cela</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="138"/>
        <source>{system} is having trouble</source>
        <translation>{system} rencontre des difficultés</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="139"/>
        <source>Server error; please try again shortly.</source>
        <translation>Erreur du serveur ; veuillez réessayer sous peu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="143"/>
        <source>Unexpected answer from {system}</source>
        <translation>Réponse inattendue de {system}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/failures.py" line="67"/>
        <source>Please scan again.</source>
        <translation>Veuillez scanner à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="54"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="57"/>
        <source>expired {month}</source>
        <translation>expirée {month}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="64"/>
        <source>Direct debit •••• {last4}</source>
        <translation>Prélèvement •••• {last4}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="65"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="140"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="67"/>
        <source>{brand} •••• {last4} (exp {month})</source>
        <translation>{brand} •••• {last4} (exp. {month})</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/model.py" line="243"/>
        <location filename="../../kiosk/checkin/writes/account.py" line="27"/>
        <source>Unnamed guest</source>
        <translation>Client sans nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="281"/>
        <source>{name} checked out.</source>
        <translation>Départ de {name} enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="283"/>
        <source>{name} checked out — saved for later: it will be sent when the connection is back.</source>
        <translation>Départ de {name} enregistré — pour plus tard : sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="268"/>
        <source>Checking out {name}…</source>
        <translation>Départ de {name}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="320"/>
        <source>{name} not checked out. {why}</source>
        <translation>Départ de {name} non enregistré. {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/on_site.py" line="302"/>
        <source>Couldn't confirm whether {name} was checked out: the list will say at its next refresh.</source>
        <translation>Impossible de confirmer le départ de {name} : la liste le dira à sa prochaine mise à jour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="27"/>
        <source>07700 900123 or +44 7700 900123</source>
        <translation>07700 900123 ou +44 7700 900123</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="117"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="118"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="151"/>
        <source>There is no month {month}: write the date of birth as {example}.</source>
        <translation>Il n'y a pas de mois {month} : écrivez la date de naissance ainsi : {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="158"/>
        <source>{month} {year} has {days} days: there is no {day} {month}.</source>
        <translation>{month} {year} compte {days} jours : le {day} {month} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="183"/>
        <source>Write the phone with its country code, like {example}.</source>
        <translation>Écrivez le téléphone avec l'indicatif du pays, par exemple {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="184"/>
        <location filename="../../kiosk/checkin/people.py" line="185"/>
        <location filename="../../kiosk/checkin/people.py" line="83"/>
        <source>Write the date of birth as day, month and year: {example}.</source>
        <translation>Écrivez la date de naissance en jour, mois et année : {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="186"/>
        <source>Another guest already has this email address.</source>
        <translation>Un autre client a déjà cette adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="187"/>
        <source>That doesn't look like an email address.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="57"/>
        <location filename="../../kiosk/checkin/writes/details.py" line="40"/>
        <source>Enter at least a name or an email address.</source>
        <translation>Saisissez au moins un nom ou une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="61"/>
        <source>That doesn't look like an email address: write it like {example}.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail : écrivez-la ainsi : {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="70"/>
        <source>That doesn't look like a phone number. Write it like {example}.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone. Écrivez-le comme {example}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="139"/>
        <source>There is no month {month}: write the month first, then the day ({example}).</source>
        <translation>Il n'y a pas de mois {month} : écrivez d'abord le mois, puis le jour ({example}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="145"/>
        <source>There is no month {month}: write the day first, then the month ({example}).</source>
        <translation>Il n'y a pas de mois {month} : écrivez d'abord le jour, puis le mois ({example}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="86"/>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/people.py" line="88"/>
        <source>Check the year of birth ({year}).</source>
        <translation>Vérifiez l'année de naissance ({year}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/pin_policy.py" line="54"/>
        <source>{low} to {high} digits</source>
        <translation>{low} à {high} chiffres</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/pin_policy.py" line="61"/>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>Un code PIN compte de {low} à {high} chiffres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/pin_policy.py" line="63"/>
        <source>That PIN is among the first a guesser tries (a repeat, a run, a pattern or a year): choose another.</source>
        <translation>Ce code PIN fait partie des premiers qu'on essaie pour deviner (répétition, suite, motif ou année) : choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="309"/>
        <source>Wristband {expiry}.</source>
        <translation>Bracelet : {expiry}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="239"/>
        <source>Offline: the local copy of this guest is from {day} {time}, older than {hours} h.</source>
        <translation>Hors ligne : la copie locale de ce client date du {day} {time}, plus de {hours} h.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="245"/>
        <source>We can't check your details just now.</source>
        <translation>Nous ne pouvons pas vérifier vos informations pour le moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="298"/>
        <source>at {desk} · {time}</source>
        <translation>à {desk} · {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="339"/>
        <source>{membership}: {status} ({reason}).</source>
        <translation>{membership} : {status} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="346"/>
        <source>{membership}: {status}.</source>
        <translation>{membership} : {status}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="356"/>
        <source>Your membership needs a quick check.</source>
        <translation>Votre abonnement doit être vérifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="104"/>
        <source>This customer's record has been anonymised.</source>
        <translation>La fiche de ce client a été anonymisée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="105"/>
        <source>We couldn't find your membership.</source>
        <translation>Nous n'avons pas trouvé votre abonnement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="111"/>
        <source>The account is locked.</source>
        <translation>Le compte est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="112"/>
        <source>Your account needs a quick check.</source>
        <translation>Votre compte doit être vérifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="119"/>
        <source>A guest of another site: check they may use this one.</source>
        <translation>Client d'un autre site : vérifiez qu'il peut utiliser celui-ci.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="120"/>
        <location filename="../../kiosk/checkin/policy.py" line="138"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="433"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="401"/>
        <source>Please see reception.</source>
        <translation>Merci de vous adresser à l'accueil.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="194"/>
        <source>Couldn't check whether the guest is already on site.</source>
        <translation>Impossible de vérifier si le client est déjà sur place.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="195"/>
        <source>We couldn't check your visit just now.</source>
        <translation>Nous n'avons pas pu vérifier votre visite pour le moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="264"/>
        <source>Checked in twice ({visits}): check one of them out.</source>
        <translation>Enregistré deux fois ({visits}) : faites sortir l’un des deux.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="268"/>
        <location filename="../../kiosk/checkin/policy.py" line="291"/>
        <source>You're already checked in.</source>
        <translation>Vous êtes déjà enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="311"/>
        <source>Your wristband has expired.</source>
        <translation>Votre bracelet a expiré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="325"/>
        <source>No active membership.</source>
        <translation>Pas d'abonnement actif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="326"/>
        <source>We couldn't find an active membership.</source>
        <translation>Nous n'avons pas trouvé d'abonnement actif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="67"/>
        <source>Welcome in</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="68"/>
        <source>Check before admitting</source>
        <translation>Vérifier avant l'entrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="69"/>
        <source>Do not admit</source>
        <translation>Ne pas laisser entrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="132"/>
        <source>The open tab on this wristband is {amount}, over this site's {limit}: confirm with the guest before charging more.</source>
        <translation>La note ouverte sur ce bracelet est de {amount}, au-delà des {limit} de ce site : confirmez avec le client avant de débiter davantage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="144"/>
        <source>No card on this wristband for charges.</source>
        <translation>Aucune carte sur ce bracelet pour les paiements.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="145"/>
        <source>No card is linked to your wristband.</source>
        <translation>Aucune carte n'est liée à votre bracelet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="160"/>
        <source>Couldn't load the wristband's expiry and card: check them before admitting.</source>
        <translation>Impossible de charger l'expiration et la carte du bracelet : vérifiez-les avant l'entrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="161"/>
        <source>We couldn't check your wristband just now.</source>
        <translation>Nous n'avons pas pu vérifier votre bracelet pour le moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="171"/>
        <source>Labelled “{label}”.</source>
        <translation>Étiquette « {label} ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="172"/>
        <source>Please see a member of staff.</source>
        <translation>Merci de vous adresser à un membre de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="183"/>
        <source>Couldn't load the memberships: check before admitting.</source>
        <translation>Impossible de charger les abonnements : vérifiez avant l'entrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="184"/>
        <source>We couldn't check your membership just now.</source>
        <translation>Nous n'avons pas pu vérifier votre abonnement pour le moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="202"/>
        <source>The photo couldn't load: check ID.</source>
        <translation>La photo n'a pas pu être chargée : vérifiez une pièce d'identité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="203"/>
        <location filename="../../kiosk/checkin/policy.py" line="212"/>
        <source>Please see reception to confirm who you are.</source>
        <translation>Merci de confirmer votre identité à l'accueil.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="211"/>
        <source>No photo on file: check ID.</source>
        <translation>Pas de photo enregistrée : vérifiez une pièce d'identité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="283"/>
        <source>Already checked in at {desk} · {time} ({ago}).</source>
        <translation>Déjà enregistré à {desk} · {time} ({ago}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="290"/>
        <source>Already checked in {ago}.</source>
        <translation>Déjà enregistré {ago}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="313"/>
        <source>Your wristband expires soon.</source>
        <translation>Votre bracelet expire bientôt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="353"/>
        <source>Your membership hasn't started yet.</source>
        <translation>Votre abonnement n'a pas encore commencé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="354"/>
        <location filename="../../kiosk/checkin/policy.py" line="355"/>
        <source>Your membership has ended.</source>
        <translation>Votre abonnement est terminé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="153"/>
        <source>The card on this wristband is {problem}.</source>
        <translation>La carte de ce bracelet est {problem}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/policy.py" line="154"/>
        <source>The card on your wristband can't be used.</source>
        <translation>La carte liée à votre bracelet ne peut pas être utilisée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/printing.py" line="123"/>
        <source>Valid until {date}, {time}</source>
        <translation>Valable jusqu'au {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/printing.py" line="143"/>
        <source>No printed band can match this site's code pattern: set the printer's code prefix and length to fit it.</source>
        <translation>Aucun bracelet imprimé ne peut correspondre au format de code de ce site : réglez le préfixe et la longueur des codes de l'imprimante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="59"/>
        <source>That didn't scan properly. Please try again.</source>
        <translation>La lecture a échoué. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="60"/>
        <source>We don't recognise this wristband.</source>
        <translation>Nous ne reconnaissons pas ce bracelet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="61"/>
        <source>We can't check you in right now.</source>
        <translation>Nous ne pouvons pas vous enregistrer pour le moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/self_session.py" line="62"/>
        <source>We couldn't confirm your check-in.</source>
        <translation>Nous n'avons pas pu confirmer votre enregistrement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="333"/>
        <source>Ask one to scan their badge: the desk switches to them.</source>
        <translation>Demandez-lui de scanner son badge : l'accueil passe à son nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="383"/>
        <source>Override recorded.</source>
        <translation>Dérogation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="292"/>
        <source>That was for the previous guest; nothing was done.</source>
        <translation>C'était pour le client précédent ; rien n'a été fait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/session.py" line="372"/>
        <source>An override needs a reason (a few words).</source>
        <translation>Une dérogation nécessite un motif (quelques mots).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="52"/>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="53"/>
        <source>Check-ins</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="54"/>
        <source>Check-outs</source>
        <translation>Départs</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="55"/>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="56"/>
        <source>Unknown wristbands</source>
        <translation>Bracelets inconnus</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="57"/>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="58"/>
        <source>Not yet confirmed</source>
        <translation>Pas encore confirmés</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/shift.py" line="59"/>
        <source>Bands printed</source>
        <translation>Bracelets imprimés</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="58"/>
        <location filename="../../kiosk/ui/desk.py" line="570"/>
        <location filename="../../kiosk/ui/desk.py" line="898"/>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="59"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="60"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="64"/>
        <source>Only a supervisor or a manager can override.</source>
        <translation>Seul un superviseur ou un responsable peut passer outre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="65"/>
        <source>Only a supervisor or a manager can lock or unlock an account.</source>
        <translation>Seul un superviseur ou un responsable peut bloquer ou débloquer un compte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="66"/>
        <source>Only a manager can erase a guest's details.</source>
        <translation>Seul un responsable peut effacer les données d'un client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="67"/>
        <source>Only a manager can change staff and settings.</source>
        <translation>Seul un responsable peut modifier le personnel et les réglages.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="68"/>
        <source>Only a manager can export the customers report.</source>
        <translation>Seul un responsable peut exporter le rapport clients.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="143"/>
        <source>Keep at least one manager, or nobody can change the list again.</source>
        <translation>Gardez au moins un responsable, sinon personne ne pourra plus modifier la liste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="146"/>
        <source>Every member of staff needs a name.</source>
        <translation>Chaque membre du personnel doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/staff.py" line="151"/>
        <source>{name} has neither a PIN nor a badge, so cannot sign in.</source>
        <translation>{name} n'a ni code ni badge et ne peut pas se connecter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="55"/>
        <source>less than a minute</source>
        <translation>moins d'une minute</translation>
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
        <translation>il y a moins d'une minute</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="62"/>
        <source>{minutes} min ago</source>
        <translation>il y a {minutes} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="63"/>
        <source>{hours} h {minutes} min ago</source>
        <translation>il y a {hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="64"/>
        <source>{hours} h ago</source>
        <translation>il y a {hours} h</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="86"/>
        <source>expires in {span} ({day} {time})</source>
        <translation>expire dans {span} ({day} {time})</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="29"/>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="31"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="33"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/timewords.py" line="73"/>
        <source>%n days</source>
        <extracomment>one: %n day</extracomment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="81"/>
        <source>never expires</source>
        <translation>n'expire jamais</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/timewords.py" line="85"/>
        <source>expired {day} at {time}</source>
        <translation>a expiré {day} à {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/checkin/timewords.py" line="93"/>
        <source>%n days ago</source>
        <extracomment>one: %n day ago</extracomment>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="15"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="16"/>
        <source>Waiting for a direct-debit mandate</source>
        <translation>En attente d’un mandat de prélèvement</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="17"/>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="18"/>
        <source>Reserved, not yet confirmed</source>
        <translation>Réservé, pas encore confirmé</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="19"/>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="20"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="21"/>
        <source>Starts soon</source>
        <translation>Commence bientôt</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="25"/>
        <source>No mandate has been provided</source>
        <translation>Aucun mandat n'a été fourni</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="26"/>
        <source>Setup fee is unpaid</source>
        <translation>Les frais d'inscription ne sont pas payés</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="27"/>
        <source>Mandate has been revoked</source>
        <translation>Le mandat a été révoqué</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="28"/>
        <source>Payment failed</source>
        <translation>Le paiement a échoué</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="29"/>
        <source>A payment was disputed</source>
        <translation>Un paiement a été contesté</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="30"/>
        <source>Manual payment outstanding</source>
        <translation>Paiement manuel en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/wording.py" line="46"/>
        <source>Unknown status</source>
        <translation>Statut inconnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="22"/>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="67"/>
        <source>Anonymising…</source>
        <translation>Anonymisation…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="68"/>
        <source>Anonymised: the guest's personal details are erased.</source>
        <translation>Anonymisé : les données personnelles du client sont effacées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="100"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="124"/>
        <source>Creating the link…</source>
        <translation>Création du lien…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="125"/>
        <source>Link created.</source>
        <translation>Lien créé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="118"/>
        <source>Verification email sent.</source>
        <translation>E-mail de vérification envoyé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="54"/>
        <source>Locking…</source>
        <translation>Verrouillage…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="54"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="57"/>
        <source>Account locked.</source>
        <translation>Compte verrouillé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="57"/>
        <source>Account unlocked.</source>
        <translation>Compte déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="117"/>
        <source>Password reset email sent (the link works for one hour).</source>
        <translation>E-mail de réinitialisation du mot de passe envoyé (le lien est valable une heure).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="75"/>
        <source>This guest's record has already been anonymised.</source>
        <translation>La fiche de ce client a déjà été anonymisée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="78"/>
        <source>The account is locked: unlock it first (a locked account can't be anonymised).</source>
        <translation>Le compte est verrouillé : déverrouillez-le d'abord (un compte verrouillé ne peut pas être anonymisé).</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="82"/>
        <source>Type “{word}” exactly to confirm.</source>
        <translation>Saisissez exactement « {word} » pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/account.py" line="107"/>
        <source>This guest has no email address to send it to.</source>
        <translation>Ce client n'a pas d'adresse e-mail où l'envoyer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="53"/>
        <source>Saving the new expiry…</source>
        <translation>Enregistrement de la nouvelle expiration…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="54"/>
        <source>Expiry changed.</source>
        <translation>Expiration modifiée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="99"/>
        <source>Saving the card…</source>
        <translation>Enregistrement de la carte…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="100"/>
        <source>Card changed on the band.</source>
        <translation>Carte du bracelet modifiée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="137"/>
        <source>Adding the wristband…</source>
        <translation>Ajout du bracelet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="138"/>
        <source>Wristband added.</source>
        <translation>Bracelet ajouté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="172"/>
        <source>Removing the wristband…</source>
        <translation>Retrait du bracelet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="173"/>
        <source>Wristband removed.</source>
        <translation>Bracelet retiré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="206"/>
        <source>Replacing the wristband…</source>
        <translation>Remplacement du bracelet…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="207"/>
        <source>Wristband replaced; expiry and card moved over.</source>
        <translation>Bracelet remplacé ; expiration et carte transférées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="163"/>
        <source>Wristband {code} added.</source>
        <translation>Bracelet {code} ajouté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="307"/>
        <source>Wristband {code} replaces the lost one; expiry and card moved over.</source>
        <translation>Le bracelet {code} remplace celui perdu ; expiration et carte transférées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="87"/>
        <source>Expiry cleared: the band never expires.</source>
        <translation>Expiration effacée : le bracelet n'expire jamais.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="125"/>
        <source>Card put on the band.</source>
        <translation>Carte associée au bracelet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="125"/>
        <source>Card taken off the band.</source>
        <translation>Carte retirée du bracelet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="245"/>
        <source>the new band is on the guest</source>
        <translation>le nouveau bracelet est associé au client</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="290"/>
        <source>Partly done: the new band is on the guest; the rest is not yet. Try again to finish.</source>
        <translation>En partie fait : le nouveau bracelet est attribué au client ; le reste pas encore. Réessayez pour terminer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="299"/>
        <source>Wristband {code} replaces the lost one; expiry, card and open tab moved over.</source>
        <translation>Le bracelet {code} remplace celui perdu ; expiration, carte et note ouverte transférées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="304"/>
        <source>Wristband {code} replaces the lost one; its expiry moved over.</source>
        <translation>Le bracelet {code} remplace celui perdu ; son expiration transférée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="68"/>
        <source>That time has already passed: choose a later one.</source>
        <translation>Cette heure est déjà passée : choisissez-en une plus tardive.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="107"/>
        <source>That card does not belong to this guest.</source>
        <translation>Cette carte n'appartient pas à ce client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="146"/>
        <location filename="../../kiosk/checkin/writes/bands.py" line="217"/>
        <source>That wristband is already this guest's.</source>
        <translation>Ce bracelet est déjà celui de ce client.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="215"/>
        <source>That is the lost wristband itself: scan the new one.</source>
        <translation>C'est le bracelet perdu lui-même : scannez le nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="249"/>
        <source>its expiry is set</source>
        <translation>son expiration est définie</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="253"/>
        <source>the card moved to it</source>
        <translation>la carte y a été transférée</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="257"/>
        <source>the open tab moved to it</source>
        <translation>la note ouverte y a été transférée</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/bands.py" line="267"/>
        <source>Partly done ({done}): {reason}. Try again to finish.</source>
        <translation>En partie fait ({done}) : {reason}. Réessayez pour terminer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="171"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="303"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="319"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="172"/>
        <location filename="../../kiosk/checkin/writes/details.py" line="33"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="192"/>
        <source>It may have been sent; ask the guest before sending it again.</source>
        <translation>Il a peut-être été envoyé ; demandez au client avant de le renvoyer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/base.py" line="226"/>
        <location filename="../../kiosk/checkin/writes/visits.py" line="40"/>
        <source>This guest's record has been anonymised.</source>
        <translation>La fiche de ce client a été anonymisée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="62"/>
        <source>Details saved.</source>
        <translation>Informations enregistrées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="88"/>
        <source>Saving the address…</source>
        <translation>Enregistrement de l'adresse…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="89"/>
        <source>Address saved.</source>
        <translation>Adresse enregistrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="122"/>
        <source>Removing the address…</source>
        <translation>Suppression de l'adresse…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="123"/>
        <source>Address removed.</source>
        <translation>Adresse supprimée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="142"/>
        <source>Adding the note…</source>
        <translation>Ajout de la note…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="143"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="168"/>
        <source>Adding the label…</source>
        <translation>Ajout de l'étiquette…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="169"/>
        <source>Label added.</source>
        <translation>Étiquette ajoutée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="49"/>
        <source>Search for the guest before registering them again.</source>
        <translation>Cherchez le client avant de l'inscrire à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="69"/>
        <source>The account is locked: unlock it before changing details.</source>
        <translation>Le compte est verrouillé : déverrouillez-le avant de modifier les informations.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="98"/>
        <source>Enter at least the first line of the address.</source>
        <translation>Saisissez au moins la première ligne de l'adresse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="151"/>
        <source>Write the note first.</source>
        <translation>Écrivez d'abord la note.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="177"/>
        <source>Choose or type a label first.</source>
        <translation>Choisissez ou saisissez d'abord une étiquette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/details.py" line="179"/>
        <source>The guest already has the label “{label}”.</source>
        <translation>Le client a déjà l'étiquette « {label} ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="31"/>
        <source>Checking in…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="32"/>
        <source>Checked in.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="87"/>
        <source>Checking out…</source>
        <translation>Départ en cours…</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="88"/>
        <source>Checked out.</source>
        <translation>Départ enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="45"/>
        <source>This guest may not be admitted without an override reason.</source>
        <translation>Ce client ne peut entrer qu'avec un motif de dérogation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="47"/>
        <source>This guest is already checked in.</source>
        <translation>Ce client est déjà enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/writes/visits.py" line="100"/>
        <source>This guest is not checked in.</source>
        <translation>Ce client n'est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="374"/>
        <source>Membership renewed at the desk</source>
        <translation>Abonnement renouvelé à l'accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="375"/>
        <source>Paid for a day pass at the desk</source>
        <translation>Entrée journée payée à l'accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="376"/>
        <source>Manager approved</source>
        <translation>Approuvé par le responsable</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/settings.py" line="377"/>
        <source>New wristband issued</source>
        <translation>Nouveau bracelet remis</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="126"/>
        <source>camera on</source>
        <translation>caméra allumée</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="131"/>
        <source>camera off</source>
        <translation>caméra éteinte</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="175"/>
        <source>the camera stopped sending pictures</source>
        <translation>la caméra n'envoie plus d'images</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/camera.py" line="177"/>
        <source>cannot open camera {camera}</source>
        <translation>impossible d'ouvrir la caméra {camera}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="191"/>
        <source>Brother QL at {where}</source>
        <translation>Brother QL à {where}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="97"/>
        <source>it has no labels loaded</source>
        <translation>aucune étiquette n'est chargée</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="98"/>
        <location filename="../../kiosk/devices/printers/brother.py" line="99"/>
        <source>it is out of labels</source>
        <translation>il n'y a plus d'étiquettes</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="100"/>
        <source>it cannot feed the labels</source>
        <translation>elle ne peut pas faire avancer les étiquettes</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="101"/>
        <source>its cutter is jammed</source>
        <translation>son massicot est bloqué</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="102"/>
        <source>its cover is open</source>
        <translation>son capot est ouvert</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="103"/>
        <source>it is switched off</source>
        <translation>elle est éteinte</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="104"/>
        <source>it lost part of the job</source>
        <translation>une partie de la tâche s'est perdue</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="105"/>
        <source>it has a system error (switch it off and on again)</source>
        <translation>elle a une erreur système (éteignez-la puis rallumez-la)</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="108"/>
        <location filename="../../kiosk/devices/printers/pdf.py" line="33"/>
        <location filename="../../kiosk/devices/printers/system.py" line="61"/>
        <location filename="../../kiosk/devices/printers/system.py" line="55"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="176"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="263"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="246"/>
        <location filename="../../kiosk/devices/printers/zebra.py" line="206"/>
        <location filename="../../kiosk/ui/printer_settings.py" line="240"/>
        <source>The printer can't print: {why}.</source>
        <translation>L'imprimante ne peut pas imprimer : {why}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="248"/>
        <source>The printer has a {width} mm roll loaded; this desk prints on 62 mm labels.</source>
        <translation>L'imprimante a un rouleau de {width} mm ; cet accueil imprime sur des étiquettes de 62 mm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="264"/>
        <source>reachable; it does not report its status</source>
        <translation>joignable ; elle n'indique pas son état</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="277"/>
        <source>A Brother QL prints labels: choose the 62 mm roll.</source>
        <translation>Une Brother QL imprime des étiquettes : choisissez le rouleau de 62 mm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="292"/>
        <source>The label was sent; this printer does not say when it has printed: look at it, then use the label or print again.</source>
        <translation>L'étiquette a été envoyée ; cette imprimante n'indique pas quand elle a imprimé : regardez-la, puis utilisez l'étiquette ou imprimez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/brother.py" line="309"/>
        <source>The printer took the label but stopped answering: look at the printer. If a label came out, use it; if not, print again.</source>
        <translation>L'imprimante a reçu l'étiquette mais ne répond plus : regardez l'imprimante. Si une étiquette est sortie, utilisez-la ; sinon, imprimez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/layout.py" line="210"/>
        <source>TEST PRINT</source>
        <translation>TEST D'IMPRESSION</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="70"/>
        <source>The printer stopped: {why}. The band prints when that is fixed; use it then, or print again.</source>
        <translation>L'imprimante s'est arrêtée : {why}. Le bracelet s'imprimera une fois le problème réglé ; utilisez-le alors, ou imprimez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="81"/>
        <source>The printer took the band but has not finished it: look at the printer. If a band came out, use it; if not, print again.</source>
        <translation>L'imprimante a reçu le bracelet mais ne l'a pas terminé : regardez l'imprimante. Si un bracelet est sorti, utilisez-le ; sinon, imprimez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="24"/>
        <source>The printer at {where} refused the connection: is it switched on and on the network?</source>
        <translation>L'imprimante à {where} a refusé la connexion : est-elle allumée et sur le réseau ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="32"/>
        <source>The printer at {where} cannot be reached: is it switched on?</source>
        <translation>L'imprimante à {where} est injoignable : est-elle allumée ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="36"/>
        <source>The printer at {where} cannot be reached ({error}).</source>
        <translation>L'imprimante à {where} est injoignable ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="60"/>
        <source>The connection to the printer broke while sending the band: look at the printer. If a band came out, use it; if not, print again.</source>
        <translation>La connexion à l'imprimante a été coupée pendant l'envoi : regardez l'imprimante. Si un bracelet est sorti, utilisez-le ; sinon, imprimez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="112"/>
        <source>No printer at {device}: is it plugged in and switched on?</source>
        <translation>Pas d'imprimante à {device} : est-elle branchée et allumée ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="116"/>
        <source>This computer does not let the kiosk use {device}: add the kiosk's user to the group that owns it (often lp).</source>
        <translation>Cet ordinateur ne laisse pas le kiosque utiliser {device} : ajoutez l'utilisateur du kiosque au groupe qui le possède (souvent lp).</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/network.py" line="124"/>
        <source>The printer at {device} cannot be opened ({error}).</source>
        <translation>L'imprimante à {device} ne peut pas être ouverte ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/pdf.py" line="24"/>
        <source>PDF files in {folder}</source>
        <translation>Fichiers PDF dans {folder}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/pdf.py" line="31"/>
        <location filename="../../kiosk/devices/printers/pdf.py" line="46"/>
        <source>The folder {folder} cannot be written to.</source>
        <translation>Impossible d'écrire dans le dossier {folder}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/renders.py" line="36"/>
        <source>This code does not fit on the printer's {media}: nothing was printed.</source>
        <translation>Ce code ne tient pas sur le support {media} de l'imprimante : rien n'a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="41"/>
        <source>system printer {name}</source>
        <translation>imprimante système {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="59"/>
        <source>the system says the printer has an error</source>
        <translation>le système signale une erreur de l'imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="80"/>
        <location filename="../../kiosk/devices/printers/system.py" line="89"/>
        <source>The printer would not take the band: nothing was printed.</source>
        <translation>L'imprimante n'a pas accepté le bracelet : rien n'a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="41"/>
        <source>(the default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="47"/>
        <source>This computer has no printer called {name}.</source>
        <translation>Cet ordinateur n'a pas d'imprimante nommée {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/system.py" line="49"/>
        <source>This computer has no default printer.</source>
        <translation>Cet ordinateur n'a pas d'imprimante par défaut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="83"/>
        <source>Zebra at {where}, {dpi} dpi</source>
        <translation>Zebra à {where}, {dpi} dpi</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="182"/>
        <source>it prints at {real} dpi but the setting says {setting}: bands are drawn for {real}; set the printer's dpi to {real} in the settings</source>
        <translation>elle imprime à {real} dpi mais le réglage indique {setting} : les bracelets sont dessinés pour {real} ; réglez la résolution de l'imprimante sur {real}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="150"/>
        <source>The printer at {where} answered something that is not ZPL.</source>
        <translation>L'imprimante à {where} a répondu autre chose que du ZPL.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="111"/>
        <source>The printer at {where} took the connection but does not answer: switch it off and on again.</source>
        <translation>L'imprimante à {where} accepte la connexion mais ne répond pas : éteignez-la puis rallumez-la.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="144"/>
        <source>The connection to the printer at {where} broke.</source>
        <translation>La connexion à l'imprimante à {where} a été coupée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zebra.py" line="220"/>
        <source>The printer took the band but stopped answering: look at the printer. If a band came out, use it; if not, print again.</source>
        <translation>L'imprimante a reçu le bracelet mais ne répond plus : regardez l'imprimante. Si un bracelet est sorti, utilisez-le ; sinon, imprimez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="262"/>
        <source>it shows an error on its display</source>
        <translation>elle affiche une erreur sur son écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="168"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="249"/>
        <source>it is out of wristbands or labels: load a roll</source>
        <translation>il n'y a plus de bracelets ni d'étiquettes : chargez un rouleau</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="169"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="250"/>
        <source>its print head is open: close it</source>
        <translation>sa tête d'impression est ouverte : fermez-la</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="170"/>
        <location filename="../../kiosk/devices/printers/zpl.py" line="251"/>
        <source>it is out of ribbon</source>
        <translation>il n'y a plus de ruban</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="171"/>
        <source>it is paused (press its pause button)</source>
        <translation>elle est en pause (appuyez sur son bouton pause)</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="172"/>
        <source>its memory is full</source>
        <translation>sa mémoire est pleine</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="252"/>
        <source>its cutter is stuck</source>
        <translation>son massicot est bloqué</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="253"/>
        <source>its print head is too hot: let it cool</source>
        <translation>sa tête d'impression est trop chaude : laissez-la refroidir</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/printers/zpl.py" line="254"/>
        <source>its motor is too hot: let it cool</source>
        <translation>son moteur est trop chaud : laissez-le refroidir</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="99"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="125"/>
        <source>scanner connected on {port}</source>
        <translation>lecteur connecté sur {port}</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="110"/>
        <source>no scanner port found; waiting for one to be plugged in</source>
        <translation>aucun port de lecteur trouvé ; en attente d'un branchement</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="116"/>
        <source>waiting for the scanner on {port} ({error})</source>
        <translation>en attente du lecteur sur {port} ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/devices/serial.py" line="162"/>
        <source>scanner disconnected; reconnecting…</source>
        <translation>lecteur déconnecté ; reconnexion…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/appliance.py" line="43"/>
        <source>Pairing an appliance writes systemd credentials: run it as root (sudo).</source>
        <translation>Appairer un appareil écrit des identifiants systemd : lancez-le en root (sudo).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/appliance.py" line="49"/>
        <source>There is no account called {user} for the kiosk to run as: create it first (useradd -m {user}).</source>
        <translation>Aucun compte {user} sous lequel faire tourner le kiosque : créez-le d’abord (useradd -m {user}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/appliance.py" line="91"/>
        <source>The credential {name} could not be written ({reason}); nothing was saved.</source>
        <translation>L’identifiant {name} n’a pas pu être écrit ({reason}) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="145"/>
        <source>Paired with Collins as a {mode}; settings in {path}.</source>
        <translation>Associé à Collins comme {mode} ; réglages dans {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="215"/>
        <source>✔ Found {who}: cards work here.</source>
        <translation>✔ {who} trouvé : les cartes fonctionnent ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="229"/>
        <source>✔ Found {who}: the kiosk reads bands at this site.</source>
        <translation>✔ {who} trouvé : le kiosque lit les bracelets sur ce site.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="267"/>
        <source>Paired with {site} as a {mode}; the token {kept}; settings in {path}.</source>
        <translation>Associé à {site} comme {mode} ; le jeton {kept} ; réglages dans {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="344"/>
        <source>{host} answered with an error ({error}): try again shortly.</source>
        <translation>{host} a répondu par une erreur ({error}) : réessayez sous peu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="139"/>
        <source>Paired with Collins at {venue} as a {mode}; settings in {path}.</source>
        <translation>Associé à Collins à {venue} comme {mode} ; réglages dans {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="153"/>
        <source>self check-in</source>
        <translation>enregistrement libre-service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="153"/>
        <source>front desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="206"/>
        <source>✖ Not a card this kiosk reads (it expects a 24-character customer id).</source>
        <translation>✖ Pas une carte que ce kiosque lit (il attend un identifiant client de 24 caractères).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="214"/>
        <location filename="../../kiosk/ops/pairing.py" line="228"/>
        <source>a guest</source>
        <translation>un client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="330"/>
        <source>{host} refused this token: check it was copied whole, or make a new one.</source>
        <translation>{host} a refusé ce jeton : vérifiez qu'il a été copié en entier, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="334"/>
        <source>{host} won't show this token its sites: ask for a token that may read them.</source>
        <translation>{host} ne montre pas ses sites à ce jeton : demandez un jeton autorisé à les lire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="339"/>
        <source>{host} did not answer in time: check the network.</source>
        <translation>{host} n'a pas répondu à temps : vérifiez le réseau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="341"/>
        <source>No connection to {host}: check the address, the network cable or Wi-Fi.</source>
        <translation>Pas de connexion à {host} : vérifiez l'adresse, le câble réseau ou le Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="58"/>
        <location filename="../../kiosk/ops/pairing.py" line="83"/>
        <source>Paste the API token first.</source>
        <translation>Collez d'abord le jeton d'API.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="68"/>
        <source>This token can see no sites: ask for a token of the right brand.</source>
        <translation>Ce jeton ne voit aucun site : demandez un jeton de la bonne enseigne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="123"/>
        <source>A Collins venue id is 24 letters and digits (0-9, a-f).</source>
        <translation>Un identifiant d'établissement Collins compte 24 lettres et chiffres (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="160"/>
        <source>The mode is desk or self.</source>
        <translation>Le mode est desk ou self.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="162"/>
        <source>Self check-in needs a staff PIN ({rule}).</source>
        <translation>L'enregistrement libre-service exige un code PIN du personnel ({rule}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="265"/>
        <source>from {variable}</source>
        <translation>depuis {variable}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="265"/>
        <source>in the OS keyring</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="189"/>
        <source>This machine has no keyring to keep the token in (nothing was saved). On an appliance, pair as root with {command}: the token becomes an encrypted systemd credential.</source>
        <translation>Cette machine n’a pas de trousseau pour garder le jeton (rien n’a été enregistré). Sur un appareil, appairez en root avec {command} : le jeton devient un identifiant systemd chiffré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="211"/>
        <source>✖ No guest has this card.</source>
        <translation>✖ Aucun client n'a cette carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="213"/>
        <source>✖ Could not look it up ({error}).</source>
        <translation>✖ Recherche impossible ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="225"/>
        <source>✖ Not recognised at this site: try another band, or check the site.</source>
        <translation>✖ Non reconnu sur ce site : essayez un autre bracelet, ou vérifiez le site.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="93"/>
        <source>{host} refused this token: check it was copied whole.</source>
        <translation>{host} a refusé ce jeton : vérifiez qu'il a été copié en entier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ops/pairing.py" line="97"/>
        <source>{host} could not be asked ({error}).</source>
        <translation>{host} n'a pas pu être interrogé ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="96"/>
        <source>German or other QWERTZ</source>
        <translation>allemand ou autre QWERTZ</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="104"/>
        <source>The scanner and this PC use different keyboard layouts (the PC looks {guess}): the test code {expected} arrived as {received}. Set the scanner to the PC's layout, or keep 'scanner layout: US' in the settings.</source>
        <translation>Le lecteur et ce PC utilisent des dispositions de clavier différentes (le PC semble {guess}) : le code de test {expected} est arrivé sous la forme {received}. Réglez le lecteur sur la disposition du PC, ou gardez « disposition du lecteur : US » dans les réglages.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="98"/>
        <source>French (AZERTY)</source>
        <translation>français (AZERTY)</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="132"/>
        <source>The scanner and this PC agree on the keyboard layout: scans arrive exactly.</source>
        <translation>Le lecteur et ce PC ont la même disposition de clavier : les scans arrivent exactement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="100"/>
        <source>UK</source>
        <translation>britannique</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/keymap.py" line="102"/>
        <source>a different</source>
        <translation>différent</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="21"/>
        <source>The scan arrived in pieces (the computer was busy).</source>
        <translation>Le scan est arrivé en morceaux (l'ordinateur était occupé).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="53"/>
        <source>The scan was empty.</source>
        <translation>Le scan était vide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="55"/>
        <source>The scan was too short ({count} characters).</source>
        <translation>Le scan était trop court ({count} caractères).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="57"/>
        <source>The scan was too long ({count} characters).</source>
        <translation>Le scan était trop long ({count} caractères).</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="67"/>
        <source>The scan is not one of this site's codes.</source>
        <translation>Le scan n'est pas un code de ce site.</translation>
    </message>
    <message>
        <location filename="../../kiosk/scan/payload.py" line="63"/>
        <source>The scan has characters a code cannot have: {characters}</source>
        <translation>Le scan contient des caractères impossibles dans un code : {characters}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="20"/>
        <source>Called</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="21"/>
        <source>First line</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="22"/>
        <source>Second line</source>
        <translation>Deuxième ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="23"/>
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="24"/>
        <source>County</source>
        <translation>Département/Région</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="25"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="26"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="37"/>
        <source>Change the address</source>
        <translation>Modifier l'adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/address_dialog.py" line="37"/>
        <location filename="../../kiosk/ui/guest_form.py" line="192"/>
        <location filename="../../kiosk/ui/guest_form.py" line="196"/>
        <source>Add an address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_preview.py" line="24"/>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_preview.py" line="56"/>
        <source>Starting camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="68"/>
        <source>⚠ Recent visits couldn't load</source>
        <translation>⚠ Les dernières visites n'ont pas pu être chargées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="94"/>
        <source>Spend couldn't load</source>
        <translation>Impossible de charger les dépenses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="117"/>
        <source>Venues: {venues}</source>
        <translation>Établissements : {venues}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="119"/>
        <source>Opted into: {lists}</source>
        <translation>Abonné à : {lists}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="121"/>
        <source>Couldn't check whether they are on site now</source>
        <translation>Impossible de vérifier s'il est sur place</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="183"/>
        <source>Admitted by staff override</source>
        <translation>Entrée accordée par dérogation de l'équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="185"/>
        <source>Reason: {reason}  ·  was: {was}</source>
        <translation>Motif : {reason}  ·  avant : {was}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="251"/>
        <source>MEMBERSHIP</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="263"/>
        <source>RECENT VISITS</source>
        <translation>DERNIÈRES VISITES</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="272"/>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="411"/>
        <source>Notes: {notes}</source>
        <translation>Notes : {notes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="418"/>
        <source>Guest name: {name}</source>
        <translation>Nom du client : {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="79"/>
        <source>still in</source>
        <translation>toujours là</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="84"/>
        <source>saved offline, not sent yet</source>
        <translation>enregistré hors ligne, pas encore envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer_panel.py" line="99"/>
        <source>Spent {total} over %n orders</source>
        <extracomment>one: Spent {total} over %n order</extracomment>
        <translation>
            <numerusform>{total} dépensés en %n commande</numerusform>
            <numerusform>{total} dépensés en %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="111"/>
        <source>Last check-in {ago}</source>
        <translation>Dernier passage {ago}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="115"/>
        <source>No check-ins yet</source>
        <translation>Aucun passage pour le moment</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="174"/>
        <source>All clear.</source>
        <translation>Tout est en ordre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="410"/>
        <source>No notes yet.</source>
        <translation>Pas encore de notes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="415"/>
        <source>Photo couldn't load; initials {initials}</source>
        <translation>Photo non chargée ; initiales {initials}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="420"/>
        <source>Opened by their card or a search</source>
        <translation>Ouvert par sa carte ou une recherche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="429"/>
        <source>still checking</source>
        <translation>vérification en cours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="429"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="455"/>
        <source>+{count} more</source>
        <translation>+{count} autres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="522"/>
        <source>Ended {day}</source>
        <translation>Terminé le {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="538"/>
        <source>Next charge {amount} on {day}</source>
        <translation>Prochain prélèvement {amount} le {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="422"/>
        <source>Opened by customer record (no wristband scanned)</source>
        <translation>Ouvert depuis la fiche client (aucun bracelet scanné)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="424"/>
        <source>Found by wristband {code}</source>
        <translation>Trouvé par le bracelet {code}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="433"/>
        <source>from the local copy ({how}), as of {day} {time}</source>
        <translation>depuis la copie locale ({how}), au {day} {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="443"/>
        <source>This guest's record has been anonymised</source>
        <translation>La fiche de ce client a été anonymisée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="445"/>
        <source>Account locked: details can't be changed</source>
        <translation>Compte verrouillé : les informations ne peuvent pas être modifiées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="447"/>
        <source>The photo couldn't load</source>
        <translation>La photo n'a pas pu être chargée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="457"/>
        <source>More labels: </source>
        <translation>Autres étiquettes : </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="464"/>
        <source>⚠ Memberships couldn't load</source>
        <translation>⚠ Impossible de charger les abonnements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="524"/>
        <source>Starts {day}</source>
        <translation>Commence le {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="104"/>
        <source>last {order} {amount} (cancelled)</source>
        <translation>dernière {order} {amount} (annulée)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="106"/>
        <source>last {order} {amount}</source>
        <translation>dernière {order} {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="165"/>
        <source>(offline)</source>
        <translation>(hors ligne)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="411"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="468"/>
        <location filename="../../kiosk/ui/desk.py" line="147"/>
        <source>No membership</source>
        <translation>Pas d'abonnement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="526"/>
        <source>Since {day}</source>
        <translation>Depuis le {day}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="167"/>
        <source>(checking…)</source>
        <translation>(vérification…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="78"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="79"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="80"/>
        <source>needs attention</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="84"/>
        <source>admit</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="84"/>
        <source>warn</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="84"/>
        <source>deny</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="96"/>
        <source>answers came too late</source>
        <translation>réponses trop tardives</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="97"/>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="98"/>
        <source>the guest system is having trouble</source>
        <translation>le système clients a des problèmes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="99"/>
        <source>the guest system asked us to wait</source>
        <translation>le système clients demande d’attendre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="108"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="130"/>
        <source>no offline copy: no key for it</source>
        <translation>pas de copie hors ligne : aucune clé pour elle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="132"/>
        <source>%n need attention</source>
        <extracomment>one: %n needs attention</extracomment>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
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
        <translation>téléphone finissant par {digits}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="241"/>
        <source>Kiosk · Front desk</source>
        <translation>Kiosque · Accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="324"/>
        <source>More time</source>
        <translation>Plus de temps</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="326"/>
        <source>More time: keep this guest on screen</source>
        <translation>Plus de temps : garder ce client à l'écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="336"/>
        <source>Connection status: open what is waiting to be sent</source>
        <translation>État de la connexion : ouvrir ce qui attend d'être envoyé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="366"/>
        <source>check in</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="367"/>
        <source>expiry</source>
        <translation>expiration</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="368"/>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="369"/>
        <source>more</source>
        <translation>plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="375"/>
        <source>find a guest (the search box)</source>
        <translation>trouver un client (le champ de recherche)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="377"/>
        <source>recent scans</source>
        <translation>scans récents</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="378"/>
        <source>cancel a wristband scan, or clear the screen</source>
        <translation>annuler un scan de bracelet, ou vider l'écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="379"/>
        <source>who is in now</source>
        <translation>qui est là maintenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="380"/>
        <source>print a band; again: give the guest the printed band</source>
        <translation>imprimer un bracelet ; à nouveau : lier le bracelet imprimé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="381"/>
        <source>this list of keys</source>
        <translation>cette liste de touches</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="404"/>
        <source>Find (Enter)</source>
        <translation>Rechercher (Entrée)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="405"/>
        <source>New guest (Ctrl+N)</source>
        <translation>Nouveau client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="406"/>
        <source>Recent scans (Ctrl+R)</source>
        <translation>Scans récents (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="407"/>
        <source>Print a band (Ctrl+P)</source>
        <translation>Imprimer un bracelet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="408"/>
        <source>Give the guest the band just printed (Ctrl+P)</source>
        <translation>Attribuer au client le bracelet qui vient d’être imprimé (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="442"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="453"/>
        <location filename="../../kiosk/ui/desk.py" line="705"/>
        <source>Keys: {keys}</source>
        <translation>Touches : {keys}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="455"/>
        <location filename="../../kiosk/ui/desk.py" line="1229"/>
        <location filename="../../kiosk/ui/diagnostics.py" line="126"/>
        <location filename="../../kiosk/ui/on_site_window.py" line="207"/>
        <location filename="../../kiosk/ui/shift_dialog.py" line="51"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="457"/>
        <source>Close the list of keys</source>
        <translation>Fermer la liste des touches</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="579"/>
        <source>Who is in now (Ctrl+I)</source>
        <translation>Qui est là maintenant (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="585"/>
        <source>Code, name, email or phone</source>
        <translation>Code, nom, e-mail, téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="587"/>
        <source>Find a guest by wristband code, name, email or phone</source>
        <translation>Trouver un client par code de bracelet, nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="593"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="595"/>
        <source>Find guest by code</source>
        <translation>Trouver le client par code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="603"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="605"/>
        <source>This shift's scans</source>
        <translation>Scans de ce service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="613"/>
        <location filename="../../kiosk/ui/guest_form.py" line="66"/>
        <source>New guest</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="615"/>
        <source>Register a walk-in guest</source>
        <translation>Inscrire un client de passage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="618"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="260"/>
        <source>Back to self check-in</source>
        <translation>Retour à l'enregistrement libre-service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="620"/>
        <source>Back to the self check-in screen</source>
        <translation>Retour à l'écran d'enregistrement libre-service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="628"/>
        <source>Sign out (someone else can also scan their badge to take over)</source>
        <translation>Se déconnecter (quelqu'un d'autre peut aussi scanner son badge pour prendre la main)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="631"/>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="639"/>
        <source>Scanners and camera; reports; diagnostics</source>
        <translation>Lecteurs et caméra ; rapports ; diagnostic</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="640"/>
        <source>Settings, reports and diagnostics</source>
        <translation>Réglages, rapports et diagnostic</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="642"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="645"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="102"/>
        <source>Scanners and camera…</source>
        <translation>Lecteurs et caméra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="648"/>
        <source>Printer…</source>
        <translation>Imprimante…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="651"/>
        <source>Customers report (CSV)…</source>
        <translation>Rapport clients (CSV)…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="654"/>
        <source>Staff and roles…</source>
        <translation>Personnel et rôles…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="657"/>
        <source>Shift summary…</source>
        <translation>Bilan du service…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="660"/>
        <source>Exit desk: scans check guests out</source>
        <translation>Poste de sortie : les scans enregistrent le départ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="664"/>
        <source>Diagnostics…</source>
        <translation>Diagnostic…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="687"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="160"/>
        <source>A wristband with a barcode</source>
        <translation>Un bracelet avec un code-barres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="688"/>
        <source>Scan a wristband or card</source>
        <translation>Scannez un bracelet ou une carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="692"/>
        <source>The scanner works anywhere on this screen. You can also type a code, a name, an email or a phone number above.</source>
        <translation>Le lecteur fonctionne partout sur cet écran. Vous pouvez aussi saisir en haut un code, un nom, un e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="732"/>
        <source>Guests found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="898"/>
        <source>Exit: scans check guests out</source>
        <translation>Sortie : les scans enregistrent le départ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="932"/>
        <source>{time}  {what}  {guest}  {state}</source>
        <translation>{time}  {what}  {guest}  {state}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="943"/>
        <source>Saved while offline</source>
        <translation>Enregistré hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1163"/>
        <source>Anonymise this guest</source>
        <translation>Anonymiser ce client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1181"/>
        <source>Type {word} to confirm</source>
        <translation>Saisissez {word} pour confirmer</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1187"/>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1189"/>
        <source>Anonymise the guest</source>
        <translation>Anonymiser le client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1220"/>
        <source>Customers report</source>
        <translation>Rapport clients</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1257"/>
        <source>Check in anyway?</source>
        <translation>Enregistrer quand même ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1352"/>
        <source>Set-password link</source>
        <translation>Lien de création du mot de passe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1353"/>
        <source>Give this link to the guest (it works for a limited time):</source>
        <translation>Donnez ce lien au client (il est valable un temps limité) :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1370"/>
        <source>Who is in now: {count}</source>
        <translation>Qui est là maintenant : {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="110"/>
        <source>slow: answers are late</source>
        <translation>lent : les réponses arrivent en retard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="112"/>
        <source>sending {count} saved offline</source>
        <translation>envoi de {count} enregistrés hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="115"/>
        <source>● Offline since {time}</source>
        <translation>● Hors ligne depuis {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="117"/>
        <source>● Offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="123"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="275"/>
        <source>data from {time}</source>
        <translation>données de {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="125"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="278"/>
        <source>%n check-ins waiting</source>
        <extracomment>one: %n check-in waiting</extracomment>
        <translation>
            <numerusform>%n enregistrement en attente</numerusform>
            <numerusform>%n enregistrements en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="127"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="280"/>
        <source>nothing waiting</source>
        <translation>rien en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="152"/>
        <source>⚠ guest of {site}, not this one</source>
        <translation>⚠ client de {site}, pas de celui-ci</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="154"/>
        <source>⚠ guest of another site, not this one</source>
        <translation>⚠ client d'un autre site, pas de celui-ci</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="347"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="348"/>
        <source>Find a guest by code</source>
        <translation>Trouver un client par code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="391"/>
        <source>Key {key}</source>
        <translation>Touche {key}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="831"/>
        <source>Signing out in {seconds} s: tap More time to stay signed in.</source>
        <translation>Déconnexion dans {seconds} s : touchez Plus de temps pour rester connecté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="863"/>
        <source>Signed in as {name}, {role}: sign out</source>
        <translation>Connecté : {name}, {role} : se déconnecter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="930"/>
        <source>Check-in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="930"/>
        <source>Check-out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="945"/>
        <source>Nothing is waiting: everything saved offline has been sent.</source>
        <translation>Rien en attente : tout ce qui a été enregistré hors ligne a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="947"/>
        <source>%n saved while offline (sent in this order when the connection is back; refused ones need a look):</source>
        <extracomment>one: %n saved while offline (sent when the connection is back; refused ones need a look):</extracomment>
        <translation>
            <numerusform>%n enregistré hors ligne (envoyé au retour de la connexion ; les refus sont à vérifier) :</numerusform>
            <numerusform>%n enregistrés hors ligne (envoyés dans cet ordre au retour de la connexion ; les refus sont à vérifier) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/desk.py" line="996"/>
        <source>%n guests matching “{text}”</source>
        <extracomment>one: %n guest matching “{text}”</extracomment>
        <translation>
            <numerusform>%n client correspond à « {text} »</numerusform>
            <numerusform>%n clients correspondent à « {text} »</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1000"/>
        <source>No guest matches “{text}”. Check the spelling, or try the email.</source>
        <translation>Aucun client ne correspond à « {text} ». Vérifiez l'orthographe, ou essayez l'e-mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1175"/>
        <source>To confirm, type: {word}</source>
        <translation>Pour confirmer, saisissez : {word}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="451"/>
        <source>A scanner works anywhere. Keys for everything else:</source>
        <translation>Un lecteur fonctionne partout. Touches pour tout le reste :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="701"/>
        <source>F1 all keys</source>
        <translation>F1 toutes les touches</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="804"/>
        <source>Still checking {code}…</source>
        <translation>Vérification de {code} toujours en cours…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="806"/>
        <source>Checking {code}…</source>
        <translation>Vérification de {code}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="838"/>
        <source>The screen clears in {seconds} s: tap More time to keep it.</source>
        <translation>L'écran se vide dans {seconds} s : touchez « Plus de temps » pour le garder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1170"/>
        <source>This erases the guest's name, email, phone, date of birth, photo and addresses for good (visits and orders stay, without them). It can't be undone.</source>
        <translation>Cela efface définitivement le nom, l'e-mail, le téléphone, la date de naissance, la photo et les adresses du client (les visites et commandes restent, sans elles). C'est irréversible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1269"/>
        <source>Remove wristband</source>
        <translation>Retirer le bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1270"/>
        <source>Remove this wristband from the guest? It will no longer find them.</source>
        <translation>Retirer ce bracelet du client ? Il ne le retrouvera plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1273"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="473"/>
        <source>Lock the account</source>
        <translation>Verrouiller le compte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1274"/>
        <source>Lock this guest's account? Their details can't be changed until unlocked.</source>
        <translation>Verrouiller le compte de ce client ? Ses informations ne pourront pas être modifiées avant le déverrouillage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1277"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="486"/>
        <source>Email a password reset link</source>
        <translation>Envoyer un lien de réinitialisation du mot de passe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1278"/>
        <source>Send this guest an email with a link to reset their password?</source>
        <translation>Envoyer à ce client un e-mail avec un lien pour réinitialiser son mot de passe ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1281"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="487"/>
        <source>Resend the email verification</source>
        <translation>Renvoyer l'e-mail de vérification</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1282"/>
        <source>Send this guest the email that verifies their address again?</source>
        <translation>Renvoyer à ce client l'e-mail qui vérifie son adresse ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="936"/>
        <source>guest {id}…</source>
        <translation>client {id}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/desk.py" line="1258"/>
        <source>Check this guest in anyway?</source>
        <translation>Enregistrer ce client quand même ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="40"/>
        <source>1280×720 (recommended)</source>
        <translation>1280×720 (recommandé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="41"/>
        <source>1920×1080: reads smaller codes on phones, more work a frame</source>
        <translation>1920×1080 : lit des codes plus petits sur les téléphones, plus de travail par image</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="42"/>
        <source>The camera's own size (often 640×480)</source>
        <translation>La taille propre de la caméra (souvent 640×480)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="55"/>
        <source>Scanners and camera</source>
        <translation>Lecteurs et caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="65"/>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="68"/>
        <source>A video file or stream…</source>
        <translation>Un fichier vidéo ou un flux…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="70"/>
        <source>/path/to/video.avi or rtsp://…</source>
        <translation>/chemin/vers/video.avi ou rtsp://…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="72"/>
        <source>Test camera</source>
        <translation>Tester la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="77"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="80"/>
        <source>The picture size asked of the camera</source>
        <translation>La taille d'image demandée à la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="83"/>
        <source>Picture size</source>
        <translation>Taille d'image</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="93"/>
        <source>No serial scanner</source>
        <translation>Pas de lecteur série</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="94"/>
        <source>Find it automatically</source>
        <translation>Le trouver automatiquement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="104"/>
        <source>Serial scanner</source>
        <translation>Lecteur série</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="106"/>
        <source>Types as a US keyboard (most scanners, recommended)</source>
        <translation>Tape comme un clavier US (la plupart des lecteurs, recommandé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="107"/>
        <source>Set to this PC's keyboard layout</source>
        <translation>Réglé sur la disposition de clavier de ce PC</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="114"/>
        <source>Keyboard scanner</source>
        <translation>Lecteur clavier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="116"/>
        <source>Code 39 bands in full ASCII (lower case: 12ab)</source>
        <translation>Bracelets Code 39 en ASCII complet (minuscules : 12ab)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="118"/>
        <source>The camera reads Code 39 bands as full ASCII (12ab, not 12+A+B)</source>
        <translation>La caméra lit les bracelets Code 39 en ASCII complet (12ab, pas 12+A+B)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="120"/>
        <source>Code 39</source>
        <translation>Code 39</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="169"/>
        <source>Hold a wristband up to the camera…</source>
        <translation>Présentez un bracelet devant la caméra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="184"/>
        <source>The camera works: it read “{code}”.</source>
        <translation>La caméra fonctionne : elle a lu « {code} ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="67"/>
        <source>Camera {number}</source>
        <translation>Caméra {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="100"/>
        <source>{rate} baud</source>
        <translation>{rate} bauds</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="96"/>
        <source>(looks like a scanner)</source>
        <translation>(ressemble à un lecteur)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="189"/>
        <source>It sends {sent}, not the {asked} asked for: codes on phones may not read.</source>
        <translation>Elle envoie {sent}, pas les {asked} demandés : les codes sur téléphone risquent de ne pas être lus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_settings.py" line="195"/>
        <source>Picture: {size}.</source>
        <translation>Image : {size}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="59"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="258"/>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="84"/>
        <source>Scanner test: scan a band now; its keys' timing shows here.</source>
        <translation>Test du lecteur : scannez un bracelet ; le rythme de ses touches apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="87"/>
        <source>Scanner test result</source>
        <translation>Résultat du test du lecteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="94"/>
        <source>Test reading a screen</source>
        <translation>Tester la lecture d'un écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="96"/>
        <source>Show a code on this screen for the keyboard scanner to read</source>
        <translation>Afficher un code sur cet écran à lire avec le scanner clavier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="102"/>
        <source>A code to scan from the screen</source>
        <translation>Un code à scanner sur l'écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="107"/>
        <source>Screen reading test result</source>
        <translation>Résultat du test de lecture d'écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="118"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="119"/>
        <source>Run the checks again</source>
        <translation>Relancer les vérifications</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="121"/>
        <source>Save support bundle…</source>
        <translation>Enregistrer le paquet d'assistance…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="123"/>
        <source>Save a support bundle: versions, settings, checks and logs, without guest data</source>
        <translation>Enregistrer un paquet d'assistance : versions, réglages, vérifications et journaux, sans données client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="127"/>
        <source>Close diagnostics</source>
        <translation>Fermer le diagnostic</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="146"/>
        <source>Checking… (the camera takes a few seconds)</source>
        <translation>Vérification… (la caméra prend quelques secondes)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="190"/>
        <source>The checks could not run ({error})</source>
        <translation>Les vérifications n'ont pas pu s'exécuter ({error})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="206"/>
        <source>Scan the code on this screen with the keyboard scanner (as a guest's phone would be held).</source>
        <translation>Scannez le code sur cet écran avec le scanner clavier (comme un client tiendrait son téléphone).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="217"/>
        <source>✖ Nothing came in {seconds} s: this scanner may be a 1D-only (laser) model. It cannot read QR codes or a membership card on a phone; the camera can.</source>
        <translation>✖ Rien n'est arrivé en {seconds} s : ce scanner est peut-être un modèle 1D seulement (laser). Il ne lit ni les codes QR ni une carte de membre sur un téléphone ; la caméra, si.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="252"/>
        <source>Save support bundle</source>
        <translation>Enregistrer le paquet d'assistance</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="252"/>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="261"/>
        <source>Saving the support bundle…</source>
        <translation>Enregistrement du paquet d'assistance…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="238"/>
        <source>✔ It read the code on the screen: QR codes and phones' screens work.</source>
        <translation>✔ Il a lu le code sur l'écran : les codes QR et les écrans de téléphone fonctionnent.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="265"/>
        <source>Saved: {path} (no guest data in it)</source>
        <translation>Enregistré : {path} (sans données client)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="270"/>
        <source>Not saved ({error}): choose another folder</source>
        <translation>Non enregistré ({error}) : choisissez un autre dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/diagnostics.py" line="157"/>
        <source>%n problems found</source>
        <extracomment>one: %n problem found</extracomment>
        <translation>
            <numerusform>%n problème trouvé</numerusform>
            <numerusform>%n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/diagnostics.py" line="163"/>
        <source>✔ Everything checked is working</source>
        <translation>✔ Tout ce qui a été vérifié fonctionne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/diagnostics.py" line="160"/>
        <source>Working, with %n warnings</source>
        <extracomment>one: Working, with %n warning</extracomment>
        <translation>
            <numerusform>Fonctionne, avec %n avertissement</numerusform>
            <numerusform>Fonctionne, avec %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="45"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="46"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="135"/>
        <location filename="../../kiosk/ui/override_dialog.py" line="69"/>
        <source>✔ Check in</source>
        <translation>✔ Enregistrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="47"/>
        <source>Check in…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="48"/>
        <location filename="../../kiosk/ui/on_site_window.py" line="203"/>
        <source>Check out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="49"/>
        <source>Override and check in…</source>
        <translation>Déroger et enregistrer…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="50"/>
        <source>↻ Check again</source>
        <translation>↻ Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="53"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="54"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="137"/>
        <source>Check the guest in</source>
        <translation>Enregistrer le client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="55"/>
        <source>Check the guest in, after a confirmation</source>
        <translation>Enregistrer le client, après confirmation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="56"/>
        <source>Check the guest out</source>
        <translation>Enregistrer le départ du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="57"/>
        <source>Admit anyway, with a reason</source>
        <translation>Laisser entrer quand même, avec un motif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="58"/>
        <source>Check again whether the last change was saved</source>
        <translation>Vérifier à nouveau si la dernière modification a été enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="88"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="259"/>
        <source>WRISTBAND</source>
        <translation>BRACELET</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="112"/>
        <location filename="../../kiosk/ui/guest_actions.py" line="235"/>
        <source>Print a band</source>
        <translation>Imprimer un bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="114"/>
        <source>Print a new wristband for this guest</source>
        <translation>Imprimer un nouveau bracelet pour ce client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="116"/>
        <source>✔ Use the printed band</source>
        <translation>✔ Lier le bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="118"/>
        <source>Give the guest the band just printed</source>
        <translation>Attribuer au client le bracelet qui vient d’être imprimé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="120"/>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="122"/>
        <source>Print the same band again</source>
        <translation>Réimprimer le même bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="139"/>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="141"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="142"/>
        <source>Change the wristband's expiry</source>
        <translation>Modifier l'expiration du bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="143"/>
        <source>Put a card on the wristband or take it off</source>
        <translation>Associer une carte au bracelet ou la retirer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="144"/>
        <source>More actions: bands, account, password</source>
        <translation>Autres actions : bracelets, compte, mot de passe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="365"/>
        <source>Pick a date and time…</source>
        <translation>Choisir une date et une heure…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="369"/>
        <source>Never expires (clear expiry)</source>
        <translation>N'expire jamais (effacer l'expiration)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="514"/>
        <source>Wristband expiry</source>
        <translation>Expiration du bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="523"/>
        <source>The wristband's new expiry date and time</source>
        <translation>Nouvelle date et heure d'expiration du bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="235"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="253"/>
        <source>GUEST CARD</source>
        <translation>CARTE DU CLIENT</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="288"/>
        <source>Other bands: {codes}</source>
        <translation>Autres bracelets : {codes}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="380"/>
        <source>The guest's cards couldn't load: scan again</source>
        <translation>Impossible de charger les cartes du client : scannez à nouveau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="393"/>
        <source>This guest has no stored cards</source>
        <translation>Ce client n'a pas de carte enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="398"/>
        <source>Take the card off the band</source>
        <translation>Retirer la carte du bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="411"/>
        <source>Add a new wristband (scan it next)</source>
        <translation>Ajouter un nouveau bracelet (à scanner ensuite)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="417"/>
        <source>Replace a lost wristband (scan the new one next)</source>
        <translation>Remplacer un bracelet perdu (scanner le nouveau ensuite)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="436"/>
        <source>Remove this wristband from the guest</source>
        <translation>Retirer ce bracelet du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="444"/>
        <source>Edit the guest's details</source>
        <translation>Modifier les informations du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="451"/>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="458"/>
        <source>Add a label…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="480"/>
        <source>Anonymise on the guest's request…</source>
        <translation>Anonymiser à la demande du client…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="499"/>
        <source>Create a set-password link to hand over</source>
        <translation>Créer un lien de création du mot de passe à remettre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="558"/>
        <source>Open tab {order}: {amount} so far</source>
        <translation>Note ouverte {order} : {amount} pour l'instant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="564"/>
        <source>Open order {order}</source>
        <translation>Commande ouverte {order}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="567"/>
        <source>Order {order} (closed)</source>
        <translation>Commande {order} (close)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="571"/>
        <source>Spent today: {amount}</source>
        <translation>Dépensé aujourd'hui : {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="263"/>
        <source>⚠ The wristband's details couldn't load.</source>
        <translation>⚠ Impossible de charger les informations du bracelet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="265"/>
        <source>No wristband</source>
        <translation>Pas de bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="266"/>
        <source>No wristband was scanned.</source>
        <translation>Aucun bracelet n'a été scanné.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="385"/>
        <source>(on the band)</source>
        <translation>(sur le bracelet)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="424"/>
        <source>Print a new wristband</source>
        <translation>Imprimer un nouveau bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="430"/>
        <source>Print this wristband again</source>
        <translation>Réimprimer ce bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="466"/>
        <source>Unlock the account</source>
        <translation>Déverrouiller le compte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="213"/>
        <source>Needs the connection to the guest system</source>
        <translation>Nécessite la connexion au système clients</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="277"/>
        <source>✖ No card on this band: nothing can be charged to it</source>
        <translation>✖ Aucune carte sur ce bracelet : rien ne peut y être débité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_actions.py" line="279"/>
        <source>No card on this band</source>
        <translation>Pas de carte sur ce bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="33"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="34"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="35"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="36"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="37"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="100"/>
        <source>The guest's language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="103"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="106"/>
        <source>Happy to hear about offers and events</source>
        <translation>Souhaite être informé des offres et événements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="179"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="184"/>
        <source>The guest's addresses</source>
        <translation>Adresses du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="193"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="194"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="223"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="230"/>
        <source>No address on file.</source>
        <translation>Aucune adresse enregistrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="255"/>
        <source>Remove the address</source>
        <translation>Supprimer l'adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="257"/>
        <source>Remove {label}: {address}?</source>
        <translation>Supprimer {label} : {address} ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="66"/>
        <source>Edit guest</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="70"/>
        <source>Change the guest's details. Leave a field empty to clear it.</source>
        <translation>Modifiez les informations du client. Laissez un champ vide pour l’effacer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="72"/>
        <source>A name or an email is enough; add a phone and date of birth if the guest wants.</source>
        <translation>Un nom ou un e-mail suffit ; ajoutez un téléphone et une date de naissance si le client le souhaite.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="138"/>
        <source>Email can't be changed here</source>
        <translation>L'e-mail ne peut pas être modifié ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="197"/>
        <source>Change the chosen address</source>
        <translation>Modifier l'adresse choisie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="198"/>
        <source>Remove the chosen address</source>
        <translation>Supprimer l'adresse choisie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guest_form.py" line="289"/>
        <source>See the notes under the fields.</source>
        <translation>Voir les remarques sous les champs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="31"/>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="34"/>
        <source>This kiosk needs a member of staff</source>
        <translation>Cette borne a besoin d'un membre du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="38"/>
        <source>Please ask at reception.</source>
        <translation>Veuillez vous adresser à l'accueil.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="44"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="45"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="190"/>
        <source>Staff PIN</source>
        <translation>Code du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="48"/>
        <location filename="../../kiosk/ui/needs_staff.py" line="49"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="93"/>
        <source>Too many wrong PINs. Try again in {s} s.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {s} s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="96"/>
        <source>The keypad is stopped after {count} wrong PINs: kiosk set-pin on this machine opens it.</source>
        <translation>Le clavier est bloqué après {count} codes PIN erronés : kiosk set-pin sur cette machine le rouvre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/needs_staff.py" line="103"/>
        <location filename="../../kiosk/ui/staff_list.py" line="109"/>
        <source>That PIN is not right.</source>
        <translation>Ce code n'est pas le bon.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="47"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="51"/>
        <source>A note on {name}, for whoever serves them next.</source>
        <translation>Une note sur {name}, pour la prochaine personne qui le servira.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="55"/>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="60"/>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="60"/>
        <source>Add the note to the guest</source>
        <translation>Ajouter la note au client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="89"/>
        <source>Add a label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="94"/>
        <source>A label for {name}: tap one, or type your own.</source>
        <translation>Une étiquette pour {name} : touchez-en une, ou saisissez la vôtre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="111"/>
        <source>Another label</source>
        <translation>Autre étiquette</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="112"/>
        <source>A label of your own</source>
        <translation>Votre propre étiquette</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="115"/>
        <source>Add the label</source>
        <translation>Ajouter l'étiquette</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="115"/>
        <source>Add the typed label</source>
        <translation>Ajouter l'étiquette saisie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/note_dialogs.py" line="102"/>
        <location filename="../../kiosk/ui/widgets.py" line="140"/>
        <source>Label: {label}</source>
        <translation>Étiquette : {label}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/on_site_window.py" line="48"/>
        <source>%n on site</source>
        <extracomment>one: %n on site</extracomment>
        <translation>
            <numerusform>%n sur place</numerusform>
            <numerusform>%n sur place</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="287"/>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="47"/>
        <source>On site: …</source>
        <translation>Sur place : …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="275"/>
        <source>Offline: from the local copy, as of {day} {time}.</source>
        <translation>Hors ligne : depuis la copie locale, au {day} {time}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="281"/>
        <source>Couldn't refresh: {why}</source>
        <translation>Mise à jour impossible : {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="283"/>
        <source>Updated {time}; read again every minute.</source>
        <translation>Mis à jour à {time} ; relu chaque minute.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>In since</source>
        <translation>Arrivé à</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>Membership</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="65"/>
        <source>Wristband</source>
        <translation>Bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="153"/>
        <source>Who is in now</source>
        <translation>Qui est là maintenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="168"/>
        <source>Name or band code</source>
        <translation>Nom ou code du bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="169"/>
        <source>Find a guest on site by name or band code</source>
        <translation>Trouver un client sur place par nom ou code du bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="177"/>
        <source>Guests on site</source>
        <translation>Clients sur place</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="197"/>
        <source>What the last check-out did</source>
        <translation>Résultat du dernier départ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="200"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="201"/>
        <source>Read the list again now</source>
        <translation>Relire la liste maintenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="205"/>
        <source>Check the chosen guest out</source>
        <translation>Enregistrer le départ du client choisi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="208"/>
        <source>Close who is in now</source>
        <translation>Fermer « qui est là maintenant »</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/on_site_window.py" line="92"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="32"/>
        <source>Override and check in</source>
        <translation>Déroger et enregistrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="37"/>
        <source>Admit this guest anyway?</source>
        <translation>Laisser entrer ce client quand même ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="59"/>
        <source>Or in your own words</source>
        <translation>Ou avec vos propres mots</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="60"/>
        <source>The reason for admitting this guest, in your own words</source>
        <translation>Le motif d'entrée de ce client, avec vos propres mots</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="68"/>
        <source>Cancel: do not admit</source>
        <translation>Annuler : ne pas laisser entrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="71"/>
        <source>Admit and check the guest in</source>
        <translation>Laisser entrer et enregistrer le client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="44"/>
        <source>Why? (kept in the audit log)</source>
        <translation>Pourquoi ? (conservé dans le journal d'audit)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/override_dialog.py" line="54"/>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="53"/>
        <source>a wristband</source>
        <translation>un bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="69"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="200"/>
        <source>Pair this kiosk</source>
        <translation>Associer ce kiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="80"/>
        <source>Pair this kiosk with your site</source>
        <translation>Associer ce kiosque à votre site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="88"/>
        <source>Pairing status</source>
        <translation>État de l'association</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="149"/>
        <source>API address</source>
        <translation>Adresse de l'API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="151"/>
        <source>Paste the API token</source>
        <translation>Collez le jeton d'API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="151"/>
        <source>API token</source>
        <translation>Jeton d'API</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="154"/>
        <source>Find my sites</source>
        <translation>Trouver mes sites</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="154"/>
        <source>Check the token and list its sites</source>
        <translation>Vérifier le jeton et lister ses sites</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="168"/>
        <source>Sites this token can see</source>
        <translation>Sites visibles avec ce jeton</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="171"/>
        <source>This venue's id (from your account)</source>
        <translation>Identifiant de cet établissement (depuis votre compte)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="171"/>
        <source>Venue id</source>
        <translation>Identifiant de l'établissement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="172"/>
        <source>The venue's name, as staff call it</source>
        <translation>Nom de l'établissement, tel que l'équipe l'appelle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="172"/>
        <source>Venue name</source>
        <translation>Nom de l'établissement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="178"/>
        <source>Front desk (staff)</source>
        <translation>Accueil (équipe)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="178"/>
        <source>Mode: front desk</source>
        <translation>Mode : accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="179"/>
        <source>Self check-in (guests)</source>
        <translation>Libre-service (clients)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="179"/>
        <source>Mode: self check-in</source>
        <translation>Mode : libre-service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="189"/>
        <source>Staff PIN ({rule}, not easy to guess)</source>
        <translation>Code PIN du personnel ({rule}, difficile à deviner)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="193"/>
        <source>The same PIN again</source>
        <translation>Le même code à nouveau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="193"/>
        <source>Staff PIN again</source>
        <translation>Code du personnel à nouveau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="197"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="197"/>
        <source>Back to the token</source>
        <translation>Retour au jeton</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="200"/>
        <source>Pair this kiosk with the chosen site</source>
        <translation>Associer ce kiosque au site choisi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="214"/>
        <source>3. Scan a wristband to test (or type its code and Enter).</source>
        <translation>3. Scannez un bracelet pour tester (ou saisissez son code et Entrée).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="216"/>
        <source>A wristband's code</source>
        <translation>Code d'un bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="216"/>
        <source>Test scan: a wristband's code</source>
        <translation>Scan de test : code d'un bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="219"/>
        <source>Test scan result</source>
        <translation>Résultat du scan de test</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="220"/>
        <location filename="../../kiosk/ui/pairing_window.py" line="220"/>
        <source>Start the kiosk</source>
        <translation>Démarrer le kiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="253"/>
        <source>Checking the token…</source>
        <translation>Vérification du jeton…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="329"/>
        <source>Looking it up…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="98"/>
        <source>The token from the environment</source>
        <translation>Le jeton de l’environnement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="100"/>
        <source>Using the API token this computer already has: press Find my sites.</source>
        <translation>Le jeton d’API que cet ordinateur possède déjà est utilisé : appuyez sur « Trouver mes sites ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="129"/>
        <source>1. The API address and a personal access token from the guest system (its administrator makes one). The token is kept in this computer's keyring, never in a file.</source>
        <translation>1. L'adresse de l'API et un jeton d'accès personnel du système clients (son administrateur le crée). Le jeton est gardé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="165"/>
        <source>2. Which site is this kiosk at, and what is it for?</source>
        <translation>2. Sur quel site est ce kiosque, et à quoi sert-il ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="311"/>
        <source>3. Scan {what} to test (or type its code and Enter).</source>
        <translation>3. Scannez {what} pour tester (ou saisissez son code et Entrée).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="141"/>
        <source>Guest system: {name}</source>
        <translation>Système clients : {name}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="265"/>
        <source>The token works with {name}. Type this venue's id.</source>
        <translation>Le jeton fonctionne avec {name}. Saisissez l'identifiant de cet établissement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pairing_window.py" line="271"/>
        <source>This token can see %n sites.</source>
        <extracomment>one: This token can see %n site.</extracomment>
        <translation>
            <numerusform>Ce jeton voit %n site.</numerusform>
            <numerusform>Ce jeton voit %n sites.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="286"/>
        <source>Choose the site first.</source>
        <translation>Choisissez d'abord le site.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pairing_window.py" line="295"/>
        <source>The two PINs differ: type them again.</source>
        <translation>Les deux codes diffèrent : saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="40"/>
        <source>No printer</source>
        <translation>Pas d'imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="41"/>
        <source>A Zebra on the network (ZPL)</source>
        <translation>Une Zebra sur le réseau (ZPL)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="42"/>
        <source>A Brother QL on the network (62 mm labels)</source>
        <translation>Une Brother QL sur le réseau (étiquettes 62 mm)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="43"/>
        <source>A printer this computer has</source>
        <translation>Une imprimante de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="44"/>
        <source>PDF files (a preview, no printer)</source>
        <translation>Fichiers PDF (aperçu, sans imprimante)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="46"/>
        <source>Wristbands (25 × 254 mm)</source>
        <translation>Bracelets (25 × 254 mm)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="46"/>
        <source>Labels, 62 mm roll</source>
        <translation>Étiquettes, rouleau de 62 mm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="65"/>
        <location filename="../../kiosk/ui/printer_settings.py" line="83"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="82"/>
        <source>Which printer</source>
        <translation>Quelle imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="86"/>
        <source>IP address (10.0.0.7) or /dev/usb/lp0</source>
        <translation>adresse IP (10.0.0.7) ou /dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="87"/>
        <source>The printer's network address</source>
        <translation>Adresse réseau de l'imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="91"/>
        <source>The printer's port</source>
        <translation>Port de l'imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="95"/>
        <source>Address and port</source>
        <translation>Adresse et port</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="99"/>
        <source>The computer's default printer</source>
        <translation>L'imprimante par défaut de l'ordinateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="108"/>
        <source>Which of this computer's printers</source>
        <translation>Quelle imprimante de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="109"/>
        <source>System printer</source>
        <translation>Imprimante système</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="116"/>
        <source>The printer's resolution</source>
        <translation>Résolution de l'imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="117"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="123"/>
        <source>What the printer is loaded with</source>
        <translation>Ce qui est chargé dans l'imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="124"/>
        <source>Loaded with</source>
        <translation>Chargée avec</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="126"/>
        <source>Check the printer</source>
        <translation>Vérifier l'imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="128"/>
        <source>Print a test band</source>
        <translation>Imprimer un bracelet de test</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="211"/>
        <source>Asking the printer…</source>
        <translation>Interrogation de l'imprimante…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="114"/>
        <source>{dpi} dpi</source>
        <translation>{dpi} ppp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="195"/>
        <source>Type the printer's address first.</source>
        <translation>Saisissez d'abord l'adresse de l'imprimante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="219"/>
        <source>The printer failed.</source>
        <translation>L'imprimante a échoué.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="238"/>
        <source>{printer}: ready.</source>
        <translation>{printer} : prête.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_settings.py" line="252"/>
        <source>A test band printed: scan it at the desk to test the scanner too.</source>
        <translation>Un bracelet de test a été imprimé : scannez-le à l’accueil pour tester aussi le scanner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="65"/>
        <source>Kiosk · Self check-in</source>
        <translation>Kiosque · Libre-service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="93"/>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="103"/>
        <source>Staff pages closing</source>
        <translation>Fermeture des pages de l'équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="156"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="248"/>
        <source>Scan your wristband or card</source>
        <translation>Scannez votre bracelet ou votre carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="235"/>
        <source>About the staff PIN</source>
        <translation>À propos du code PIN du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="249"/>
        <source>Hold the barcode under the scanner, or up to the camera.</source>
        <translation>Présentez le code-barres sous le lecteur ou devant la caméra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="251"/>
        <source>Staff only: enter the PIN</source>
        <translation>Réservé au personnel : saisissez le code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="253"/>
        <source>Clear</source>
        <translation>Effacer</translation>
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
        <translation>Passer à l'accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="257"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="78"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="259"/>
        <source>Quit the kiosk</source>
        <translation>Quitter le kiosque</translation>
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
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="412"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="378"/>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="430"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="396"/>
        <source>One moment</source>
        <translation>Un instant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="430"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="396"/>
        <source>Sorry</source>
        <translation>Désolé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="302"/>
        <source>Still checking… one moment, please.</source>
        <translation>Vérification en cours… un instant, s’il vous plaît.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="318"/>
        <source>Held: tap again to go on</source>
        <translation>En pause : touchez à nouveau pour continuer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="326"/>
        <source>Back to the guest screen in %1 s: touch to stay</source>
        <translation>Retour à l’écran des clients dans %1 s : touchez pour rester</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="376"/>
        <source>Checked in</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="376"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="381"/>
        <source>You're checked in. Enjoy your visit!</source>
        <translation>Vous êtes enregistré. Bonne visite !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="383"/>
        <source>Enjoy your visit!</source>
        <translation>Bonne visite !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="398"/>
        <source>Hello</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="336"/>
        <source>This kiosk's PIN was set before the rule of %1 digits or more, none easy to guess: set a new one (kiosk set-pin).</source>
        <translation>Le code PIN de ce kiosque date d'avant la règle (au moins %1 chiffres, difficile à deviner) : définissez-en un nouveau (kiosk set-pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="356"/>
        <source>Opened by a manager's badge: enter the PIN.</source>
        <translation>Ouvert par le badge d'un responsable : saisissez le code PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="393"/>
        <source>Your wristband has no end date</source>
        <translation>Votre bracelet n'a pas de date de fin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="412"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="378"/>
        <source>Welcome, %1!</source>
        <translation>Bienvenue, %1 !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="414"/>
        <location filename="../../kiosk/ui/self_checkin.py" line="398"/>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="323"/>
        <source>Tap to keep this on screen</source>
        <translation>Touchez pour garder cet écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="350"/>
        <source>The keypad is stopped after %1 wrong PINs. A manager's badge opens it (scan it now), or kiosk set-pin on this machine.</source>
        <translation>Le clavier est bloqué après %1 codes PIN erronés. Le badge d'un responsable le rouvre (scannez-le maintenant), ou kiosk set-pin sur cette machine.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="387"/>
        <source>Membership: %1</source>
        <translation>Abonnement : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="391"/>
        <source>Wristband valid until %1</source>
        <translation>Bracelet valable jusqu'au %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="364"/>
        <source>Wrong PIN</source>
        <translation>Code incorrect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="321"/>
        <source>Back to the start in %1 s</source>
        <translation>Retour à l'accueil dans %1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_checkin.py" line="361"/>
        <source>Too many tries. Wait %1 s.</source>
        <translation>Trop d'essais. Attendez %1 s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="32"/>
        <source>This shift</source>
        <translation>Ce service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="38"/>
        <source>Counting this shift…</source>
        <translation>Comptage du service…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="47"/>
        <source>Where the summary was saved</source>
        <translation>Où le bilan a été enregistré</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="52"/>
        <source>Close the shift summary</source>
        <translation>Fermer le bilan du service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="54"/>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="55"/>
        <source>Save the shift summary as a CSV file</source>
        <translation>Enregistrer le bilan du service en fichier CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="70"/>
        <source>This shift, since {day} {time}</source>
        <translation>Ce service, depuis le {day} {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="88"/>
        <source>The shift could not be counted ({error}).</source>
        <translation>Le service n'a pas pu être compté ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="98"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shift_dialog.py" line="103"/>
        <source>Not saved ({error}): check the reports folder.</source>
        <translation>Non enregistré ({error}) : vérifiez le dossier des rapports.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="36"/>
        <source>Sign in to the desk</source>
        <translation>Connexion à l'accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="39"/>
        <source>Scan your staff badge anywhere, or tap your name and type your PIN.</source>
        <translation>Scannez votre badge n'importe où, ou touchez votre nom et saisissez votre code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="79"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="95"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="260"/>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="80"/>
        <source>Your PIN</source>
        <translation>Votre code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="84"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="86"/>
        <source>Sign in with this PIN</source>
        <translation>Se connecter avec ce code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="97"/>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sign_in.py" line="58"/>
        <source>{name}, {role}: sign in</source>
        <translation>{name}, {role} : se connecter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="74"/>
        <source>Name shown on the sign-in page</source>
        <translation>Nom affiché sur la page de connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="77"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="94"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="85"/>
        <source>New PIN ({rule})</source>
        <translation>Nouveau code PIN ({rule})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="90"/>
        <source>The new PIN again</source>
        <translation>Le nouveau code, encore une fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="93"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="96"/>
        <source>PIN again</source>
        <translation>Code à nouveau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="101"/>
        <source>Staff badge</source>
        <translation>Badge du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="102"/>
        <source>Scan a badge</source>
        <translation>Scanner un badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="102"/>
        <source>Scan a staff badge for this person</source>
        <translation>Scanner un badge pour cette personne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="104"/>
        <source>Remove badge</source>
        <translation>Retirer le badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="104"/>
        <source>Remove this person's badge</source>
        <translation>Retirer le badge de cette personne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="113"/>
        <source>What needs changing</source>
        <translation>Ce qui doit être corrigé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="117"/>
        <source>Cancel: change nothing</source>
        <translation>Annuler : ne rien changer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="119"/>
        <source>Keep these details</source>
        <translation>Garder ces informations</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="134"/>
        <source>Scan the badge now…</source>
        <translation>Scannez le badge maintenant…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="143"/>
        <source>Badge scanned.</source>
        <translation>Badge scanné.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="191"/>
        <location filename="../../kiosk/ui/staff_dialog.py" line="199"/>
        <location filename="../../kiosk/ui/staff_list.py" line="87"/>
        <source>Staff and roles</source>
        <translation>Personnel et rôles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="202"/>
        <source>Everyone listed signs in to the desk with a badge or a PIN, and the audit records who did what. Supervisors may also override and lock accounts; managers may also erase a guest's details and change staff and settings. An empty list: a shared desk without sign-in.</source>
        <translation>Chaque personne de la liste se connecte à l'accueil avec un badge ou un code, et le journal garde qui a fait quoi. Les superviseurs peuvent aussi passer outre et bloquer des comptes ; les responsables peuvent en plus effacer les données d'un client et modifier le personnel et les réglages. Une liste vide : un accueil partagé sans connexion.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="213"/>
        <source>Staff who sign in</source>
        <translation>Personnel qui se connecte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="219"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="219"/>
        <source>Add a member of staff</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="221"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="221"/>
        <source>Change the chosen member of staff</source>
        <translation>Modifier le membre choisi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="223"/>
        <source>Remove the chosen member of staff</source>
        <translation>Retirer le membre choisi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="232"/>
        <source>Why the list cannot be saved yet</source>
        <translation>Pourquoi la liste ne peut pas encore être enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="236"/>
        <source>Close without saving the staff list</source>
        <translation>Fermer sans enregistrer la liste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="238"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="107"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="238"/>
        <source>Save the staff list</source>
        <translation>Enregistrer la liste du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="64"/>
        <source>Change staff member</source>
        <translation>Modifier un membre du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="64"/>
        <source>Add staff member</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="86"/>
        <source>Leave blank to keep</source>
        <translation>Laisser vide pour garder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="140"/>
        <source>That badge is already {name}'s.</source>
        <translation>Ce badge est déjà celui de {name}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="152"/>
        <source>Type a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="335"/>
        <source>The staff list could not be saved ({error}).</source>
        <translation>La liste n'a pas pu être enregistrée ({error}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="129"/>
        <source>A badge is set.</source>
        <translation>Un badge est enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="129"/>
        <source>No badge.</source>
        <translation>Pas de badge.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="156"/>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="164"/>
        <source>Give a PIN or scan a badge, or they cannot sign in.</source>
        <translation>Donnez un code ou scannez un badge, sinon la connexion est impossible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_dialog.py" line="261"/>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_list.py" line="88"/>
        <source>The manager's PIN (the kiosk's staff PIN):</source>
        <translation>Code du responsable (le code du personnel du kiosque) :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_list.py" line="103"/>
        <source>Too many wrong PINs: the keypad is locked for a while.</source>
        <translation>Trop de codes erronés : le clavier est bloqué un moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_list.py" line="104"/>
        <source>The keypad is stopped after {count} wrong PINs: a manager's badge at the self check-in keypad, or kiosk set-pin, opens it.</source>
        <translation>Le clavier est bloqué après {count} codes PIN erronés : le badge d'un responsable au clavier de l'enregistrement libre-service, ou kiosk set-pin, le rouvre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="44"/>
        <source>Let in</source>
        <translation>Laisser entrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="44"/>
        <source>Warn staff</source>
        <translation>Avertir l'équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="44"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="48"/>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="49"/>
        <source>Record anonymised</source>
        <translation>Fiche anonymisée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="50"/>
        <source>Wristband expired</source>
        <translation>Bracelet expiré</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="51"/>
        <source>Wristband expires within</source>
        <translation>Le bracelet expire dans moins de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="51"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="59"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="52"/>
        <source>No active membership</source>
        <translation>Pas d'abonnement actif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="53"/>
        <source>No usable card on the wristband</source>
        <translation>Pas de carte utilisable sur le bracelet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="54"/>
        <source>Open tab on the wristband over</source>
        <translation>Note ouverte sur le bracelet au-delà de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="54"/>
        <source>(site's currency)</source>
        <translation>(devise du site)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="55"/>
        <source>Already checked in within</source>
        <translation>Déjà enregistré depuis moins de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="55"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="56"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="57"/>
        <source>Part of the record didn't load</source>
        <translation>Une partie de la fiche n'a pas été chargée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="58"/>
        <source>A guest of another site</source>
        <translation>Client d'un autre site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="59"/>
        <source>Offline, with a copy older than</source>
        <translation>Hors ligne, avec une copie de plus de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="92"/>
        <source>Check-in rules</source>
        <translation>Règles d'entrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="93"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="94"/>
        <source>Look and sound</source>
        <translation>Apparence et son</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="98"/>
        <source>What saving did</source>
        <translation>Résultat de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="102"/>
        <source>Open the scanner and camera settings</source>
        <translation>Ouvrir les réglages du lecteur et de la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="105"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="107"/>
        <source>Save the settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="143"/>
        <source>On amber, ask “check in anyway?” before checking in</source>
        <translation>En orange, demander « enregistrer quand même ? » avant l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="173"/>
        <source>{rule}: how many {unit}</source>
        <translation>{rule} : combien de {unit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="182"/>
        <source>Desk start screen after</source>
        <translation>Écran d'accueil de l'accueil après</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="185"/>
        <source>Staff pages close after</source>
        <translation>Pages de l'équipe fermées après</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="188"/>
        <source>Guest answer shown for</source>
        <translation>Réponse au client affichée pendant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="193"/>
        <source>e.g. Desk 1</source>
        <translation>p. ex. Accueil 1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="194"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="196"/>
        <source>This desk's name (from the next start)</source>
        <translation>Nom de ce poste (au prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="201"/>
        <source>Self check-in greets guests with their surname too</source>
        <translation>L'enregistrement libre-service salue aussi par le nom de famille</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="206"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="215"/>
        <source>The desk's size</source>
        <translation>Taille de l'écran d'accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="218"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="223"/>
        <source>The desk's language (from the next start)</source>
        <translation>Langue de l'accueil (au prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="219"/>
        <source>The system's language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="224"/>
        <source>Larger text on the desk (at least 125 %)</source>
        <translation>Texte plus grand à l'accueil (au moins 125 %)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="227"/>
        <source>High contrast on the desk (white on black)</source>
        <translation>Contraste élevé à l'accueil (blanc sur noir)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="244"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="246"/>
        <source>{setting}, in seconds</source>
        <translation>{setting}, en secondes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="254"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="274"/>
        <source>Self check-in header colour</source>
        <translation>Couleur d'en-tête de l'enregistrement libre-service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="259"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="259"/>
        <source>Choose the logo for self check-in</source>
        <translation>Choisir le logo de l'enregistrement libre-service</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="261"/>
        <location filename="../../kiosk/ui/staff_settings.py" line="311"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="261"/>
        <source>Show no logo</source>
        <translation>Ne pas afficher de logo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="263"/>
        <source>Sounds on (a different sound for green, amber and red)</source>
        <translation>Sons activés (un son différent pour vert, orange et rouge)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="266"/>
        <source>Self check-in says its answer aloud (first name at most)</source>
        <translation>L'enregistrement libre-service dit sa réponse à voix haute (au plus le prénom)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="273"/>
        <source>Sound volume, in percent</source>
        <translation>Volume sonore, en pourcentage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="305"/>
        <source>Header colour</source>
        <translation>Couleur d'en-tête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="314"/>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="380"/>
        <source>Saved in {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="136"/>
        <source>{rule}: let in, warn staff or stop</source>
        <translation>{rule} : laisser entrer, avertir l'équipe ou arrêter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="169"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="197"/>
        <source>The desk goes back to its start screen after</source>
        <translation>L'accueil revient à son écran de départ après</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="198"/>
        <source>Self check-in: a guest's answer stays for</source>
        <translation>Libre-service : la réponse au client reste pendant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="199"/>
        <source>Self check-in: staff pages close without a touch after</source>
        <translation>Libre-service : les pages de l'équipe se ferment sans contact après</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="208"/>
        <source>Fit the screen</source>
        <translation>Adapter à l'écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="276"/>
        <source>Self check-in logo (PNG or SVG)</source>
        <translation>Logo de l'enregistrement libre-service (PNG ou SVG)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="283"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="287"/>
        <source>The colour, the logo and speech take effect from the next start.</source>
        <translation>La couleur, le logo et la voix prennent effet au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_settings.py" line="375"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="58"/>
        <location filename="../../kiosk/ui/widgets.py" line="73"/>
        <source>Guest photo</source>
        <translation>Photo du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="147"/>
        <source>Label, important: {label}</source>
        <translation>Étiquette, importante : {label}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="75"/>
        <source>No photo; initials {initials}</source>
        <translation>Pas de photo ; initiales {initials}</translation>
    </message>
</context>
</TS>
