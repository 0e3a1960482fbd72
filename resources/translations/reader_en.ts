<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>App</name>
    <message>
        <source>Innehållet kunde inte öppnas</source>
        <translation>The content could not be opened</translation>
    </message>
    <message>
        <source>Dokumentet kunde inte läsas:

{0}</source>
        <translation>The document could not be read:

{0}</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>Datorns vanliga typsnitt</source>
        <translation>The computer&apos;s usual font</translation>
    </message>
    <message>
        <source>Typsnittet {name} kunde inte läsas in. Texten visas med datorns vanliga typsnitt.</source>
        <translation>The font {name} could not be loaded. The text is shown in the computer&apos;s usual font.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Ordlista</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Förklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Sök ord i ordlistan:</source>
        <translation>Find a word in the glossary:</translation>
    </message>
    <message>
        <source>Skriv en del av ordet</source>
        <translation>Type part of the word</translation>
    </message>
    <message>
        <source>Sök ord i ordlistan</source>
        <translation>Find a word in the glossary</translation>
    </message>
    <message>
        <source>Alla ord i ordlistan</source>
        <translation>All words in the glossary</translation>
    </message>
    <message>
        <source>Ord i bokstavsordning. Välj ett ord för att se förklaringen.</source>
        <translation>Words in alphabetical order. Choose a word to see its explanation.</translation>
    </message>
    <message>
        <source>Stäng ordlistan</source>
        <translation>Close the glossary</translation>
    </message>
    <message>
        <source>{0} ord</source>
        <translation>{0} words</translation>
    </message>
    <message>
        <source>Inga ord passar sökningen.</source>
        <translation>No word matches the search.</translation>
    </message>
    <message>
        <source>Välj ett understruket ord i texten, eller ett ord i listan, för att se vad det betyder.</source>
        <translation>Choose an underlined word in the text, or a word in the list, to see what it means.</translation>
    </message>
    <message>
        <source>Det finns ingen ordlista till den här texten.</source>
        <translation>There is no glossary for this text.</translation>
    </message>
    <message>
        <source>Visa alla svåra ord med förklaringar</source>
        <translation>Show all hard words with explanations</translation>
    </message>
    <message>
        <source>Markera svåra ord</source>
        <translation>Mark hard words</translation>
    </message>
    <message>
        <source>Stryk under svåra ord i texten så att du kan få dem förklarade</source>
        <translation>Underline hard words in the text so that you can have them explained</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Läsaren har börjat om för en ny besökare.</source>
        <translation>The reader has started again for a new visitor.</translation>
    </message>
    <message>
        <source>Är du kvar? Om {0} sekunder börjar läsaren om för nästa besökare.</source>
        <translation>Are you still there? In {0} seconds the reader starts again for the next visitor.</translation>
    </message>
    <message>
        <source>Är du kvar? Tryck på en tangent eller klicka för att fortsätta läsa.</source>
        <translation>Are you still there? Press a key or click to go on reading.</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Det går inte att spara</source>
        <translation>Saving is not possible</translation>
    </message>
    <message>
        <source>På den här datorn går det inte att spara filer. Fråga personalen om du behöver hjälp.</source>
        <translation>Files cannot be saved on this computer. Ask the staff if you need help.</translation>
    </message>
    <message>
        <source>Helskärm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Visa läsaren på hela skärmen, eller sluta visa på hela skärmen</source>
        <translation>Show the reader on the whole screen, or stop doing so</translation>
    </message>
    <message>
        <source>Ny besökare</source>
        <translation>New visitor</translation>
    </message>
    <message>
        <source>Börja om från början: glöm allt som den förra besökaren gjorde</source>
        <translation>Start again from the beginning: forget everything the last visitor did</translation>
    </message>
    <message>
        <source>Är du kvar?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Tryck på en tangent eller klicka för att fortsätta läsa.</source>
        <translation>Press a key or click to go on reading.</translation>
    </message>
    <message>
        <source>Jag är kvar – fortsätt</source>
        <translation>I am still here – go on</translation>
    </message>
    <message>
        <source>Läsaren fortsätter där du var.</source>
        <translation>The reader goes on where you were.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Dokument</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Uppläsning</source>
        <translation>&amp;Reading aloud</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Föregående avsnitt</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>Gå till avsnittet före det här</source>
        <translation>Go to the section before this one</translation>
    </message>
    <message>
        <source>Nästa avsnitt</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>Gå till avsnittet efter det här</source>
        <translation>Go to the section after this one</translation>
    </message>
    <message>
        <source>Mindre text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Gör texten mindre</source>
        <translation>Make the text smaller</translation>
    </message>
    <message>
        <source>Större text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Gör texten större</source>
        <translation>Make the text larger</translation>
    </message>
    <message>
        <source>Normal storlek</source>
        <translation>Normal size</translation>
    </message>
    <message>
        <source>Tillbaka till normal textstorlek</source>
        <translation>Back to the normal text size</translation>
    </message>
    <message>
        <source>Gå till listan med avsnitt</source>
        <translation>Go to the list of sections</translation>
    </message>
    <message>
        <source>Gå till texten</source>
        <translation>Go to the text</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Lista över programmets avsnitt. Välj ett avsnitt med piltangenterna.</source>
        <translation>List of the programme&apos;s sections. Choose a section with the arrow keys.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Avsnittets text på svenska. Alt+höger pil går till nästa avsnitt.</source>
        <translation>The section&apos;s text, in Swedish. Alt+Right arrow goes to the next section.</translation>
    </message>
    <message>
        <source>Knappar</source>
        <translation>Buttons</translation>
    </message>
    <message>
        <source>Var du är</source>
        <translation>Where you are</translation>
    </message>
    <message>
        <source>Avsnitt {0} av {1}</source>
        <translation>Section {0} of {1}</translation>
    </message>
    <message>
        <source>Textstorlek {0} punkter</source>
        <translation>Text size {0} points</translation>
    </message>
    <message>
        <source>Problem med innehållet</source>
        <translation>Problem with the content</translation>
    </message>
    <message>
        <source>En del av innehållet kunde inte läsas. Allt annat går att läsa som vanligt.</source>
        <translation>Part of the content could not be read. Everything else can be read as usual.</translation>
    </message>
