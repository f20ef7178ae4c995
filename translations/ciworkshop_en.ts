<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <extracomment>Ctrl+arrow: (goal uuid, level offset -1/0/+1, position offset -1/0/+1)</extracomment>
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
</context>
<context>
    <name>FileController</name>
    <message>
        <source>ciworkshop networks (*.ciw);;All files (*)</source>
        <extracomment>A one-line notice for the status bar (already translated).</extracomment>
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
        <source>Are three to five goals per level enough to focus?</source>
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
        <source>Tick to give a date; leave empty for none.</source>
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
    <message>
        <source>%n may be named in protocols</source>
        <translation type="unfinished">%n may be named in protocols</translation>
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
    <message>
        <source>%n point(s) to look at before the canvas is agreed.</source>
        <translation type="unfinished"></translation>
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
        <source>e.g. Agreed at the Fachtag on 12 March</source>
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
