<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AchievementsPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/achievements_page.py" line="+108"/>
        <source>Achievements with this contribution: {level}</source>
        <translation>Logros con esta contribución: {level}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Objectives with no achievement recorded</source>
        <translation>Objetivos sin ningún logro registrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;lates to</source>
        <translation>Se &amp;refiere a</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>achievement</source>
        <translation>logro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add achievement</source>
        <translation>Añadir logro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an achievement to edit it here, or add one.</source>
        <translation>Seleccione un logro para editarlo aquí, o añada uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the achievement (Delete)</source>
        <translation>Eliminar el logro (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New achievement</source>
        <translation>Nuevo logro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Achievement</source>
        <translation>&amp;Logro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Contribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evi&amp;dence</source>
        <translation>Evi&amp;dencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>achievement “{title}”</source>
        <translation>logro «{title}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>achievement {number}</source>
        <translation>logro {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{level}: {count}</source>
        <translation>{level}: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No achievement recorded yet for Obj. {numbers}</source>
        <translation>Aún no hay logros registrados para los Obj. {numbers}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every objective has at least one achievement recorded.</source>
        <translation>Cada objetivo tiene al menos un logro registrado.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change objectives of {row}</source>
        <translation>Cambiar los objetivos de: {row}</translation>
    </message>
</context>
<context>
    <name>AgendaDock</name>
    <message>
        <location filename="../src/planner_gui/ui/agenda_edits.py" line="+59"/>
        <source>The timer was not changed</source>
        <translation>El temporizador no se ha cambiado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That was the last session of day {day}. Select the next one and press Start.</source>
        <translation>Esa fue la última sesión del día {day}. Seleccione la siguiente y pulse Iniciar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set the timer of {session} back to zero? The {ran} it has run will be forgotten.</source>
        <translation>¿Poner a cero el temporizador de {session}? Se olvidarán los {ran} que ya lleva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset the timer?</source>
        <translation>¿Poner el temporizador a cero?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/planner_gui/ui/agenda_panel.py" line="+160"/>
        <source>Reset</source>
        <translation>Poner a cero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit title of {session}</source>
        <translation>Editar el título de {session}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/planner_gui/ui/agenda_panel.py" line="+1"/>
        <location line="+15"/>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete {session}</source>
        <translation>Eliminar {session}</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/agenda_panel.py" line="-19"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Next session</source>
        <translation>Sesión siguiente</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>End this session (F8)</source>
        <translation>Terminar esta sesión (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset: set the timer to zero</source>
        <translation>Poner a cero: el temporizador vuelve a cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a session (Ctrl+Shift+N)</source>
        <translation>Añadir una sesión (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier in the day (Ctrl+Up)</source>
        <translation>Antes en el día (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later in the day (Ctrl+Down)</source>
        <translation>Después en el día (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the session (Delete)</source>
        <translation>Eliminar la sesión (Supr)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start or pause the timer (F7)</source>
        <translation>Iniciar o pausar el temporizador (F7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start or pause the timer</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some columns are hidden: widen the agenda, or float it (double-click its title).</source>
        <translation>Algunas columnas están ocultas: ensanche el orden del día, o despréndalo (doble clic en su título).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions of the retreat</source>
        <translation>Sesiones del retiro</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>No plan is open.</source>
        <translation>No hay ningún plan abierto.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a plan to see its agenda.</source>
        <translation>Abra un plan para ver su orden del día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session yet.</source>
        <translation>Todavía no hay sesiones.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the retreat&apos;s sessions to time them.</source>
        <translation>Añada las sesiones del retiro para cronometrarlas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done in {minutes} min.</source>
        <translation>Terminada en {minutes} min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Resume it with F7.</source>
        <translation>En pausa. Reanúdela con F7.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started. Start it with F7.</source>
        <translation>Sin empezar. Iníciela con F7.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of {planned}</source>
        <translation>de {planned}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>ApplyTemplate</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_templates.py" line="+50"/>
        <source>Start the context analysis from “{name}”</source>
        <translation>Empezar el análisis del contexto a partir de «{name}»</translation>
    </message>
</context>
<context>
    <name>BallotBooth</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_booth.py" line="+119"/>
        <source>Ballot — {program}</source>
        <translation>Papeleta — {program}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start my ballot</source>
        <translation>Empezar mi papeleta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before the ballot</source>
        <translation>Antes de votar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of names</source>
        <translation>Volver a la lista de nombres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the ballot</source>
        <translation>Después de votar</translation>
    </message>
</context>
<context>
    <name>BallotForm</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_form.py" line="+45"/>
        <source>↑↓ move · 1 or {h} high · 2 or {m} medium · 3 or {l} low · 4 or {d} dropped · 0 clear · F2 comment · Ctrl+Enter submit</source>
        <translation>↑↓ moverse · 1 o {h} alta · 2 o {m} media · 3 o {l} baja · 4 o {d} descartado · 0 borrar · F2 comentar · Ctrl+Intro enviar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>High priorities on this ballot</source>
        <translation>Prioridades altas en esta papeleta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My ballot</source>
        <translation>Mi papeleta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>0  Clear</source>
        <translation>0  Borrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record this ballot (Ctrl+Enter)</source>
        <translation>Registrar esta papeleta (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit my ballot</source>
        <translation>&amp;Enviar mi papeleta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without recording anything (Esc)</source>
        <translation>Salir sin registrar nada (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar papeleta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the selected objective:</source>
        <translation>Para el objetivo seleccionado:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ballot of {name}</source>
        <translation>Papeleta de {name}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>High: {count} of at most {cap}</source>
        <translation>Alta: {count} de {cap} como máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High: {count}</source>
        <translation>Alta: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — too many: move {extra} to medium or low</source>
        <translation> — demasiadas: pase {extra} a media o baja</translation>
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
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>BallotTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_tab.py" line="+59"/>
        <source>Cap on “high” per ballot:</source>
        <translation>Tope de «alta» por papeleta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cap</source>
        <translation>sin tope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap on high priorities</source>
        <translation>Tope de prioridades altas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources are limited: the most objectives one ballot may rank high (0: no cap)</source>
        <translation>Los recursos son limitados: el máximo de objetivos que una papeleta puede clasificar como alta (0: sin tope)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One workbook per voting member, to fill in Excel or LibreOffice</source>
        <translation>Un libro por miembro con voto, para rellenar en Excel o LibreOffice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write ballot workbooks…</source>
        <translation>Escribir libros de votación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read filled-in ballot workbooks into the plan</source>
        <translation>Leer en el plan los libros de votación rellenados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import ballots…</source>
        <translation>Importar papeletas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member is voting</source>
        <translation>Un miembro está votando</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ballot recorded</source>
        <translation>Papeleta registrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who has voted</source>
        <translation>Quién ha votado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members who vote</source>
        <translation>Miembros con voto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start my ballot</source>
        <translation>Empezar mi pape&amp;leta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The facilitator&apos;s action: remove the selected member&apos;s ballot (asked first), so they may vote again</source>
        <translation>Acción del facilitador: retirar la papeleta del miembro seleccionado (previa confirmación), para que pueda volver a votar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Take Back a Ballot…</source>
        <translation>Retirar una papeleta…</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>&lt;b&gt;Next member: pick your name&lt;/b&gt; (Enter or double-click), and vote on your own.</source>
        <translation>&lt;b&gt;Siguiente miembro: elija su nombre&lt;/b&gt; (Intro o doble clic) y vote a solas.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name}&apos;s ballot was closed unrecorded: {name} is no longer a voting member.</source>
        <translation>La papeleta de {name} se cerró sin registrarse: {name} ya no es miembro con voto.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{voted} have voted.</source>
        <translation>Han votado: {voted}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to vote: {names}.</source>
        <translation>Faltan por votar: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voting members yet: add the board&apos;s members on the Members tab.</source>
        <translation>Todavía no hay miembros con voto: añada los miembros de la junta en la pestaña Miembros.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{voted} of {all}</source>
        <translation>{voted} de {all}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take Back {name}&apos;s Ballot…</source>
        <translation>Retirar la papeleta de {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} has voted already</source>
        <translation>{name} ya ha votado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s ballot is recorded. To let them vote again, the facilitator first takes their ballot back (Take Back {name}&apos;s Ballot…, beside the list of names); their earlier choices are never shown.</source>
        <translation>La papeleta de {name} está registrada. Para que {name} pueda volver a votar, el facilitador retira primero su papeleta (Retirar la papeleta de {name}…, junto a la lista de nombres); sus elecciones anteriores nunca se muestran.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The room can see this screen</source>
        <translation>La sala puede ver esta pantalla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is voting</source>
        <translation>{name} está votando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{voted} have voted</source>
        <translation>Han votado: {voted}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{detail} · the ballot is open on the laptop&apos;s own screen</source>
        <translation>{detail} · la papeleta está abierta en la pantalla del portátil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s ballot</source>
        <translation>Papeleta de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only you should see this ballot.
Facilitator: if the room sees this screen, blank the projector now.
Then press Space or Enter, or click Start my ballot.</source>
        <translation>Solo usted debe ver esta papeleta.
Facilitador: si la sala ve esta pantalla, apague la imagen del proyector ahora.
Luego pulse Espacio o Intro, o haga clic en Empezar mi papeleta.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n comment(s) on objectives without a priority will not be kept.</source>
        <translation>
            <numerusform>%n comentario sobre un objetivo sin prioridad no se conservará.</numerusform>
            <numerusform>%n comentarios sobre objetivos sin prioridad no se conservarán.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_booth.py" line="-79"/>
        <source>This laptop has one screen, or its projector shows the same picture (mirrored): the room would see each member&apos;s ballot.

Before a member starts, blank the projector: most projectors&apos; remotes have a Blank, AV Mute or Picture Mute button. Or set the displays to Extend instead of Mirror (on Windows: Windows+P, then Extend; on a Mac: System Settings, Displays; on Linux: the display settings): the projector then shows only a cover while a member votes.

Each ballot starts behind a cover until the member presses Space or Enter, and the cover comes back when they submit. (This note is shown once.)</source>
        <translation>Este portátil tiene una sola pantalla, o su proyector muestra la misma imagen (duplicada): la sala vería la papeleta de cada miembro.

Antes de que un miembro empiece, apague la imagen del proyector: la mayoría de los mandos tienen un botón Blank, AV Mute o Picture Mute. O configure las pantallas en Extender en lugar de Duplicar (en Windows: Windows+P y luego Extender; en un Mac: Ajustes del Sistema, Pantallas; en Linux: la configuración de pantalla): el proyector solo muestra entonces una portada mientras un miembro vota.

Cada papeleta empieza detrás de una portada hasta que el miembro pulsa Espacio o Intro, y la portada vuelve cuando la envía. (Este aviso se muestra una sola vez.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please hand the laptop back to the facilitator.</source>
        <translation>Por favor, devuelva el portátil al facilitador.</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_tab.py" line="+1"/>
        <source>Some objectives have no priority</source>
        <translation>Algunos objetivos no tienen prioridad</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n objective(s) have no priority. Submit anyway, abstaining on them?</source>
        <translation>
            <numerusform>%n objetivo no tiene prioridad. ¿Enviar de todos modos, absteniéndose en él?</numerusform>
            <numerusform>%n objetivos no tienen prioridad. ¿Enviar de todos modos, absteniéndose en ellos?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Ballot received</source>
        <translation>Papeleta recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you, {name}. {hand_back}</source>
        <translation>Gracias, {name}. {hand_back}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you, {name}: your ballot is recorded, and hidden from the screen.</source>
        <translation>Gracias, {name}: su papeleta está registrada y ya no se ve en la pantalla.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A ballot of {name} was recorded meanwhile. Replace it?</source>
        <translation>Mientras tanto se registró una papeleta de {name}. ¿Reemplazarla?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has a ballot already</source>
        <translation>{name} ya tiene una papeleta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ballot is not recorded yet</source>
        <translation>Esta papeleta aún no está registrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>That change was not made</source>
        <translation>Ese cambio no se ha hecho</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Discard this ballot?</source>
        <translation>¿Descartar esta papeleta?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of the choices on {name}&apos;s ballot will be recorded.</source>
        <translation>No se registrará nada de lo elegido en la papeleta de {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was recorded</source>
        <translation>No se ha registrado nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s ballot was discarded. {hand_back}</source>
        <translation>La papeleta de {name} se ha descartado. {hand_back}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Take back {name}&apos;s ballot?</source>
        <translation>¿Retirar la papeleta de {name}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s ballot will be removed from the plan, unseen, and {name} may then vote again. This is not undone from the Edit menu.</source>
        <translation>La papeleta de {name} se quitará del plan sin mostrarse, y {name} podrá volver a votar. Esto no se deshace desde el menú Editar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Back the Ballot</source>
        <translation>Retirar la papeleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep It</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}&apos;s ballot was taken back: {name} may vote again.</source>
        <translation>Se ha retirado la papeleta de {name}: {name} puede volver a votar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the cap on high</source>
        <translation>Fijar el tope de «alta»</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/chart_tab.py" line="+46"/>
        <source>The picture is hidden with the results, so nobody votes with the bandwagon: reveal them on the Results tab.</source>
        <translation>El gráfico está oculto junto con los resultados, para que nadie se deje arrastrar por la mayoría: revélelos en la pestaña Resultados.</translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_page.py" line="+56"/>
        <source>Context analysis and stakeholders</source>
        <translation>Análisis del contexto y actores clave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Stakeholders</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Context analysis: sections, points and sub-points</source>
        <translation>Análisis del contexto: secciones, puntos y subpuntos</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+169"/>
        <location filename="../src/planner_gui/ui/pages/context_tools.py" line="+21"/>
        <location line="+4"/>
        <source>Add point</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Add a point after the selected one (Ctrl+Shift+N)</source>
        <translation>Añadir un punto después del seleccionado (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+176"/>
        <source>Add sub-point</source>
        <translation>Añadir subpunto</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Add a sub-point to the selected point (Ctrl+Shift+P)</source>
        <translation>Añadir un subpunto al punto seleccionado (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+183"/>
        <source>Add section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Add a section after the selected one (Ctrl+Shift+T)</source>
        <translation>Añadir una sección después de la seleccionada (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indent</source>
        <translation>Aumentar sangría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it a sub-point of the point above (Ctrl+] or Alt+Right)</source>
        <translation>Convertirlo en subpunto del punto anterior (Ctrl+] o Alt+Derecha)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outdent</source>
        <translation>Reducir sangría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the sub-point a point of its own (Ctrl+[ or Alt+Left)</source>
        <translation>Convertir el subpunto en un punto propio (Ctrl+[ o Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+241"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Delete the selected section or point (Delete)</source>
        <translation>Eliminar la sección o el punto seleccionado (Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Move to section</source>
        <translation>Mover a la sección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the point to another section (Ctrl+Shift+M)</source>
        <translation>Mover el punto a otra sección (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_tools.py" line="-7"/>
        <source>Context analysis tools</source>
        <translation>Herramientas del análisis del contexto</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_page.py" line="+53"/>
        <source>Stakeholders ({count})</source>
        <translation>Actores clave ({count})</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indent {point}</source>
        <translation>Aumentar sangría de {point}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outdent {point}</source>
        <translation>Reducir sangría de {point}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move {point} to {section}</source>
        <translation>Mover {point} a {section}</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Delete the section {label} and its %n point(s)? Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar la sección {label} y su %n punto? Deshacer los recupera.</numerusform>
            <numerusform>¿Eliminar la sección {label} y sus %n puntos? Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete section?</source>
        <translation>¿Eliminar la sección?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete the point {label} and its %n sub-point(s)? Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar el punto {label} y su %n subpunto? Deshacer los recupera.</numerusform>
            <numerusform>¿Eliminar el punto {label} y sus %n subpuntos? Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete point?</source>
        <translation>¿Eliminar el punto?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete section {label}</source>
        <translation>Eliminar la sección {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete point {label}</source>
        <translation>Eliminar el punto {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete sub-point {label}</source>
        <translation>Eliminar el subpunto {label}</translation>
    </message>
</context>
<context>
    <name>ContextTreeModel</name>
    <message>
        <location filename="../src/planner_gui/ui/models/context_tree.py" line="+100"/>
        <source>Context analysis</source>
        <translation>Análisis del contexto</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Untitled section</source>
        <translation>Sección sin título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty point (press F2 to write it)</source>
        <translation>Punto vacío (pulse F2 para escribirlo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Section: {text}</source>
        <translation>Sección: {text}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point: {text}</source>
        <translation>Punto: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-point: {text}</source>
        <translation>Subpunto: {text}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rename section {label}</source>
        <translation>Renombrar la sección {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit point {label}</source>
        <translation>Editar el punto {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit sub-point {label}</source>
        <translation>Editar el subpunto {label}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Move section {label}</source>
        <translation>Mover la sección {label}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move point {label}</source>
        <translation>Mover el punto {label}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move sub-point {label}</source>
        <translation>Mover el subpunto {label}</translation>
    </message>
</context>
<context>
    <name>CountDelegate</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/hands_tab.py" line="+52"/>
        <source>Votes counted by hand: {tier}</source>
        <translation>Votos contados a mano alzada: {tier}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/counts.py" line="+23"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objetivo general</numerusform>
            <numerusform>%n objetivos generales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) to achievements</source>
        <translation>
            <numerusform>%n vínculo con un logro</numerusform>
            <numerusform>%n vínculos con logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) to strategies</source>
        <translation>
            <numerusform>%n vínculo con una estrategia</numerusform>
            <numerusform>%n vínculos con estrategias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n papeleta</numerusform>
            <numerusform>%n papeletas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n priority country(ies)</source>
        <translation>
            <numerusform>%n país prioritario</numerusform>
            <numerusform>%n países prioritarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n related row(s)</source>
        <translation>
            <numerusform>%n fila relacionada</numerusform>
            <numerusform>%n filas relacionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{folder} already holds %n ballot workbook(s) with the same names ({names}). Writing new ones replaces them, and anything members filled in there is lost. Import the filled-in ones first, or choose another folder.</source>
        <translation>
            <numerusform>{folder} ya contiene %n libro de votación con el mismo nombre ({names}). Escribir otros nuevos lo reemplaza, y se pierde todo lo que los miembros hayan rellenado en él. Importe primero los libros rellenados, o elija otra carpeta.</numerusform>
            <numerusform>{folder} ya contiene %n libros de votación con los mismos nombres ({names}). Escribir otros nuevos los reemplaza, y se pierde todo lo que los miembros hayan rellenado en ellos. Importe primero los libros rellenados, o elija otra carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n ballot workbook(s) written in {folder}:
{names}

Give each member their own. They fill in the Priority column (and a comment if they like) in Excel or LibreOffice, save it and give it back; then use Import ballots.</source>
        <translation>
            <numerusform>%n libro de votación escrito en {folder}:
{names}

Entregue a cada miembro el suyo. Rellena la columna Prioridad (y un comentario si quiere) en Excel o LibreOffice, lo guarda y lo devuelve; después use Importar papeletas.</numerusform>
            <numerusform>%n libros de votación escritos en {folder}:
{names}

Entregue a cada miembro el suyo. Cada uno rellena la columna Prioridad (y un comentario si quiere) en Excel o LibreOffice, lo guarda y lo devuelve; después use Importar papeletas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{names} have voted already. Replace their ballots with these files? (Cancel keeps their earlier ballots and skips these files.)</source>
        <translation>
            <numerusform>{names} ya ha votado. ¿Reemplazar su papeleta por este archivo? (Cancelar conserva la papeleta anterior y omite este archivo.)</numerusform>
            <numerusform>{names} ya han votado. ¿Reemplazar sus papeletas por estos archivos? (Cancelar conserva las papeletas anteriores y omite estos archivos.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n ballot(s) imported: {names}.</source>
        <translation>
            <numerusform>%n papeleta importada: {names}.</numerusform>
            <numerusform>%n papeletas importadas: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kept the earlier ballots of {names}; their files were not imported.</source>
        <translation>
            <numerusform>Se conserva la papeleta anterior de {names}; su archivo no se ha importado.</numerusform>
            <numerusform>Se conservan las papeletas anteriores de {names}; sus archivos no se han importado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not imported, nothing of them recorded. Correct these and import again:</source>
        <translation>
            <numerusform>%n archivo sin importar, no se ha registrado nada de él. Corríjalo e importe de nuevo:</numerusform>
            <numerusform>%n archivos sin importar, no se ha registrado nada de ellos. Corríjalos e importe de nuevo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Includes votes counted by hand on %n objective(s).</source>
        <translation>
            <numerusform>Incluye votos contados a mano alzada en %n objetivo.</numerusform>
            <numerusform>Incluye votos contados a mano alzada en %n objetivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>votes counted for %n objective(s)</source>
        <translation>
            <numerusform>votos contados para %n objetivo</numerusform>
            <numerusform>votos contados para %n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n objective(s) voted on.</source>
        <translation>
            <numerusform>%n objetivo ha recibido votos.</numerusform>
            <numerusform>%n objetivos han recibido votos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n member card(s) are in {path}. Print them, cut them out, and give each member their own. They work while room voting runs at {address} (the Room voting tab).</source>
        <translation>
            <numerusform>%n tarjeta de miembro está en {path}. Imprímala, recórtela y entréguela a su miembro. Funciona mientras la votación en sala esté abierta en {address} (pestaña Votación en sala).</numerusform>
            <numerusform>%n tarjetas de miembro están en {path}. Imprímalas, recórtelas y entregue a cada miembro la suya. Funcionan mientras la votación en sala esté abierta en {address} (pestaña Votación en sala).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/cover.py" line="+38"/>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_coverage.py" line="+32"/>
        <source>High-priority objectives without a strategy</source>
        <translation>Objetivos de prioridad alta sin estrategia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategies serving a dropped objective</source>
        <translation>Estrategias al servicio de un objetivo descartado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium-priority objectives without a strategy</source>
        <translation>Objetivos de prioridad media sin estrategia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>⚠ High priority without a strategy: {objectives}</source>
        <translation>⚠ Prioridad alta sin estrategia: {objectives}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Every high-priority objective has a strategy.</source>
        <translation>✓ Cada objetivo de prioridad alta tiene una estrategia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{strategy}” serves dropped Obj. {number}</source>
        <translation>«{strategy}» sirve al Obj. {number}, descartado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Out of date: {parts}</source>
        <translation>⚠ Desactualizado: {parts}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medium priority without a strategy yet: {objectives}</source>
        <translation>Prioridad media aún sin estrategia: {objectives}</translation>
    </message>
</context>
<context>
    <name>DayEnds</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/timer_label.py" line="+281"/>
        <source>Day end</source>
        <translation>Fin del día</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/decisions_tab.py" line="+60"/>
        <source>Decisions so far</source>
        <translation>Decisiones hasta ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press 1–4 (or {h}, {m}, {l}, {d}) to record the board&apos;s decision on the framed objective; the next one is framed. After {d} (dropped), pick why from the list that opens. F2 or Enter changes the framed cell; arrows move the frame.</source>
        <translation>Pulse 1–4 (o {h}, {m}, {l}, {d}) para registrar la decisión de la junta sobre el objetivo enmarcado; entonces se enmarca el siguiente. Después de {d} (descartado), elija el motivo en la lista que se abre. F2 o Intro cambian la celda enmarcada; las flechas mueven el marco.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Strategy…</source>
        <translation>Estra&amp;tegia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the strategy serving the selected objective, or draft one</source>
        <translation>Ir a la estrategia que sirve al objetivo seleccionado, o redactar una</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Rationale</source>
        <translation>&amp;Justificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the board decided so: what was said in the room.</source>
        <translation>Por qué la junta decidió así: lo que se dijo en la sala.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Edit rationale of Obj. {number}</source>
        <translation>Editar la justificación del Obj. {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Rationale for Obj. {number}</source>
        <translation>&amp;Justificación del Obj. {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} {tier}</source>
        <comment>a decision&apos;s count: 6 high</comment>
        <translation>{tier}: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided: {counts}</source>
        <translation>Decidido: {counts}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still undecided</source>
        <translation>
            <numerusform>%n aún sin decidir</numerusform>
            <numerusform>%n aún sin decidir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscussionView</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/discussion.py" line="+56"/>
        <source>Discussion — {program}</source>
        <translation>Debate — {program}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion view</source>
        <translation>Vista de debate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which objective</source>
        <translation>Qué objetivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {flag}</source>
        <translation>Solo {flag}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk only the objectives the board is split on (F)</source>
        <translation>Recorrer solo los objetivos en que la junta está dividida (F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the Results (Esc)</source>
        <translation>Volver a los resultados (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The votes are hidden until the facilitator reveals them.</source>
        <translation>Los votos están ocultos hasta que el facilitador los revele.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The board&apos;s decision:</source>
        <translation>Decisión de la junta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board&apos;s decision</source>
        <translation>Decisión de la junta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 or {h} high · 2 or {m} medium · 3 or {l} low · 4 or {d} dropped · ← → previous, next · F only {flag} · Esc back</source>
        <translation>1 o {h} alta · 2 o {m} media · 3 o {l} baja · 4 o {d} descartado · ← → anterior, siguiente · F solo {flag} · Esc volver</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nothing flagged</source>
        <translation>Nada marcado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No objective is flagged {flag}: the board is agreed.</source>
        <translation>Ningún objetivo está marcado {flag}: la junta está de acuerdo.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{place} of {all}</source>
        <translation>{place} de {all}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{flag} only: this one is not flagged</source>
        <translation>Solo {flag}: este no está marcado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No votes on this objective</source>
        <translation>Ningún voto en este objetivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean {mean} (high 3 … dropped 0) · Consensus {consensus} (below {threshold}: split)</source>
        <translation>Media {mean} (alta 3 … descartado 0) · Consenso {consensus} (por debajo de {threshold}: dividido)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
</context>
<context>
    <name>DistributionBar</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/distribution.py" line="+74"/>
        <source>No votes</source>
        <translation>Sin votos</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/export_page.py" line="+37"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Write the revised plan to a workbook (Ctrl+E)</source>
        <translation>Escribir el plan revisado en un libro (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xport Workbook…</source>
        <translation>E&amp;xportar libro…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty &amp;Template…</source>
        <translation>&amp;Plantilla vacía…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty plan workbook to fill in and bring back as a new plan</source>
        <translation>Un libro de plan vacío para rellenar y volver a cargar como plan nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview and Print…</source>
        <translation>Vista previa e &amp;impresión…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See the summary page by page, then print it</source>
        <translation>Ver el resumen página a página y luego imprimirlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the summary to a PDF file</source>
        <translation>Escribir el resumen en un archivo PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workbook to circulate</source>
        <translation>Libro para difundir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One Excel workbook, a formatted table per sheet, ready to print: {sheets}.</source>
        <translation>Un libro de Excel, una tabla con formato por hoja, listo para imprimir: {sheets}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printable summary</source>
        <translation>Resumen imprimible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaped like the plan document: vision to strategies, with contents and page numbers.</source>
        <translation>Con la forma del documento del plan: de la visión a las estrategias, con índice y números de página.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the review changed</source>
        <translation>Lo que cambió la revisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review&apos;s baseline</source>
        <translation>Punto de partida de la revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start Review from Here</source>
        <translation>Empezar la &amp;revisión desde aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the plan as it stands now as the review&apos;s starting point: the changes start again from nothing</source>
        <translation>Tomar el plan tal como está ahora como punto de partida de la revisión: los cambios vuelven a empezar de cero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes against the baseline</source>
        <translation>Cambios respecto al punto de partida</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objetivo general</numerusform>
            <numerusform>%n objetivos generales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with the plan as it stood on {when}: {goals}, {objectives}. The workbook&apos;s Changes sheet and the summary say the same.</source>
        <translation>Comparado con el plan tal como estaba el {when}: {goals}, {objectives}. La hoja Cambios del libro y el resumen dicen lo mismo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has changed yet: no goal folded, no objective dropped, moved or retitled.</source>
        <translation>Aún no ha cambiado nada: ningún objetivo general integrado en los demás, ningún objetivo descartado, movido o renombrado.</translation>
    </message>
</context>
<context>
    <name>HandsTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/hands_tab.py" line="+52"/>
        <source>Votes counted by hand</source>
        <translation>Votos contados a mano alzada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On paper or by show of hands: count the hands for each tier and type the number, then Enter (Tab goes on to the next count). These votes add to the members&apos; ballots in the results.</source>
        <translation>En papel o a mano alzada: cuente las manos de cada nivel y escriba el número, luego Intro (Tab pasa al recuento siguiente). Estos votos se suman a las papeletas de los miembros en los resultados.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show of hands</source>
        <translation>Votación a mano alzada</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Paste votes counted by hand</source>
        <translation>Pegar votos contados a mano alzada</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Counted by hand: {votes} votes on {entered} of %n objective(s).</source>
        <translation>
            <numerusform>Contados a mano alzada: {votes} votos en {entered} de %n objetivo.</numerusform>
            <numerusform>Contados a mano alzada: {votes} votos en {entered} de %n objetivos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No votes counted by hand yet.</source>
        <translation>Aún no hay votos contados a mano alzada.</translation>
    </message>
</context>
<context>
    <name>KindsPanel</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_tables.py" line="+230"/>
        <source>kind of action</source>
        <translation>tipo de acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of action</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add kind…</source>
        <translation>Añadir tipo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds of action</source>
        <translation>Tipos de acción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new kind</source>
        <translation>nuevo tipo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That kind of action is in use</source>
        <translation>Ese tipo de acción está en uso</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action(s) of the kind “{name}” keep it from being deleted. Change their kind first, or rename this one.</source>
        <translation>
            <numerusform>%n acción del tipo «{name}» impide eliminarlo. Cambie primero su tipo, o renombre este.</numerusform>
            <numerusform>%n acciones del tipo «{name}» impiden eliminarlo. Cambie primero su tipo, o renombre este.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/planner_gui/ui/main_window.py" line="+82"/>
        <location line="+200"/>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{plan} (read-only) — {program}</source>
        <translation>{plan} (solo lectura) — {program}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{plan} (a copy of the sample) — {program}</source>
        <translation>{plan} (una copia del ejemplo) — {program}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: changes can&apos;t be made here</source>
        <translation>Solo lectura: aquí no se pueden hacer cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgraded; the old file was kept as {name}</source>
        <translation>Actualizado; el archivo antiguo se conserva como {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not undo</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not redo</source>
        <translation>No se pudo rehacer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Discard It and Quit</source>
        <translation>Descartarla y salir</translation>
    </message>
</context>
<context>
    <name>MemberLinkWindow</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/member_link.py" line="+26"/>
        <source>A member&apos;s link</source>
        <translation>Enlace de un miembro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only on this laptop&apos;s screen, never on the projector: a link votes as its member.</source>
        <translation>Solo en la pantalla de este portátil, nunca en el proyector: un enlace vota en nombre de su miembro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ballot state</source>
        <translation>Estado de la papeleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next member</source>
        <translation>Miembro &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every voting member has voted.</source>
        <translation>Todos los miembros con voto han votado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}&apos;s ballot is recorded.</source>
        <translation>La papeleta de {name} está registrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: scan this code with your phone&apos;s camera.</source>
        <translation>{name}: escanee este código con la cámara de su teléfono.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}&apos;s ballot is recorded. Next: {next}.</source>
        <translation>La papeleta de {name} está registrada. Siguiente: {next}.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/members_tab.py" line="+25"/>
        <source>member {number}</source>
        <translation>miembro {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ voted</source>
        <translation>✓ ha votado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes</source>
        <comment>a column: whether the member votes</comment>
        <translation>Voto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Vota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not vote</source>
        <translation>No vota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Papeleta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vote&amp;s</source>
        <translation>Vo&amp;ta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranks the objectives (untick for staff and observers)</source>
        <translation>Clasifica los objetivos (desmarque para el personal y los observadores)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weight of the ballot</source>
        <translation>Peso de &amp;la papeleta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a member to edit them here, or add the board&apos;s members one by one.</source>
        <translation>Seleccione un miembro para editarlo aquí, o añada los miembros de la junta uno por uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the member (Delete)</source>
        <translation>Eliminar el miembro (Supr)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members who vote</source>
        <translation>Miembros con voto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Board member</source>
        <translation>Miembro de la junta</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n voting member(s)</source>
        <translation>
            <numerusform>%n miembro con voto</numerusform>
            <numerusform>%n miembros con voto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{members}, {voted} have voted</source>
        <translation>{members}, de los que han votado {voted}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{before}; %n taking part without a vote</source>
        <translation>
            <numerusform>{before}; %n participa sin voto</numerusform>
            <numerusform>{before}; %n participan sin voto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectivePicker</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/achievements_page.py" line="-166"/>
        <source>Objectives this relates to</source>
        <translation>Objetivos a los que se refiere</translation>
    </message>
</context>
<context>
    <name>OpenPlan</name>
    <message>
        <location filename="../src/planner_gui/ui/open_plan.py" line="+94"/>
        <source>That change was not made</source>
        <translation>Ese cambio no se ha hecho</translation>
    </message>
</context>
<context>
    <name>PlanFieldsEditor</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/plan_details.py" line="+30"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vi&amp;sion</source>
        <translation>V&amp;isión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mission</source>
        <translation>&amp;Misión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;alues</source>
        <translation>Valore&amp;s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lan&amp;guage of the plan&apos;s documents</source>
        <translation>Idioma de los do&amp;cumentos del plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook, ballots, printable summary, member cards and room-voting pages are written in it.</source>
        <translation>El libro, los libros de votación, el resumen imprimible, las tarjetas de miembro y las páginas de la votación en sala se redactan en este idioma.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the plan&apos;s documents in {language}</source>
        <translation>Redactar los documentos del plan en {language}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit {field}</source>
        <translation>Editar: {field}</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../src/planner_gui/ui/plan_files.py" line="+65"/>
        <source>Discard It and Open</source>
        <translation>Descartarla y abrir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>It is not in {folder} any more (on a USB stick not plugged in?): open it when it is back, or choose another plan.</source>
        <translation>Ya no está en {folder} (¿en una memoria USB desconectada?): ábralo cuando vuelva a estar, o elija otro plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan open last, “{name}”, was not opened. {why}</source>
        <translation>El último plan abierto, «{name}», no se ha abierto. {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a plan</source>
        <translation>Abrir un plan</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the sample copy as your own plan</source>
        <translation>Conservar la copia del ejemplo como plan propio</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>The plan was not saved</source>
        <translation>El plan no se ha guardado</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new plan</source>
        <translation>Crear un plan nuevo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan could not be created</source>
        <translation>No se pudo crear el plan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} copy</source>
        <translation>{name} copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy of the plan</source>
        <translation>Guardar una copia del plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy was not saved</source>
        <translation>La copia no se ha guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy was saved as {path}</source>
        <translation>Se ha guardado una copia como {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the plan as</source>
        <translation>Guardar el plan como</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Now working on {path}</source>
        <translation>Ahora se trabaja en {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If you go on, it is discarded: nothing of it is recorded.</source>
        <translation>Si continúa, se descarta: no se registra nada de ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ballot is not recorded yet</source>
        <translation>Una papeleta aún no está registrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go Back to It</source>
        <translation>Volver a ella</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard It and Close</source>
        <translation>Descartarla y cerrar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
</context>
<context>
    <name>PlanOutActions</name>
    <message>
        <location filename="../src/planner_gui/ui/plan_out.py" line="+161"/>
        <source>Make a plan from a workbook</source>
        <translation>Crear un plan a partir de un libro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New from Spreads&amp;heet…</source>
        <translation>Nuevo a partir de una &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Workbook…</source>
        <translation>E&amp;xportar libro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the revised plan to an Excel workbook</source>
        <translation>Escribir el plan revisado en un libro de Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print Summary…</source>
        <translation>Imprimir res&amp;umen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview and print the revised plan&apos;s summary</source>
        <translation>Previsualizar e imprimir el resumen del plan revisado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Summary as P&amp;DF…</source>
        <translation>Exportar resumen en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the printable summary to a PDF</source>
        <translation>Escribir el resumen imprimible en un PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty plan workbook to fill in</source>
        <translation>Un libro de plan vacío para rellenar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Write Plan Template…</source>
        <translation>Escribir &amp;plantilla de plan…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The plan was not made</source>
        <translation>El plan no se ha creado</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/plan_page.py" line="+61"/>
        <source>Goals and objectives</source>
        <translation>Objetivos generales y objetivos</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+46"/>
        <source>Add objective</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Add an objective to the selected goal (Ctrl+Shift+O)</source>
        <translation>Añadir un objetivo al objetivo general seleccionado (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>Add goal</source>
        <translation>Añadir objetivo general</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Add a goal (Ctrl+Shift+G)</source>
        <translation>Añadir un objetivo general (Ctrl+Mayús+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the goal&apos;s objectives in the order of their numbers</source>
        <translation>Poner los objetivos del objetivo general en el orden de sus números</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+130"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Delete the selected row (Delete)</source>
        <translation>Eliminar la fila seleccionada (Supr)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Add a goal first</source>
        <translation>Añada primero un objetivo general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives belong to a goal. Add a goal, then its objectives.</source>
        <translation>Los objetivos pertenecen a un objetivo general. Añada un objetivo general y luego sus objetivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New goal</source>
        <translation>Nuevo objetivo general</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete {label} “{title}” and its {parts}?

You can bring them back with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>¿Eliminar {label} «{title}» junto con: {parts}?

Puede recuperarlo todo con Editar &gt; Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {label}?</source>
        <translation>¿Eliminar {label}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete {label}</source>
        <translation>Eliminar {label}</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../src/planner_gui/ui/models/plan_tree.py" line="+29"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Folded into the others</source>
        <translation>Integrado en los demás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text}

Folded: {note}</source>
        <translation>{text}

Integrado en los demás: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal {number}</source>
        <translation>Objetivo general {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective {number}</source>
        <translation>Objetivo {number}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Renumber {label}</source>
        <translation>Renumerar {label}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit title of {label}</source>
        <translation>Editar el título de {label}</translation>
    </message>
</context>
<context>
    <name>PriorityPicker</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_editor.py" line="+54"/>
        <source>Objectives this strategy serves</source>
        <translation>Objetivos a los que sirve esta estrategia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{objective}: {title} (priority: {priority})</source>
        <translation>{objective}: {title} (prioridad: {priority})</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/qr_code.py" line="+18"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/ranking_chart.py" line="+36"/>
        <source>The room&apos;s picture: votes per objective, and mean against consensus</source>
        <translation>La imagen de la sala: votos por objetivo, y media frente a consenso</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No votes yet.</source>
        <translation>Todavía no hay votos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Split: Obj. {numbers}.</source>
        <translation>Dividido: Obj. {numbers}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room agreed on every one.</source>
        <translation>La sala estuvo de acuerdo en todos.</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ranking_page.py" line="+35"/>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cast ballots</source>
        <translation>&amp;Papeletas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oom voting</source>
        <translation>Votación en &amp;sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show of h&amp;ands</source>
        <translation>Mano al&amp;zada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ults</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Char&amp;t</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Room voting is on: the Ranking step changes language once it is closed.</source>
        <translation>La votación en sala está abierta: el paso Clasificación cambiará de idioma cuando se cierre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member is voting: the Ranking step changes language once the ballot is closed.</source>
        <translation>Un miembro está votando: el paso Clasificación cambiará de idioma cuando se cierre su papeleta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The discussion view is open: the Ranking step changes language once it is closed.</source>
        <translation>La vista de debate está abierta: el paso Clasificación cambiará de idioma cuando se cierre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is voting: their ballot is not recorded yet.</source>
        <translation>{name} está votando: su papeleta aún no está registrada.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../src/planner_gui/ui/report_preview.py" line="+104"/>
        <source>Print preview: {title}</source>
        <translation>Vista previa de impresión: {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be printed</source>
        <translation>No se pudo imprimir el documento</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/results_tab.py" line="+95"/>
        <source>Who has voted</source>
        <translation>Quién ha votado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show votes by &amp;name</source>
        <translation>Votos por &amp;nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort the objectives flagged “{flag}” to the top, least agreement first</source>
        <translation>Poner arriba los objetivos marcados «{flag}», los de menor acuerdo primero</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Contested fir&amp;st</source>
        <translation>Dividid&amp;os primero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discuss One &amp;by One</source>
        <translation>Deba&amp;tir uno a uno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected objective across the whole screen, then the next (Enter or a double-click on a row)</source>
        <translation>El objetivo seleccionado a pantalla completa, y luego el siguiente (Intro o doble clic en una fila)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the Minutes</source>
        <translation>Para el acta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the results as revealed, or write them as a PDF: dated, with who voted</source>
        <translation>Imprimir los resultados tal como se revelaron, o escribirlos en PDF: con fecha y con quién votó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print the Results…</source>
        <translation>&amp;Imprimir los resultados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the Results as P&amp;DF…</source>
        <translation>Exportar los resultados en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Who has voted and who has not</source>
        <translation>Quién ha votado y quién no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colours of the tiers</source>
        <translation>Colores de los niveles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to read the numbers</source>
        <translation>Cómo leer las cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights in use</source>
        <translation>Pesos en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes counted by hand</source>
        <translation>Votos contados a mano alzada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results per objective</source>
        <translation>Resultados por objetivo</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Hide the results</source>
        <translation>Ocultar los resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveal the results</source>
        <translation>Revelar los resultados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show votes by name</source>
        <translation>Mostrar los votos por nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show votes as counts only</source>
        <translation>Mostrar solo el recuento de votos</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No plan is open.</source>
        <translation>No hay ningún plan abierto.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{voted} of %n voting member(s) have voted.</source>
        <translation>
            <numerusform>{voted} de %n miembro con voto ha votado.</numerusform>
            <numerusform>{voted} de %n miembros con voto han votado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan is open read-only: the results stay as they were saved.</source>
        <translation>El plan está abierto en solo lectura: los resultados se quedan como se guardaron.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>H&amp;ide results</source>
        <translation>O&amp;cultar resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reveal results</source>
        <translation>Reve&amp;lar resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the votes again (the room sees only who has voted)</source>
        <translation>Volver a ocultar los votos (la sala solo ve quién ha votado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the room how the board voted</source>
        <translation>Mostrar a la sala cómo votó la junta</translation>
    </message>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/results_words.py" line="+24"/>
        <source>Show each member&apos;s vote in a column of its own ({letters}; hover for their comment), or only the counts (anonymous)</source>
        <translation>Mostrar el voto de cada miembro en su propia columna ({letters}; pase el ratón para ver su comentario), o solo los recuentos (anónimo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ballots are secret: nothing says whose a vote is, so votes can&apos;t be shown by name.</source>
        <translation>El voto es secreto: nada indica de quién es cada voto, así que los votos no se pueden mostrar por nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mean: high 3, medium 2, low 1, dropped 0.</source>
        <translation>Media: alta 3, media 2, baja 1, descartado 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Weighted ballots are in use&lt;/b&gt; ({members}): the counts add up the weights.</source>
        <translation>&lt;b&gt;Hay papeletas ponderadas&lt;/b&gt; ({members}): los recuentos suman los pesos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>voted</source>
        <translation>ha votado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No voting members yet: add them on the Members tab.</source>
        <translation>Todavía no hay miembros con voto: añádalos en la pestaña Miembros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing counted yet</source>
        <translation>nada contado aún</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The results are hidden&lt;/b&gt; until you reveal them, so nobody votes with the bandwagon. The room sees only who has voted.</source>
        <translation>&lt;b&gt;Los resultados están ocultos&lt;/b&gt; hasta que los revele, para que nadie se deje arrastrar por la mayoría. La sala solo ve quién ha votado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show of hands: {counted}.</source>
        <translation>Mano alzada: {counted}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/review_page.py" line="+31"/>
        <source>All recommendations</source>
        <translation>Todas las recomendaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show recommendations with status</source>
        <translation>Mostrar las recomendaciones con el estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add recommendation</source>
        <translation>Añadir recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a recommendation to edit it here, or add one.</source>
        <translation>Seleccione una recomendación para editarla aquí, o añada una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recommendation (Delete)</source>
        <translation>Eliminar la recomendación (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recommendation</source>
        <translation>Nueva recomendación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponse</source>
        <translation>Res&amp;puesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recommendation {number}</source>
        <translation>recomendación {number}</translation>
    </message>
</context>
<context>
    <name>RoomTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/room_tab.py" line="+52"/>
        <source>&lt;b&gt;This laptop is on no network&lt;/b&gt;, so phones can&apos;t reach it. Join the venue&apos;s Wi-Fi, or start a hotspot on the laptop and have members join it:&lt;br&gt;{steps}&lt;br&gt;Then press &lt;i&gt;Look again&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Este portátil no está en ninguna red&lt;/b&gt;, así que los teléfonos no pueden llegar a él. Conéctese al Wi-Fi del lugar, o cree un punto de acceso en el portátil y pida a los miembros que se conecten a él:&lt;br&gt;{steps}&lt;br&gt;Luego pulse &lt;i&gt;Buscar de nuevo&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Start room voting</source>
        <translation>Abr&amp;ir la votación en sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen for the members&apos; phones at this address and port</source>
        <translation>Esperar los teléfonos de los miembros en esta dirección y puerto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose voting</source>
        <translation>Cerrar la vo&amp;tación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop taking ballots</source>
        <translation>Dejar de recibir papeletas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a member without a card</source>
        <translation>Para un miembro sin tarjeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New links…</source>
        <translation>&amp;Nuevos enlaces…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member gets a new link; old ones stop</source>
        <translation>Cada miembro recibe un enlace nuevo; los anteriores dejan de funcionar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s address on the network the members&apos; phones are on</source>
        <translation>La dirección de este portátil en la red en la que están los teléfonos de los miembros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the addresses again</source>
        <translation>Volver a buscar las direcciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots may be chan&amp;ged until voting closes</source>
        <translation>Las papeletas se pueden cambiar &amp;hasta el cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member who has voted may open their link again and change their ballot</source>
        <translation>Un miembro que ha votado puede volver a abrir su enlace y cambiar su papeleta</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Sho&amp;w a member&apos;s link…</source>
        <translation>Mostrar el en&amp;lace de un miembro…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;int member cards…</source>
        <translation>Imprimir tar&amp;jetas de miembros…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loo&amp;k again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Port:</source>
        <translation>Puert&amp;o:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add&amp;ress:</source>
        <translation>Dire&amp;cción:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR de la dirección de la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Room voting is off.</source>
        <translation>La votación en sala no está abierta.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Room address</source>
        <translation>Dirección de la sala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the same Wi-Fi as this laptop, scan the code on your member card to vote. No card? Ask at the laptop.</source>
        <translation>En el mismo Wi-Fi que este portátil, escanee el código de su tarjeta de miembro para votar. ¿No tiene tarjeta? Pregunte en el portátil.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who has voted</source>
        <translation>Quién ha votado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who has voted, never how</source>
        <translation>Quién ha votado, nunca cómo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A secret ballot can&apos;t be changed once cast.</source>
        <translation>Un voto secreto no se puede cambiar una vez emitido.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{voted} of {all} have voted</source>
        <translation>{voted} de {all} han votado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voting members yet.</source>
        <translation>Todavía no hay miembros con voto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member cards were made for &lt;b&gt;{made_for}&lt;/b&gt;; at {chosen} their links won&apos;t open. Choose that address (the laptop&apos;s hotspot keeps it), or show members their link on this screen.</source>
        <translation>Las tarjetas de miembro se hicieron para &lt;b&gt;{made_for}&lt;/b&gt;; en {chosen} sus enlaces no se abrirán. Elija esa dirección (el punto de acceso del portátil la conserva), o muestre a los miembros su enlace en esta pantalla.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+13"/>
        <source>Room voting did not start</source>
        <translation>La votación en sala no se ha iniciado</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A ballot from the room could not be recorded: {error}</source>
        <translation>No se pudo registrar una papeleta de la sala: {error}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That change was not made</source>
        <translation>Ese cambio no se ha hecho</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give every member a new link?</source>
        <translation>¿Dar un enlace nuevo a cada miembro?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member&apos;s link changes, and every link given out before (printed cards too) stops working. Ballots already cast stay.</source>
        <translation>El enlace de cada miembro cambia, y todos los enlaces entregados antes (también las tarjetas impresas) dejan de funcionar. Los votos ya emitidos se quedan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Links</source>
        <translation>Nuevos enlaces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The links were not changed</source>
        <translation>Los enlaces no se han cambiado</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/plan_details.py" line="+13"/>
        <location line="+80"/>
        <source>Selected item</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Select a goal or an objective to edit it here.</source>
        <translation>Seleccione un objetivo general o un objetivo para editarlo aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fo&amp;lded into the other goals</source>
        <translation>Integrado en los demás o&amp;bjetivos generales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it was folded</source>
        <translation>Cómo se integró</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where its work now happens</source>
        <translation>Dónde se hace ahora su trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal</source>
        <translation>Objetivo &amp;general</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fold &amp;note</source>
        <translation>&amp;Nota de integración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;umber</source>
        <translation>Núme&amp;ro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle</source>
        <translation>Títu&amp;lo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Edit title of {label}</source>
        <translation>Editar el título de {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit description of {label}</source>
        <translation>Editar la descripción de {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit fold note of {label}</source>
        <translation>Editar la nota de integración de {label}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renumber {label}</source>
        <translation>Renumerar {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold {label}</source>
        <translation>Integrar {label} en los demás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unfold {label}</source>
        <translation>Reactivar {label}</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/row_form.py" line="+57"/>
        <source>row {number}</source>
        <translation>fila {number}</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Edit {field} of {row}</source>
        <translation>Editar «{field}» de {row}</translation>
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
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a row to edit it here.</source>
        <translation>Seleccione una fila para editarla aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected row (Delete)</source>
        <translation>Eliminar la fila seleccionada (Supr)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+162"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete {row}?</source>
        <translation>¿Eliminar {row}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {row} and its {parts}?</source>
        <translation>¿Eliminar {row} junto con: {parts}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {row}</source>
        <translation>Eliminar {row}</translation>
    </message>
</context>
<context>
    <name>RowsTableModel</name>
    <message>
        <location filename="../src/planner_gui/ui/models/rows_table.py" line="+62"/>
        <source>row {number}</source>
        <translation>fila {number}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>That change was not made</source>
        <translation>Ese cambio no se ha hecho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit {field} of {row}</source>
        <translation>Editar «{field}» de {row}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move {row}</source>
        <translation>Mover {row}</translation>
    </message>
</context>
<context>
    <name>ScreenCovers</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_booth.py" line="+43"/>
        <source>Someone is voting</source>
        <translation>Alguien está votando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voting — {program}</source>
        <translation>Votación — {program}</translation>
    </message>
</context>
<context>
    <name>SecretBallotsOption</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/secret_option.py" line="+16"/>
        <source>Secret &amp;ballots: nobody, not even the plan file, can tell whose votes are whose</source>
        <translation>Voto secret&amp;o: nadie, ni siquiera el archivo del plan, puede saber de quién es cada voto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret ballots</source>
        <translation>Voto secreto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose before the first ballot. Every way of voting (this laptop, ballot workbooks, the room&apos;s phones) then records who has voted and, apart, the votes, with nothing linking the two. Votes can&apos;t be shown by name, a secret ballot can&apos;t be replaced, and every ballot weighs the same.</source>
        <translation>Elíjalo antes de la primera papeleta. Cada forma de votar (este portátil, los libros de votación, los teléfonos de la sala) registra entonces quién ha votado y, por separado, los votos, sin nada que vincule ambas cosas. Los votos no se pueden mostrar por nombre, una papeleta secreta no se puede reemplazar y todas las papeletas pesan lo mismo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ballots have been cast, so this can no longer change.</source>
        <translation>Ya se han emitido votos, así que esto ya no puede cambiar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make ballots secret</source>
        <translation>Pasar a voto secreto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make ballots not secret</source>
        <translation>Dejar el voto secreto</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_panel.py" line="+33"/>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this section asks</source>
        <translation>Lo que pregunta esta sección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text of the selected point</source>
        <translation>Texto del punto seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on this section</source>
        <translation>Notas sobre esta sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the room said about this section, what to come back to…</source>
        <translation>Lo que dijo la sala sobre esta sección, lo que hay que retomar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section &amp;title</source>
        <translation>&amp;Título de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected &amp;point</source>
        <translation>&amp;Punto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes on this section</source>
        <translation>N&amp;otas sobre esta sección</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a point to edit its text here.</source>
        <translation>Seleccione un punto para editar su texto aquí.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename section {label}</source>
        <translation>Renombrar la sección {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit notes of section {label}</source>
        <translation>Editar las notas de la sección {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit point {label}</source>
        <translation>Editar el punto {label}</translation>
    </message>
</context>
<context>
    <name>SessionClock</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/timer_label.py" line="-166"/>
        <location line="+21"/>
        <source>Session timer</source>
        <translation>Temporizador de la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time run</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time planned</source>
        <translation>Tiempo previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/stakeholders_tab.py" line="+38"/>
        <source>stakeholder {number}</source>
        <translation>actor clave {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stakeholder “{name}”</source>
        <translation>actor clave «{name}»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stakeholder</source>
        <translation>actor clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we need from them</source>
        <translation>Lo que necesitamos de ellos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we need from &amp;them</source>
        <translation>Lo que necesitamos de ell&amp;os</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add stakeholder</source>
        <translation>Añadir actor clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a stakeholder to edit them here, or add one.</source>
        <translation>Seleccione un actor clave para editarlo aquí, o añada uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the stakeholder (Delete)</source>
        <translation>Eliminar el actor clave (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stakeholder</source>
        <translation>Nuevo actor clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stakeholders</source>
        <translation>Actores clave</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/base.py" line="+79"/>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the room does here</source>
        <translation>Lo que hace la sala aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide your notes for this step</source>
        <translation>Mostrar u ocultar sus notas de este paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this step done (or not done) in the sidebar</source>
        <translation>Marcar este paso como terminado (o no) en la barra lateral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step done</source>
        <translation>Paso terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator&apos;s notes for this step</source>
        <translation>Notas del facilitador para este paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes for this step: what the room said, what to come back to…</source>
        <translation>Sus notas de este paso: lo que dijo la sala, lo que hay que retomar…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Marcar como terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Mark step {number} done</source>
        <translation>Marcar el paso {number} como terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark step {number} not done</source>
        <translation>Marcar el paso {number} como no terminado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit notes of step {number}</source>
        <translation>Editar las notas del paso {number}</translation>
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
        <translation>Comprobar el plan tal como estaba antes de la revisión: su visión, su misión y sus valores, y cada objetivo general y objetivo con el número que siempre ha tenido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look back at what was achieved since the plan began, and agree how much the organisation contributed to each outcome.</source>
        <translation>Repasar lo que se ha logrado desde el inicio del plan, y acordar cuánto contribuyó la organización a cada resultado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go through the external review&apos;s recommendations and agree the response to each.</source>
        <translation>Repasar las recomendaciones de la evaluación externa y acordar la respuesta a cada una.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the context analysis: what has changed around the organisation and inside it, and who it works with.</source>
        <translation>Actualizar el análisis del contexto: qué ha cambiado alrededor de la organización y dentro de ella, y con quién trabaja.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every board member ranks every objective high, medium, low or dropped; the room looks at the spread, discusses the contested ones, and the board decides.</source>
        <translation>Cada miembro de la junta clasifica cada objetivo como prioridad alta, media, baja o descartado; la sala mira la distribución, debate los objetivos divididos y la junta decide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft how each high-priority objective will be reached: the approach, actions, targets and countries.</source>
        <translation>Redactar cómo se alcanzará cada objetivo de prioridad alta: el enfoque, las acciones, las metas y los países.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the revised plan out: a workbook to circulate and a printable summary shaped like the plan.</source>
        <translation>Difundir el plan revisado: un libro para circular y un resumen imprimible con la forma del plan.</translation>
    </message>
</context>
<context>
    <name>StrategiesPage</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategies_page.py" line="+155"/>
        <source>Strategy for Obj. {number}</source>
        <translation>Estrategia para el Obj. {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a strategy for Obj. {number}</source>
        <translation>Redactar una estrategia para el Obj. {number}</translation>
    </message>
</context>
<context>
    <name>StrategyEditor</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_editor.py" line="-37"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried &amp;by</source>
        <translation>A &amp;cargo de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pproach</source>
        <translation>Enfo&amp;que</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>strategy “{name}”</source>
        <translation>estrategia «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategy {number}</source>
        <translation>estrategia {number}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a strategy to edit it here, or add one.</source>
        <translation>Seleccione una estrategia para editarla aquí, o añada una.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Parts of the strategy</source>
        <translation>Partes de la estrategia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act&amp;ions</source>
        <translation>Acc&amp;iones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;gets</source>
        <translation>Meta&amp;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority co&amp;untries</source>
        <translation>Países &amp;prioritarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kinds of action</source>
        <translation>Tipos &amp;de acción</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Change objectives of {row}</source>
        <translation>Cambiar los objetivos de: {row}</translation>
    </message>
</context>
<context>
    <name>StrategyList</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategies_page.py" line="-109"/>
        <source>strategy</source>
        <translation>estrategia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves</source>
        <translation>Sirve a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add strategy</source>
        <translation>Añadir estrategia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the strategy (Delete)</source>
        <translation>Eliminar la estrategia (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New strategy</source>
        <translation>Nueva estrategia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_templates.py" line="+35"/>
        <source>How will the room look at the context?</source>
        <translation>¿Cómo va a examinar la sala el contexto?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the shape to start from. You can add, rename, reorder and remove sections afterwards, and Undo takes the choice back.</source>
        <translation>Elija la estructura de partida. Después podrá añadir, renombrar, reordenar y quitar secciones, y Deshacer revierte la elección.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No templates were found. Reinstall the program to get them back.</source>
        <translation>No se encontró ninguna plantilla. Reinstale el programa para recuperarlas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sections: {titles}</source>
        <translation>Secciones: {titles}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with {name}</source>
        <translation>Empezar con {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the context analysis from the template {name}</source>
        <translation>Empezar el análisis del contexto a partir de la plantilla {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the sections {titles}</source>
        <translation>Añadir las secciones {titles}</translation>
    </message>
</context>
<context>
    <name>TimerLabel</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/timer_label.py" line="+54"/>
        <location line="+63"/>
        <source>Running session</source>
        <translation>Sesión en curso</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>The session running now. Click to show the agenda (Ctrl+Shift+A).</source>
        <translation>La sesión en curso. Haga clic para mostrar el orden del día (Ctrl+Mayús+A).</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{session} — {run} of {planned}</source>
        <translation>{session} — {run} de {planned}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>VotersModel</name>
    <message>
        <location filename="../src/planner_gui/ui/models/voters.py" line="+74"/>
        <source>✓ voted</source>
        <translation>✓ ha votado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, has voted</source>
        <translation>{name}, ha votado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name}, has not voted yet</source>
        <translation>{name}, aún no ha votado</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../src/planner_gui/ui/welcome.py" line="+50"/>
        <source>Run your board&apos;s strategic-plan review: look back at what was achieved, rank every objective, agree strategies, and leave with the revised plan. Everything is saved as you type, and nothing needs the internet.</source>
        <translation>Dirija la revisión del plan estratégico de su junta: repase lo logrado, clasifique cada objetivo, acuerde estrategias y salga con el plan revisado. Todo se guarda mientras escribe, y nada necesita internet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start an empty plan file</source>
        <translation>Empezar un archivo de plan vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open plan…</source>
        <translation>A&amp;brir plan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a .retreat plan file</source>
        <translation>Abrir un archivo de plan .retreat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;sample plan</source>
        <translation>Abrir el plan de e&amp;jemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fresh copy of a real plan review, to try things out</source>
        <translation>Una copia nueva de una revisión de plan real, para hacer pruebas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Recent plans</source>
        <translation>Planes &amp;recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent plans</source>
        <translation>Planes recientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep It as My Own Plan…</source>
        <translation>&amp;Guardarlo como plan propio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the sample copy under a name and in a folder of your choice</source>
        <translation>Guardar la copia del ejemplo con un nombre y en una carpeta de su elección</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a copy of the sample plan</source>
        <translation>una copia del plan de ejemplo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} (not found: moved, renamed or on a removed stick)</source>
        <translation>{path} (no se encuentra: movido, renombrado o en una memoria retirada)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” is a copy of the sample plan, kept in the program&apos;s own folder. Worked in it? Keep it as a plan of your own, where you keep your files.</source>
        <translation>«{name}» es una copia del plan de ejemplo, guardada en la carpeta del programa. ¿Ha trabajado en ella? Guárdela como plan propio, donde guarda sus archivos.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../src/planner_gui/ui/window_actions.py" line="+162"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Step</source>
        <translation>&amp;Ir al paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty plan</source>
        <translation>Empezar un plan nuevo y vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Abrir plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a plan file</source>
        <translation>Abrir un archivo de plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Sample Plan</source>
        <translation>Abrir el plan de &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a copy of the plan elsewhere; keep working here</source>
        <translation>Escribir una copia del plan en otro lugar; seguir trabajando aquí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move on to a copy of the plan under a new name</source>
        <translation>Pasar a trabajar en una copia del plan con un nombre nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep the Sample as My Own Plan…</source>
        <translation>&amp;Guardar el ejemplo como plan propio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this copy of the sample plan under a name and in a folder of your choice, and carry on there</source>
        <translation>Guardar esta copia del plan de ejemplo con un nombre y en una carpeta de su elección, y seguir allí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen Last Plan at S&amp;tart</source>
        <translation>Reabrir el último plan al &amp;iniciar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose Plan</source>
        <translation>Cerrar p&amp;lan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;revious Step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>When the program starts, open the plan open last, at the step where it was left</source>
        <translation>Al iniciar el programa, abrir el último plan abierto, en el paso donde se dejó</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlarge text for the back of the room</source>
        <translation>Agrandar el texto para el fondo de la sala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the screen: no title bar</source>
        <translation>Ocupar toda la pantalla: sin barra de título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the agenda and the session timer</source>
        <translation>Mostrar u ocultar el orden del día y el temporizador de la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About {name}</source>
        <translation>&amp;Acerca de {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System &amp;Default</source>
        <translation>&amp;Idioma del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of this computer, if the program speaks it; else English</source>
        <translation>El idioma de este ordenador, si el programa lo habla; si no, inglés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print &amp;Member Cards…</source>
        <translation>Imprimir &amp;tarjetas de miembros…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One card per voting member: their name, a QR code and their own link for room voting</source>
        <translation>Una tarjeta por miembro con voto: su nombre, un código QR y su propio enlace para la votación en sala</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Run a board&apos;s strategic-plan review retreat on a laptop, offline, and leave with the revised plan.&lt;/p&gt;&lt;p&gt;Every change is saved to the plan file as it is made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dirija el retiro de revisión del plan estratégico de una junta en un portátil, sin conexión, y salga con el plan revisado.&lt;/p&gt;&lt;p&gt;Cada cambio se guarda en el archivo del plan en el momento en que se hace.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../src/planner_gui/ui/words.py" line="+22"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly accepted</source>
        <translation>Aceptada en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>No aceptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN agency</source>
        <translation>Agencia de la ONU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator of another objective</source>
        <translation>Indicador de otro objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into another objective</source>
        <translation>Fusionado con otro objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside our influence</source>
        <translation>Fuera de nuestra influencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Under way</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reactive</source>
        <translation>Reactiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proactive</source>
        <translation>Proactiva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>HMLD</source>
        <comment>the initials of High, Medium, Low and Dropped in this order: one key records each</comment>
        <translation>AMBD</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Obj. {number}</source>
        <translation>Obj. {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal {number}</source>
        <translation>Objetivo general {number}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/planner_gui/ui/workspace.py" line="+98"/>
        <location line="+87"/>
        <source>Retreat steps</source>
        <translation>Pasos del retiro</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+87"/>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Paso anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+87"/>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Paso siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Back: {step}</source>
        <translation>Atrás: {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next: {step}</source>
        <translation>Siguiente: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{step}: {state}
{prompt}</source>
        <translation>{step}: {state}
{prompt}</translation>
    </message>
</context>
<context>
    <name>agenda_table</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/agenda_table.py" line="+53"/>
        <source>session {number}</source>
        <translation>sesión {number}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projected</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions of the retreat</source>
        <translation>Sesiones del retiro</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../src/planner_gui/ui/app.py" line="+56"/>
        <source>An unexpected error stopped the last action: {error}</source>
        <translation>Un error inesperado detuvo la última acción: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error ({kind}) stopped the last action.</source>
        <translation>Un error inesperado ({kind}) detuvo la última acción.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the sample plan</source>
        <translation>el plan de ejemplo</translation>
    </message>
</context>
<context>
    <name>ballot_files</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_files.py" line="+52"/>
        <source>Write the ballot workbooks in which folder?</source>
        <translation>¿En qué carpeta escribir los libros de votación?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ballot workbooks were not written</source>
        <translation>No se han escrito los libros de votación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the ballot workbooks already there?</source>
        <translation>¿Reemplazar los libros de votación que ya hay?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace them</source>
        <translation>Reemplazarlos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ballot workbooks written</source>
        <translation>Libros de votación escritos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the ballots…</source>
        <translation>Leyendo las papeletas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import ballots</source>
        <translation>Importar papeletas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: {name}&apos;s ballot is also in {other}; import only one of the two.</source>
        <translation>{file}: la papeleta de {name} también está en {other}; importe solo uno de los dos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import filled-in ballots</source>
        <translation>Importar papeletas rellenadas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Some of these members have voted already</source>
        <translation>Algunos de estos miembros ya han votado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace their ballots</source>
        <translation>Reemplazar sus papeletas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the earlier ones</source>
        <translation>Conservar las anteriores</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That change was not made</source>
        <translation>Ese cambio no se ha hecho</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No ballots were imported.</source>
        <translation>No se ha importado ninguna papeleta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some ballots were not imported</source>
        <translation>Algunas papeletas no se han importado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballots imported</source>
        <translation>Papeletas importadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ballots imported</source>
        <translation>Ninguna papeleta importada</translation>
    </message>
</context>
<context>
    <name>ballot_record</name>
    <message>
        <location filename="../src/planner_gui/ui/ballot_record.py" line="+74"/>
        <source>This secret ballot was cast before the plan was last opened: nothing in the plan links its votes to the member any more, so it can&apos;t be taken back.</source>
        <translation>Esta papeleta secreta se emitió antes de la última apertura del plan: ya nada en el plan vincula sus votos con el miembro, así que no se puede retirar.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../src/planner_gui/ui/commands.py" line="+200"/>
        <source>Add Goal {number}</source>
        <translation>Añadir el objetivo general {number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Obj. {number}</source>
        <translation>Añadir el Obj. {number}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move Goal {number}</source>
        <translation>Mover el objetivo general {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move Obj. {number}</source>
        <translation>Mover el Obj. {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort objectives of Goal {number}</source>
        <translation>Ordenar los objetivos del objetivo general {number}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Start review from here</source>
        <translation>Empezar la revisión desde aquí</translation>
    </message>
</context>
<context>
    <name>context_templates</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/context_templates.py" line="-90"/>
        <source>{name} could not be read ({error}); it is left out.</source>
        <translation>No se pudo leer {name} ({error}); se deja fuera.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../src/planner_gui/ui/dialogs.py" line="+18"/>
        <source>Retreat plans (*.retreat);;All files (*)</source>
        <translation>Planes de retiro (*.retreat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open It</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan is safe: every change made before this was saved. If it happens again, copy the details and send them to whoever supports the program.</source>
        <translation>Su plan está a salvo: se guardó cada cambio hecho antes de esto. Si vuelve a ocurrir, copie los detalles y envíelos a quien dé soporte al programa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>member_cards</name>
    <message>
        <location filename="../src/planner_gui/ui/member_cards.py" line="+45"/>
        <source>The address room voting will run at, written into every card&apos;s link. Use this laptop&apos;s address at the venue, or its own hotspot&apos;s (the same wherever it is):</source>
        <translation>La dirección en la que estará abierta la votación en sala, escrita en el enlace de cada tarjeta. Use la dirección de este portátil en el lugar, o la de su propio punto de acceso (la misma esté donde esté):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print member cards</source>
        <translation>Imprimir tarjetas de miembros</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No member cards to print</source>
        <translation>No hay tarjetas de miembros que imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the board&apos;s voting members on the Members tab.</source>
        <translation>Añada los miembros con voto de la junta en la pestaña Miembros.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{plan} - member cards</source>
        <translation>{plan} - tarjetas de miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the member cards</source>
        <translation>Guardar las tarjetas de miembros</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The member cards were not written</source>
        <translation>No se han escrito las tarjetas de miembros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member cards written</source>
        <translation>Tarjetas de miembros escritas</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../src/planner_gui/ui/numbers.py" line="+49"/>
        <source>d MMMM yyyy</source>
        <comment>a date written out: Qt&apos;s date format pattern</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{date} at {time}</source>
        <comment>a date and a time of day</comment>
        <translation>{date} a las {time}</translation>
    </message>
</context>
<context>
    <name>plan_opener</name>
    <message>
        <location filename="../src/planner_gui/ui/plan_opener.py" line="+45"/>
        <source>The folder holding “{name}” can&apos;t be written to (a write-protected stick?), so the plan can&apos;t be changed here.</source>
        <translation>No se puede escribir en la carpeta que contiene «{name}» (¿una memoria protegida contra escritura?), así que el plan no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is already open in {who}. To keep it safe, it opens read-only here: you can look, but not change it. Close it there to edit it here.</source>
        <translation>«{name}» ya está abierto en {who}. Para protegerlo, aquí se abre en solo lectura: puede consultarlo, pero no cambiarlo. Ciérrelo allí para editarlo aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan could not be opened</source>
        <translation>No se pudo abrir el plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a plan file: its name ends in {suffix}. A spreadsheet can be made into a plan with File &gt; New from Spreadsheet…</source>
        <translation>Elija un archivo de plan: su nombre termina en {suffix}. Una hoja de cálculo se puede convertir en plan con Archivo &gt; Nuevo a partir de una hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened read-only</source>
        <translation>Abierto en solo lectura</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open the sample plan</source>
        <translation>Abrir el plan de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have worked in a copy of the sample plan: “{name}”, last changed {when}.

Continue in it, or start a fresh copy of the sample? Your copy is kept either way, and File &gt; Open Recent lists it.</source>
        <translation>Ha trabajado en una copia del plan de ejemplo: «{name}», modificada por última vez el {when}.

¿Seguir en ella, o empezar una copia nueva del ejemplo? Su copia se conserva en ambos casos, y Archivo &gt; Abrir reciente la incluye.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue in My Copy</source>
        <translation>Seguir en mi copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a Fresh Copy</source>
        <translation>Empezar una copia nueva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sample plan could not be opened</source>
        <translation>No se pudo abrir el plan de ejemplo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{name}” is the plan open in this window. Choose another name.</source>
        <translation>«{name}» es el plan abierto en esta ventana. Elija otro nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder {folder} can&apos;t be written (a write-protected stick, or a folder you may not change). Choose another folder.</source>
        <translation>No se puede escribir en la carpeta {folder} (una memoria protegida contra escritura, o una carpeta que no puede modificar). Elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is open in another program or window, so it can&apos;t be replaced. Choose another name.</source>
        <translation>«{name}» está abierto en otro programa o ventana, así que no se puede reemplazar. Elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>plan_out</name>
    <message>
        <location filename="../src/planner_gui/ui/plan_out.py" line="-190"/>
        <location filename="../src/planner_gui/ui/report_preview.py" line="+24"/>
        <source>{plan} - revised plan</source>
        <translation>{plan} - plan revisado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the revised plan</source>
        <translation>Exportar el plan revisado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the revised plan…</source>
        <translation>Escribiendo el plan revisado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The workbook was not written</source>
        <translation>No se ha escrito el libro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revised plan exported</source>
        <translation>Plan revisado exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revised plan is in {path}.</source>
        <translation>El plan revisado está en {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write an empty plan workbook</source>
        <translation>Escribir un libro de plan vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan template</source>
        <translation>Plantilla de plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The template was not written</source>
        <translation>No se ha escrito la plantilla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan template written</source>
        <translation>Plantilla de plan escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in {name} in Excel or LibreOffice, then choose File &gt; New from Spreadsheet… to make it a plan.</source>
        <translation>Rellene {name} en Excel o LibreOffice y luego elija Archivo &gt; Nuevo a partir de una hoja de cálculo… para convertirlo en un plan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a plan from a spreadsheet</source>
        <translation>Crear un plan a partir de una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the new plan as</source>
        <translation>Guardar el plan nuevo como</translation>
    </message>
</context>
<context>
    <name>report_preview</name>
    <message>
        <location filename="../src/planner_gui/ui/report_preview.py" line="-67"/>
        <source>Export the revised plan as PDF</source>
        <translation>Exportar el plan revisado en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary exported</source>
        <translation>Resumen exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printable summary is in {path}.</source>
        <translation>El resumen imprimible está en {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{plan} - ranking results {date}</source>
        <translation>{plan} - resultados de la clasificación {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the ranking results as PDF</source>
        <translation>Exportar los resultados de la clasificación en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results exported</source>
        <translation>Resultados exportados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ranking results, for the minutes, are in {path}.</source>
        <translation>Los resultados de la clasificación, para el acta, están en {path}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The PDF was not written</source>
        <translation>No se ha escrito el PDF</translation>
    </message>
</context>
<context>
    <name>results_columns</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/ranking/results_columns.py" line="+65"/>
        <source>⚑ Discuss</source>
        <translation>⚑ Debatir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consensus: {all} = everyone agrees, {none} = split between the extremes; below {threshold} is flagged.</source>
        <translation>Consenso: {all} = todos de acuerdo, {none} = dividido entre los extremos; por debajo de {threshold} se marca.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no votes</source>
        <translation>sin votos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tier} ({count} of {total})</source>
        <translation>{tier} ({count} de {total})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Decide {priority} for Obj. {number}</source>
        <translation>Decidir «{priority}» para el Obj. {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decide {priority} for {objective}</source>
        <translation>Decidir «{priority}» para {objective}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set why {objective} is dropped</source>
        <translation>Indicar por qué está descartado {objective}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the objective {objective} points to</source>
        <translation>Indicar el objetivo al que remite {objective}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set votes counted by hand of {objective}</source>
        <translation>Anotar los votos a mano alzada de {objective}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} of {total} votes: {tier}</source>
        <translation>{count} de {total} votos: {tier}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hands raised for “{tier}” on Obj. {number}</source>
        <translation>Manos alzadas por «{tier}» en el Obj. {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The board has not decided yet (Decisions tab).</source>
        <translation>La junta aún no ha decidido (pestaña Decisiones).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board decided: {decided}. Most votes were for: {leading}.</source>
        <translation>La junta decidió: {decided}. La mayoría de los votos fueron para: {leading}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The board decided: {decided}.</source>
        <translation>La junta decidió: {decided}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Obj.</source>
        <translation>Obj.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From ballots</source>
        <translation>De papeletas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes on this objective from the members&apos; ballots (not how they voted)</source>
        <translation>Votos en este objetivo procedentes de las papeletas de los miembros (no su sentido)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each tier&apos;s share of the votes; the count is written on its segment</source>
        <translation>La parte de los votos de cada nivel; el número se escribe en su segmento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean score: high 3, medium 2, low 1, dropped 0</source>
        <translation>Puntuación media: alta 3, media 2, baja 1, descartado 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The board is split on this one: discuss it before deciding.</source>
        <translation>La junta está dividida en este: debátalo antes de decidir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contested objectives, to discuss before deciding</source>
        <translation>Objetivos divididos, para debatir antes de decidir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most votes</source>
        <translation>Más votos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tier with the most votes (the higher one on a tie)</source>
        <translation>El nivel con más votos (el más alto en caso de empate)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The room&apos;s vote</source>
        <translation>Voto de la sala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown once the results are revealed (Results tab).</source>
        <translation>Se muestra una vez revelados los resultados (pestaña Resultados).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The board&apos;s decision (Decisions tab); it may differ from the vote</source>
        <translation>La decisión de la junta (pestaña Decisiones); puede diferir del voto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why dropped</source>
        <translation>Motivo del descarte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a dropped objective has a reason.</source>
        <translation>Solo un objetivo descartado tiene motivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points to</source>
        <translation>Remite a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The objective this one became part of.</source>
        <translation>El objetivo del que este pasó a formar parte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} gave no vote on Obj. {number}.</source>
        <translation>{name} no votó sobre el Obj. {number}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}&apos;s vote on each objective (hover a cell for their comment)</source>
        <translation>El voto de {name} en cada objetivo (pase el ratón por una celda para ver su comentario)</translation>
    </message>
</context>
<context>
    <name>strategy_tables</name>
    <message>
        <location filename="../src/planner_gui/ui/pages/strategy_tables.py" line="-215"/>
        <source>A target&apos;s number is a number (25, {half}), not “{text}”.</source>
        <translation>La cifra de una meta es un número (25, {half}), no «{text}».</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: a year, a month or a day (2015, 2015-09, 2015-09-30)</source>
        <translation>Cuándo: un año, un mes o un día (2015, 2015-09, 2015-09-30)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add target</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>priority country</source>
        <translation>país prioritario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add priority country</source>
        <translation>Añadir país prioritario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority countries</source>
        <translation>Países prioritarios</translation>
    </message>
</context>
<context>
    <name>timer_label</name>
    <message>
        <location filename="../src/planner_gui/ui/widgets/timer_label.py" line="-182"/>
        <source>over by {minutes} min</source>
        <translation>excedida en {minutes} min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{minutes} min left</source>
        <translation>quedan {minutes} min</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{minutes} min late</source>
        <translation>{minutes} min de retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min early</source>
        <translation>{minutes} min de adelanto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned {planned}; now expected {expected}, {lateness}.</source>
        <translation>Previsto {planned}; ahora se espera {expected}, {lateness}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done in {minutes} min</source>
        <translation>Terminada en {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused at {time}</source>
        <translation>En pausa en {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day {day} ends at {time} — as planned</source>
        <translation>El día {day} termina a las {time} — según lo previsto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day {day} ends at {time} — planned {planned} ({change} min)</source>
        <translation>El día {day} termina a las {time} — previsto {planned} ({change} min)</translation>
    </message>
</context>
</TS>
