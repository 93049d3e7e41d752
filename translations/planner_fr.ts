<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AchievementsPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/achievements_page.py" line="+108"/>
        <source>Achievements with this contribution: {level}</source>
        <translation>Réalisations avec cette contribution : {level}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Objectives with no achievement recorded</source>
        <translation>Objectifs sans réalisation enregistrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;lates to</source>
        <translation>Se rappor&amp;te à</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>achievement</source>
        <translation>réalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add achievement</source>
        <translation>Ajouter une réalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an achievement to edit it here, or add one.</source>
        <translation>Sélectionnez une réalisation pour la modifier ici, ou ajoutez-en une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the achievement (Delete)</source>
        <translation>Supprimer la réalisation (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New achievement</source>
        <translation>Nouvelle réalisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievement</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Achievement</source>
        <translation>&amp;Réalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evi&amp;dence</source>
        <translation>Éléments &amp;probants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>achievement “{title}”</source>
        <translation>réalisation « {title} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achievement {number}</source>
        <translation>réalisation {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{level}: {count}</source>
        <translation>{level} : {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No achievement recorded yet for Obj. {numbers}</source>
        <translation>Aucune réalisation enregistrée pour l&apos;instant pour les Obj. {numbers}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every objective has at least one achievement recorded.</source>
        <translation>Chaque objectif a au moins une réalisation enregistrée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change objectives of {row}</source>
        <translation>Modifier les objectifs de : {row}</translation>
    </message>
</context>
<context>
    <name>AgendaDock</name>
    <message>
        <location filename="../src/planner_gui/ui/agenda_edits.py" line="+59"/>
        <source>The timer was not changed</source>
        <translation>Le minuteur n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That was the last session of day {day}. Select the next one and press Start.</source>
        <translation>C&apos;était la dernière séance du jour {day}. Sélectionnez la suivante et appuyez sur Démarrer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set the timer of {session} back to zero? The {ran} it has run will be forgotten.</source>
        <translation>Remettre à zéro le minuteur de {session} ? Les {ran} déjà écoulées seront oubliées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset the timer?</source>
        <translation>Remettre le minuteur à zéro ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/planner_gui/ui/agenda_panel.py" line="+160"/>
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit title of {session}</source>
        <translation>Modifier le titre de {session}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/planner_gui/ui/agenda_panel.py" line="+1"/>
        <location line="+15"/>
        <source>Add session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete {session}</source>
        <translation>Supprimer {session}</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/agenda_panel.py" line="-19"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Next session</source>
        <translation>Séance suivante</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>End this session (F8)</source>
        <translation>Terminer cette séance (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset: set the timer to zero</source>
        <translation>Remettre à zéro : le minuteur repart de zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a session (Ctrl+Shift+N)</source>
        <translation>Ajouter une séance (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier in the day (Ctrl+Up)</source>
        <translation>Plus tôt dans la journée (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later in the day (Ctrl+Down)</source>
        <translation>Plus tard dans la journée (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the session (Delete)</source>
        <translation>Supprimer la séance (Suppr)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start or pause the timer (F7)</source>
        <translation>Démarrer ou mettre en pause le minuteur (F7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start or pause the timer</source>
        <translation>Démarrer ou mettre en pause le minuteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some columns are hidden: widen the agenda, or float it (double-click its title).</source>
        <translation>Certaines colonnes sont masquées : élargissez l&apos;ordre du jour, ou détachez-le (double-clic sur son titre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions of the retreat</source>
        <translation>Séances de la retraite</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>No plan is open.</source>
        <translation>Aucun plan n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a plan to see its agenda.</source>
        <translation>Ouvrez un plan pour voir son ordre du jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session yet.</source>
        <translation>Aucune séance pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the retreat&apos;s sessions to time them.</source>
        <translation>Ajoutez les séances de la retraite pour les minuter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done in {minutes} min.</source>
        <translation>Terminée en {minutes} min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Resume it with F7.</source>
        <translation>En pause. Reprenez avec F7.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started. Start it with F7.</source>
        <translation>Pas commencée. Démarrez avec F7.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of {planned}</source>
        <translation>sur {planned}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
</context>
<context>
    <name>ApplyTemplate</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_templates.py" line="+50"/>
        <source>Start the context analysis from “{name}”</source>
        <translation>Commencer l&apos;analyse du contexte à partir de « {name} »</translation>
    </message>
</context>
<context>
    <name>BallotBooth</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_booth.py" line="+119"/>
        <source>Ballot — {program}</source>
        <translation>Bulletin de vote — {program}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start my ballot</source>
        <translation>Commencer mon vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before the ballot</source>
        <translation>Avant le vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of names</source>
        <translation>Retour à la liste des noms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the ballot</source>
        <translation>Après le vote</translation>
    </message>
</context>
<context>
    <name>BallotForm</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_form.py" line="+45"/>
        <source>↑↓ move · 1 or {h} high · 2 or {m} medium · 3 or {l} low · 4 or {d} dropped · 0 clear · F2 comment · Ctrl+Enter submit</source>
        <translation>↑↓ se déplacer · 1 ou {h} haute · 2 ou {m} moyenne · 3 ou {l} basse · 4 ou {d} abandonné · 0 effacer · F2 commenter · Ctrl+Entrée valider</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>High priorities on this ballot</source>
        <translation>Priorités hautes sur ce bulletin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My ballot</source>
        <translation>Mon bulletin de vote</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>0  Clear</source>
        <translation>0  Effacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record this ballot (Ctrl+Enter)</source>
        <translation>Enregistrer ce bulletin (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit my ballot</source>
        <translation>&amp;Valider mon bulletin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without recording anything (Esc)</source>
        <translation>Quitter sans rien enregistrer (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the selected objective:</source>
        <translation>Pour l&apos;objectif sélectionné :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ballot of {name}</source>
        <translation>Bulletin de vote de {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>High: {count} of at most {cap}</source>
        <translation>Haute : {count} sur {cap} au maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High: {count}</source>
        <translation>Haute : {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — too many: move {extra} to medium or low</source>
        <translation> — trop : passez-en {extra} en moyenne ou basse</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_model.py" line="+27"/>
        <source>Obj.</source>
        <translation>Obj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>BallotTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_tab.py" line="+59"/>
        <source>Cap on “high” per ballot:</source>
        <translation>Plafond de « haute » par bulletin :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap on high priorities</source>
        <translation>Plafond de priorités hautes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources are limited: the most objectives one ballot may rank high (0: no cap)</source>
        <translation>Les ressources sont limitées : le nombre maximal d&apos;objectifs qu&apos;un bulletin peut classer en haute priorité (0 : sans plafond)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One workbook per voting member, to fill in Excel or LibreOffice</source>
        <translation>Un classeur par membre votant, à remplir dans Excel ou LibreOffice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write ballot workbooks…</source>
        <translation>Écrire les classeurs de vote…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read filled-in ballot workbooks into the plan</source>
        <translation>Lire dans le plan les classeurs de vote remplis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import ballots…</source>
        <translation>Importer les bulletins…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member is voting</source>
        <translation>Un membre vote</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ballot recorded</source>
        <translation>Bulletin enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who has voted</source>
        <translation>Qui a voté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members who vote</source>
        <translation>Membres votants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start my ballot</source>
        <translation>Commencer mon &amp;vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The facilitator&apos;s action: remove the selected member&apos;s ballot (asked first), so they may vote again</source>
        <translation>Action de l&apos;animateur : retirer le bulletin du membre sélectionné (après confirmation), pour qu&apos;il puisse voter à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Take Back a Ballot…</source>
        <translation>Retirer un bulletin…</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>&lt;b&gt;Next member: pick your name&lt;/b&gt; (Enter or double-click), and vote on your own.</source>
        <translation>&lt;b&gt;Membre suivant : choisissez votre nom&lt;/b&gt; (Entrée ou double-clic), et votez seul.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name}&apos;s ballot was closed unrecorded: {name} is no longer a voting member.</source>
        <translation>Le bulletin de {name} a été fermé sans être enregistré : {name} n&apos;est plus membre votant.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{voted} have voted.</source>
        <translation>Ont voté : {voted}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to vote: {names}.</source>
        <translation>Restent à voter : {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voting members yet: add the board&apos;s members on the Members tab.</source>
        <translation>Aucun membre votant pour l&apos;instant : ajoutez les membres du conseil dans l&apos;onglet Membres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{voted} of {all}</source>
        <translation>{voted} sur {all}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take Back {name}&apos;s Ballot…</source>
        <translation>Retirer le bulletin de {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} has voted already</source>
        <translation>{name} a déjà voté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s ballot is recorded. To let them vote again, the facilitator first takes their ballot back (Take Back {name}&apos;s Ballot…, beside the list of names); their earlier choices are never shown.</source>
        <translation>Le bulletin de {name} est enregistré. Pour que {name} puisse voter à nouveau, l&apos;animateur retire d&apos;abord son bulletin (Retirer le bulletin de {name}…, à côté de la liste des noms) ; ses choix précédents ne sont jamais affichés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The room can see this screen</source>
        <translation>La salle peut voir cet écran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is voting</source>
        <translation>{name} vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{voted} have voted</source>
        <translation>Ont voté : {voted}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{detail} · the ballot is open on the laptop&apos;s own screen</source>
        <translation>{detail} · le bulletin est ouvert sur l&apos;écran de l&apos;ordinateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s ballot</source>
        <translation>Bulletin de vote de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only you should see this ballot.
Facilitator: if the room sees this screen, blank the projector now.
Then press Space or Enter, or click Start my ballot.</source>
        <translation>Vous seul devez voir ce bulletin.
Animateur : si la salle voit cet écran, occultez le projecteur maintenant.
Appuyez ensuite sur Espace ou Entrée, ou cliquez sur Commencer mon vote.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n comment(s) on objectives without a priority will not be kept.</source>
        <translation>
            <numerusform>%n commentaire sur un objectif sans priorité ne sera pas conservé.</numerusform>
            <numerusform>%n commentaires sur des objectifs sans priorité ne seront pas conservés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_booth.py" line="-79"/>
        <source>This laptop has one screen, or its projector shows the same picture (mirrored): the room would see each member&apos;s ballot.

Before a member starts, blank the projector: most projectors&apos; remotes have a Blank, AV Mute or Picture Mute button. Or set the displays to Extend instead of Mirror (on Windows: Windows+P, then Extend; on a Mac: System Settings, Displays; on Linux: the display settings): the projector then shows only a cover while a member votes.

Each ballot starts behind a cover until the member presses Space or Enter, and the cover comes back when they submit. (This note is shown once.)</source>
        <translation>Cet ordinateur n&apos;a qu&apos;un écran, ou son projecteur affiche la même image (en miroir) : la salle verrait le bulletin de chaque membre.

Avant qu&apos;un membre commence, occultez le projecteur : la plupart des télécommandes ont un bouton Blank, AV Mute ou Picture Mute. Ou réglez les écrans sur Étendre plutôt que Dupliquer (sous Windows : Windows+P, puis Étendre ; sur Mac : Réglages Système, Moniteurs ; sous Linux : les paramètres d&apos;affichage) : le projecteur n&apos;affiche alors qu&apos;un écran de garde pendant qu&apos;un membre vote.

Chaque bulletin commence derrière un écran de garde jusqu&apos;à ce que le membre appuie sur Espace ou Entrée, et l&apos;écran de garde revient quand il valide. (Ce message ne s&apos;affiche qu&apos;une fois.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please hand the laptop back to the facilitator.</source>
        <translation>Merci de rendre l&apos;ordinateur à l&apos;animateur.</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_tab.py" line="+1"/>
        <source>Some objectives have no priority</source>
        <translation>Certains objectifs n&apos;ont pas de priorité</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n objective(s) have no priority. Submit anyway, abstaining on them?</source>
        <translation>
            <numerusform>%n objectif n&apos;a pas de priorité. Valider quand même, en s&apos;abstenant sur celui-ci ?</numerusform>
            <numerusform>%n objectifs n&apos;ont pas de priorité. Valider quand même, en s&apos;abstenant sur ceux-ci ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Ballot received</source>
        <translation>Bulletin reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you, {name}. {hand_back}</source>
        <translation>Merci, {name}. {hand_back}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you, {name}: your ballot is recorded, and hidden from the screen.</source>
        <translation>Merci, {name} : votre bulletin est enregistré, et n&apos;est plus à l&apos;écran.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A ballot of {name} was recorded meanwhile. Replace it?</source>
        <translation>Un bulletin de {name} a été enregistré entre-temps. Le remplacer ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has a ballot already</source>
        <translation>{name} a déjà un bulletin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ballot is not recorded yet</source>
        <translation>Ce bulletin n&apos;est pas encore enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>That change was not made</source>
        <translation>Cette modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Discard this ballot?</source>
        <translation>Abandonner ce bulletin ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of the choices on {name}&apos;s ballot will be recorded.</source>
        <translation>Aucun des choix du bulletin de {name} ne sera enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was recorded</source>
        <translation>Rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s ballot was discarded. {hand_back}</source>
        <translation>Le bulletin de {name} a été abandonné. {hand_back}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Take back {name}&apos;s ballot?</source>
        <translation>Retirer le bulletin de {name} ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s ballot will be removed from the plan, unseen, and {name} may then vote again. This is not undone from the Edit menu.</source>
        <translation>Le bulletin de {name} sera retiré du plan sans être lu, et {name} pourra voter à nouveau. Cela ne s&apos;annule pas depuis le menu Édition.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Back the Ballot</source>
        <translation>Retirer le bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep It</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}&apos;s ballot was taken back: {name} may vote again.</source>
        <translation>Le bulletin de {name} a été retiré : {name} peut voter à nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the cap on high</source>
        <translation>Fixer le plafond de « haute »</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/chart_tab.py" line="+46"/>
        <source>The picture is hidden with the results, so nobody votes with the bandwagon: reveal them on the Results tab.</source>
        <translation>Le graphique est masqué avec les résultats, pour que personne ne suive le mouvement : dévoilez-les dans l&apos;onglet Résultats.</translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_page.py" line="+56"/>
        <source>Context analysis and stakeholders</source>
        <translation>Analyse du contexte et parties prenantes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Context analysis: sections, points and sub-points</source>
        <translation>Analyse du contexte : sections, points et sous-points</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+169"/>
        <location filename="../src/planner_gui/ui/pages/context_tools.py" line="+21"/>
        <location line="+4"/>
        <source>Add point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Add a point after the selected one (Ctrl+Shift+N)</source>
        <translation>Ajouter un point après celui sélectionné (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+176"/>
        <source>Add sub-point</source>
        <translation>Ajouter un sous-point</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Add a sub-point to the selected point (Ctrl+Shift+P)</source>
        <translation>Ajouter un sous-point au point sélectionné (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+183"/>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Add a section after the selected one (Ctrl+Shift+T)</source>
        <translation>Ajouter une section après celle sélectionnée (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indent</source>
        <translation>Décaler à droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it a sub-point of the point above (Ctrl+] or Alt+Right)</source>
        <translation>En faire un sous-point du point au-dessus (Ctrl+] ou Alt+Droite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outdent</source>
        <translation>Décaler à gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the sub-point a point of its own (Ctrl+[ or Alt+Left)</source>
        <translation>Faire du sous-point un point à part entière (Ctrl+[ ou Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+241"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Delete the selected section or point (Delete)</source>
        <translation>Supprimer la section ou le point sélectionné (Suppr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Move to section</source>
        <translation>Déplacer vers la section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the point to another section (Ctrl+Shift+M)</source>
        <translation>Déplacer le point vers une autre section (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_tools.py" line="-7"/>
        <source>Context analysis tools</source>
        <translation>Outils de l&apos;analyse du contexte</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_page.py" line="+53"/>
        <source>Stakeholders ({count})</source>
        <translation>Parties prenantes ({count})</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indent {point}</source>
        <translation>Décaler à droite {point}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outdent {point}</source>
        <translation>Décaler à gauche {point}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move {point} to {section}</source>
        <translation>Déplacer {point} vers {section}</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Delete the section {label} and its %n point(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer la section {label} et son point (%n) ? Annuler les rétablit.</numerusform>
            <numerusform>Supprimer la section {label} et ses %n points ? Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete section?</source>
        <translation>Supprimer la section ?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete the point {label} and its %n sub-point(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer le point {label} et son sous-point (%n) ? Annuler les rétablit.</numerusform>
            <numerusform>Supprimer le point {label} et ses %n sous-points ? Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete point?</source>
        <translation>Supprimer le point ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete section {label}</source>
        <translation>Supprimer la section {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete point {label}</source>
        <translation>Supprimer le point {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete sub-point {label}</source>
        <translation>Supprimer le sous-point {label}</translation>
    </message>
</context>
<context>
    <name>ContextTreeModel</name>
    <message>
        <location filename="../src/planner_gui/ui/models/context_tree.py" line="+100"/>
        <source>Context analysis</source>
        <translation>Analyse du contexte</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Untitled section</source>
        <translation>Section sans titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty point (press F2 to write it)</source>
        <translation>Point vide (appuyez sur F2 pour l&apos;écrire)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Section: {text}</source>
        <translation>Section : {text}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point: {text}</source>
        <translation>Point : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-point: {text}</source>
        <translation>Sous-point : {text}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rename section {label}</source>
        <translation>Renommer la section {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit point {label}</source>
        <translation>Modifier le point {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit sub-point {label}</source>
        <translation>Modifier le sous-point {label}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Move section {label}</source>
        <translation>Déplacer la section {label}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move point {label}</source>
        <translation>Déplacer le point {label}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move sub-point {label}</source>
        <translation>Déplacer le sous-point {label}</translation>
    </message>
</context>
<context>
    <name>CountDelegate</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/hands_tab.py" line="+52"/>
        <source>Votes counted by hand: {tier}</source>
        <translation>Votes comptés à main levée : {tier}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/counts.py" line="+23"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objectif général</numerusform>
            <numerusform>%n objectifs généraux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) to achievements</source>
        <translation>
            <numerusform>%n lien vers une réalisation</numerusform>
            <numerusform>%n liens vers des réalisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) to strategies</source>
        <translation>
            <numerusform>%n lien vers une stratégie</numerusform>
            <numerusform>%n liens vers des stratégies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n bulletin de vote</numerusform>
            <numerusform>%n bulletins de vote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n cible</numerusform>
            <numerusform>%n cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n priority country(ies)</source>
        <translation>
            <numerusform>%n pays prioritaire</numerusform>
            <numerusform>%n pays prioritaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n related row(s)</source>
        <translation>
            <numerusform>%n ligne liée</numerusform>
            <numerusform>%n lignes liées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{folder} already holds %n ballot workbook(s) with the same names ({names}). Writing new ones replaces them, and anything members filled in there is lost. Import the filled-in ones first, or choose another folder.</source>
        <translation>
            <numerusform>{folder} contient déjà %n classeur de vote du même nom ({names}). En écrire de nouveaux le remplace, et tout ce que les membres y ont rempli est perdu. Importez d&apos;abord les classeurs remplis, ou choisissez un autre dossier.</numerusform>
            <numerusform>{folder} contient déjà %n classeurs de vote des mêmes noms ({names}). En écrire de nouveaux les remplace, et tout ce que les membres y ont rempli est perdu. Importez d&apos;abord les classeurs remplis, ou choisissez un autre dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n ballot workbook(s) written in {folder}:
{names}

Give each member their own. They fill in the Priority column (and a comment if they like) in Excel or LibreOffice, save it and give it back; then use Import ballots.</source>
        <translation>
            <numerusform>%n classeur de vote écrit dans {folder} :
{names}

Donnez à chaque membre le sien. Il remplit la colonne Priorité (et un commentaire s&apos;il le souhaite) dans Excel ou LibreOffice, l&apos;enregistre et le rend ; utilisez ensuite Importer les bulletins.</numerusform>
            <numerusform>%n classeurs de vote écrits dans {folder} :
{names}

Donnez à chaque membre le sien. Chacun remplit la colonne Priorité (et un commentaire s&apos;il le souhaite) dans Excel ou LibreOffice, l&apos;enregistre et le rend ; utilisez ensuite Importer les bulletins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{names} have voted already. Replace their ballots with these files? (Cancel keeps their earlier ballots and skips these files.)</source>
        <translation>
            <numerusform>{names} a déjà voté. Remplacer son bulletin par ce fichier ? (Annuler garde le bulletin précédent et ignore ce fichier.)</numerusform>
            <numerusform>{names} ont déjà voté. Remplacer leurs bulletins par ces fichiers ? (Annuler garde les bulletins précédents et ignore ces fichiers.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n ballot(s) imported: {names}.</source>
        <translation>
            <numerusform>%n bulletin importé : {names}.</numerusform>
            <numerusform>%n bulletins importés : {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kept the earlier ballots of {names}; their files were not imported.</source>
        <translation>
            <numerusform>Bulletin précédent de {names} conservé ; son fichier n&apos;a pas été importé.</numerusform>
            <numerusform>Bulletins précédents de {names} conservés ; leurs fichiers n&apos;ont pas été importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not imported, nothing of them recorded. Correct these and import again:</source>
        <translation>
            <numerusform>%n fichier non importé, rien n&apos;en a été enregistré. Corrigez-le et importez à nouveau :</numerusform>
            <numerusform>%n fichiers non importés, rien n&apos;en a été enregistré. Corrigez-les et importez à nouveau :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Includes votes counted by hand on %n objective(s).</source>
        <translation>
            <numerusform>Comprend des votes comptés à main levée pour %n objectif.</numerusform>
            <numerusform>Comprend des votes comptés à main levée pour %n objectifs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>votes counted for %n objective(s)</source>
        <translation>
            <numerusform>votes comptés pour %n objectif</numerusform>
            <numerusform>votes comptés pour %n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n objective(s) voted on.</source>
        <translation>
            <numerusform>%n objectif a reçu des votes.</numerusform>
            <numerusform>%n objectifs ont reçu des votes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n member card(s) are in {path}. Print them, cut them out, and give each member their own. They work while room voting runs at {address} (the Room voting tab).</source>
        <translation>
            <numerusform>%n carte de membre se trouve dans {path}. Imprimez-la, découpez-la et remettez-la à son membre. Elle fonctionne tant que le vote en salle tourne à l&apos;adresse {address} (onglet Vote en salle).</numerusform>
            <numerusform>%n cartes de membre se trouvent dans {path}. Imprimez-les, découpez-les et remettez à chaque membre la sienne. Elles fonctionnent tant que le vote en salle tourne à l&apos;adresse {address} (onglet Vote en salle).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/cover.py" line="+38"/>
        <source>Cover</source>
        <translation>Écran de garde</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_coverage.py" line="+32"/>
        <source>High-priority objectives without a strategy</source>
        <translation>Objectifs de haute priorité sans stratégie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategies serving a dropped objective</source>
        <translation>Stratégies servant un objectif abandonné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium-priority objectives without a strategy</source>
        <translation>Objectifs de priorité moyenne sans stratégie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>⚠ High priority without a strategy: {objectives}</source>
        <translation>⚠ Haute priorité sans stratégie : {objectives}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Every high-priority objective has a strategy.</source>
        <translation>✓ Chaque objectif de haute priorité a une stratégie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{strategy}” serves dropped Obj. {number}</source>
        <translation>« {strategy} » sert l&apos;Obj. {number}, abandonné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Out of date: {parts}</source>
        <translation>⚠ À mettre à jour : {parts}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medium priority without a strategy yet: {objectives}</source>
        <translation>Priorité moyenne encore sans stratégie : {objectives}</translation>
    </message>
</context>
<context>
    <name>DayEnds</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/timer_label.py" line="+281"/>
        <source>Day end</source>
        <translation>Fin de journée</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/decisions_tab.py" line="+60"/>
        <source>Decisions so far</source>
        <translation>Décisions à ce stade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press 1–4 (or {h}, {m}, {l}, {d}) to record the board&apos;s decision on the framed objective; the next one is framed. After {d} (dropped), pick why from the list that opens. F2 or Enter changes the framed cell; arrows move the frame.</source>
        <translation>Appuyez sur 1–4 (ou {h}, {m}, {l}, {d}) pour enregistrer la décision du conseil sur l&apos;objectif encadré ; le suivant est alors encadré. Après {d} (abandonné), choisissez la raison dans la liste qui s&apos;ouvre. F2 ou Entrée modifie la cellule encadrée ; les flèches déplacent le cadre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Strategy…</source>
        <translation>St&amp;ratégie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the strategy serving the selected objective, or draft one</source>
        <translation>Aller à la stratégie qui sert l&apos;objectif sélectionné, ou en ébaucher une</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Rationale</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the board decided so: what was said in the room.</source>
        <translation>Pourquoi le conseil a décidé ainsi : ce qui a été dit dans la salle.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Edit rationale of Obj. {number}</source>
        <translation>Modifier la justification de l&apos;Obj. {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Rationale for Obj. {number}</source>
        <translation>&amp;Justification de l&apos;Obj. {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} {tier}</source>
        <comment>a decision&apos;s count: 6 high</comment>
        <translation>{tier} : {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided: {counts}</source>
        <translation>Décidé : {counts}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still undecided</source>
        <translation>
            <numerusform>%n encore sans décision</numerusform>
            <numerusform>%n encore sans décision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscussionView</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/discussion.py" line="+56"/>
        <source>Discussion — {program}</source>
        <translation>Discussion — {program}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion view</source>
        <translation>Vue de discussion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which objective</source>
        <translation>Quel objectif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {flag}</source>
        <translation>Seulement {flag}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk only the objectives the board is split on (F)</source>
        <translation>Ne parcourir que les objectifs sur lesquels le conseil est partagé (F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the Results (Esc)</source>
        <translation>Retour aux résultats (Échap)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The votes are hidden until the facilitator reveals them.</source>
        <translation>Les votes sont masqués jusqu&apos;à ce que l&apos;animateur les dévoile.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The board&apos;s decision:</source>
        <translation>Décision du conseil :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board&apos;s decision</source>
        <translation>Décision du conseil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 or {h} high · 2 or {m} medium · 3 or {l} low · 4 or {d} dropped · ← → previous, next · F only {flag} · Esc back</source>
        <translation>1 ou {h} haute · 2 ou {m} moyenne · 3 ou {l} basse · 4 ou {d} abandonné · ← → précédent, suivant · F seulement {flag} · Échap retour</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nothing flagged</source>
        <translation>Rien n&apos;est signalé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No objective is flagged {flag}: the board is agreed.</source>
        <translation>Aucun objectif n&apos;est signalé {flag} : le conseil est d&apos;accord.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{place} of {all}</source>
        <translation>{place} sur {all}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{flag} only: this one is not flagged</source>
        <translation>Seulement {flag} : celui-ci n&apos;est pas signalé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No votes on this objective</source>
        <translation>Aucun vote sur cet objectif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean {mean} (high 3 … dropped 0) · Consensus {consensus} (below {threshold}: split)</source>
        <translation>Moyenne {mean} (haute 3 … abandonné 0) · Consensus {consensus} (sous {threshold} : partagé)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
</context>
<context>
    <name>DistributionBar</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/distribution.py" line="+74"/>
        <source>No votes</source>
        <translation>Aucun vote</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/export_page.py" line="+37"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Write the revised plan to a workbook (Ctrl+E)</source>
        <translation>Écrire le plan révisé dans un classeur (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xport Workbook…</source>
        <translation>E&amp;xporter le classeur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty &amp;Template…</source>
        <translation>&amp;Modèle vide…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty plan workbook to fill in and bring back as a new plan</source>
        <translation>Un classeur de plan vide à remplir puis à reprendre comme nouveau plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview and Print…</source>
        <translation>Aperçu e&amp;t impression…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See the summary page by page, then print it</source>
        <translation>Voir la synthèse page par page, puis l&apos;imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export P&amp;DF…</source>
        <translation>Exp&amp;orter en PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the summary to a PDF file</source>
        <translation>Écrire la synthèse dans un fichier PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workbook to circulate</source>
        <translation>Classeur à diffuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One Excel workbook, a formatted table per sheet, ready to print: {sheets}.</source>
        <translation>Un classeur Excel, un tableau mis en forme par feuille, prêt à imprimer : {sheets}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printable summary</source>
        <translation>Synthèse imprimable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaped like the plan document: vision to strategies, with contents and page numbers.</source>
        <translation>Présentée comme le document du plan : de la vision aux stratégies, avec sommaire et numéros de page.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the review changed</source>
        <translation>Ce que la révision a changé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review&apos;s baseline</source>
        <translation>Point de départ de la révision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start Review from Here</source>
        <translation>&amp;Partir d&apos;ici pour la révision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the plan as it stands now as the review&apos;s starting point: the changes start again from nothing</source>
        <translation>Prendre le plan tel qu&apos;il est maintenant comme point de départ de la révision : les changements repartent de zéro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes against the baseline</source>
        <translation>Changements par rapport au point de départ</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objectif général</numerusform>
            <numerusform>%n objectifs généraux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with the plan as it stood on {when}: {goals}, {objectives}. The workbook&apos;s Changes sheet and the summary say the same.</source>
        <translation>Par rapport au plan tel qu&apos;il était le {when} : {goals}, {objectives}. La feuille Changements du classeur et la synthèse disent la même chose.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has changed yet: no goal folded, no objective dropped, moved or retitled.</source>
        <translation>Rien n&apos;a encore changé : aucun objectif général intégré aux autres, aucun objectif abandonné, déplacé ou renommé.</translation>
    </message>
</context>
<context>
    <name>HandsTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/hands_tab.py" line="+52"/>
        <source>Votes counted by hand</source>
        <translation>Votes comptés à main levée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On paper or by show of hands: count the hands for each tier and type the number, then Enter (Tab goes on to the next count). These votes add to the members&apos; ballots in the results.</source>
        <translation>Sur papier ou à main levée : comptez les mains pour chaque niveau et tapez le nombre, puis Entrée (Tab passe au compte suivant). Ces votes s&apos;ajoutent aux bulletins des membres dans les résultats.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show of hands</source>
        <translation>Vote à main levée</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Paste votes counted by hand</source>
        <translation>Coller des votes comptés à main levée</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Counted by hand: {votes} votes on {entered} of %n objective(s).</source>
        <translation>
            <numerusform>Comptés à main levée : {votes} votes sur {entered} objectif(s) sur %n.</numerusform>
            <numerusform>Comptés à main levée : {votes} votes sur {entered} objectif(s) sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No votes counted by hand yet.</source>
        <translation>Aucun vote compté à main levée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>KindsPanel</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_tables.py" line="+230"/>
        <source>kind of action</source>
        <translation>type d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add kind…</source>
        <translation>Ajouter un type…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds of action</source>
        <translation>Types d&apos;action</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new kind</source>
        <translation>nouveau type</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That kind of action is in use</source>
        <translation>Ce type d&apos;action est utilisé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action(s) of the kind “{name}” keep it from being deleted. Change their kind first, or rename this one.</source>
        <translation>
            <numerusform>%n action du type « {name} » empêche de le supprimer. Changez d&apos;abord son type, ou renommez celui-ci.</numerusform>
            <numerusform>%n actions du type « {name} » empêchent de le supprimer. Changez d&apos;abord leur type, ou renommez celui-ci.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/planner_gui/ui/main_window.py" line="+82"/>
        <location line="+200"/>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{plan} (read-only) — {program}</source>
        <translation>{plan} (lecture seule) — {program}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{plan} (a copy of the sample) — {program}</source>
        <translation>{plan} (une copie de l&apos;exemple) — {program}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: changes can&apos;t be made here</source>
        <translation>Lecture seule : aucune modification possible ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgraded; the old file was kept as {name}</source>
        <translation>Mis à niveau ; l&apos;ancien fichier est conservé sous le nom {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Discard It and Quit</source>
        <translation>L&apos;abandonner et quitter</translation>
    </message>
</context>
<context>
    <name>MemberLinkWindow</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/member_link.py" line="+26"/>
        <source>A member&apos;s link</source>
        <translation>Lien d&apos;un membre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only on this laptop&apos;s screen, never on the projector: a link votes as its member.</source>
        <translation>Uniquement sur l&apos;écran de cet ordinateur, jamais au projecteur : un lien vote au nom de son membre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ballot state</source>
        <translation>État du bulletin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next member</source>
        <translation>Membre &amp;suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every voting member has voted.</source>
        <translation>Tous les membres votants ont voté.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}&apos;s ballot is recorded.</source>
        <translation>Le bulletin de {name} est enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: scan this code with your phone&apos;s camera.</source>
        <translation>{name} : scannez ce code avec l&apos;appareil photo de votre téléphone.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}&apos;s ballot is recorded. Next: {next}.</source>
        <translation>Le bulletin de {name} est enregistré. Suivant : {next}.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/members_tab.py" line="+25"/>
        <source>member {number}</source>
        <translation>membre {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ voted</source>
        <translation>✓ a voté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes</source>
        <comment>a column: whether the member votes</comment>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not vote</source>
        <translation>Ne vote pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote&amp;s</source>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranks the objectives (untick for staff and observers)</source>
        <translation>Classe les objectifs (décochez pour le personnel et les observateurs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weight of the ballot</source>
        <translation>&amp;Poids du bulletin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a member to edit them here, or add the board&apos;s members one by one.</source>
        <translation>Sélectionnez un membre pour le modifier ici, ou ajoutez les membres du conseil un par un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the member (Delete)</source>
        <translation>Supprimer le membre (Suppr)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members who vote</source>
        <translation>Membres votants</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Board member</source>
        <translation>Membre du conseil</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n voting member(s)</source>
        <translation>
            <numerusform>%n membre votant</numerusform>
            <numerusform>%n membres votants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{members}, {voted} have voted</source>
        <translation>{members}, dont {voted} ont voté</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{before}; %n taking part without a vote</source>
        <translation>
            <numerusform>{before} ; %n participant sans droit de vote</numerusform>
            <numerusform>{before} ; %n participants sans droit de vote</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectivePicker</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/achievements_page.py" line="-166"/>
        <source>Objectives this relates to</source>
        <translation>Objectifs auxquels cela se rapporte</translation>
    </message>
</context>
<context>
    <name>OpenPlan</name>
    <message>
        <location filename="../src/planner_gui/ui/open_plan.py" line="+94"/>
        <source>That change was not made</source>
        <translation>Cette modification n&apos;a pas été faite</translation>
    </message>
</context>
<context>
    <name>PlanFieldsEditor</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/plan_details.py" line="+30"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vi&amp;sion</source>
        <translation>&amp;Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;alues</source>
        <translation>Va&amp;leurs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lan&amp;guage of the plan&apos;s documents</source>
        <translation>Lan&amp;gue des documents du plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook, ballots, printable summary, member cards and room-voting pages are written in it.</source>
        <translation>Le classeur, les classeurs de vote, la synthèse imprimable, les cartes de membre et les pages du vote en salle sont rédigés dans cette langue.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the plan&apos;s documents in {language}</source>
        <translation>Rédiger les documents du plan en {language}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit {field}</source>
        <translation>Modifier : {field}</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../src/planner_gui/ui/plan_files.py" line="+65"/>
        <source>Discard It and Open</source>
        <translation>L&apos;abandonner et ouvrir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>It is not in {folder} any more (on a USB stick not plugged in?): open it when it is back, or choose another plan.</source>
        <translation>Il n&apos;est plus dans {folder} (sur une clé USB débranchée ?) : ouvrez-le quand il sera revenu, ou choisissez un autre plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan open last, “{name}”, was not opened. {why}</source>
        <translation>Le dernier plan ouvert, « {name} », n&apos;a pas été ouvert. {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>My plan</source>
        <translation>Mon plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the sample copy as your own plan</source>
        <translation>Garder la copie de l&apos;exemple comme votre propre plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>The plan was not saved</source>
        <translation>Le plan n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new plan</source>
        <translation>Créer un nouveau plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan could not be created</source>
        <translation>Le plan n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} copy</source>
        <translation>{name} copie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy of the plan</source>
        <translation>Enregistrer une copie du plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy was not saved</source>
        <translation>La copie n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy was saved as {path}</source>
        <translation>Une copie a été enregistrée sous {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the plan as</source>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Now working on {path}</source>
        <translation>Travail en cours sur {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If you go on, it is discarded: nothing of it is recorded.</source>
        <translation>Si vous continuez, il est abandonné : rien n&apos;en est enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ballot is not recorded yet</source>
        <translation>Un bulletin n&apos;est pas encore enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Back to It</source>
        <translation>Y revenir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard It and Close</source>
        <translation>L&apos;abandonner et fermer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No recent plans</source>
        <translation>Aucun plan récent</translation>
    </message>
</context>
<context>
    <name>PlanOutActions</name>
    <message>
        <location filename="../src/planner_gui/ui/plan_out.py" line="+161"/>
        <source>Make a plan from a workbook</source>
        <translation>Créer un plan à partir d&apos;un classeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New from Spreads&amp;heet…</source>
        <translation>Nouveau à partir d&apos;un &amp;classeur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Workbook…</source>
        <translation>E&amp;xporter le classeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the revised plan to an Excel workbook</source>
        <translation>Écrire le plan révisé dans un classeur Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Imprimer la synthèse…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview and print the revised plan&apos;s summary</source>
        <translation>Prévisualiser et imprimer la synthèse du plan révisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Summary as P&amp;DF…</source>
        <translation>Exporter la synthèse en PD&amp;F…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the printable summary to a PDF</source>
        <translation>Écrire la synthèse imprimable dans un PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty plan workbook to fill in</source>
        <translation>Un classeur de plan vide à remplir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Write Plan Template…</source>
        <translation>Écrire un &amp;modèle de plan…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The plan was not made</source>
        <translation>Le plan n&apos;a pas été créé</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/plan_page.py" line="+61"/>
        <source>Goals and objectives</source>
        <translation>Objectifs généraux et objectifs</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+46"/>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Add an objective to the selected goal (Ctrl+Shift+O)</source>
        <translation>Ajouter un objectif à l&apos;objectif général sélectionné (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>Add goal</source>
        <translation>Ajouter un objectif général</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Add a goal (Ctrl+Shift+G)</source>
        <translation>Ajouter un objectif général (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the goal&apos;s objectives in the order of their numbers</source>
        <translation>Ranger les objectifs de l&apos;objectif général dans l&apos;ordre de leurs numéros</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+130"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Delete the selected row (Delete)</source>
        <translation>Supprimer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Add a goal first</source>
        <translation>Ajoutez d&apos;abord un objectif général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives belong to a goal. Add a goal, then its objectives.</source>
        <translation>Les objectifs appartiennent à un objectif général. Ajoutez un objectif général, puis ses objectifs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New goal</source>
        <translation>Nouvel objectif général</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete {label} “{title}” and its {parts}?

You can bring them back with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Supprimer {label} « {title} » avec : {parts} ?

Vous pouvez tout rétablir avec Édition &gt; Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {label}?</source>
        <translation>Supprimer {label} ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete {label}</source>
        <translation>Supprimer {label}</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../src/planner_gui/ui/models/plan_tree.py" line="+29"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Folded into the others</source>
        <translation>Intégré aux autres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text}

Folded: {note}</source>
        <translation>{text}

Intégré aux autres : {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal {number}</source>
        <translation>Objectif général {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective {number}</source>
        <translation>Objectif {number}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Renumber {label}</source>
        <translation>Renuméroter {label}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit title of {label}</source>
        <translation>Modifier le titre de {label}</translation>
    </message>
</context>
<context>
    <name>PriorityPicker</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_editor.py" line="+54"/>
        <source>Objectives this strategy serves</source>
        <translation>Objectifs que sert cette stratégie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{objective}: {title} (priority: {priority})</source>
        <translation>{objective} : {title} (priorité : {priority})</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/qr_code.py" line="+18"/>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/ranking_chart.py" line="+36"/>
        <source>The room&apos;s picture: votes per objective, and mean against consensus</source>
        <translation>Le tableau de la salle : votes par objectif, et moyenne face au consensus</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No votes yet.</source>
        <translation>Aucun vote pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Split: Obj. {numbers}.</source>
        <translation>Partagé : Obj. {numbers}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room agreed on every one.</source>
        <translation>La salle est d&apos;accord sur chacun.</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ranking_page.py" line="+35"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cast ballots</source>
        <translation>&amp;Bulletins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oom voting</source>
        <translation>Vote en &amp;salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show of h&amp;ands</source>
        <translation>Main &amp;levée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ults</source>
        <translation>Résul&amp;tats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Char&amp;t</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decisions</source>
        <translation>Dé&amp;cisions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Room voting is on: the Ranking step changes language once it is closed.</source>
        <translation>Le vote en salle est en cours : l&apos;étape Classement changera de langue une fois le vote clos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member is voting: the Ranking step changes language once the ballot is closed.</source>
        <translation>Un membre vote : l&apos;étape Classement changera de langue une fois son bulletin fermé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The discussion view is open: the Ranking step changes language once it is closed.</source>
        <translation>La vue de discussion est ouverte : l&apos;étape Classement changera de langue une fois celle-ci fermée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is voting: their ballot is not recorded yet.</source>
        <translation>{name} est en train de voter : son bulletin n&apos;est pas encore enregistré.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../src/planner_gui/ui/report_preview.py" line="+104"/>
        <source>Print preview: {title}</source>
        <translation>Aperçu avant impression : {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be printed</source>
        <translation>Le document n&apos;a pas pu être imprimé</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/results_tab.py" line="+95"/>
        <source>Who has voted</source>
        <translation>Qui a voté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show votes by &amp;name</source>
        <translation>Votes par &amp;nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort the objectives flagged “{flag}” to the top, least agreement first</source>
        <translation>Placer en tête les objectifs signalés « {flag} », les moins consensuels d&apos;abord</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Contested fir&amp;st</source>
        <translation>&amp;Partagés d&apos;abord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discuss One &amp;by One</source>
        <translation>Discuter un par &amp;un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected objective across the whole screen, then the next (Enter or a double-click on a row)</source>
        <translation>L&apos;objectif sélectionné en plein écran, puis le suivant (Entrée ou double-clic sur une ligne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the Minutes</source>
        <translation>Pour le procès-verbal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the results as revealed, or write them as a PDF: dated, with who voted</source>
        <translation>Imprimer les résultats tels que dévoilés, ou les écrire en PDF : datés, avec qui a voté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print the Results…</source>
        <translation>&amp;Imprimer les résultats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the Results as P&amp;DF…</source>
        <translation>Exporter les résultats en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Who has voted and who has not</source>
        <translation>Qui a voté et qui n&apos;a pas voté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colours of the tiers</source>
        <translation>Couleurs des niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to read the numbers</source>
        <translation>Comment lire les chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights in use</source>
        <translation>Poids utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes counted by hand</source>
        <translation>Votes comptés à main levée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results per objective</source>
        <translation>Résultats par objectif</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Hide the results</source>
        <translation>Masquer les résultats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveal the results</source>
        <translation>Dévoiler les résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show votes by name</source>
        <translation>Montrer les votes par nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show votes as counts only</source>
        <translation>Montrer seulement le nombre de votes</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No plan is open.</source>
        <translation>Aucun plan n&apos;est ouvert.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{voted} of %n voting member(s) have voted.</source>
        <translation>
            <numerusform>{voted} sur %n membre votant a voté.</numerusform>
            <numerusform>{voted} sur %n membres votants ont voté.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan is open read-only: the results stay as they were saved.</source>
        <translation>Le plan est ouvert en lecture seule : les résultats restent tels qu&apos;ils ont été enregistrés.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>H&amp;ide results</source>
        <translation>Mas&amp;quer les résultats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reveal results</source>
        <translation>D&amp;évoiler les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the votes again (the room sees only who has voted)</source>
        <translation>Masquer à nouveau les votes (la salle ne voit que qui a voté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the room how the board voted</source>
        <translation>Montrer à la salle comment le conseil a voté</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/results_words.py" line="+24"/>
        <source>Show each member&apos;s vote in a column of its own ({letters}; hover for their comment), or only the counts (anonymous)</source>
        <translation>Montrer le vote de chaque membre dans sa propre colonne ({letters} ; survolez pour son commentaire), ou seulement le nombre de votes (anonyme)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ballots are secret: nothing says whose a vote is, so votes can&apos;t be shown by name.</source>
        <translation>Le vote est à bulletin secret : rien ne dit à qui appartient un vote, les votes ne peuvent donc pas être montrés par nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mean: high 3, medium 2, low 1, dropped 0.</source>
        <translation>Moyenne : haute 3, moyenne 2, basse 1, abandonné 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Weighted ballots are in use&lt;/b&gt; ({members}): the counts add up the weights.</source>
        <translation>&lt;b&gt;Des bulletins pondérés sont utilisés&lt;/b&gt; ({members}) : les comptes additionnent les poids.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>voted</source>
        <translation>a voté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No voting members yet: add them on the Members tab.</source>
        <translation>Aucun membre votant pour l&apos;instant : ajoutez-les dans l&apos;onglet Membres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing counted yet</source>
        <translation>rien de compté pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The results are hidden&lt;/b&gt; until you reveal them, so nobody votes with the bandwagon. The room sees only who has voted.</source>
        <translation>&lt;b&gt;Les résultats sont masqués&lt;/b&gt; jusqu&apos;à ce que vous les dévoiliez, pour que personne ne suive le mouvement. La salle ne voit que qui a voté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show of hands: {counted}.</source>
        <translation>Main levée : {counted}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/review_page.py" line="+31"/>
        <source>All recommendations</source>
        <translation>Toutes les recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recommendations with status</source>
        <translation>Montrer les recommandations avec le statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add recommendation</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a recommendation to edit it here, or add one.</source>
        <translation>Sélectionnez une recommandation pour la modifier ici, ou ajoutez-en une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recommendation (Delete)</source>
        <translation>Supprimer la recommandation (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponse</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recommendation {number}</source>
        <translation>recommandation {number}</translation>
    </message>
</context>
<context>
    <name>RoomTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/room_tab.py" line="+52"/>
        <source>&lt;b&gt;This laptop is on no network&lt;/b&gt;, so phones can&apos;t reach it. Join the venue&apos;s Wi-Fi, or start a hotspot on the laptop and have members join it:&lt;br&gt;{steps}&lt;br&gt;Then press &lt;i&gt;Look again&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Cet ordinateur n&apos;est sur aucun réseau&lt;/b&gt;, les téléphones ne peuvent donc pas l&apos;atteindre. Rejoignez le Wi-Fi du lieu, ou créez un point d&apos;accès sur l&apos;ordinateur et faites-le rejoindre aux membres :&lt;br&gt;{steps}&lt;br&gt;Appuyez ensuite sur &lt;i&gt;Chercher à nouveau&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Start room voting</source>
        <translation>&amp;Ouvrir le vote en salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen for the members&apos; phones at this address and port</source>
        <translation>Attendre les téléphones des membres à cette adresse et ce port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose voting</source>
        <translation>Clore le &amp;vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop taking ballots</source>
        <translation>Ne plus recevoir de bulletins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a member without a card</source>
        <translation>Pour un membre sans carte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New links…</source>
        <translation>&amp;Nouveaux liens…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member gets a new link; old ones stop</source>
        <translation>Chaque membre reçoit un nouveau lien ; les anciens cessent de fonctionner</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s address on the network the members&apos; phones are on</source>
        <translation>L&apos;adresse de cet ordinateur sur le réseau où sont les téléphones des membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the addresses again</source>
        <translation>Rechercher à nouveau les adresses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots may be chan&amp;ged until voting closes</source>
        <translation>Les bulletins peuvent être modifiés &amp;jusqu&apos;à la clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member who has voted may open their link again and change their ballot</source>
        <translation>Un membre qui a voté peut rouvrir son lien et modifier son bulletin</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Sho&amp;w a member&apos;s link…</source>
        <translation>Afficher le lien d&apos;&amp;un membre…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;int member cards…</source>
        <translation>Im&amp;primer les cartes des membres…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loo&amp;k again</source>
        <translation>C&amp;hercher à nouveau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add&amp;ress:</source>
        <translation>Adr&amp;esse :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>QR code of the room&apos;s address</source>
        <translation>Code QR de l&apos;adresse de la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Room voting is off.</source>
        <translation>Le vote en salle n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Room address</source>
        <translation>Adresse de la salle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the same Wi-Fi as this laptop, scan the code on your member card to vote. No card? Ask at the laptop.</source>
        <translation>Sur le même Wi-Fi que cet ordinateur, scannez le code de votre carte de membre pour voter. Pas de carte ? Demandez à l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who has voted</source>
        <translation>Qui a voté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who has voted, never how</source>
        <translation>Qui a voté, jamais comment</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A secret ballot can&apos;t be changed once cast.</source>
        <translation>Un vote à bulletin secret ne peut plus être modifié une fois déposé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{voted} of {all} have voted</source>
        <translation>{voted} sur {all} ont voté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voting members yet.</source>
        <translation>Aucun membre votant pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member cards were made for &lt;b&gt;{made_for}&lt;/b&gt;; at {chosen} their links won&apos;t open. Choose that address (the laptop&apos;s hotspot keeps it), or show members their link on this screen.</source>
        <translation>Les cartes de membre ont été faites pour &lt;b&gt;{made_for}&lt;/b&gt; ; à l&apos;adresse {chosen}, leurs liens ne s&apos;ouvriront pas. Choisissez cette adresse (le point d&apos;accès de l&apos;ordinateur la conserve), ou montrez aux membres leur lien sur cet écran.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+13"/>
        <source>Room voting did not start</source>
        <translation>Le vote en salle n&apos;a pas démarré</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A ballot from the room could not be recorded: {error}</source>
        <translation>Un bulletin venu de la salle n&apos;a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That change was not made</source>
        <translation>Cette modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give every member a new link?</source>
        <translation>Donner un nouveau lien à chaque membre ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member&apos;s link changes, and every link given out before (printed cards too) stops working. Ballots already cast stay.</source>
        <translation>Le lien de chaque membre change, et tous les liens donnés auparavant (cartes imprimées comprises) cessent de fonctionner. Les bulletins déjà déposés restent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Links</source>
        <translation>Nouveaux liens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The links were not changed</source>
        <translation>Les liens n&apos;ont pas été changés</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/plan_details.py" line="+13"/>
        <location line="+80"/>
        <source>Selected item</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Select a goal or an objective to edit it here.</source>
        <translation>Sélectionnez un objectif général ou un objectif pour le modifier ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal</source>
        <translation>Objectif général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fo&amp;lded into the other goals</source>
        <translation>Intégré aux autres o&amp;bjectifs généraux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it was folded</source>
        <translation>Comment il a été intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where its work now happens</source>
        <translation>Où son travail se fait désormais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal</source>
        <translation>Objectif &amp;général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fold &amp;note</source>
        <translation>&amp;Note d&apos;intégration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;umber</source>
        <translation>N&amp;uméro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle</source>
        <translation>Tit&amp;re</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>De&amp;scription</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Edit title of {label}</source>
        <translation>Modifier le titre de {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit description of {label}</source>
        <translation>Modifier la description de {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit fold note of {label}</source>
        <translation>Modifier la note d&apos;intégration de {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renumber {label}</source>
        <translation>Renuméroter {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold {label}</source>
        <translation>Intégrer {label} aux autres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unfold {label}</source>
        <translation>Réactiver {label}</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/row_form.py" line="+57"/>
        <source>row {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Edit {field} of {row}</source>
        <translation>Modifier « {field} » de {row}</translation>
    </message>
</context>
<context>
    <name>RowsPanel</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/rows_panel.py" line="+89"/>
        <source>{noun} {number}</source>
        <translation>{noun} {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a row to edit it here.</source>
        <translation>Sélectionnez une ligne pour la modifier ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected row (Delete)</source>
        <translation>Supprimer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+162"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete {row}?</source>
        <translation>Supprimer {row} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {row} and its {parts}?</source>
        <translation>Supprimer {row} avec : {parts} ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {row}</source>
        <translation>Supprimer {row}</translation>
    </message>
</context>
<context>
    <name>RowsTableModel</name>
    <message>
        <location filename="../src/planner_gui/ui/models/rows_table.py" line="+62"/>
        <source>row {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>That change was not made</source>
        <translation>Cette modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit {field} of {row}</source>
        <translation>Modifier « {field} » de {row}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move {row}</source>
        <translation>Déplacer {row}</translation>
    </message>
</context>
<context>
    <name>ScreenCovers</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_booth.py" line="+43"/>
        <source>Someone is voting</source>
        <translation>Quelqu&apos;un vote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voting — {program}</source>
        <translation>Vote — {program}</translation>
    </message>
</context>
<context>
    <name>SecretBallotsOption</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/secret_option.py" line="+16"/>
        <source>Secret &amp;ballots: nobody, not even the plan file, can tell whose votes are whose</source>
        <translation>Vote à bulletin secr&amp;et : personne, pas même le fichier du plan, ne peut savoir à qui sont les votes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret ballots</source>
        <translation>Vote à bulletin secret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose before the first ballot. Every way of voting (this laptop, ballot workbooks, the room&apos;s phones) then records who has voted and, apart, the votes, with nothing linking the two. Votes can&apos;t be shown by name, a secret ballot can&apos;t be replaced, and every ballot weighs the same.</source>
        <translation>À choisir avant le premier bulletin. Chaque façon de voter (cet ordinateur, les classeurs de vote, les téléphones de la salle) enregistre alors qui a voté et, à part, les votes, sans rien qui relie les deux. Les votes ne peuvent pas être montrés par nom, un bulletin secret ne peut pas être remplacé, et tous les bulletins ont le même poids.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ballots have been cast, so this can no longer change.</source>
        <translation>Des bulletins ont été déposés : ce choix ne peut plus changer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make ballots secret</source>
        <translation>Passer au vote à bulletin secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make ballots not secret</source>
        <translation>Renoncer au vote à bulletin secret</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_panel.py" line="+33"/>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this section asks</source>
        <translation>Ce que demande cette section</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text of the selected point</source>
        <translation>Texte du point sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on this section</source>
        <translation>Notes sur cette section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the room said about this section, what to come back to…</source>
        <translation>Ce que la salle a dit sur cette section, ce sur quoi revenir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section &amp;title</source>
        <translation>&amp;Titre de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected &amp;point</source>
        <translation>&amp;Point sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes on this section</source>
        <translation>N&amp;otes sur cette section</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a point to edit its text here.</source>
        <translation>Sélectionnez un point pour modifier son texte ici.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename section {label}</source>
        <translation>Renommer la section {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit notes of section {label}</source>
        <translation>Modifier les notes de la section {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit point {label}</source>
        <translation>Modifier le point {label}</translation>
    </message>
</context>
<context>
    <name>SessionClock</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/timer_label.py" line="-166"/>
        <location line="+21"/>
        <source>Session timer</source>
        <translation>Minuteur de séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time run</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time planned</source>
        <translation>Temps prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/stakeholders_tab.py" line="+38"/>
        <source>stakeholder {number}</source>
        <translation>partie prenante {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stakeholder “{name}”</source>
        <translation>partie prenante « {name} »</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stakeholder</source>
        <translation>partie prenante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we need from them</source>
        <translation>Ce que nous attendons d&apos;elles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we need from &amp;them</source>
        <translation>Ce que nous attendons d&apos;&amp;elles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a stakeholder to edit them here, or add one.</source>
        <translation>Sélectionnez une partie prenante pour la modifier ici, ou ajoutez-en une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the stakeholder (Delete)</source>
        <translation>Supprimer la partie prenante (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stakeholder</source>
        <translation>Nouvelle partie prenante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/base.py" line="+79"/>
        <source>Step title</source>
        <translation>Titre de l&apos;étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the room does here</source>
        <translation>Ce que fait la salle ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide your notes for this step</source>
        <translation>Afficher ou masquer vos notes pour cette étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this step done (or not done) in the sidebar</source>
        <translation>Marquer cette étape comme terminée (ou non) dans la barre latérale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step done</source>
        <translation>Étape terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator&apos;s notes for this step</source>
        <translation>Notes de l&apos;animateur pour cette étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes for this step: what the room said, what to come back to…</source>
        <translation>Vos notes pour cette étape : ce que la salle a dit, ce sur quoi revenir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Marquer terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Mark step {number} done</source>
        <translation>Marquer l&apos;étape {number} terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark step {number} not done</source>
        <translation>Marquer l&apos;étape {number} non terminée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit notes of step {number}</source>
        <translation>Modifier les notes de l&apos;étape {number}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../src/planner_gui/ui/steps.py" line="+40"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the plan as it stood before the review: its vision, mission and values, and every goal and objective with the number it has always had.</source>
        <translation>Vérifier le plan tel qu&apos;il était avant la révision : sa vision, sa mission et ses valeurs, et chaque objectif général et objectif avec le numéro qu&apos;il a toujours eu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Achievements</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look back at what was achieved since the plan began, and agree how much the organisation contributed to each outcome.</source>
        <translation>Revenir sur ce qui a été réalisé depuis le début du plan, et convenir de la contribution de l&apos;organisation à chaque résultat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go through the external review&apos;s recommendations and agree the response to each.</source>
        <translation>Passer en revue les recommandations de l&apos;évaluation externe et convenir de la réponse à chacune.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the context analysis: what has changed around the organisation and inside it, and who it works with.</source>
        <translation>Mettre à jour l&apos;analyse du contexte : ce qui a changé autour de l&apos;organisation et en son sein, et avec qui elle travaille.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every board member ranks every objective high, medium, low or dropped; the room looks at the spread, discusses the contested ones, and the board decides.</source>
        <translation>Chaque membre du conseil classe chaque objectif en priorité haute, moyenne, basse ou abandonné ; la salle regarde la répartition, discute des objectifs partagés, et le conseil décide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strategies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft how each high-priority objective will be reached: the approach, actions, targets and countries.</source>
        <translation>Ébaucher comment chaque objectif de haute priorité sera atteint : l&apos;approche, les actions, les cibles et les pays.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the revised plan out: a workbook to circulate and a printable summary shaped like the plan.</source>
        <translation>Diffuser le plan révisé : un classeur à faire circuler et une synthèse imprimable présentée comme le plan.</translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategies_page.py" line="+155"/>
        <source>Strategy for Obj. {number}</source>
        <translation>Stratégie pour l&apos;Obj. {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a strategy for Obj. {number}</source>
        <translation>Ébaucher une stratégie pour l&apos;Obj. {number}</translation>
    </message>
</context>
<context>
    <name>StrategyEditor</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_editor.py" line="-37"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried &amp;by</source>
        <translation>&amp;Portée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pproach</source>
        <translation>Approc&amp;he</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undecided</source>
        <translation>Non décidée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>strategy “{name}”</source>
        <translation>stratégie « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategy {number}</source>
        <translation>stratégie {number}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a strategy to edit it here, or add one.</source>
        <translation>Sélectionnez une stratégie pour la modifier ici, ou ajoutez-en une.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Parts of the strategy</source>
        <translation>Parties de la stratégie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act&amp;ions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;gets</source>
        <translation>Cib&amp;les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority co&amp;untries</source>
        <translation>Pa&amp;ys prioritaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kinds of action</source>
        <translation>&amp;Types d&apos;action</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Change objectives of {row}</source>
        <translation>Modifier les objectifs de : {row}</translation>
    </message>
</context>
<context>
    <name>StrategyList</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategies_page.py" line="-109"/>
        <source>strategy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves</source>
        <translation>Sert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add strategy</source>
        <translation>Ajouter une stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the strategy (Delete)</source>
        <translation>Supprimer la stratégie (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strategies</source>
        <translation>Stratégies</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_templates.py" line="+35"/>
        <source>How will the room look at the context?</source>
        <translation>Comment la salle va-t-elle examiner le contexte ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the shape to start from. You can add, rename, reorder and remove sections afterwards, and Undo takes the choice back.</source>
        <translation>Choisissez la structure de départ. Vous pourrez ensuite ajouter, renommer, réordonner et supprimer des sections, et Annuler revient sur ce choix.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No templates were found. Reinstall the program to get them back.</source>
        <translation>Aucun modèle n&apos;a été trouvé. Réinstallez le programme pour les retrouver.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sections: {titles}</source>
        <translation>Sections : {titles}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with {name}</source>
        <translation>Commencer avec {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the context analysis from the template {name}</source>
        <translation>Commencer l&apos;analyse du contexte à partir du modèle {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the sections {titles}</source>
        <translation>Ajouter les sections {titles}</translation>
    </message>
</context>
<context>
    <name>TimerLabel</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/timer_label.py" line="+54"/>
        <location line="+63"/>
        <source>Running session</source>
        <translation>Séance en cours</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>The session running now. Click to show the agenda (Ctrl+Shift+A).</source>
        <translation>La séance en cours. Cliquez pour afficher l&apos;ordre du jour (Ctrl+Maj+A).</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{session} — {run} of {planned}</source>
        <translation>{session} — {run} sur {planned}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
</context>
<context>
    <name>VotersModel</name>
    <message>
        <location filename="../src/planner_gui/ui/models/voters.py" line="+74"/>
        <source>✓ voted</source>
        <translation>✓ a voté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, has voted</source>
        <translation>{name}, a voté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name}, has not voted yet</source>
        <translation>{name}, n&apos;a pas encore voté</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../src/planner_gui/ui/welcome.py" line="+50"/>
        <source>Run your board&apos;s strategic-plan review: look back at what was achieved, rank every objective, agree strategies, and leave with the revised plan. Everything is saved as you type, and nothing needs the internet.</source>
        <translation>Menez la révision du plan stratégique de votre conseil : revenez sur ce qui a été réalisé, classez chaque objectif, convenez des stratégies, et repartez avec le plan révisé. Tout est enregistré au fil de la saisie, et rien ne nécessite Internet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start an empty plan file</source>
        <translation>Commencer un fichier de plan vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a .retreat plan file</source>
        <translation>Ouvrir un fichier de plan .retreat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;sample plan</source>
        <translation>Ouvrir le plan d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fresh copy of a real plan review, to try things out</source>
        <translation>Une copie neuve d&apos;une vraie révision de plan, pour faire des essais</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recent plans</source>
        <translation>Plans &amp;récents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep It as My Own Plan…</source>
        <translation>&amp;Garder comme mon propre plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the sample copy under a name and in a folder of your choice</source>
        <translation>Enregistrer la copie de l&apos;exemple sous un nom et dans un dossier de votre choix</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a copy of the sample plan</source>
        <translation>une copie du plan d&apos;exemple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} (not found: moved, renamed or on a removed stick)</source>
        <translation>{path} (introuvable : déplacé, renommé ou sur une clé retirée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is a copy of the sample plan, kept in the program&apos;s own folder. Worked in it? Keep it as a plan of your own, where you keep your files.</source>
        <translation>« {name} » est une copie du plan d&apos;exemple, gardée dans le dossier du programme. Vous y avez travaillé ? Gardez-la comme votre propre plan, là où vous rangez vos fichiers.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../src/planner_gui/ui/window_actions.py" line="+162"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un plan &amp;récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Step</source>
        <translation>&amp;Aller à l&apos;étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty plan</source>
        <translation>Commencer un nouveau plan vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a plan file</source>
        <translation>Ouvrir un fichier de plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Sample Plan</source>
        <translation>Ouvrir le plan d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une co&amp;pie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a copy of the plan elsewhere; keep working here</source>
        <translation>Écrire une copie du plan ailleurs ; continuer à travailler ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move on to a copy of the plan under a new name</source>
        <translation>Continuer sur une copie du plan sous un nouveau nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep the Sample as My Own Plan…</source>
        <translation>&amp;Garder l&apos;exemple comme mon propre plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this copy of the sample plan under a name and in a folder of your choice, and carry on there</source>
        <translation>Enregistrer cette copie du plan d&apos;exemple sous un nom et dans un dossier de votre choix, et continuer là</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen Last Plan at S&amp;tart</source>
        <translation>Rouvrir le dernier plan au &amp;démarrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose Plan</source>
        <translation>Fermer &amp;le plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;revious Step</source>
        <translation>Étape pré&amp;cédente</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>When the program starts, open the plan open last, at the step where it was left</source>
        <translation>Au démarrage du programme, ouvrir le dernier plan ouvert, à l&apos;étape où il a été laissé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlarge text for the back of the room</source>
        <translation>Agrandir le texte pour le fond de la salle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the screen: no title bar</source>
        <translation>Occuper tout l&apos;écran : sans barre de titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the agenda and the session timer</source>
        <translation>Afficher ou masquer l&apos;ordre du jour et le minuteur de séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About {name}</source>
        <translation>À &amp;propos de {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System &amp;Default</source>
        <translation>&amp;Langue du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of this computer, if the program speaks it; else English</source>
        <translation>La langue de cet ordinateur, si le programme la parle ; sinon l&apos;anglais</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print &amp;Member Cards…</source>
        <translation>Imprimer les car&amp;tes des membres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One card per voting member: their name, a QR code and their own link for room voting</source>
        <translation>Une carte par membre votant : son nom, un code QR et son propre lien pour le vote en salle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir : {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Run a board&apos;s strategic-plan review retreat on a laptop, offline, and leave with the revised plan.&lt;/p&gt;&lt;p&gt;Every change is saved to the plan file as it is made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Menez la retraite de révision du plan stratégique d&apos;un conseil sur un ordinateur portable, hors ligne, et repartez avec le plan révisé.&lt;/p&gt;&lt;p&gt;Chaque modification est enregistrée dans le fichier du plan au moment où elle est faite.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../src/planner_gui/ui/words.py" line="+22"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly accepted</source>
        <translation>Acceptée en partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>Non acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN agency</source>
        <translation>Agence de l&apos;ONU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator of another objective</source>
        <translation>Indicateur d&apos;un autre objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into another objective</source>
        <translation>Fusionné avec un autre objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside our influence</source>
        <translation>Hors de notre influence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Ébauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reactive</source>
        <translation>Réactive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive</source>
        <translation>Proactive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>HMLD</source>
        <comment>the initials of High, Medium, Low and Dropped in this order: one key records each</comment>
        <translation>HMBA</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Obj. {number}</source>
        <translation>Obj. {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal {number}</source>
        <translation>Objectif général {number}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/planner_gui/ui/workspace.py" line="+98"/>
        <location line="+87"/>
        <source>Retreat steps</source>
        <translation>Étapes de la retraite</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+87"/>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Étape précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+87"/>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Étape suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Back: {step}</source>
        <translation>Retour : {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next: {step}</source>
        <translation>Suite : {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{step}: {state}
{prompt}</source>
        <translation>{step} : {state}
{prompt}</translation>
    </message>
</context>
<context>
    <name>agenda_table</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/agenda_table.py" line="+53"/>
        <source>session {number}</source>
        <translation>séance {number}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projected</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions of the retreat</source>
        <translation>Séances de la retraite</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/planner_gui/ui/app.py" line="+56"/>
        <source>An unexpected error stopped the last action: {error}</source>
        <translation>Une erreur inattendue a interrompu la dernière action : {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error ({kind}) stopped the last action.</source>
        <translation>Une erreur inattendue ({kind}) a interrompu la dernière action.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the sample plan</source>
        <translation>le plan d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>ballot_files</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_files.py" line="+52"/>
        <source>Write the ballot workbooks in which folder?</source>
        <translation>Dans quel dossier écrire les classeurs de vote ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ballot workbooks were not written</source>
        <translation>Les classeurs de vote n&apos;ont pas été écrits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the ballot workbooks already there?</source>
        <translation>Remplacer les classeurs de vote déjà présents ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace them</source>
        <translation>Les remplacer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ballot workbooks written</source>
        <translation>Classeurs de vote écrits</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the ballots…</source>
        <translation>Lecture des bulletins…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import ballots</source>
        <translation>Importer les bulletins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: {name}&apos;s ballot is also in {other}; import only one of the two.</source>
        <translation>{file} : le bulletin de {name} est aussi dans {other} ; n&apos;importez que l&apos;un des deux.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import filled-in ballots</source>
        <translation>Importer les bulletins remplis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Some of these members have voted already</source>
        <translation>Certains de ces membres ont déjà voté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace their ballots</source>
        <translation>Remplacer leurs bulletins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the earlier ones</source>
        <translation>Garder les précédents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That change was not made</source>
        <translation>Cette modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No ballots were imported.</source>
        <translation>Aucun bulletin n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some ballots were not imported</source>
        <translation>Certains bulletins n&apos;ont pas été importés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballots imported</source>
        <translation>Bulletins importés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ballots imported</source>
        <translation>Aucun bulletin importé</translation>
    </message>
</context>
<context>
    <name>ballot_record</name>
    <message>
        <location filename="../src/planner_gui/ui/ballot_record.py" line="+74"/>
        <source>This secret ballot was cast before the plan was last opened: nothing in the plan links its votes to the member any more, so it can&apos;t be taken back.</source>
        <translation>Ce bulletin secret a été déposé avant la dernière ouverture du plan : plus rien dans le plan ne relie ses votes au membre, il ne peut donc pas être retiré.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../src/planner_gui/ui/commands.py" line="+200"/>
        <source>Add Goal {number}</source>
        <translation>Ajouter l&apos;objectif général {number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Obj. {number}</source>
        <translation>Ajouter l&apos;Obj. {number}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move Goal {number}</source>
        <translation>Déplacer l&apos;objectif général {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move Obj. {number}</source>
        <translation>Déplacer l&apos;Obj. {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort objectives of Goal {number}</source>
        <translation>Trier les objectifs de l&apos;objectif général {number}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Start review from here</source>
        <translation>Partir d&apos;ici pour la révision</translation>
    </message>
</context>
<context>
    <name>context_templates</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_templates.py" line="-90"/>
        <source>{name} could not be read ({error}); it is left out.</source>
        <translation>{name} n&apos;a pas pu être lu ({error}) ; il est laissé de côté.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../src/planner_gui/ui/dialogs.py" line="+18"/>
        <source>Retreat plans (*.retreat);;All files (*)</source>
        <translation>Plans de retraite (*.retreat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open It</source>
        <translation>L&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan is safe: every change made before this was saved. If it happens again, copy the details and send them to whoever supports the program.</source>
        <translation>Votre plan est en sécurité : chaque modification faite avant cela a été enregistrée. Si cela se reproduit, copiez les détails et envoyez-les à la personne qui assure le support du programme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>member_cards</name>
    <message>
        <location filename="../src/planner_gui/ui/member_cards.py" line="+45"/>
        <source>The address room voting will run at, written into every card&apos;s link. Use this laptop&apos;s address at the venue, or its own hotspot&apos;s (the same wherever it is):</source>
        <translation>L&apos;adresse à laquelle le vote en salle tournera, écrite dans le lien de chaque carte. Utilisez l&apos;adresse de cet ordinateur sur le lieu, ou celle de son propre point d&apos;accès (la même où qu&apos;il soit) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print member cards</source>
        <translation>Imprimer les cartes des membres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No member cards to print</source>
        <translation>Aucune carte de membre à imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the board&apos;s voting members on the Members tab.</source>
        <translation>Ajoutez les membres votants du conseil dans l&apos;onglet Membres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{plan} - member cards</source>
        <translation>{plan} - cartes des membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the member cards</source>
        <translation>Enregistrer les cartes des membres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The member cards were not written</source>
        <translation>Les cartes des membres n&apos;ont pas été écrites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member cards written</source>
        <translation>Cartes des membres écrites</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../src/planner_gui/ui/numbers.py" line="+49"/>
        <source>d MMMM yyyy</source>
        <comment>a date written out: Qt&apos;s date format pattern</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{date} at {time}</source>
        <comment>a date and a time of day</comment>
        <translation>{date} à {time}</translation>
    </message>
</context>
<context>
    <name>plan_opener</name>
    <message>
        <location filename="../src/planner_gui/ui/plan_opener.py" line="+45"/>
        <source>The folder holding “{name}” can&apos;t be written to (a write-protected stick?), so the plan can&apos;t be changed here.</source>
        <translation>Le dossier qui contient « {name} » n&apos;est pas accessible en écriture (une clé protégée en écriture ?), le plan ne peut donc pas être modifié ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is already open in {who}. To keep it safe, it opens read-only here: you can look, but not change it. Close it there to edit it here.</source>
        <translation>« {name} » est déjà ouvert dans {who}. Pour le protéger, il s&apos;ouvre ici en lecture seule : vous pouvez le consulter, pas le modifier. Fermez-le là-bas pour le modifier ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan could not be opened</source>
        <translation>Le plan n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a plan file: its name ends in {suffix}. A spreadsheet can be made into a plan with File &gt; New from Spreadsheet…</source>
        <translation>Choisissez un fichier de plan : son nom se termine par {suffix}. Un classeur peut devenir un plan avec Fichier &gt; Nouveau à partir d&apos;un classeur…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open the sample plan</source>
        <translation>Ouvrir le plan d&apos;exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have worked in a copy of the sample plan: “{name}”, last changed {when}.

Continue in it, or start a fresh copy of the sample? Your copy is kept either way, and File &gt; Open Recent lists it.</source>
        <translation>Vous avez travaillé dans une copie du plan d&apos;exemple : « {name} », modifiée pour la dernière fois le {when}.

Continuer dans celle-ci, ou partir d&apos;une copie neuve de l&apos;exemple ? Votre copie est conservée dans les deux cas, et Fichier &gt; Ouvrir un plan récent la propose.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue in My Copy</source>
        <translation>Continuer dans ma copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a Fresh Copy</source>
        <translation>Partir d&apos;une copie neuve</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sample plan could not be opened</source>
        <translation>Le plan d&apos;exemple n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{name}” is the plan open in this window. Choose another name.</source>
        <translation>« {name} » est le plan ouvert dans cette fenêtre. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder {folder} can&apos;t be written (a write-protected stick, or a folder you may not change). Choose another folder.</source>
        <translation>Le dossier {folder} n&apos;est pas accessible en écriture (une clé protégée en écriture, ou un dossier que vous ne pouvez pas modifier). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is open in another program or window, so it can&apos;t be replaced. Choose another name.</source>
        <translation>« {name} » est ouvert dans un autre programme ou une autre fenêtre, il ne peut donc pas être remplacé. Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>plan_out</name>
    <message>
        <location filename="../src/planner_gui/ui/plan_out.py" line="-190"/>
        <location filename="../src/planner_gui/ui/report_preview.py" line="+24"/>
        <source>{plan} - revised plan</source>
        <translation>{plan} - plan révisé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the revised plan</source>
        <translation>Exporter le plan révisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the revised plan…</source>
        <translation>Écriture du plan révisé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The workbook was not written</source>
        <translation>Le classeur n&apos;a pas été écrit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revised plan exported</source>
        <translation>Plan révisé exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revised plan is in {path}.</source>
        <translation>Le plan révisé se trouve dans {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write an empty plan workbook</source>
        <translation>Écrire un classeur de plan vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan template</source>
        <translation>Modèle de plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The template was not written</source>
        <translation>Le modèle n&apos;a pas été écrit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan template written</source>
        <translation>Modèle de plan écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in {name} in Excel or LibreOffice, then choose File &gt; New from Spreadsheet… to make it a plan.</source>
        <translation>Remplissez {name} dans Excel ou LibreOffice, puis choisissez Fichier &gt; Nouveau à partir d&apos;un classeur… pour en faire un plan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a plan from a spreadsheet</source>
        <translation>Créer un plan à partir d&apos;un classeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the new plan as</source>
        <translation>Enregistrer le nouveau plan sous</translation>
    </message>
</context>
<context>
    <name>report_preview</name>
    <message>
        <location filename="../src/planner_gui/ui/report_preview.py" line="-67"/>
        <source>Export the revised plan as PDF</source>
        <translation>Exporter le plan révisé en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary exported</source>
        <translation>Synthèse exportée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printable summary is in {path}.</source>
        <translation>La synthèse imprimable se trouve dans {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{plan} - ranking results {date}</source>
        <translation>{plan} - résultats du classement {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the ranking results as PDF</source>
        <translation>Exporter les résultats du classement en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results exported</source>
        <translation>Résultats exportés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ranking results, for the minutes, are in {path}.</source>
        <translation>Les résultats du classement, pour le procès-verbal, se trouvent dans {path}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The PDF was not written</source>
        <translation>Le PDF n&apos;a pas été écrit</translation>
    </message>
</context>
<context>
    <name>results_columns</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/results_columns.py" line="+65"/>
        <source>⚑ Discuss</source>
        <translation>⚑ À discuter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consensus: {all} = everyone agrees, {none} = split between the extremes; below {threshold} is flagged.</source>
        <translation>Consensus : {all} = tout le monde est d&apos;accord, {none} = partagé entre les extrêmes ; en dessous de {threshold}, l&apos;objectif est signalé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no votes</source>
        <translation>aucun vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tier} ({count} of {total})</source>
        <translation>{tier} ({count} sur {total})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decide {priority} for Obj. {number}</source>
        <translation>Décider « {priority} » pour l&apos;Obj. {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decide {priority} for {objective}</source>
        <translation>Décider « {priority} » pour {objective}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set why {objective} is dropped</source>
        <translation>Indiquer pourquoi {objective} est abandonné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the objective {objective} points to</source>
        <translation>Indiquer l&apos;objectif auquel renvoie {objective}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set votes counted by hand of {objective}</source>
        <translation>Saisir les votes à main levée de {objective}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} of {total} votes: {tier}</source>
        <translation>{count} votes sur {total} : {tier}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hands raised for “{tier}” on Obj. {number}</source>
        <translation>Mains levées pour « {tier} » sur l&apos;Obj. {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The board has not decided yet (Decisions tab).</source>
        <translation>Le conseil n&apos;a pas encore décidé (onglet Décisions).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board decided: {decided}. Most votes were for: {leading}.</source>
        <translation>Le conseil a décidé : {decided}. La plupart des votes étaient pour : {leading}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The board decided: {decided}.</source>
        <translation>Le conseil a décidé : {decided}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Obj.</source>
        <translation>Obj.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From ballots</source>
        <translation>Des bulletins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes on this objective from the members&apos; ballots (not how they voted)</source>
        <translation>Votes sur cet objectif venus des bulletins des membres (pas leur sens)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each tier&apos;s share of the votes; the count is written on its segment</source>
        <translation>La part des votes de chaque niveau ; le nombre est écrit sur son segment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean score: high 3, medium 2, low 1, dropped 0</source>
        <translation>Score moyen : haute 3, moyenne 2, basse 1, abandonné 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flag</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The board is split on this one: discuss it before deciding.</source>
        <translation>Le conseil est partagé sur celui-ci : à discuter avant de décider.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contested objectives, to discuss before deciding</source>
        <translation>Objectifs partagés, à discuter avant de décider</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most votes</source>
        <translation>Le plus de votes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier with the most votes (the higher one on a tie)</source>
        <translation>Le niveau qui a le plus de votes (le plus haut en cas d&apos;égalité)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room&apos;s vote</source>
        <translation>Vote de la salle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown once the results are revealed (Results tab).</source>
        <translation>Affiché une fois les résultats dévoilés (onglet Résultats).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The board&apos;s decision (Decisions tab); it may differ from the vote</source>
        <translation>La décision du conseil (onglet Décisions) ; elle peut différer du vote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why dropped</source>
        <translation>Raison de l&apos;abandon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a dropped objective has a reason.</source>
        <translation>Seul un objectif abandonné a une raison.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points to</source>
        <translation>Renvoie à</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The objective this one became part of.</source>
        <translation>L&apos;objectif dont celui-ci fait désormais partie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} gave no vote on Obj. {number}.</source>
        <translation>{name} n&apos;a pas voté sur l&apos;Obj. {number}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}&apos;s vote on each objective (hover a cell for their comment)</source>
        <translation>Le vote de {name} sur chaque objectif (survolez une cellule pour son commentaire)</translation>
    </message>
</context>
<context>
    <name>strategy_tables</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_tables.py" line="-215"/>
        <source>A target&apos;s number is a number (25, {half}), not “{text}”.</source>
        <translation>Le nombre d&apos;une cible est un nombre (25, {half}), pas « {text} ».</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: a year, a month or a day (2015, 2015-09, 2015-09-30)</source>
        <translation>Quand : une année, un mois ou un jour (2015, 2015-09, 2015-09-30)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add target</source>
        <translation>Ajouter une cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>priority country</source>
        <translation>pays prioritaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add priority country</source>
        <translation>Ajouter un pays prioritaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority countries</source>
        <translation>Pays prioritaires</translation>
    </message>
</context>
<context>
    <name>timer_label</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/timer_label.py" line="-182"/>
        <source>over by {minutes} min</source>
        <translation>dépassement de {minutes} min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{minutes} min left</source>
        <translation>encore {minutes} min</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{minutes} min late</source>
        <translation>{minutes} min de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min early</source>
        <translation>{minutes} min d&apos;avance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned {planned}; now expected {expected}, {lateness}.</source>
        <translation>Prévu {planned} ; attendu maintenant {expected}, {lateness}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done in {minutes} min</source>
        <translation>Terminée en {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused at {time}</source>
        <translation>En pause à {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day {day} ends at {time} — as planned</source>
        <translation>Le jour {day} finit à {time} — comme prévu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day {day} ends at {time} — planned {planned} ({change} min)</source>
        <translation>Le jour {day} finit à {time} — prévu {planned} ({change} min)</translation>
    </message>
</context>
</TS>
