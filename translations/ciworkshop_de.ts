<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Person or actor:</source>
        <translation>&amp;Person oder Akteur:</translation>
    </message>
    <message>
        <source>Who (&amp;free text):</source>
        <translation>Wer (Frei&amp;text):</translation>
    </message>
    <message>
        <source>— nobody chosen —</source>
        <translation>— niemand gewählt —</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>A guest, or an addition such as “with the youth office”</source>
        <translation>Ein Gast oder eine Ergänzung wie „mit dem Jugendamt“</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <source>New actor</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation>Akteur bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <source>&amp;Role in the network:</source>
        <translation>&amp;Rolle im Verbund:</translation>
    </message>
    <message>
        <source>What they &amp;bring:</source>
        <translation>Was sie ein&amp;bringen:</translation>
    </message>
</context>
<context>
    <name>ActorRole</name>
    <message>
        <source>Backbone team</source>
        <translation>Backbone-Team</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Steuerungskreis</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>ActorTable</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>ActorsPeopleView</name>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n Akteur</numerusform>
            <numerusform>%n Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;Add actor…</source>
        <translation>&amp;Akteur hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Akteure filtern</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation>Neuer Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Tagesordnungspunkt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Planned &amp;minutes:</source>
        <translation>Geplante &amp;Minuten:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda item</source>
        <extracomment>Minutes of an item added by the quick line without a number. What &quot;+5 min&quot; in the live bar adds to the running item. Narrower than this (a 1024 px screen with the session list beside it), the live bar&apos;s buttons show their icons only: what runs now keeps the room to be read.</extracomment>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Geplante Minuten</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>How long it actually took</source>
        <translation>Tatsächliche Dauer</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>{minutes} min longer than planned</source>
        <translation>{minutes} min länger als geplant</translation>
    </message>
    <message>
        <source>{minutes} min shorter than planned</source>
        <translation>{minutes} min kürzer als geplant</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>wie geplant</translation>
    </message>
    <message>
        <source>Planned: {duration}, ending {time}</source>
        <translation>Geplant: {duration}, Ende {time}</translation>
    </message>
    <message>
        <source>Planned: {duration} (no start time set)</source>
        <translation>Geplant: {duration} (ohne Startzeit)</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Tagesordnungspunkt löschen</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n card(s) on its pinboard. Deleting the item deletes its pinboard too. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>„{title}“ hat %n Karte auf seiner Pinnwand. Mit dem Punkt wird auch seine Pinnwand gelöscht. Sie können das mit Strg+Z rückgängig machen.</numerusform>
            <numerusform>„{title}“ hat %n Karten auf seiner Pinnwand. Mit dem Punkt wird auch seine Pinnwand gelöscht. Sie können das mit Strg+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as template “{name}” for “{format}”.</source>
        <translation>Als Vorlage „{name}“ für „{format}“ gespeichert.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Tagesordnungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit title and minutes (also Enter)</source>
        <translation>Titel und Minuten bearbeiten (auch Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Punkt löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Punkt nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Punkt nach unten verschieben</translation>
    </message>
    <message>
        <source>Start this item</source>
        <translation>Diesen Punkt starten</translation>
    </message>
    <message>
        <source>Start the selected item now</source>
        <translation>Den ausgewählten Punkt jetzt starten</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Offer this agenda when creating sessions of this format</source>
        <translation>Diesen Ablauf beim Anlegen von Sitzungen dieses Formats anbieten</translation>
    </message>
    <message>
        <source>New item: title, minutes – e.g. “Coffee break, 15” – then Enter</source>
        <translation>Neuer Punkt: Titel, Minuten – z. B. „Kaffeepause, 15“ – dann Enter</translation>
    </message>
    <message>
        <source>No agenda items yet.
Type “title, minutes” in the line below and press Enter.</source>
        <translation>Noch keine Tagesordnungspunkte.
In der Zeile unten „Titel, Minuten“ eingeben und Enter drücken.</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Mehrheitsentscheid</translation>
    </message>
    <message>
        <source>Consent (no objection)</source>
        <translation>Konsent (kein Einwand)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Ambition</name>
    <message>
        <source>Too easy</source>
        <translation>Zu leicht</translation>
    </message>
    <message>
        <source>Modest</source>
        <translation>Bescheiden</translation>
    </message>
    <message>
        <source>Ambitious but reachable</source>
        <translation>Ambitioniert, aber erreichbar</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Mutig</translation>
    </message>
    <message>
        <source>Utopian</source>
        <translation>Utopisch</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>(deleted person)</source>
        <translation>(gelöschte Person)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>will not be named in the protocol (no consent)</source>
        <translation>wird im Protokoll nicht namentlich genannt (keine Einwilligung)</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n anwesend</numerusform>
            <numerusform>%n anwesend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n guest(s))</source>
        <translation>
            <numerusform>(%n Gast)</numerusform>
            <numerusform>(%n Gäste)</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is a person of the network and was ticked present.</source>
        <translation>„{name}“ gehört zum Verbund und wurde als anwesend abgehakt.</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Wer ist da</translation>
    </message>
    <message>
        <source>Find people: name, organisation or function ({key})</source>
        <translation>Personen suchen: Name, Organisation oder Funktion ({key})</translation>
    </message>
    <message>
        <source>Type to filter the list. Enter ticks the one person found; Down goes into the list, where Space or a click ticks someone present.</source>
        <translation>Tippen filtert die Liste. Enter hakt die einzige gefundene Person ab; Pfeil nach unten führt in die Liste, wo Leertaste oder Klick jemanden als anwesend abhakt.</translation>
    </message>
    <message>
        <source>Only those present</source>
        <translation>Nur Anwesende</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Gast:</translation>
    </message>
    <message>
        <source>Name, organisation – {key}, then Enter</source>
        <translation>Name, Organisation – {key}, dann Enter</translation>
    </message>
    <message>
        <source>Add a guest who is not in the network&apos;s list: {key} jumps here from anywhere in this tab, type “Name” or “Name, Organisation”, Enter adds and the line is ready for the next guest.</source>
        <translation>Einen Gast hinzufügen, der nicht in der Liste des Verbunds steht: {key} springt von überall in diesem Reiter hierher; „Name“ oder „Name, Organisation“ eingeben, Enter fügt hinzu – und die Zeile ist frei für den nächsten Gast.</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Gast hinzufügen</translation>
    </message>
    <message>
        <source>Space or a click: present / not present. Delete: take off the list.</source>
        <translation>Leertaste oder Klick: anwesend / nicht anwesend. Entf: von der Liste nehmen.</translation>
    </message>
    <message>
        <source>The network has no people yet: add them under “Actors &amp; People”, or add everyone here as a guest.</source>
        <translation>Der Verbund hat noch keine Personen: unter „Akteure &amp; Personen“ anlegen oder alle hier als Gäste eintragen.</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>ciworkshop – beamer</source>
        <extracomment>The room&apos;s +/- keys: one zoom step up (1) or down (-1).</extracomment>
        <translation>ciworkshop – Beamer</translation>
    </message>
</context>
<context>
    <name>BeamerController</name>
    <message>
        <source>Screen {number}</source>
        <extracomment>Without any screen information, previews assume a Full-HD beamer.</extracomment>
        <translation>Bildschirm {number}</translation>
    </message>
    <message>
        <source>The beamer “{name}” was disconnected: the audience window is hidden. Presenting resumes when it is back (F5 presents on another screen).</source>
        <extracomment>Presenting started (True) or stopped (False). A message for the facilitator (also shown in the status bar and the console).</extracomment>
        <translation>Der Beamer „{name}“ wurde getrennt: Das Fenster für den Raum ist ausgeblendet. Die Präsentation geht weiter, sobald er wieder da ist (F5 präsentiert auf einem anderen Bildschirm).</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>The beamer “{name}” is back: presenting again.</source>
        <translation>Der Beamer „{name}“ ist wieder da: Die Präsentation läuft wieder.</translation>
    </message>
    <message>
        <source>{screen} – laptop</source>
        <translation>{screen} – Laptop</translation>
    </message>
    <message>
        <source>The room sees this on {screen} ({width}×{height}).</source>
        <translation>Der Raum sieht das auf {screen} ({width}×{height}).</translation>
    </message>
    <message>
        <source>this screen</source>
        <translation>diesem Bildschirm</translation>
    </message>
    <message>
        <source>Not presenting. F5 shows this on {screen}.</source>
        <translation>Keine Präsentation. F5 zeigt das auf {screen}.</translation>
    </message>
    <message>
        <source>&amp;Beamer</source>
        <translation>Bea&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>&amp;Stop presenting</source>
        <translation>Präsentation b&amp;eenden</translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation>&amp;Bildschirm</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeige</translation>
    </message>
    <message>
        <source>Impact &amp;canvas</source>
        <translation>Wirkungs-&amp;Canvas</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Pinnwand</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Tagesordnung</translation>
    </message>
    <message>
        <source>S&amp;potlight</source>
        <translation>&amp;Spotlight</translation>
    </message>
    <message>
        <source>P&amp;ause slide</source>
        <translation>Pausen&amp;folie</translation>
    </message>
    <message>
        <source>Blac&amp;k</source>
        <translation>Sch&amp;warz</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>P&amp;revious page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <source>Show the &amp;event on the pause slide</source>
        <translation>Veranstaltung auf der Pausenfolie &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>L&amp;ight</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Presenter &amp;console</source>
        <translation>&amp;Moderationskonsole</translation>
    </message>
    <message>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>ciworkshop – beamer</source>
        <translation>ciworkshop – Beamer</translation>
    </message>
