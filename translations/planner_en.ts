<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BallotTab</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/pages/ranking/ballot_tab.py" line="+254"/>
        <source>%n objective(s) have no priority. Submit anyway, abstaining on them?</source>
        <translation>
            <numerusform>%n objective has no priority. Submit anyway, abstaining on it?</numerusform>
            <numerusform>%n objectives have no priority. Submit anyway, abstaining on them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comment(s) on objectives without a priority will not be kept.</source>
        <translation>
            <numerusform>%n comment on an objective without a priority will not be kept.</numerusform>
            <numerusform>%n comments on objectives without a priority will not be kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/pages/context_page.py" line="+371"/>
        <source>Delete the section {label} and its %n point(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Delete the section {label} and its %n point? Undo brings them back.</numerusform>
            <numerusform>Delete the section {label} and its %n points? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete the point {label} and its %n sub-point(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Delete the point {label} and its %n sub-point? Undo brings them back.</numerusform>
            <numerusform>Delete the point {label} and its %n sub-points? Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/counts.py" line="+23"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) to achievements</source>
        <translation>
            <numerusform>%n link to an achievement</numerusform>
            <numerusform>%n links to achievements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) to strategies</source>
        <translation>
            <numerusform>%n link to a strategy</numerusform>
            <numerusform>%n links to strategies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
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
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n priority country(ies)</source>
        <translation>
            <numerusform>%n priority country</numerusform>
            <numerusform>%n priority countries</numerusform>
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
            <numerusform>%n related row</numerusform>
            <numerusform>%n related rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{folder} already holds %n ballot workbook(s) with the same names ({names}). Writing new ones replaces them, and anything members filled in there is lost. Import the filled-in ones first, or choose another folder.</source>
        <translation>
            <numerusform>{folder} already holds %n ballot workbook with the same name ({names}). Writing new ones replaces it, and anything members filled in there is lost. Import the filled-in ones first, or choose another folder.</numerusform>
            <numerusform>{folder} already holds %n ballot workbooks with the same names ({names}). Writing new ones replaces them, and anything members filled in there is lost. Import the filled-in ones first, or choose another folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n ballot workbook(s) written in {folder}:
{names}

Give each member their own. They fill in the Priority column (and a comment if they like) in Excel or LibreOffice, save it and give it back; then use Import ballots.</source>
        <translation>
            <numerusform>%n ballot workbook written in {folder}:
{names}

Give each member their own. They fill in the Priority column (and a comment if they like) in Excel or LibreOffice, save it and give it back; then use Import ballots.</numerusform>
            <numerusform>%n ballot workbooks written in {folder}:
{names}

Give each member their own. They fill in the Priority column (and a comment if they like) in Excel or LibreOffice, save it and give it back; then use Import ballots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{names} have voted already. Replace their ballots with these files? (Cancel keeps their earlier ballots and skips these files.)</source>
        <translation>
            <numerusform>{names} has voted already. Replace their ballot with this file? (Cancel keeps their earlier ballot and skips this file.)</numerusform>
            <numerusform>{names} have voted already. Replace their ballots with these files? (Cancel keeps their earlier ballots and skips these files.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n ballot(s) imported: {names}.</source>
        <translation>
            <numerusform>%n ballot imported: {names}.</numerusform>
            <numerusform>%n ballots imported: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kept the earlier ballots of {names}; their files were not imported.</source>
        <translation>
            <numerusform>Kept the earlier ballot of {names}; its file was not imported.</numerusform>
            <numerusform>Kept the earlier ballots of {names}; their files were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not imported, nothing of them recorded. Correct these and import again:</source>
        <translation>
            <numerusform>%n file not imported, nothing of it recorded. Correct it and import again:</numerusform>
            <numerusform>%n files not imported, nothing of them recorded. Correct these and import again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Includes votes counted by hand on %n objective(s).</source>
        <translation>
            <numerusform>Includes votes counted by hand on %n objective.</numerusform>
            <numerusform>Includes votes counted by hand on %n objectives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>votes counted for %n objective(s)</source>
        <translation>
            <numerusform>votes counted for %n objective</numerusform>
            <numerusform>votes counted for %n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n objective(s) voted on.</source>
        <translation>
            <numerusform>%n objective voted on.</numerusform>
            <numerusform>%n objectives voted on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n member card(s) are in {path}. Print them, cut them out, and give each member their own. They work while room voting runs at {address} (the Room voting tab).</source>
        <translation>
            <numerusform>%n member card is in {path}. Print it, cut it out, and give it to its member. It works while room voting runs at {address} (the Room voting tab).</numerusform>
            <numerusform>%n member cards are in {path}. Print them, cut them out, and give each member their own. They work while room voting runs at {address} (the Room voting tab).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/pages/ranking/decisions_tab.py" line="+256"/>
        <source>%n still undecided</source>
        <translation>
            <numerusform>%n still undecided</numerusform>
            <numerusform>%n still undecided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/pages/export_page.py" line="+189"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandsTab</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/pages/ranking/hands_tab.py" line="+219"/>
        <source>Counted by hand: {votes} votes on {entered} of %n objective(s).</source>
        <translation>
            <numerusform>Counted by hand: {votes} votes on {entered} of %n objective.</numerusform>
            <numerusform>Counted by hand: {votes} votes on {entered} of %n objectives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindsPanel</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/pages/strategy_tables.py" line="+261"/>
        <source>%n action(s) of the kind “{name}” keep it from being deleted. Change their kind first, or rename this one.</source>
        <translation>
            <numerusform>%n action is of the kind “{name}”, so it can&apos;t be deleted. Change its kind first, or rename this one.</numerusform>
            <numerusform>%n actions are of the kind “{name}”, so it can&apos;t be deleted. Change their kind first, or rename this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/pages/ranking/members_tab.py" line="+107"/>
        <source>%n voting member(s)</source>
        <translation>
            <numerusform>%n voting member</numerusform>
            <numerusform>%n voting members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{before}; %n taking part without a vote</source>
        <translation>
            <numerusform>{before}; %n taking part without a vote</numerusform>
            <numerusform>{before}; %n taking part without a vote</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <location filename="../src/planner_gui/ui/pages/ranking/results_tab.py" line="+354"/>
        <source>{voted} of %n voting member(s) have voted.</source>
        <translation>
            <numerusform>{voted} of %n voting member has voted.</numerusform>
            <numerusform>{voted} of %n voting members have voted.</numerusform>
        </translation>
    </message>
</context>
</TS>
