<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person or actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (&amp;free text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody chosen —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest, or an addition such as “with the youth office”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda item</source>
        <extracomment>Minutes of an item added by the quick line without a number. What &quot;+5 min&quot; in the live bar adds to the running item. Narrower than this (a 1024 px screen with the session list beside it), the live bar&apos;s buttons show their icons only: what runs now keeps the room to be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it actually took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min longer than planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min shorter than planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {duration}, ending {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {duration} (no start time set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n card(s) on its pinboard. Deleting the item deletes its pinboard too. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>“{title}” has %n card on its pinboard. Deleting the item deletes its pinboard too. You can undo this with Ctrl+Z.</numerusform>
            <numerusform>“{title}” has %n cards on its pinboard. Deleting the item deletes its pinboard too. You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as template “{name}” for “{format}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title and minutes (also Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected item now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer this agenda when creating sessions of this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item: title, minutes – e.g. “Coffee break, 15” – then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items yet.
Type “title, minutes” in the line below and press Enter.</source>
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
    <name>AttendancePanel</name>
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
        <source>(deleted person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will not be named in the protocol (no consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n guest(s))</source>
        <translation>
            <numerusform>(%n guest)</numerusform>
            <numerusform>(%n guests)</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is a person of the network and was ticked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people: name, organisation or function ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the list. Enter ticks the one person found; Down goes into the list, where Space or a click ticks someone present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation – {key}, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a guest who is not in the network&apos;s list: {key} jumps here from anywhere in this tab, type “Name” or “Name, Organisation”, Enter adds and the line is ready for the next guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or a click: present / not present. Delete: take off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has no people yet: add them under “Actors &amp; People”, or add everyone here as a guest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>ciworkshop – beamer</source>
        <extracomment>The room&apos;s +/- keys: one zoom step up (1) or down (-1).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeamerController</name>
    <message>
        <source>Screen {number}</source>
        <extracomment>Without any screen information, previews assume a Full-HD beamer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beamer “{name}” was disconnected: the audience window is hidden. Presenting resumes when it is back (F5 presents on another screen).</source>
        <extracomment>Presenting started (True) or stopped (False). A message for the facilitator (also shown in the status bar and the console).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beamer “{name}” is back: presenting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{screen} – laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees this on {screen} ({width}×{height}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not presenting. F5 shows this on {screen}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact &amp;canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;potlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ause slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;event on the pause slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter &amp;console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard &amp;shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ciworkshop – beamer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeamerScene</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (continued)</source>
        <extracomment>Card text wider than this many minimum-size &quot;n&quot; would not fit a column of cards.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet clustered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: {actors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {author}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>(deleted goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no agenda items yet. Add one on the “Agenda” tab: each agenda item has its own pinboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster from card “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster “{name}” deleted; its cards are back among the unsorted ones. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dot more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dot less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster from this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cluster (cards stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dots yet. Select a card and press + or click its dots corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) without dots</source>
        <translation>
            <numerusform>%n card without dots</numerusform>
            <numerusform>%n cards without dots</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new cluster of the selected card, or an empty one (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cards by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller (Ctrl+−); Ctrl+0: normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a card and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author or table (stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cards go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{colour} (Ctrl+{key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only: the board can be viewed, not changed.</source>
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
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardBoard</name>
    <message>
        <source>Unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message>
        <source>No cards yet. Type a card above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag cards here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a card here to start a new cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: one dot more · Right-click or Shift+click: one less</source>
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
    <name>CardDialog</name>
    <message>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no goal)</source>
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
    <message>
        <source>Add event “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{name}” to the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move agenda item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agenda item “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move card “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots for “{text}”: {dots}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete card “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cluster “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move cluster “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cluster “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add decision “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete decision “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item “{text}”: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit parked item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete parked item “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo “{caption}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption photo “{caption}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete photo “{caption}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>New decision</source>
        <extracomment>Data of an owner entry in the &quot;who&quot; combo: &quot;person:&lt;uuid&gt;&quot; or &quot;actor:&lt;uuid&gt;&quot; (a plain string: Qt hands tuples back as lists, which would never match again).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no agenda item —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no impact goal —</source>
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
    <name>Duration</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
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
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Fachtag Übergang Schule–Beruf 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Town hall, large hall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export protocol</source>
        <extracomment>Share of the layout done, 0 to 100. The :class:`ExportOutcome`. The OSError (disk full, no permission) or, for a bug, the exception.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF protocol (to send out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (for a wiki or an e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items as CSV (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise: name no participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who have not consented are never named. With this option the protocol names nobody and lists only the organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save protocol as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event or session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the file, not only the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n pages)</source>
        <translation>
            <numerusform>(%n page)</numerusform>
            <numerusform>(%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the protocol&apos;s font and appear as �: {characters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo could not be read and is left out: “{caption}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed because of an error inside ciworkshop. The details were written to the log file.</source>
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
        <source>Card “{text}” ({session})</source>
        <extracomment>A card or decision in &quot;Where it came from&quot; is one line of at most this many characters. The goal was deleted from here; the board selects a neighbour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision “{text}” ({session})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition: {ambition}</source>
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
    <message numerus="yes">
        <source>Where it came from (%n)</source>
        <translation>
            <numerusform>Where it came from (%n)</numerusform>
            <numerusform>Where it came from (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No card or decision of a session is linked to this goal yet.</source>
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
    <name>LiveBar</name>
    <message>
        <source>NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: end of the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agenda item is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the agenda on the Agenda tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>of {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this item and start “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the last item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “{title}” now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this item without starting the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the running item {minutes} more minutes</source>
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
        <source>Select a card on the pinboard or a goal on the canvas to spotlight it.</source>
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
        <source>New &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session…</source>
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
        <source>&amp;Export protocol…</source>
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
        <source>Presenter console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotlight the selected card or goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events &amp; sessions</source>
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
        <source>Sessio&amp;n</source>
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
    <name>PhotoCaptionDialog</name>
    <message>
        <source>Photo caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>The file could not be read (is it still there and readable?).</source>
        <extracomment>What the file dialog offers; anything else can still be chosen via &quot;All files&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image format cannot be read. Please save the photo as JPEG or PNG (on an iPhone: Settings → Camera → Formats → “Most Compatible”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged or incomplete (perhaps not fully copied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has too many pixels (at most {limit} megapixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even reduced, the photo would be too large to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <extracomment>The folder the file dialog starts in (the last one used while the app runs).</extracomment>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos yet.

Drop photos of flip charts and pinboards here, or choose “Add photos…”. They are turned upright, reduced to a sensible size and stored in the network file without location data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network file was closed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred; details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n file could not be added:</numerusform>
            <numerusform>%n files could not be added:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n photo(s) were added.</source>
        <translation>
            <numerusform>The other photo was added.</numerusform>
            <numerusform>The other %n photos were added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing photos… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s)</source>
        <translation>
            <numerusform>Delete %n photo</numerusform>
            <numerusform>Delete %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos of flip charts and pinboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more photos ({key} or Insert), or drop image files onto this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double click on the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or double click on the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected photos (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the beamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact canvas: one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolSection</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda with planned and actual times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards, clusters and dot voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact canvas with indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check (appendix)</source>
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
    <name>ResultsPanel</name>
    <message>
        <source>(deleted)</source>
        <extracomment>Below this width (a 1024-pixel screen with the session list beside the tab) buttons show only their icons. The carried-over list takes at most this share of the height when it first appears. The day against which due dates count as overdue (None: today).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} – overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items from earlier sessions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in this session: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action items ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parking lot ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: done · Delete: dropped</source>
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
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From session</source>
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
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a decision and press Enter (Insert: with details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an action item and press Enter (Insert: with who and when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question for later and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new decision with agreement, agenda item and goal (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the decision (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the decision (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new action item with who and when (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done, or open again (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the action item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the action item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in place (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the question (Delete)</source>
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
    <name>SessionDialog</name>
    <message>
        <source>Standard agenda for “{format}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My template: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty agenda (add items later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), together {duration}</source>
        <translation>
            <numerusform>%n item, together {duration}</numerusform>
            <numerusform>%n items, together {duration}</numerusform>
        </translation>
    </message>
    <message>
        <source>The session starts without agenda items; add them on the Agenda tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place or table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faci&amp;litator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note-taker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guiding question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none (a session on its own) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Round table: transitions between schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session begins, e.g. 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Room 2.14 or Table 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question the session works on, shown to the room</source>
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
    <name>SessionWorkspace</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>{time} Uhr</source>
        <extracomment>Tree item data: (&quot;event&quot; | &quot;session&quot;, uuid). Narrower than this, the workspace&apos;s &quot;Edit session…&quot; button shows its icon only.</extracomment>
        <translation>{time}</translation>
    </message>
    <message>
        <source>part of “{event}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding question: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the event “{title}”? Its %n session(s) stay, with everything recorded in them, as single sessions. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete the event “{title}”? Its session stays, with everything recorded in it, as a single session. You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete the event “{title}”? Its %n sessions stay, with everything recorded in them, as single sessions. You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the session “{title}” with its agenda, cards, results and photos? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event such as a Fachtag: a date and place holding several sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session: plenary, round table, workshop, steering committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session to this event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events or sessions yet.

Create an event (for example a Fachtag) or a single session (for example a steering committee) to plan the agenda and capture what the room says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <source>Start or stop presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen on/off (not while typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→, Page Down, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamer: next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←, Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamer: previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamer: larger or smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc, F1 or a click closes this overview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <source>A template of this name exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agenda as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n agenda item(s) with their minutes ({duration}) become a template for new sessions of the format “{format}”.</source>
        <translation>
            <numerusform>The agenda item with its minutes ({duration}) becomes a template for new sessions of the format “{format}”.</numerusform>
            <numerusform>The %n agenda items with their minutes ({duration}) become a template for new sessions of the format “{format}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the template a name.</source>
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
<context>
    <name>_AgendaText</name>
    <message numerus="yes">
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… and %n more item</numerusform>
            <numerusform>… and %n more items</numerusform>
        </translation>
    </message>
</context>
</TS>