</context>
<context>
    <name>BeamerScene</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>überzogen</translation>
    </message>
    <message>
        <source>of {minutes}</source>
        <translation>von {minutes}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>The agenda is complete.</source>
        <translation>Die Tagesordnung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>{name} (continued)</source>
        <extracomment>Card text wider than this many minimum-size &quot;n&quot; would not fit a column of cards.</extracomment>
        <translation>{name} (Forts.)</translation>
    </message>
    <message>
        <source>Not yet clustered</source>
        <translation>Noch ohne Cluster</translation>
    </message>
    <message>
        <source>Responsible: {actors}</source>
        <translation>Verantwortlich: {actors}</translation>
    </message>
    <message>
        <source>— {author}</source>
        <translation>— {author}</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>(deleted goal)</source>
        <translation>(gelöschtes Ziel)</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>No session is selected.</source>
        <translation>Keine Sitzung ausgewählt.</translation>
    </message>
    <message>
        <source>This session has no agenda items yet. Add one on the “Agenda” tab: each agenda item has its own pinboard.</source>
        <translation>Diese Sitzung hat noch keine Tagesordnungspunkte. Legen Sie im Reiter „Ablauf“ einen an: Jeder Tagesordnungspunkt hat seine eigene Pinnwand.</translation>
    </message>
    <message>
        <source>New cluster from card “{text}”</source>
        <translation>Neuer Cluster aus Karte „{text}“</translation>
    </message>
    <message>
        <source>Cluster “{name}” deleted; its cards are back among the unsorted ones. Ctrl+Z brings it back.</source>
        <translation>Cluster „{name}“ gelöscht; seine Karten sind wieder bei den unsortierten. Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Card deleted. Ctrl+Z brings it back.</source>
        <translation>Karte gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Edit card…</source>
        <translation>Karte bearbeiten…</translation>
    </message>
    <message>
        <source>One dot more</source>
        <translation>Ein Punkt mehr</translation>
    </message>
    <message>
        <source>One dot less</source>
        <translation>Ein Punkt weniger</translation>
    </message>
    <message>
        <source>New cluster from this card</source>
        <translation>Neuer Cluster aus dieser Karte</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Delete cluster (cards stay)</source>
        <translation>Cluster löschen (Karten bleiben)</translation>
    </message>
    <message>
        <source>No dots yet. Select a card and press + or click its dots corner.</source>
        <translation>Noch keine Punkte. Eine Karte auswählen und + drücken oder auf ihre Punkte-Ecke klicken.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) without dots</source>
        <translation>
            <numerusform>%n Karte ohne Punkte</numerusform>
            <numerusform>%n Karten ohne Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Tagesordnungspunkt:</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>A new cluster of the selected card, or an empty one (Ctrl+G)</source>
        <translation>Ein neuer Cluster aus der ausgewählten Karte oder ein leerer (Strg+G)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Show the cards by dots</source>
        <translation>Die Karten nach Punkten geordnet zeigen</translation>
    </message>
    <message>
        <source>Add the card (Enter)</source>
        <translation>Karte hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Größer (Strg++)</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+−); Ctrl+0: normal size</source>
        <translation>Kleiner (Strg+−); Strg+0: normale Größe</translation>
    </message>
    <message>
        <source>Write a card and press Enter</source>
        <translation>Karte schreiben und Enter drücken</translation>
    </message>
    <message>
        <source>Author or table (stays)</source>
        <translation>Autor*in oder Tisch (bleibt stehen)</translation>
    </message>
    <message>
        <source>&amp;New cards go to:</source>
        <translation>&amp;Neue Karten in:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>{colour} (Ctrl+{key})</source>
        <translation>{colour} (Strg+{key})</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Ranking by dots</source>
        <translation>Rangfolge nach Punkten</translation>
    </message>
    <message>
        <source>This file is open read-only: the board can be viewed, not changed.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet: Die Pinnwand kann angesehen, aber nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>CanvasBoard</name>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add a goal (Insert)</source>
        <translation>Wirkungsziel hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Not formulated yet.</source>
        <extracomment>Tab after saving: the view moves focus on.</extracomment>
        <translation>Noch nicht formuliert.</translation>
    </message>
    <message>
        <source>No vision yet. Press Enter or double-click to formulate it.</source>
        <translation>Noch keine Vision. Enter drücken oder doppelklicken, um sie zu formulieren.</translation>
    </message>
    <message>
        <source>No mission yet. Press Enter or double-click to formulate it.</source>
        <translation>Noch keine Mission. Enter drücken oder doppelklicken, um sie zu formulieren.</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter new line · Esc cancels</source>
        <translation>Enter speichert · Umschalt+Enter neue Zeile · Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>CanvasFormDialog</name>
    <message>
        <source>“{field}” is not a number. Please write it like {example}.</source>
        <translation>„{field}“ ist keine Zahl. Bitte im Format {example} schreiben.</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Guided mode · step {step} of {steps}</source>
        <translation>Geführter Modus · Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Leave guided mode</source>
        <translation>Geführten Modus beenden</translation>
    </message>
    <message>
        <source>You are looking at the version “{label}” agreed on {date}. It cannot be changed here.</source>
        <translation>Sie sehen den am {date} beschlossenen Stand „{label}“. Er kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Checklist ({count})</source>
        <translation>Prüfliste ({count})</translation>
    </message>
    <message>
        <source>Checklist ✓</source>
        <translation>Prüfliste ✓</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Add an impact goal to the selected level (Insert)</source>
        <translation>Ein Wirkungsziel in der gewählten Ebene hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>All details of the selected goal (Ctrl+E)</source>
        <translation>Alle Angaben zum gewählten Ziel (Strg+E)</translation>
    </message>
    <message>
        <source>Guided mode</source>
        <translation>Geführter Modus</translation>
    </message>
    <message>
        <source>Walk the room step by step through vision, mission and the levels (F7)</source>
        <translation>Den Raum Schritt für Schritt durch Vision, Mission und die Ebenen führen (F7)</translation>
    </message>
    <message>
        <source>Freeze version…</source>
        <translation>Stand einfrieren…</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide details, checklist and versions (F9)</source>
        <translation>Details, Prüfliste und Versionen ein- oder ausblenden (F9)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Back to the current canvas</source>
        <translation>Zurück zum aktuellen Canvas</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
