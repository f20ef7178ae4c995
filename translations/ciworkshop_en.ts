<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role in the network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they &amp;bring:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorRole</name>
    <message>
        <source>Backbone team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorsPeopleView</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (no objection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ambition</name>
    <message>
        <source>Too easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitious but reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utopian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasBoard</name>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not formulated yet.</source>
        <extracomment>Tab after saving: the view moves focus on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vision yet. Press Enter or double-click to formulate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mission yet. Press Enter or double-click to formulate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter new line · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasFormDialog</name>
    <message>
        <source>“{field}” is not a number. Please write it like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Guided mode · step {step} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave guided mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at the version “{label}” agreed on {date}. It cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an impact goal to the selected level (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All details of the selected goal (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the room step by step through vision, mission and the levels (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide details, checklist and versions (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the current canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardColour</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionMethod</name>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit network details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add actor “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actor “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete actor “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the vision</source>
        <extracomment>The UUID of what this command creates, if it creates something.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal “{goal}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal “{goal}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder goal “{goal}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move goal “{goal}” to: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal “{goal}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator “{indicator}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator “{indicator}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete indicator “{indicator}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a value for “{indicator}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the value of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the value of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone “{milestone}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit milestone “{milestone}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete milestone “{milestone}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze version “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentError</name>
    <message>
        <source>The file “{name}” does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{name}” is empty (0 bytes). It holds no network and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a ciworkshop file. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a database of another program, not a ciworkshop network. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was written by a newer version of ciworkshop (file format {found}, this version reads up to {supported}). Please update ciworkshop to open it; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened safely. It was left as it is. Automatic backups of your networks are in: {backups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already open in another ciworkshop window ({holder}). You can open it read-only to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be changed here (the file or its folder is write-protected). You can open it read-only, or save a copy in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is open read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was written by an older version of ciworkshop. It must be opened once for editing, so that it can be upgraded (a backup is made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the last change to “{name}” could not be saved and was undone. Everything before it is safe. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is busy in another program; the last change was not saved. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named “{name}” exists already. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be read or written ({detail}). Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ciworkshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside ciworkshop. Your data is safe: every edit was saved when it was shown. The details were written to the log file:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-collection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author or table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>ciworkshop networks (*.ciw);;All files (*)</source>
        <extracomment>Emitted before the open network is closed: views save what is still being typed. A one-line notice for the status bar (already translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the new network be saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was upgraded to the current format; the previous version was kept at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not closed properly last time (crash or power loss). Everything that was saved is there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>no indicator yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no milestone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: {actors}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCardDelegate</name>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reached} of %n milestone(s) reached</source>
        <translation>
            <numerusform>{reached} of %n milestone reached</numerusform>
            <numerusform>{reached} of %n milestones reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDetails</name>
    <message>
        <source>Ambition: {ambition}</source>
        <extracomment>The goal was deleted from here; the board selects a neighbour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: {actors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responsible actor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements of “{indicator}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal on the canvas to see its indicators, measurements and milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>&amp;Target group (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New impact goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit impact goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible a&amp;ctors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ambition}  ◎ aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shall be different, for whom, by when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actors yet. Add them under Actors &amp; People first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalInlineEditor</name>
    <message>
        <source>Target group (required on the project level):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter new line · Tab next field · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalLevel</name>
    <message>
        <source>Project level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Vision: where do we want to get to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would we notice that the problem has been overcome?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is different in ten years for the people we work for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can everyone in the room sign this sentence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission: what do we contribute, and for whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does our network contribute to the vision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom do we do it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can we achieve together that no actor manages alone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project level: what changes for the target group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which target group should be better off, and how?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when, and how would we measure it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the goal ambitious but reachable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System level: how do we work together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has to change in how our actors cooperate and agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do we duplicate work, and where are gaps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes responsibility for each goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge level: what do we need to know and share?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What evidence of needs should our measures rest on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do we make insights accessible, in the network and beyond?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data do we collect together, and how often?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: is the canvas ready to agree on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does every goal have an indicator, a dated milestone and someone responsible?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we keep to three to five goals per level, so we can focus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shall we freeze this state as agreed today?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method deta&amp;ils:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source or owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %, persons, schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. yearly in September</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelColumn</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <extracomment>Ctrl+arrow: (goal uuid, level offset -1/0/+1, position offset -1/0/+1)</extracomment>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitWatcher</name>
    <message>
        <source>{over} characters too many (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} characters left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>✓ All changes saved ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes are not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ciworkshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors &amp; People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ciworkshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ciworkshop {version}&lt;/h3&gt;&lt;p&gt;Facilitation for Collective-Impact networks: actors, impact canvas, live capture, beamer and protocols.&lt;/p&gt;&lt;p&gt;Every change is saved immediately. Automatic backups: {backups}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>New measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person or an organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;challenge we address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to give a date; leave unticked for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no date —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Not described yet. Use “Edit network details” to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) recorded</source>
        <translation>
            <numerusform>%n person recorded</numerusform>
            <numerusform>%n people recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may be named in protocols</source>
        <translation>
            <numerusform>%n may be named in protocols</numerusform>
            <numerusform>%n may be named in protocols</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit network details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge we address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>— no organisation —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;May be named in protocols (consent given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to be named: protocols count this person but do not print the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityCheck</name>
    <message>
        <source>Goals without an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators without method or target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals without a dated milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project goals without a target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals rated too easy or utopian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals without a responsible actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels with more than five goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators not measured in the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “{goal}” has no indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “{indicator}” has no data-collection method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “{indicator}” has no target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “{indicator}” has neither a data-collection method nor a target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “{goal}” has no milestone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “{goal}” has no milestone with a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project-level goal “{goal}” names no target group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “{goal}” is rated too easy: it will hardly motivate anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “{goal}” is rated utopian: it may discourage the actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal “{goal}” has no responsible actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project level holds {count} goals; a focused agenda holds three to five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system level holds {count} goals; a focused agenda holds three to five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge level holds {count} goals; a focused agenda holds three to five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone “{milestone}” was due on {due_date} and is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “{indicator}” has not been measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “{indicator}” was last measured on {date}, more than twelve months ago.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Enter or double-click: go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to look at before the canvas is agreed.</source>
        <translation>
            <numerusform>%n point to look at before the canvas is agreed.</numerusform>
            <numerusform>%n points to look at before the canvas is agreed.</numerusform>
        </translation>
    </message>
    <message>
        <source>All quality checks are met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Politics &amp; administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>{number} billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: {indicator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline {value} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest {value} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {value} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>Target {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is {length} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address needs an “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please formulate the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal on the project level needs a target group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is not a valid date; please write it as YYYY-MM-DD (e.g. 2026-03-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” needs to be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date lies before the baseline date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is not a valid time; please write it as HH:MM (e.g. 09:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” needs to be a whole number from 0 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a person of the network or type the name of a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item belongs to an actor or to a person, not to both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only JPEG and PNG images can be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo takes {size} bytes; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo has no valid pixel size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Freeze the agreed canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit frozen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frozen version keeps today&apos;s canvas – vision, mission, goals, indicators and milestones – so later rounds can compare against it. You can go on editing the canvas afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Agreed at the conference day on 12 March</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Nothing has changed since this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vision was reworded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission was reworded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) added</source>
        <translation>
            <numerusform>%n goal added</numerusform>
            <numerusform>%n goals added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) removed</source>
        <translation>
            <numerusform>%n goal removed</numerusform>
            <numerusform>%n goals removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) changed</source>
        <translation>
            <numerusform>%n goal changed</numerusform>
            <numerusform>%n goals changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added</source>
        <translation>
            <numerusform>%n indicator added</numerusform>
            <numerusform>%n indicators added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) removed</source>
        <translation>
            <numerusform>%n indicator removed</numerusform>
            <numerusform>%n indicators removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded</source>
        <translation>
            <numerusform>%n value recorded</numerusform>
            <numerusform>%n values recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>This version cannot be read; it may come from a newer ciworkshop.</source>
        <extracomment>Show this version on the board (uuid), or the current canvas again (None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the canvas once the room has agreed on it. A frozen version keeps that state, so later rounds can see what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the current canvas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to ciworkshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per network holds its actors, people and results. Every change is saved the moment you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