</context>
<context>
    <name>Ruler</name>
    <message>
        <source>Läslinjal på</source>
        <translation>Reading ruler on</translation>
    </message>
    <message>
        <source>Läslinjal av</source>
        <translation>Reading ruler off</translation>
    </message>
    <message>
        <source>Läslinjal</source>
        <translation>Reading ruler</translation>
    </message>
    <message>
        <source>Visa bara några rader i taget, resten blir mörkare</source>
        <translation>Show only a few lines at a time; the rest gets darker</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Uppläsning fungerar inte på den här datorn: talmotorn eSpeak NG saknas.</source>
        <translation>Reading aloud does not work on this computer: the speech engine eSpeak NG is missing.</translation>
    </message>
    <message>
        <source>Rösten ”%1” finns inte på den här datorn.</source>
        <translation>The voice “%1” is not on this computer.</translation>
    </message>
    <message>
        <source>Uppläsning fungerar inte: datorn har ingen ljudutgång (högtalare eller hörlurar).</source>
        <translation>Reading aloud does not work: the computer has no sound output (speakers or headphones).</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Ljus</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Mörk</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Hög kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Som datorn</source>
        <translation>Like the computer</translation>
    </message>
</context>
<context>
    <name>ViewMode</name>
    <message>
        <source>Hela texten</source>
        <translation>Full text</translation>
    </message>
    <message>
        <source>Lättläst</source>
        <translation>Easy to read</translation>
    </message>
    <message>
        <source>Båda</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Lättläst text</source>
        <translation>Easy-to-read text</translation>
    </message>
    <message>
        <source>Avsnittet på lätt svenska. Ctrl+L byter mellan hela texten, lättläst och båda.</source>
        <translation>The section in easy Swedish. Ctrl+L switches between full text, easy to read and both.</translation>
    </message>
    <message>
        <source>Byt mellan hela texten, lättläst text och båda</source>
        <translation>Switch between full text, easy-to-read text and both</translation>
    </message>
    <message>
        <source>Programmet i korthet</source>
        <translation>The programme in brief</translation>
    </message>
    <message>
        <source>Hela programmet kort och på lätt svenska</source>
        <translation>The whole programme, short and in easy Swedish</translation>
    </message>
    <message>
        <source>Visa: {0}</source>
        <translation>View: {0}</translation>
    </message>
    <message>
        <source>Visar {0}</source>
        <translation>Showing {0}</translation>
    </message>
    <message>
        <source>Det finns ingen lättläst version av det här avsnittet. Hela texten visas.</source>
        <translation>There is no easy-to-read version of this section. The full text is shown.</translation>
    </message>
    <message>
        <source>Visar Programmet i korthet</source>
        <translation>Showing The programme in brief</translation>
    </message>
</context>
</TS>