</context>
<context>
    <name>CardBoard</name>
    <message>
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message>
        <source>(unnamed cluster)</source>
        <translation>(Cluster ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>No cards yet. Type a card above and press Enter.</source>
        <translation>Noch keine Karten. Oben eine Karte eingeben und Enter drücken.</translation>
    </message>
    <message>
        <source>Drag cards here.</source>
        <translation>Karten hierher ziehen.</translation>
    </message>
    <message>
        <source>Drop a card here to start a new cluster.</source>
        <translation>Karte hier ablegen, um einen neuen Cluster zu beginnen.</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>Click: one dot more · Right-click or Shift+click: one less</source>
        <translation>Klick: ein Punkt mehr · Rechtsklick oder Umschalt+Klick: einer weniger</translation>
    </message>
</context>
<context>
    <name>CardColour</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Impact &amp;goal:</source>
        <translation>Wirkungs&amp;ziel:</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(kein Ziel)</translation>
    </message>
</context>
<context>
    <name>CollectionMethod</name>
    <message>
        <source>Survey</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Official statistics</source>
        <translation>Amtliche Statistik</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Document analysis</source>
        <translation>Dokumentenanalyse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit network details</source>
        <translation>Verbundangaben bearbeiten</translation>
    </message>
    <message>
        <source>Add actor “{name}”</source>
        <translation>Akteur „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit actor “{name}”</source>
        <translation>Akteur „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete actor “{name}”</source>
        <translation>Akteur „{name}“ löschen</translation>
    </message>
    <message>
        <source>Add person “{name}”</source>
        <translation>Person „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit person “{name}”</source>
        <translation>Person „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete person “{name}”</source>
        <translation>Person „{name}“ löschen</translation>
    </message>
    <message>
        <source>Edit the vision</source>
        <extracomment>The UUID of what this command creates, if it creates something.</extracomment>
        <translation>Vision bearbeiten</translation>
    </message>
    <message>
        <source>Edit the mission</source>
        <translation>Mission bearbeiten</translation>
    </message>
    <message>
        <source>Add goal “{goal}”</source>
        <translation>Ziel „{goal}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit goal “{goal}”</source>
        <translation>Ziel „{goal}“ bearbeiten</translation>
    </message>
    <message>
        <source>Reorder goal “{goal}”</source>
        <translation>Ziel „{goal}“ umsortieren</translation>
    </message>
    <message>
        <source>Move goal “{goal}” to: {level}</source>
        <translation>Ziel „{goal}“ verschieben nach: {level}</translation>
    </message>
    <message>
        <source>Delete goal “{goal}”</source>
        <translation>Ziel „{goal}“ löschen</translation>
    </message>
    <message>
        <source>Add indicator “{indicator}”</source>
        <translation>Indikator „{indicator}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit indicator “{indicator}”</source>
        <translation>Indikator „{indicator}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete indicator “{indicator}”</source>
        <translation>Indikator „{indicator}“ löschen</translation>
    </message>
    <message>
        <source>Record a value for “{indicator}”</source>
        <translation>Messwert für „{indicator}“ erfassen</translation>
    </message>
    <message>
        <source>Edit the value of {date}</source>
        <translation>Messwert vom {date} bearbeiten</translation>
    </message>
    <message>
        <source>Delete the value of {date}</source>
        <translation>Messwert vom {date} löschen</translation>
    </message>
    <message>
        <source>Add milestone “{milestone}”</source>
        <translation>Meilenstein „{milestone}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit milestone “{milestone}”</source>
        <translation>Meilenstein „{milestone}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete milestone “{milestone}”</source>
        <translation>Meilenstein „{milestone}“ löschen</translation>
    </message>
    <message>
        <source>Freeze version “{label}”</source>
        <translation>Stand „{label}“ einfrieren</translation>
    </message>
    <message>
        <source>Delete version “{label}”</source>
        <translation>Stand „{label}“ löschen</translation>
    </message>
    <message>
        <source>Add event “{title}”</source>
        <translation>Veranstaltung „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation>Veranstaltung „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>Veranstaltung „{title}“ löschen</translation>
    </message>
    <message>
        <source>Add session “{title}”</source>
        <translation>Sitzung „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit session “{title}”</source>
        <translation>Sitzung „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete session “{title}”</source>
        <translation>Sitzung „{title}“ löschen</translation>
    </message>
    <message>
        <source>Add “{name}” to the attendance</source>
        <translation>„{name}“ als anwesend eintragen</translation>
    </message>
    <message>
        <source>Remove “{name}” from the attendance</source>
        <translation>„{name}“ aus der Anwesenheitsliste streichen</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <translation>Tagesordnungspunkt „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <translation>Tagesordnungspunkt „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Move agenda item “{title}”</source>
        <translation>Tagesordnungspunkt „{title}“ verschieben</translation>
    </message>
    <message>
        <source>Delete agenda item “{title}”</source>
        <translation>Tagesordnungspunkt „{title}“ löschen</translation>
    </message>
    <message>
        <source>Start “{title}”</source>
        <translation>„{title}“ starten</translation>
    </message>
    <message>
        <source>End “{title}”</source>
        <translation>„{title}“ beenden</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Nächster Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Add card “{text}”</source>
        <translation>Karte „{text}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit card “{text}”</source>
        <translation>Karte „{text}“ bearbeiten</translation>
    </message>
    <message>
        <source>Move card “{text}”</source>
        <translation>Karte „{text}“ verschieben</translation>
    </message>
    <message>
        <source>Dots for “{text}”: {dots}</source>
        <translation>Punkte für „{text}“: {dots}</translation>
    </message>
    <message>
        <source>Delete card “{text}”</source>
        <translation>Karte „{text}“ löschen</translation>
    </message>
    <message>
        <source>Add cluster “{name}”</source>
        <translation>Cluster „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename cluster “{name}”</source>
        <translation>Cluster „{name}“ umbenennen</translation>
    </message>
    <message>
        <source>Move cluster “{name}”</source>
        <translation>Cluster „{name}“ verschieben</translation>
    </message>
    <message>
        <source>Delete cluster “{name}”</source>
        <translation>Cluster „{name}“ löschen</translation>
    </message>
    <message>
        <source>Add decision “{text}”</source>
        <translation>Beschluss „{text}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit decision “{text}”</source>
        <translation>Beschluss „{text}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete decision “{text}”</source>
        <translation>Beschluss „{text}“ löschen</translation>
    </message>
    <message>
        <source>Add action item “{text}”</source>
        <translation>Aufgabe „{text}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit action item “{text}”</source>
        <translation>Aufgabe „{text}“ bearbeiten</translation>
    </message>
    <message>
        <source>Action item “{text}”: {status}</source>
        <translation>Aufgabe „{text}“: {status}</translation>
    </message>
    <message>
        <source>Delete action item “{text}”</source>
        <translation>Aufgabe „{text}“ löschen</translation>
    </message>
    <message>
        <source>Park “{text}”</source>
        <translation>„{text}“ in den Themenspeicher</translation>
    </message>
    <message>
        <source>Edit parked item “{text}”</source>
        <translation>Themenspeicher-Eintrag „{text}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete parked item “{text}”</source>
        <translation>Themenspeicher-Eintrag „{text}“ löschen</translation>
    </message>
    <message>
        <source>Add photo “{caption}”</source>
        <translation>Foto „{caption}“ hinzufügen</translation>
    </message>
    <message>
        <source>Caption photo “{caption}”</source>
        <translation>Bildunterschrift „{caption}“ setzen</translation>
    </message>
    <message>
        <source>Delete photo “{caption}”</source>
        <translation>Foto „{caption}“ löschen</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>New decision</source>
        <extracomment>Data of an owner entry in the &quot;who&quot; combo: &quot;person:&lt;uuid&gt;&quot; or &quot;actor:&lt;uuid&gt;&quot; (a plain string: Qt hands tuples back as lists, which would never match again).</extracomment>
        <translation>Neuer Beschluss</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Beschluss bearbeiten</translation>
    </message>
    <message>
        <source>&amp;How agreed:</source>
        <translation>Beschluss&amp;verfahren:</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Tagesordnungspunkt:</translation>
    </message>
    <message>
        <source>Impact &amp;goal:</source>
        <translation>Wirkungs&amp;ziel:</translation>
    </message>
    <message>
        <source>— no agenda item —</source>
        <translation>— kein Tagesordnungspunkt —</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>— no impact goal —</source>
        <translation>— kein Wirkungsziel —</translation>
    </message>
</context>
<context>
    <name>DocumentError</name>
    <message>
        <source>The file “{name}” does not exist (any more).</source>
        <translation>Die Datei „{name}“ gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>The file “{name}” is empty (0 bytes). It holds no network and was left as it is.</source>
        <translation>Die Datei „{name}“ ist leer (0 Byte). Sie enthält keinen Verbund und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” is not a ciworkshop file. It was left as it is.</source>
        <translation>„{name}“ ist keine ciworkshop-Datei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” is a database of another program, not a ciworkshop network. It was left as it is.</source>
        <translation>„{name}“ ist eine Datenbank eines anderen Programms, kein ciworkshop-Verbund. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” was written by a newer version of ciworkshop (file format {found}, this version reads up to {supported}). Please update ciworkshop to open it; the file was left as it is.</source>
        <translation>„{name}“ wurde mit einer neueren ciworkshop-Version gespeichert (Dateiformat {found}, diese Version liest bis {supported}). Bitte aktualisieren Sie ciworkshop, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened safely. It was left as it is. Automatic backups of your networks are in: {backups}</source>
        <translation>„{name}“ ist beschädigt und kann nicht sicher geöffnet werden. Die Datei wurde nicht verändert. Automatische Sicherungen Ihrer Verbünde liegen in: {backups}</translation>
    </message>
    <message>
        <source>“{name}” is already open in another ciworkshop window ({holder}). You can open it read-only to look at it.</source>
        <translation>„{name}“ ist bereits in einem anderen ciworkshop-Fenster geöffnet ({holder}). Sie können die Datei schreibgeschützt öffnen, um sie anzusehen.</translation>
    </message>
    <message>
        <source>“{name}” cannot be changed here (the file or its folder is write-protected). You can open it read-only, or save a copy in another folder.</source>
        <translation>„{name}“ kann hier nicht geändert werden (die Datei oder ihr Ordner ist schreibgeschützt). Sie können sie schreibgeschützt öffnen oder eine Kopie in einem anderen Ordner speichern.</translation>
    </message>
    <message>
        <source>“{name}” is open read-only; nothing can be changed.</source>
        <translation>„{name}“ ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>“{name}” was written by an older version of ciworkshop. It must be opened once for editing, so that it can be upgraded (a backup is made first).</source>
        <translation>„{name}“ stammt aus einer älteren ciworkshop-Version. Sie muss einmal zum Bearbeiten geöffnet werden, damit sie aktualisiert werden kann (vorher wird eine Sicherung angelegt).</translation>
    </message>
    <message>
        <source>The disk is full: the last change to “{name}” could not be saved and was undone. Everything before it is safe. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Die letzte Änderung an „{name}“ konnte nicht gespeichert werden und wurde zurückgenommen. Alles davor ist sicher. Bitte schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” is busy in another program; the last change was not saved. Please try again in a moment.</source>
        <translation>„{name}“ wird gerade von einem anderen Programm benutzt; die letzte Änderung wurde nicht gespeichert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A file named “{name}” exists already. Please choose another name.</source>
        <translation>Eine Datei namens „{name}“ gibt es bereits. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“{name}” could not be read or written ({detail}). Nothing else was changed.</source>
        <translation>„{name}“ konnte nicht gelesen oder geschrieben werden ({detail}). Sonst wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ciworkshop</source>
        <translation>ciworkshop</translation>
    </message>
    <message>
        <source>Something went wrong inside ciworkshop. Your data is safe: every edit was saved when it was shown. The details were written to the log file:
{log}</source>
        <translation>In ciworkshop ist ein Fehler aufgetreten. Ihre Daten sind sicher: Jede Änderung wurde gespeichert, als sie angezeigt wurde. Die Einzelheiten stehen in der Protokolldatei:
{log}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>e.g. Fachtag Übergang Schule–Beruf 2026</source>
        <translation>z. B. Fachtag Übergang Schule–Beruf 2026</translation>
    </message>
    <message>
        <source>e.g. Town hall, large hall</source>
        <translation>z. B. Rathaus, großer Saal</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export protocol</source>
        <extracomment>Share of the layout done, 0 to 100. The :class:`ExportOutcome`. The OSError (disk full, no permission) or, for a bug, the exception.</extracomment>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>PDF protocol (to send out)</source>
        <translation>PDF-Protokoll (zum Versenden)</translation>
    </message>
    <message>
        <source>Markdown (for a wiki or an e-mail)</source>
        <translation>Markdown (für ein Wiki oder eine E-Mail)</translation>
    </message>
    <message>
        <source>Action items as CSV (Excel)</source>
        <translation>Aufgaben als CSV (Excel)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Protocol &amp;language:</source>
        <translation>Protokoll&amp;sprache:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmende:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Anonymise: name no participants</source>
        <translation>&amp;Anonymisieren: keine Teilnehmenden namentlich nennen</translation>
    </message>
    <message>
        <source>People who have not consented are never named. With this option the protocol names nobody and lists only the organisations.</source>
        <translation>Personen ohne Einwilligung werden nie namentlich genannt. Mit dieser Option nennt das Protokoll niemanden und führt nur die Organisationen auf.</translation>
    </message>
    <message>
        <source>Include &amp;photos</source>
        <translation>Fo&amp;tos einbeziehen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>PDF &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei &amp;öffnen</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save protocol as</source>
        <translation>Protokoll speichern unter</translation>
    </message>
    <message>
        <source>The event or session no longer exists.</source>
        <translation>Die Veranstaltung oder Sitzung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Please name the file, not only the folder.</source>
        <translation>Bitte geben Sie einen Dateinamen an, nicht nur den Ordner.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>Den Ordner „{folder}“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“{name}” exists already. Replace it?</source>
        <translation>„{name}“ gibt es bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message numerus="yes">
        <source>(%n pages)</source>
        <translation>
            <numerusform>(%n Seite)</numerusform>
            <numerusform>(%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the protocol&apos;s font and appear as �: {characters}</source>
        <translation>Einige Zeichen kann die Schrift des Protokolls nicht darstellen; sie erscheinen als �: {characters}</translation>
    </message>
    <message>
        <source>A photo could not be read and is left out: “{caption}”</source>
        <translation>Ein Foto konnte nicht gelesen werden und fehlt: „{caption}“</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The export failed because of an error inside ciworkshop. The details were written to the log file.</source>
        <translation>Der Export ist wegen eines Fehlers in ciworkshop fehlgeschlagen. Die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Wirkungsziel</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Anspruch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible actors</source>
        <translation>Verantwortliche Akteure</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Datum des Ausgangswerts</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Data-collection method</source>
        <translation>Erhebungsmethode</translation>
    </message>
    <message>
        <source>Method details</source>
        <translation>Erläuterung zur Methode</translation>
    </message>
    <message>
        <source>Source or owner</source>
        <translation>Quelle / Datenhalter</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Beschlossen am</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Place or table</source>
        <translation>Ort oder Tisch</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Geplante Minuten</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Author or table</source>
        <translation>Autor*in oder Tisch</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>How agreed</source>
        <translation>Beschlussverfahren</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>ciworkshop networks (*.ciw);;All files (*)</source>
        <extracomment>Emitted before the open network is closed: views save what is still being typed. A one-line notice for the status bar (already translated).</extracomment>
        <translation>ciworkshop-Verbünde (*.ciw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Neuer Verbund</translation>
    </message>
    <message>
        <source>Where should the new network be saved?</source>
        <translation>Wo soll der neue Verbund gespeichert werden?</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Verbund öffnen</translation>
    </message>
    <message>
        <source>File cannot be edited</source>
        <translation>Datei kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>A copy was saved as {path}</source>
        <translation>Eine Kopie wurde gespeichert: {path}</translation>
    </message>
    <message>
        <source>The file was upgraded to the current format; the previous version was kept at {path}</source>
        <translation>Die Datei wurde auf das aktuelle Format aktualisiert; die vorherige Fassung liegt unter {path}</translation>
    </message>
    <message>
        <source>The file was not closed properly last time (crash or power loss). Everything that was saved is there.</source>
        <translation>Die Datei wurde beim letzten Mal nicht ordnungsgemäß geschlossen (Absturz oder Stromausfall). Alles Gespeicherte ist vorhanden.</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>no indicator yet</source>
        <translation>noch kein Indikator</translation>
    </message>
    <message>
        <source>{count} on track</source>
        <translation>{count} auf Kurs</translation>
    </message>
    <message>
        <source>no milestone yet</source>
        <translation>noch kein Meilenstein</translation>
    </message>
    <message>
        <source>Target group: {group}</source>
        <translation>Zielgruppe: {group}</translation>
    </message>
    <message>
        <source>Responsible: {actors}</source>
        <translation>Verantwortlich: {actors}</translation>
    </message>
</context>
<context>
    <name>GoalCardDelegate</name>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n Indikator</numerusform>
            <numerusform>%n Indikatoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reached} of %n milestone(s) reached</source>
        <translation>
            <numerusform>{reached} von %n Meilenstein erreicht</numerusform>
            <numerusform>{reached} von %n Meilensteinen erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n verfehlt</numerusform>
            <numerusform>%n verfehlt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalDetails</name>
    <message>
        <source>Card “{text}” ({session})</source>
        <extracomment>A card or decision in &quot;Where it came from&quot; is one line of at most this many characters. The goal was deleted from here; the board selects a neighbour.</extracomment>
        <translation>Karte „{text}“ ({session})</translation>
    </message>
    <message>
        <source>Decision “{text}” ({session})</source>
        <translation>Beschluss „{text}“ ({session})</translation>
    </message>
    <message>
        <source>Ambition: {ambition}</source>
        <translation>Anspruch: {ambition}</translation>
    </message>
    <message>
        <source>Target group: {group}</source>
        <translation>Zielgruppe: {group}</translation>
    </message>
    <message>
        <source>Responsible: {actors}</source>
        <translation>Verantwortlich: {actors}</translation>
    </message>
    <message>
        <source>No responsible actor yet</source>
        <translation>Noch kein verantwortlicher Akteur</translation>
    </message>
    <message numerus="yes">
        <source>Where it came from (%n)</source>
        <translation>
            <numerusform>Herkunft (%n)</numerusform>
            <numerusform>Herkunft (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No card or decision of a session is linked to this goal yet.</source>
        <translation>Mit diesem Ziel ist noch keine Karte und kein Beschluss aus einer Sitzung verknüpft.</translation>
    </message>
    <message>
        <source>no method</source>
        <translation>keine Erhebungsmethode</translation>
    </message>
    <message>
        <source>Measurements of “{indicator}”</source>
        <translation>Messwerte zu „{indicator}“</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Select a goal on the canvas to see its indicators, measurements and milestones.</source>
        <translation>Wählen Sie auf dem Canvas ein Ziel aus, um seine Indikatoren, Messwerte und Meilensteine zu sehen.</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Ziel bearbeiten…</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>Indikator hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Record a value…</source>
        <translation>Messwert erfassen…</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>Meilenstein hinzufügen…</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>&amp;Target group (required):</source>
        <translation>&amp;Zielgruppe (Pflicht):</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>New impact goal</source>
        <translation>Neues Wirkungsziel</translation>
    </message>
    <message>
        <source>Edit impact goal</source>
        <translation>Wirkungsziel bearbeiten</translation>
    </message>
    <message>
        <source>Responsible a&amp;ctors:</source>
        <translation>&amp;Verantwortliche Akteure:</translation>
    </message>
    <message>
        <source>{ambition}  ◎ aim</source>
        <translation>{ambition}  ◎ anzustreben</translation>
    </message>
    <message>
        <source>What shall be different, for whom, by when?</source>
        <translation>Was soll sich für wen bis wann verändern?</translation>
    </message>
    <message>
        <source>No actors yet. Add them under Actors &amp; People first.</source>
        <translation>Noch keine Akteure. Bitte zuerst unter „Akteure &amp; Personen“ anlegen.</translation>
    </message>
</context>
<context>
    <name>GoalInlineEditor</name>
    <message>
        <source>Target group (required on the project level):</source>
        <translation>Zielgruppe (Pflicht auf der Projektebene):</translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter new line · Tab next field · Esc cancels</source>
        <translation>Enter speichert · Umschalt+Enter neue Zeile · Tab nächstes Feld · Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>GoalLevel</name>
    <message>
        <source>Project level</source>
        <translation>Projektebene</translation>
    </message>
    <message>
        <source>System level</source>
        <translation>Systemebene</translation>
    </message>
    <message>
        <source>Knowledge level</source>
        <translation>Wissensebene</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Beschlossen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Vision: where do we want to get to?</source>
        <translation>Vision: Wo wollen wir hin?</translation>
    </message>
    <message>
        <source>How would we notice that the problem has been overcome?</source>
        <translation>Woran würden wir merken, dass das Problem überwunden ist?</translation>
    </message>
    <message>
        <source>What is different in ten years for the people we work for?</source>
        <translation>Was ist in zehn Jahren anders für die Menschen, für die wir arbeiten?</translation>
    </message>
    <message>
        <source>Can everyone in the room sign this sentence?</source>
        <translation>Können alle im Raum diesen Satz unterschreiben?</translation>
    </message>
    <message>
        <source>Mission: what do we contribute, and for whom?</source>
        <translation>Mission: Was tragen wir bei, und für wen?</translation>
    </message>
    <message>
        <source>What does our network contribute to the vision?</source>
        <translation>Was trägt unser Verbund zur Vision bei?</translation>
    </message>
    <message>
        <source>For whom do we do it?</source>
        <translation>Für wen tun wir das?</translation>
    </message>
    <message>
        <source>What can we achieve together that no actor manages alone?</source>
        <translation>Was können wir gemeinsam erreichen, das kein Akteur allein schafft?</translation>
    </message>
    <message>
        <source>Project level: what changes for the target group?</source>
        <translation>Projektebene: Was ändert sich für die Zielgruppe?</translation>
    </message>
    <message>
        <source>Which target group should be better off, and how?</source>
        <translation>Welcher Zielgruppe soll es besser gehen, und wie?</translation>
    </message>
    <message>
        <source>By when, and how would we measure it?</source>
        <translation>Bis wann, und wie würden wir das messen?</translation>
    </message>
    <message>
        <source>Is the goal ambitious but reachable?</source>
        <translation>Ist das Ziel ambitioniert, aber erreichbar?</translation>
    </message>
    <message>
        <source>System level: how do we work together?</source>
        <translation>Systemebene: Wie arbeiten wir zusammen?</translation>
    </message>
    <message>
        <source>What has to change in how our actors cooperate and agree?</source>
        <translation>Was muss sich daran ändern, wie unsere Akteure zusammenarbeiten und sich abstimmen?</translation>
    </message>
    <message>
        <source>Where do we duplicate work, and where are gaps?</source>
        <translation>Wo arbeiten wir doppelt, und wo gibt es Lücken?</translation>
    </message>
    <message>
        <source>Who takes responsibility for each goal?</source>
        <translation>Wer übernimmt für welches Ziel die Verantwortung?</translation>
    </message>
    <message>
        <source>Knowledge level: what do we need to know and share?</source>
        <translation>Wissensebene: Was müssen wir wissen und teilen?</translation>
    </message>
    <message>
        <source>What evidence of needs should our measures rest on?</source>
        <translation>Auf welche Belege für Bedarfe sollen sich unsere Maßnahmen stützen?</translation>
    </message>
    <message>
        <source>How do we make insights accessible, in the network and beyond?</source>
        <translation>Wie machen wir Erkenntnisse zugänglich – im Verbund und darüber hinaus?</translation>
    </message>
    <message>
        <source>Which data do we collect together, and how often?</source>
        <translation>Welche Daten erheben wir gemeinsam, und wie oft?</translation>
    </message>
    <message>
        <source>Review: is the canvas ready to agree on?</source>
        <translation>Prüfung: Ist der Canvas beschlussreif?</translation>
    </message>
    <message>
        <source>Does every goal have an indicator, a dated milestone and someone responsible?</source>
        <translation>Hat jedes Ziel einen Indikator, einen datierten Meilenstein und Verantwortliche?</translation>
    </message>
    <message>
        <source>Do we keep to three to five goals per level, so we can focus?</source>
        <translation>Beschränken wir uns auf drei bis fünf Ziele pro Ebene, um fokussiert zu bleiben?</translation>
    </message>
    <message>
        <source>Shall we freeze this state as agreed today?</source>
        <translation>Sollen wir diesen Stand heute als beschlossen einfrieren?</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>Neuer Indikator</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Indikator bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <source>Baseline &amp;date:</source>
        <translation>&amp;Datum des Ausgangswerts:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation>Zieldat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Erhebungs&amp;methode:</translation>
    </message>
    <message>
        <source>Method deta&amp;ils:</source>
        <translation>Er&amp;läuterung zur Methode:</translation>
    </message>
    <message>
        <source>&amp;Source or owner:</source>
        <translation>&amp;Quelle / Datenhalter:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— nicht gewählt —</translation>
    </message>
    <message>
        <source>e.g. %, persons, schools</source>
        <translation>z. B. %, Personen, Schulen</translation>
    </message>
    <message>
        <source>e.g. yearly in September</source>
        <translation>z. B. jährlich im September</translation>
    </message>
</context>
<context>
    <name>LevelColumn</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <extracomment>Ctrl+arrow: (goal uuid, level offset -1/0/+1, position offset -1/0/+1)</extracomment>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitWatcher</name>
    <message>
        <source>{over} characters too many (at most {limit})</source>
        <translation>{over} Zeichen zu viel (höchstens {limit})</translation>
    </message>
    <message>
        <source>{left} characters left</source>
        <translation>noch {left} Zeichen</translation>
    </message>
</context>
<context>
    <name>LiveBar</name>
    <message>
        <source>NOW</source>
        <translation>JETZT</translation>
    </message>
    <message>
        <source>Then: {title}</source>
        <translation>Danach: {title}</translation>
    </message>
    <message>
        <source>Then: end of the agenda</source>
        <translation>Danach: Ende der Tagesordnung</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} von {total}</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation>NICHT GESTARTET</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Als Nächstes: {title}</translation>
    </message>
    <message>
        <source>Start with {key}</source>
        <translation>Mit {key} starten</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>Every agenda item is done.</source>
        <translation>Alle Tagesordnungspunkte sind erledigt.</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>Ende um {time}</translation>
    </message>
    <message>
        <source>LIVE RUN</source>
        <translation>LIVE-ABLAUF</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>Noch keine Tagesordnungspunkte.</translation>
    </message>
    <message>
        <source>Plan the agenda on the Agenda tab.</source>
        <translation>Die Tagesordnung im Reiter „Ablauf“ planen.</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>überzogen</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>Zeit ist um</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>of {duration}</source>
        <translation>von {duration}</translation>
    </message>
    <message>
        <source>End this item and start “{title}”</source>
        <translation>Diesen Punkt beenden und „{title}“ starten</translation>
    </message>
    <message>
        <source>End the last item</source>
        <translation>Den letzten Punkt beenden</translation>
    </message>
    <message>
        <source>Start “{title}” now</source>
        <translation>„{title}“ jetzt starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End this item without starting the next</source>
        <translation>Diesen Punkt beenden, ohne den nächsten zu starten</translation>
    </message>
    <message>
        <source>+{minutes} min</source>
        <translation>+{minutes} min</translation>
    </message>
    <message>
        <source>Give the running item {minutes} more minutes</source>
        <translation>Dem laufenden Punkt {minutes} Minuten mehr geben</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>✓ All changes saved ({time})</source>
        <translation>✓ Alle Änderungen gespeichert ({time})</translation>
    </message>
    <message>
        <source>Select a card on the pinboard or a goal on the canvas to spotlight it.</source>
        <translation>Wählen Sie eine Karte auf der Pinnwand oder ein Ziel auf dem Canvas aus, um die Auswahl im Spotlight zu zeigen.</translation>
    </message>
    <message>
        <source>Read-only: changes are not possible</source>
        <translation>Schreibgeschützt: Änderungen sind nicht möglich</translation>
    </message>
    <message>
        <source>✓ Everything is saved</source>
        <translation>✓ Alles ist gespeichert</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo: {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Neue &amp;Veranstaltung…</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Neue &amp;Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation>&amp;Neuer Verbund…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo network</source>
        <translation>&amp;Demo-Verbund öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Export protocol…</source>
        <translation>&amp;Protokoll exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Network &amp;details…</source>
        <translation>Verbund&amp;angaben…</translation>
    </message>
    <message>
        <source>Show &amp;backup folder</source>
        <translation>Ordner der &amp;Sicherungen zeigen</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Ordner der &amp;Protokolldatei zeigen</translation>
    </message>
    <message>
        <source>&amp;About ciworkshop</source>
        <translation>Ü&amp;ber ciworkshop</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>Moderationskonsole</translation>
    </message>
    <message>
        <source>Spotlight the selected card or goal</source>
        <translation>Gewählte Karte oder gewähltes Ziel im Spotlight zeigen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Events &amp; sessions</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Actors &amp; People</source>
        <translation>Akteure &amp; Personen</translation>
    </message>
    <message>
        <source>Impact canvas</source>
        <translation>Wirkungs-Canvas</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>About ciworkshop</source>
        <translation>Über ciworkshop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ciworkshop {version}&lt;/h3&gt;&lt;p&gt;Facilitation for Collective-Impact networks: actors, impact canvas, live capture, beamer and protocols.&lt;/p&gt;&lt;p&gt;Every change is saved immediately. Automatic backups: {backups}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ciworkshop {version}&lt;/h3&gt;&lt;p&gt;Moderation für Collective-Impact-Verbünde: Akteure, Wirkungs-Canvas, Live-Dokumentation, Beamer und Protokolle.&lt;/p&gt;&lt;p&gt;Jede Änderung wird sofort gespeichert. Automatische Sicherungen: {backups}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>New measurement</source>
        <translation>Neuer Messwert</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Messwert bearbeiten</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indikator:</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Meilenstein bearbeiten</translation>
    </message>
    <message>
        <source>A person or an organisation</source>
        <translation>Eine Person oder eine Organisation</translation>
    </message>
</context>
<context>
    <name>MilestoneStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network details</source>
        <translation>Verbundangaben</translation>
    </message>
    <message>
        <source>The &amp;challenge we address:</source>
        <translation>Die &amp;Herausforderung, die wir angehen:</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Tick to give a date; leave unticked for none.</source>
        <translation>Ankreuzen, um ein Datum anzugeben; ohne Haken bleibt das Datum leer.</translation>
    </message>
    <message>
        <source>— no date —</source>
        <translation>— kein Datum —</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Not described yet. Use “Edit network details” to add it.</source>
        <translation>Noch nicht beschrieben. Über „Verbundangaben bearbeiten“ ergänzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) recorded</source>
        <translation>
            <numerusform>%n Person erfasst</numerusform>
            <numerusform>%n Personen erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may be named in protocols</source>
        <translation>
            <numerusform>%n darf im Protokoll genannt werden</numerusform>
            <numerusform>%n dürfen im Protokoll genannt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit network details…</source>
        <translation>Verbundangaben bearbeiten…</translation>
    </message>
    <message>
        <source>The challenge we address</source>
        <translation>Die Herausforderung, die wir angehen</translation>
    </message>
    <message>
        <source>Actors by sector</source>
        <translation>Akteure nach Sektor</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Personen und Rollen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>— no organisation —</source>
        <translation>— keine Organisation —</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source>&amp;May be named in protocols (consent given)</source>
        <translation>Darf im Protokoll &amp;genannt werden (Einwilligung liegt vor)</translation>
    </message>
</context>
<context>
    <name>PersonTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Named in protocols</source>
        <translation>Im Protokoll genannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No consent to be named: protocols count this person but do not print the name.</source>
        <translation>Keine Einwilligung zur Namensnennung: Protokolle zählen diese Person mit, nennen aber nicht ihren Namen.</translation>
    </message>
</context>
<context>
    <name>PhotoCaptionDialog</name>
    <message>
        <source>Photo caption</source>
        <translation>Bildunterschrift</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo {number} of {count}</source>
        <translation>Foto {number} von {count}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>The file could not be read (is it still there and readable?).</source>
        <extracomment>What the file dialog offers; anything else can still be chosen via &quot;All files&quot;.</extracomment>
        <translation>Die Datei konnte nicht gelesen werden (ist sie noch da und lesbar?).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not an image file.</source>
        <translation>Das ist keine Bilddatei.</translation>
    </message>
    <message>
        <source>This image format cannot be read. Please save the photo as JPEG or PNG (on an iPhone: Settings → Camera → Formats → “Most Compatible”).</source>
        <translation>Dieses Bildformat kann nicht gelesen werden. Bitte das Foto als JPEG oder PNG speichern (am iPhone: Einstellungen → Kamera → Formate → „Maximale Kompatibilität“).</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete (perhaps not fully copied).</source>
        <translation>Das Bild ist beschädigt oder unvollständig (vielleicht nicht ganz kopiert).</translation>
    </message>
    <message>
        <source>The image has too many pixels (at most {limit} megapixels).</source>
        <translation>Das Bild hat zu viele Pixel (höchstens {limit} Megapixel).</translation>
    </message>
    <message>
        <source>The file is too large (at most {limit}).</source>
        <translation>Die Datei ist zu groß (höchstens {limit}).</translation>
    </message>
    <message>
        <source>Even reduced, the photo would be too large to store.</source>
        <translation>Auch verkleinert wäre das Foto zu groß zum Speichern.</translation>
    </message>
    <message>
        <source>No caption (F2)</source>
        <translation>Ohne Bildunterschrift (F2)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <extracomment>The folder the file dialog starts in (the last one used while the app runs).</extracomment>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos yet.

Drop photos of flip charts and pinboards here, or choose “Add photos…”. They are turned upright, reduced to a sensible size and stored in the network file without location data.</source>
        <translation>Noch keine Fotos.

Fotos von Flipcharts und Pinnwänden hierher ziehen oder „Fotos hinzufügen…“ wählen. Sie werden aufgerichtet, auf eine sinnvolle Größe verkleinert und ohne Standortdaten in der Verbund-Datei gespeichert.</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Keine Fotos.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Bilder ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The network file was closed meanwhile.</source>
        <translation>Die Verbund-Datei wurde inzwischen geschlossen.</translation>
    </message>
    <message>
        <source>An unexpected error occurred; details are in the log file.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>The session was deleted meanwhile.</source>
        <translation>Die Sitzung wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The photo could not be stored.</source>
        <translation>Das Foto konnte nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added:</source>
        <translation>
            <numerusform>%n Datei konnte nicht hinzugefügt werden:</numerusform>
            <numerusform>%n Dateien konnten nicht hinzugefügt werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n photo(s) were added.</source>
        <translation>
            <numerusform>Das andere Foto wurde hinzugefügt.</numerusform>
            <numerusform>Die anderen %n Fotos wurden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos not added</source>
        <translation>Fotos nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Preparing photos… {done} of {total}</source>
        <translation>Fotos werden vorbereitet… {done} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s)</source>
        <translation>
            <numerusform>%n Foto löschen</numerusform>
            <numerusform>%n Fotos löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos of flip charts and pinboards</source>
        <translation>Fotos von Flipcharts und Pinnwänden</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Fotos hinzufügen…</translation>
    </message>
    <message>
        <source>Choose one or more photos ({key} or Insert), or drop image files onto this tab.</source>
        <translation>Ein oder mehrere Fotos auswählen ({key} oder Einfg) oder Bilddateien auf diesen Reiter ziehen.</translation>
    </message>
    <message>
        <source>Open large</source>
        <translation>Groß anzeigen</translation>
    </message>
    <message>
        <source>Enter or double click on the photo</source>
        <translation>Enter oder Doppelklick auf das Foto</translation>
    </message>
    <message>
        <source>Caption…</source>
        <translation>Bildunterschrift…</translation>
    </message>
    <message>
        <source>F2 or double click on the caption</source>
        <translation>F2 oder Doppelklick auf die Bildunterschrift</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected photos (Delete key)</source>
        <translation>Ausgewählte Fotos löschen (Entf)</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Eine Seite</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Keine Sitzung gewählt</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Als Nächstes: {title}</translation>
    </message>
    <message>
        <source>Now: {title}</source>
        <translation>Jetzt: {title}</translation>
    </message>
    <message>
        <source>{time} over time</source>
        <translation>{time} überzogen</translation>
    </message>
    <message>
        <source>The agenda is complete.</source>
        <translation>Die Tagesordnung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>No agenda item is running.</source>
        <translation>Kein Tagesordnungspunkt läuft.</translation>
    </message>
    <message>
        <source>On the beamer</source>
        <translation>Auf dem Beamer</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Impact canvas: one level</source>
        <translation>Wirkungs-Canvas: eine Ebene</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Was der Raum sieht</translation>
    </message>
</context>
<context>
    <name>ProtocolSection</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Agenda with planned and actual times</source>
        <translation>Tagesordnung mit geplanten und tatsächlichen Zeiten</translation>
    </message>
    <message>
        <source>Cards, clusters and dot voting</source>
        <translation>Karten, Cluster und Punktabfrage</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>Impact canvas with indicators</source>
        <translation>Wirkungs-Canvas mit Indikatoren</translation>
    </message>
    <message>
        <source>Quality check (appendix)</source>
        <translation>Qualitätsprüfung (Anhang)</translation>
    </message>
</context>
<context>
    <name>QualityCheck</name>
    <message>
        <source>Goals without an indicator</source>
        <translation>Ziele ohne Indikator</translation>
    </message>
    <message>
        <source>Indicators without method or target</source>
        <translation>Indikatoren ohne Methode oder Zielwert</translation>
    </message>
    <message>
        <source>Goals without a dated milestone</source>
        <translation>Ziele ohne datierten Meilenstein</translation>
    </message>
    <message>
        <source>Project goals without a target group</source>
        <translation>Projektziele ohne Zielgruppe</translation>
    </message>
    <message>
        <source>Goals rated too easy or utopian</source>
        <translation>Ziele, die als zu leicht oder utopisch eingestuft sind</translation>
    </message>
    <message>
        <source>Goals without a responsible actor</source>
        <translation>Ziele ohne verantwortlichen Akteur</translation>
    </message>
    <message>
        <source>Levels with more than five goals</source>
        <translation>Ebenen mit mehr als fünf Zielen</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>Überfällige Meilensteine</translation>
    </message>
    <message>
        <source>Indicators not measured in the last twelve months</source>
        <translation>Indikatoren ohne Messung in den letzten zwölf Monaten</translation>
    </message>
    <message>
        <source>The goal “{goal}” has no indicator.</source>
        <translation>Das Ziel „{goal}“ hat keinen Indikator.</translation>
    </message>
    <message>
        <source>The indicator “{indicator}” has no data-collection method.</source>
        <translation>Der Indikator „{indicator}“ hat keine Erhebungsmethode.</translation>
    </message>
    <message>
        <source>The indicator “{indicator}” has no target value.</source>
        <translation>Der Indikator „{indicator}“ hat keinen Zielwert.</translation>
    </message>
    <message>
        <source>The indicator “{indicator}” has neither a data-collection method nor a target value.</source>
        <translation>Der Indikator „{indicator}“ hat weder eine Erhebungsmethode noch einen Zielwert.</translation>
    </message>
    <message>
        <source>The goal “{goal}” has no milestone.</source>
        <translation>Das Ziel „{goal}“ hat keinen Meilenstein.</translation>
    </message>
    <message>
        <source>The goal “{goal}” has no milestone with a due date.</source>
        <translation>Das Ziel „{goal}“ hat keinen Meilenstein mit Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The project-level goal “{goal}” names no target group.</source>
        <translation>Das Projektziel „{goal}“ nennt keine Zielgruppe.</translation>
    </message>
    <message>
        <source>The goal “{goal}” is rated too easy: it will hardly motivate anyone.</source>
        <translation>Das Ziel „{goal}“ ist als zu leicht eingestuft: Es wird kaum jemanden motivieren.</translation>
    </message>
    <message>
        <source>The goal “{goal}” is rated utopian: it may discourage the actors.</source>
        <translation>Das Ziel „{goal}“ ist als utopisch eingestuft: Es kann die Akteure entmutigen.</translation>
    </message>
    <message>
        <source>The goal “{goal}” has no responsible actor.</source>
        <translation>Für das Ziel „{goal}“ ist kein Akteur verantwortlich.</translation>
    </message>
    <message>
        <source>The project level holds {count} goals; a focused agenda holds three to five.</source>
        <translation>Auf der Projektebene stehen {count} Ziele; eine fokussierte Agenda hat drei bis fünf.</translation>
    </message>
    <message>
        <source>The system level holds {count} goals; a focused agenda holds three to five.</source>
        <translation>Auf der Systemebene stehen {count} Ziele; eine fokussierte Agenda hat drei bis fünf.</translation>
    </message>
    <message>
        <source>The knowledge level holds {count} goals; a focused agenda holds three to five.</source>
        <translation>Auf der Wissensebene stehen {count} Ziele; eine fokussierte Agenda hat drei bis fünf.</translation>
    </message>
    <message>
        <source>The milestone “{milestone}” was due on {due_date} and is still open.</source>
        <translation>Der Meilenstein „{milestone}“ war am {due_date} fällig und ist noch offen.</translation>
    </message>
    <message>
        <source>The indicator “{indicator}” has not been measured yet.</source>
        <translation>Der Indikator „{indicator}“ wurde noch nie gemessen.</translation>
    </message>
    <message>
        <source>The indicator “{indicator}” was last measured on {date}, more than twelve months ago.</source>
        <translation>Der Indikator „{indicator}“ wurde zuletzt am {date} gemessen, vor mehr als zwölf Monaten.</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Enter or double-click: go there</source>
        <translation>Enter oder Doppelklick: dorthin springen</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to look at before the canvas is agreed.</source>
        <translation>
            <numerusform>Vor dem Beschluss des Canvas ist noch %n Punkt zu klären.</numerusform>
            <numerusform>Vor dem Beschluss des Canvas sind noch %n Punkte zu klären.</numerusform>
        </translation>
    </message>
    <message>
        <source>All quality checks are met.</source>
        <translation>Alle Qualitätsprüfungen sind erfüllt.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>(deleted)</source>
        <extracomment>Below this width (a 1024-pixel screen with the session list beside the tab) buttons show only their icons. The carried-over list takes at most this share of the height when it first appears. The day against which due dates count as overdue (None: today).</extracomment>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>{date} – overdue</source>
        <translation>{date} – überfällig</translation>
    </message>
    <message>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <source>Open action items from earlier sessions ({count})</source>
        <translation>Offene Aufgaben aus früheren Sitzungen ({count})</translation>
    </message>
    <message>
        <source>{what} ({status})</source>
        <translation>{what} ({status})</translation>
    </message>
    <message>
        <source>Closed in this session: {items}</source>
        <translation>In dieser Sitzung abgeschlossen: {items}</translation>
    </message>
    <message>
        <source>&amp;Decisions ({count})</source>
        <translation>Besch&amp;lüsse ({count})</translation>
    </message>
    <message>
        <source>&amp;Action items ({count})</source>
        <translation>&amp;Aufgaben ({count})</translation>
    </message>
    <message>
        <source>&amp;Parking lot ({count})</source>
        <translation>&amp;Themenspeicher ({count})</translation>
    </message>
    <message>
        <source>Space: done · Delete: dropped</source>
        <translation>Leertaste: erledigt · Entf: verworfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>From session</source>
        <translation>Aus Sitzung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>How agreed</source>
        <translation>Beschlussverfahren</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>TOP</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Wirkungsziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type a decision and press Enter (Insert: with details)</source>
        <translation>Beschluss eingeben und Enter drücken (Einfg: mit Details)</translation>
    </message>
    <message>
        <source>Type an action item and press Enter (Insert: with who and when)</source>
        <translation>Aufgabe eingeben und Enter drücken (Einfg: mit Wer und Wann)</translation>
    </message>
    <message>
        <source>Type a question for later and press Enter</source>
        <translation>Frage für später eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>With details…</source>
        <translation>Mit Details…</translation>
    </message>
    <message>
        <source>A new decision with agreement, agenda item and goal (Insert)</source>
        <translation>Neuer Beschluss mit Beschlussverfahren, Tagesordnungspunkt und Wirkungsziel (Einfg)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the decision (Enter)</source>
        <translation>Beschluss bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the decision (Delete)</source>
        <translation>Beschluss löschen (Entf)</translation>
    </message>
    <message>
        <source>A new action item with who and when (Insert)</source>
        <translation>Neue Aufgabe mit Wer und Wann (Einfg)</translation>
    </message>
    <message>
        <source>Done / open</source>
        <translation>Erledigt / offen</translation>
    </message>
    <message>
        <source>Mark as done, or open again (Space)</source>
        <translation>Als erledigt markieren oder wieder öffnen (Leertaste)</translation>
    </message>
    <message>
        <source>Edit the action item (Enter)</source>
        <translation>Aufgabe bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>Delete the action item (Delete)</source>
        <translation>Aufgabe löschen (Entf)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit in place (F2)</source>
        <translation>Direkt bearbeiten (F2)</translation>
    </message>
    <message>
        <source>Delete the question (Delete)</source>
        <translation>Frage löschen (Entf)</translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Politics &amp; administration</source>
        <translation>Politik &amp; Verwaltung</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Wirtschaft</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Zivilgesellschaft</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Wissenschaft</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Standard agenda for “{format}”</source>
        <translation>Standardablauf für „{format}“</translation>
    </message>
    <message>
        <source>My template: {name}</source>
        <translation>Eigene Vorlage: {name}</translation>
    </message>
    <message>
        <source>Empty agenda (add items later)</source>
        <translation>Leerer Ablauf (Punkte später anlegen)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), together {duration}</source>
        <translation>
            <numerusform>%n Punkt, zusammen {duration}</numerusform>
            <numerusform>%n Punkte, zusammen {duration}</numerusform>
        </translation>
    </message>
    <message>
        <source>The session starts without agenda items; add them on the Agenda tab.</source>
        <translation>Die Sitzung beginnt ohne Tagesordnungspunkte; Sie können sie im Reiter „Ablauf“ anlegen.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Place or table:</source>
        <translation>&amp;Ort oder Tisch:</translation>
    </message>
    <message>
        <source>Faci&amp;litator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>&amp;Note-taker:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Guiding question:</source>
        <translation>&amp;Leitfrage:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <source>— none (a session on its own) —</source>
        <translation>— keine (einzelne Sitzung) —</translation>
    </message>
    <message>
        <source>e.g. Round table: transitions between schools</source>
        <translation>z. B. Runder Tisch: Übergänge zwischen Schulen</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>When the session begins, e.g. 09:30</source>
        <translation>Wann die Sitzung beginnt, z. B. 09:30</translation>
    </message>
    <message>
        <source>e.g. Room 2.14 or Table 3</source>
        <translation>z. B. Raum 2.14 oder Tisch 3</translation>
    </message>
    <message>
        <source>The question the session works on, shown to the room</source>
        <translation>Die Frage, an der die Sitzung arbeitet; sie wird dem Raum gezeigt</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Runder Tisch</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Steuerungskreis</translation>
    </message>
    <message>
        <source>Away game</source>
        <translation>Auswärtsspiel</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>Check-up</translation>
    </message>
</context>
<context>
    <name>SessionWorkspace</name>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Pinboard</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Sitzung bearbeiten…</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>{time} Uhr</source>
        <extracomment>Tree item data: (&quot;event&quot; | &quot;session&quot;, uuid). Narrower than this, the workspace&apos;s &quot;Edit session…&quot; button shows its icon only.</extracomment>
        <translation>{time} Uhr</translation>
    </message>
    <message>
        <source>part of “{event}”</source>
        <translation>Teil von „{event}“</translation>
    </message>
    <message>
        <source>Facilitation: {name}</source>
        <translation>Moderation: {name}</translation>
    </message>
    <message>
        <source>Notes: {name}</source>
        <translation>Protokoll: {name}</translation>
    </message>
    <message>
        <source>Guiding question: {question}</source>
        <translation>Leitfrage: {question}</translation>
    </message>
    <message>
        <source>Single sessions</source>
        <translation>Einzelne Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the event “{title}”? Its %n session(s) stay, with everything recorded in them, as single sessions. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Die Veranstaltung „{title}“ löschen? Ihre Sitzung bleibt mit allem, was darin erfasst wurde, als einzelne Sitzung erhalten. Sie können das mit Strg+Z rückgängig machen.</numerusform>
            <numerusform>Die Veranstaltung „{title}“ löschen? Ihre %n Sitzungen bleiben mit allem, was darin erfasst wurde, als einzelne Sitzungen erhalten. Sie können das mit Strg+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the session “{title}” with its agenda, cards, results and photos? You can undo this with Ctrl+Z.</source>
        <translation>Die Sitzung „{title}“ mit Tagesordnung, Karten, Ergebnissen und Fotos löschen? Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>An event such as a Fachtag: a date and place holding several sessions</source>
        <translation>Eine Veranstaltung wie ein Fachtag: ein Datum und ein Ort mit mehreren Sitzungen</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>A session: plenary, round table, workshop, steering committee…</source>
        <translation>Eine Sitzung: Plenum, Runder Tisch, Workshop, Steuerungskreis…</translation>
    </message>
    <message>
        <source>Add a session to this event…</source>
        <translation>Sitzung zu dieser Veranstaltung hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>No events or sessions yet.

Create an event (for example a Fachtag) or a single session (for example a steering committee) to plan the agenda and capture what the room says.</source>
        <translation>Noch keine Veranstaltungen oder Sitzungen.

Legen Sie eine Veranstaltung (zum Beispiel einen Fachtag) oder eine einzelne Sitzung (zum Beispiel einen Steuerungskreis) an, um die Tagesordnung zu planen und festzuhalten, was im Raum gesagt wird.</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <source>Start or stop presenting</source>
        <translation>Präsentation starten oder beenden</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B oder .</translation>
    </message>
    <message>
        <source>Black screen on/off (not while typing)</source>
        <translation>Schwarzbild ein/aus (nicht beim Tippen)</translation>
    </message>
    <message>
        <source>→, Page Down, Space</source>
        <translation>→, Bild ab, Leertaste</translation>
    </message>
    <message>
        <source>Beamer: next page</source>
        <translation>Beamer: nächste Seite</translation>
    </message>
    <message>
        <source>←, Page Up</source>
        <translation>←, Bild auf</translation>
    </message>
    <message>
        <source>Beamer: previous page</source>
        <translation>Beamer: vorherige Seite</translation>
    </message>
    <message>
        <source>Beamer: larger or smaller text</source>
        <translation>Beamer: Text größer oder kleiner</translation>
    </message>
    <message>
        <source>Show or hide this overview</source>
        <translation>Diese Übersicht ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Esc, F1 or a click closes this overview.</source>
        <translation>Esc, F1 oder ein Klick schließt diese Übersicht.</translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <source>A template of this name exists and will be replaced.</source>
        <translation>Eine Vorlage mit diesem Namen gibt es schon; sie wird ersetzt.</translation>
    </message>
    <message>
        <source>Save agenda as template</source>
        <translation>Ablauf als Vorlage speichern</translation>
    </message>
    <message numerus="yes">
        <source>The %n agenda item(s) with their minutes ({duration}) become a template for new sessions of the format “{format}”.</source>
        <translation>
            <numerusform>Der Tagesordnungspunkt mit seinen Minuten ({duration}) wird zur Vorlage für neue Sitzungen im Format „{format}“.</numerusform>
            <numerusform>Die %n Tagesordnungspunkte mit ihren Minuten ({duration}) werden zur Vorlage für neue Sitzungen im Format „{format}“.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Please give the template a name.</source>
        <translation>Bitte geben Sie der Vorlage einen Namen.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>{number} billion</source>
        <translation>{number} Mrd.</translation>
    </message>
    <message>
        <source>{number} million</source>
        <translation>{number} Mio.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>No values recorded yet</source>
        <translation>Noch keine Werte erfasst</translation>
    </message>
    <message>
        <source>Trend: {indicator}</source>
        <translation>Verlauf: {indicator}</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Baseline {value} ({date})</source>
        <translation>Ausgangswert {value} ({date})</translation>
    </message>
    <message>
        <source>latest {value} ({date})</source>
        <translation>zuletzt {value} ({date})</translation>
    </message>
    <message>
        <source>target {value} ({date})</source>
        <translation>Zielwert {value} ({date})</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n Messung</numerusform>
            <numerusform>%n Messungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Target {value}</source>
        <translation>Zielwert {value}</translation>
    </message>
    <message>
        <source>Baseline {value}</source>
        <translation>Ausgangswert {value}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>“{field}” is {length} characters long; at most {limit} fit.</source>
        <translation>„{field}“ ist {length} Zeichen lang; höchstens {limit} passen.</translation>
    </message>
    <message>
        <source>The e-mail address needs an “@”.</source>
        <translation>Die E-Mail-Adresse braucht ein „@“.</translation>
    </message>
    <message>
        <source>Please formulate the goal.</source>
        <translation>Bitte das Ziel formulieren.</translation>
    </message>
    <message>
        <source>A goal on the project level needs a target group.</source>
        <translation>Ein Ziel auf der Projektebene braucht eine Zielgruppe.</translation>
    </message>
    <message>
        <source>Please fill in “{field}”.</source>
        <translation>Bitte „{field}“ ausfüllen.</translation>
    </message>
    <message>
        <source>“{field}” is not a valid date; please write it as YYYY-MM-DD (e.g. 2026-03-12).</source>
        <translation>„{field}“ ist kein gültiges Datum; bitte als JJJJ-MM-TT schreiben (z. B. 2026-03-12).</translation>
    </message>
    <message>
        <source>“{field}” needs to be a finite number.</source>
        <translation>„{field}“ muss eine gültige Zahl sein.</translation>
    </message>
    <message>
        <source>The target date lies before the baseline date.</source>
        <translation>Das Zieldatum liegt vor dem Datum des Ausgangswerts.</translation>
    </message>
    <message>
        <source>“{field}” is not a valid time; please write it as HH:MM (e.g. 09:30).</source>
        <translation>„{field}“ ist keine gültige Uhrzeit; bitte als HH:MM schreiben (z. B. 09:30).</translation>
    </message>
    <message>
        <source>“{field}” needs to be a whole number from 0 to {limit}.</source>
        <translation>„{field}“ muss eine ganze Zahl von 0 bis {limit} sein.</translation>
    </message>
    <message>
        <source>Please choose a person of the network or type the name of a guest.</source>
        <translation>Bitte wählen Sie eine Person aus dem Verbund oder geben Sie den Namen eines Gastes ein.</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>Diese Person steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>An action item belongs to an actor or to a person, not to both.</source>
        <translation>Eine Aufgabe gehört zu einem Akteur oder zu einer Person, nicht zu beiden.</translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation>Das Foto ist leer.</translation>
    </message>
    <message>
        <source>Only JPEG and PNG images can be stored.</source>
        <translation>Nur JPEG- und PNG-Bilder können gespeichert werden.</translation>
    </message>
    <message>
        <source>The photo takes {size} bytes; at most {limit} fit.</source>
        <translation>Das Foto belegt {size} Byte; höchstens {limit} passen.</translation>
    </message>
    <message>
        <source>The photo has no valid pixel size.</source>
        <translation>Das Foto hat keine gültige Pixelgröße.</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Freeze the agreed canvas</source>
        <translation>Beschlossenen Stand einfrieren</translation>
    </message>
    <message>
        <source>Edit frozen version</source>
        <translation>Eingefrorenen Stand bearbeiten</translation>
    </message>
    <message>
        <source>A frozen version keeps today&apos;s canvas – vision, mission, goals, indicators and milestones – so later rounds can compare against it. You can go on editing the canvas afterwards.</source>
        <translation>Ein eingefrorener Stand hält den heutigen Canvas fest – Vision, Mission, Ziele, Indikatoren und Meilensteine –, damit spätere Runden sich damit vergleichen können. Den Canvas können Sie danach weiter bearbeiten.</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>Beschlossen &amp;am:</translation>
    </message>
    <message>
        <source>e.g. Agreed at the conference day on 12 March</source>
        <translation>z. B. Beschlossen beim Fachtag am 12. März</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Nothing has changed since this version.</source>
        <translation>Seit diesem Stand hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The vision was reworded.</source>
        <translation>Die Vision wurde umformuliert.</translation>
    </message>
    <message>
        <source>The mission was reworded.</source>
        <translation>Die Mission wurde umformuliert.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) added</source>
        <translation>
            <numerusform>%n Ziel hinzugefügt</numerusform>
            <numerusform>%n Ziele hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) removed</source>
        <translation>
            <numerusform>%n Ziel entfernt</numerusform>
            <numerusform>%n Ziele entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) changed</source>
        <translation>
            <numerusform>%n Ziel geändert</numerusform>
            <numerusform>%n Ziele geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) added</source>
        <translation>
            <numerusform>%n Indikator hinzugefügt</numerusform>
            <numerusform>%n Indikatoren hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) removed</source>
        <translation>
            <numerusform>%n Indikator entfernt</numerusform>
            <numerusform>%n Indikatoren entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded</source>
        <translation>
            <numerusform>%n Messwert erfasst</numerusform>
            <numerusform>%n Messwerte erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>This version cannot be read; it may come from a newer ciworkshop.</source>
        <extracomment>Show this version on the board (uuid), or the current canvas again (None).</extracomment>
        <translation>Dieser Stand kann nicht gelesen werden; er stammt vielleicht aus einer neueren ciworkshop-Version.</translation>
    </message>
    <message>
        <source>Freeze the canvas once the room has agreed on it. A frozen version keeps that state, so later rounds can see what changed since.</source>
        <translation>Frieren Sie den Canvas ein, sobald sich der Raum darauf geeinigt hat. Ein eingefrorener Stand bewahrt diesen Zustand, damit spätere Runden sehen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Freeze the current canvas…</source>
        <translation>Aktuellen Stand einfrieren…</translation>
    </message>
    <message>
        <source>Show on the canvas</source>
        <translation>Auf dem Canvas zeigen</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Stand löschen</translation>
    </message>
    <message>
        <source>Changed since then</source>
        <translation>Seitdem geändert</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to ciworkshop</source>
        <translation>Willkommen bei ciworkshop</translation>
    </message>
    <message>
        <source>One file per network holds its actors, people and results. Every change is saved the moment you make it.</source>
        <translation>Eine Datei pro Verbund enthält seine Akteure, Personen und Ergebnisse. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>New network…</source>
        <translation>Neuer Verbund…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation>Demo-Verbund öffnen</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>_AgendaText</name>
    <message numerus="yes">
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… und %n weiterer Punkt</numerusform>
            <numerusform>… und %n weitere Punkte</numerusform>
        </translation>
    </message>
</context>
</TS>
