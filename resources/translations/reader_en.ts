<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
    <context>
        <name>AllChoices</name>
        <message>
            <source>Alla val</source>
            <translation>All choices</translation>
        </message>
        <message>
            <source>Allt du kan göra i läsaren, som knappar. Escape stänger.</source>
            <translation>Everything you can do in the reader, as buttons. Escape closes.</translation>
        </message>
        <message>
            <source>Stäng Alla val</source>
            <translation>Close All choices</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Läsaren är redan öppen. Det fönstret visas nu.</source>
            <translation>The reader is already open. That window is shown now.</translation>
        </message>
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
        <name>Appearance</name>
        <message>
            <source>Färger: {0}</source>
            <translation>Colours: {0}</translation>
        </message>
        <message>
            <source>Storlek på knappar och menyer: {0} procent</source>
            <translation>Size of buttons and menus: {0} percent</translation>
        </message>
        <message>
            <source>Knapparna växer med texten</source>
            <translation>The buttons grow with the text</translation>
        </message>
        <message>
            <source>Knapparna behåller sin storlek</source>
            <translation>The buttons keep their size</translation>
        </message>
        <message>
            <source>Lättare att läsa: på</source>
            <translation>Easier to read: on</translation>
        </message>
        <message>
            <source>Lättare att läsa: av</source>
            <translation>Easier to read: off</translation>
        </message>
        <message>
            <source>Utseendet är återställt</source>
            <translation>The appearance is reset</translation>
        </message>
        <message>
            <source>Alla inställningar är återställda</source>
            <translation>All settings are reset</translation>
        </message>
        <message>
            <source>Utseende</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <source>Välj typsnitt, storlek, avstånd, färger och läslinjal</source>
            <translation>Choose font, size, spacing, colours and reading ruler</translation>
        </message>
        <message>
            <source>Hög kontrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Gul och vit text på svart botten</source>
            <translation>Yellow and white text on a black background</translation>
        </message>
        <message>
            <source>Lättare att läsa</source>
            <translation>Easier to read</translation>
        </message>
        <message>
            <source>Typsnitt för dyslexi, mer luft mellan rader och ord</source>
            <translation>A font for dyslexia, more space between lines and words</translation>
        </message>
        <message>
            <source>Återställ</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Text, färger och läslinjal tillbaka som från början</source>
            <translation>Text, colours and reading ruler back as they were at the start</translation>
        </message>
        <message>
            <source>Återställ alla inställningar</source>
            <translation>Reset all settings</translation>
        </message>
        <message>
            <source>Alla inställningar tillbaka som från början</source>
            <translation>All settings back as they were at the start</translation>
        </message>
    </context>
    <context>
        <name>AppearancePanel</name>
        <message>
            <source>Utseende</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <source>Större text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <source>Hög kontrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Lättare att läsa</source>
            <translation>Easier to read</translation>
        </message>
        <message>
            <source>Återställ</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>{0} (kunde inte läsas in)</source>
            <translation>{0} (could not be loaded)</translation>
        </message>
        <message>
            <source>&amp;Typsnitt</source>
            <translation>&amp;Font</translation>
        </message>
        <message>
            <source>Text&amp;storlek</source>
            <translation>Text &amp;size</translation>
        </message>
        <message>
            <source> punkter</source>
            <translation> points</translation>
        </message>
        <message>
            <source>&amp;Radavstånd</source>
            <translation>&amp;Line spacing</translation>
        </message>
        <message>
            <source> gånger</source>
            <translation> times</translation>
        </message>
        <message>
            <source>St&amp;yckeavstånd</source>
            <translation>&amp;Paragraph spacing</translation>
        </message>
        <message>
            <source> tecken</source>
            <translation> characters</translation>
        </message>
        <message>
            <source>Tecken&amp;avstånd</source>
            <translation>Letter spa&amp;cing</translation>
        </message>
        <message>
            <source>&amp;Ordavstånd</source>
            <translation>&amp;Word spacing</translation>
        </message>
        <message>
            <source>F&amp;etstil</source>
            <translation>&amp;Bold</translation>
        </message>
        <message>
            <source>Längsta ra&amp;d</source>
            <translation>Longest li&amp;ne</translation>
        </message>
        <message>
            <source>&amp;Färger</source>
            <translation>C&amp;olours</translation>
        </message>
        <message>
            <source>Storlek på &amp;knappar och menyer</source>
            <translation>Size of b&amp;uttons and menus</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Knappar &amp;växer med texten</source>
            <translation>Buttons &amp;grow with the text</translation>
        </message>
        <message>
            <source>När texten är större än normalt blir knappar, listor och menyer också större.</source>
            <translation>When the text is larger than normal, the buttons, lists and menus get larger too.</translation>
        </message>
        <message>
            <source>&amp;Läslinjal</source>
            <translation>&amp;Reading ruler</translation>
        </message>
        <message>
            <source>1 rad</source>
            <translation>1 line</translation>
        </message>
        <message>
            <source>3 rader</source>
            <translation>3 lines</translation>
        </message>
        <message>
            <source>Läslinjalens &amp;höjd</source>
            <translation>Reading ruler &amp;height</translation>
        </message>
        <message>
            <source>Textmarkören</source>
            <translation>The text cursor</translation>
        </message>
        <message>
            <source>Musen</source>
            <translation>The mouse</translation>
        </message>
        <message>
            <source>Uppläsningen</source>
            <translation>Reading aloud</translation>
        </message>
        <message>
            <source>Läslinjalen föl&amp;jer</source>
            <translation>Reading ruler &amp;follows</translation>
        </message>
        <message>
            <source>&amp;Mörkläggning runt linjalen</source>
            <translation>&amp;Darkening around the ruler</translation>
        </message>
        <message>
            <source>Återställ alla inställningar</source>
            <translation>Reset all settings</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Minska {0}</source>
            <translation>Decrease {0}</translation>
        </message>
        <message>
            <source>Öka {0}</source>
            <translation>Increase {0}</translation>
        </message>
    </context>
    <context>
        <name>ButtonBar</name>
        <message>
            <source>plus</source>
            <translation>plus</translation>
        </message>
        <message>
            <source>minus</source>
            <translation>minus</translation>
        </message>
        <message>
            <source>lika med</source>
            <translation>equals</translation>
        </message>
        <message>
            <source>Alla val</source>
            <translation>All choices</translation>
        </message>
        <message>
            <source>Allt annat du kan göra: sök, utseende, ordlista, hjälp, skriva ut, spara …</source>
            <translation>Everything else you can do: search, appearance, glossary, help, print, save …</translation>
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <source>Datorns vanliga typsnitt</source>
            <translation>The computer's usual font</translation>
        </message>
        <message>
            <source>Typsnittet {name} kunde inte läsas in. Texten visas med datorns vanliga typsnitt.</source>
            <translation>The font {name} could not be loaded. The text is shown in the computer's usual font.</translation>
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
            <source>Läs upp förklaringen</source>
            <translation>Read the explanation aloud</translation>
        </message>
        <message>
            <source>Läs upp</source>
            <translation>Read aloud</translation>
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
        <message>
            <source>Ordet har en förklaring. Tryck Enter för att höra den.</source>
            <translation>The word has an explanation. Press Enter to hear it.</translation>
        </message>
        <message>
            <source>Förklaringen är stängd.</source>
            <translation>The explanation is closed.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>eller</source>
            <translation>or</translation>
        </message>
        <message>
            <source>Kortkommandon</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Du kan göra det mesta med tangentbordet:</source>
            <translation>You can do most things with the keyboard:</translation>
        </message>
        <message>
            <source>Hjälpen kunde inte läsas</source>
            <translation>The help could not be read</translation>
        </message>
        <message>
            <source>Hjälp</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>hjälp</source>
            <translation>help</translation>
        </message>
        <message>
            <source>Så använder du läsaren</source>
            <translation>How to use the reader</translation>
        </message>
        <message>
            <source>Om läsaren</source>
            <translation>About the reader</translation>
        </message>
        <message>
            <source>Läs upp hjälpen</source>
            <translation>Read the help aloud</translation>
        </message>
        <message>
            <source>Sluta läsa</source>
            <translation>Stop reading</translation>
        </message>
        <message>
            <source>Stäng hjälpen</source>
            <translation>Close the help</translation>
        </message>
        <message>
            <source>Så använder du läsaren: hjälp med lättläst text, som också kan läsas upp</source>
            <translation>How to use the reader: help in easy words, which can also be read aloud</translation>
        </message>
        <message>
            <source>Var texten kommer från, och licenser</source>
            <translation>Where the text comes from, and licences</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Läsaren har börjat om för en ny besökare.</source>
            <translation>The reader has started again for a new visitor.</translation>
        </message>
        <message>
            <source>Om {0} sekunder börjar läsaren om för nästa besökare.</source>
            <translation>In {0} seconds the reader starts again for the next visitor.</translation>
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
            <source>Föregående</source>
            <translation>Previous</translation>
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
            <source>Nästa</source>
            <translation>Next</translation>
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
            <translation>List of the programme's sections. Choose a section with the arrow keys.</translation>
        </message>
        <message>
            <source>hela texten</source>
            <translation>full text</translation>
        </message>
        <message>
            <source>Avsnittets text på svenska. Alt+höger pil går till nästa avsnitt.</source>
            <translation>The section's text, in Swedish. Alt+Right arrow goes to the next section.</translation>
        </message>
        <message>
            <source>Knappar</source>
            <translation>Buttons</translation>
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
        <name>PanelTitle</name>
        <message>
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Sida {0} av {1}</source>
            <translation>Page {0} of {1}</translation>
        </message>
        <message>
            <source>Det gick inte att börja skriva ut.</source>
            <translation>Printing could not start.</translation>
        </message>
        <message>
            <source>PDF-filen kunde inte skrivas.</source>
            <translation>The PDF file could not be written.</translation>
        </message>
        <message>
            <source>Skriv ut i stor stil</source>
            <translation>Print in large print</translation>
        </message>
        <message>
            <source>Texten skrivs ut med samma typsnitt, storlek och avstånd som på skärmen.</source>
            <translation>The text is printed with the same font, size and spacing as on the screen.</translation>
        </message>
        <message>
            <source>Det här avsnittet</source>
            <translation>This section</translation>
        </message>
        <message>
            <source>Det här avsnittet i lättläst form</source>
            <translation>This section in easy-to-read Swedish</translation>
        </message>
        <message>
            <source>Hela programmet</source>
            <translation>The whole programme</translation>
        </message>
        <message>
            <source>Skriv ut …</source>
            <translation>Print …</translation>
        </message>
        <message>
            <source>Spara som PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>På den här datorn går det inte att spara filer.</source>
            <translation>Files cannot be saved on this computer.</translation>
        </message>
        <message>
            <source>Förbereder sidorna …</source>
            <translation>Preparing the pages …</translation>
        </message>
        <message>
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>PDF-filen kunde inte sparas: {0}</source>
            <translation>The PDF file could not be saved: {0}</translation>
        </message>
        <message>
            <source>Det gick inte att skriva ut: {0}</source>
            <translation>Printing did not work: {0}</translation>
        </message>
        <message>
            <source>Sparat: {0} ({1} sidor).</source>
            <translation>Saved: {0} ({1} pages).</translation>
        </message>
        <message>
            <source>{0} sidor skickades till skrivaren.</source>
            <translation>{0} pages were sent to the printer.</translation>
        </message>
        <message>
            <source>Skriv ut avsnittet, sammanfattningen eller hela programmet med stor text, eller spara som PDF</source>
            <translation>Print the section, the summary or the whole programme in large text, or save it as a PDF</translation>
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
        <name>SearchBar</name>
        <message>
            <source>Sök</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;Sök efter:</source>
            <translation>&amp;Search for:</translation>
        </message>
        <message>
            <source>Sök efter</source>
            <translation>Search for</translation>
        </message>
        <message>
            <source>Skriv ett ord</source>
            <translation>Type a word</translation>
        </message>
        <message>
            <source>Sök &amp;i:</source>
            <translation>Search &amp;in:</translation>
        </message>
        <message>
            <source>Var ska du söka</source>
            <translation>Where to search</translation>
        </message>
        <message>
            <source>I det här avsnittet</source>
            <translation>In this section</translation>
        </message>
        <message>
            <source>I hela dokumentet</source>
            <translation>In the whole document</translation>
        </message>
        <message>
            <source>Föregående träff</source>
            <translation>Previous match</translation>
        </message>
        <message>
            <source>Föregående träff (Skift+F3)</source>
            <translation>Previous match (Shift+F3)</translation>
        </message>
        <message>
            <source>Nästa träff</source>
            <translation>Next match</translation>
        </message>
        <message>
            <source>Nästa träff (F3)</source>
            <translation>Next match (F3)</translation>
        </message>
        <message>
            <source>Antal träffar</source>
            <translation>Number of matches</translation>
        </message>
        <message>
            <source>Stäng sökningen</source>
            <translation>Close search</translation>
        </message>
        <message>
            <source>Stäng sökningen (Esc)</source>
            <translation>Close search (Esc)</translation>
        </message>
        <message>
            <source>Föregående</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Nästa</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Skriv det du vill hitta.</source>
            <translation>Type what you want to find.</translation>
        </message>
        <message>
            <source>Inga träffar på ”{0}” i det som visas.</source>
            <translation>No matches for “{0}” in what is shown.</translation>
        </message>
        <message>
            <source>Inga träffar på ”{0}”.</source>
            <translation>No matches for “{0}”.</translation>
        </message>
        <message>
            <source>(i sammanfattningen: {0})</source>
            <translation>(in the summary: {0})</translation>
        </message>
        <message>
            <source>1 träff på ”{0}”.</source>
            <translation>1 match for “{0}”.</translation>
        </message>
        <message>
            <source>Träff {0} av {1} på ”{2}”.</source>
            <translation>Match {0} of {1} for “{2}”.</translation>
        </message>
        <message>
            <source>1 träff i hela texten, som inte visas nu.</source>
            <translation>1 match in the full text, which is not shown now.</translation>
        </message>
        <message>
            <source>{0} träffar i hela texten, som inte visas nu.</source>
            <translation>{0} matches in the full text, which is not shown now.</translation>
        </message>
        <message>
            <source>1 träff i den lättlästa texten, som inte visas nu.</source>
            <translation>1 match in the easy-to-read text, which is not shown now.</translation>
        </message>
        <message>
            <source>{0} träffar i den lättlästa texten, som inte visas nu.</source>
            <translation>{0} matches in the easy-to-read text, which is not shown now.</translation>
        </message>
        <message>
            <source>Välj Visa: Båda för att se dem.</source>
            <translation>Choose View: Both to see them.</translation>
        </message>
        <message>
            <source>Sök efter ord i texten</source>
            <translation>Search for words in the text</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <source>Ljudet slutade fungera, så uppläsningen stoppades. Allt annat fungerar som vanligt. Kontrollera högtalarna eller hörlurarna och tryck på Läs upp igen.</source>
            <translation>The sound stopped working, so reading aloud was stopped. Everything else works as usual. Check the speakers or headphones and press Read aloud again.</translation>
        </message>
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
        <message>
            <source>Uppläsning fungerar inte: det finns ingen svensk röst på den här datorn.</source>
            <translation>Reading aloud does not work: there is no Swedish voice on this computer.</translation>
        </message>
        <message>
            <source>Uppläsningen stannade på grund av ett fel. Tryck på Läs upp för att försöka igen.</source>
            <translation>Reading aloud stopped because of an error. Press Read aloud to try again.</translation>
        </message>
        <message>
            <source>Ljudet stannade. Kontrollera högtalarna eller hörlurarna och tryck på Läs upp igen.</source>
            <translation>The sound stopped. Check the speakers or headphones and press Read aloud again.</translation>
        </message>
    </context>
    <context>
        <name>StartProblem</name>
        <message>
            <source>Läsaren kan inte starta</source>
            <translation>The reader cannot start</translation>
        </message>
        <message>
            <source>Läsaren kan inte visa programmet.</source>
            <translation>The reader cannot show the programme.</translation>
        </message>
        <message>
            <source>Be den som installerade läsaren om hjälp och visa det här meddelandet.</source>
            <translation>Ask the person who installed the reader for help and show them this message.</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Close</translation>
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
            <source>lättläst</source>
            <translation>easy to read</translation>
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
            <source>Fönstret har inte plats för två texter: en visas. Gör fönstret större eller texten mindre.</source>
            <translation>The window has no room for two texts: one is shown. Make the window larger or the text smaller.</translation>
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
    <context>
        <name>SpeechControls</name>
        <message>
            <source>Uppläsning fungerar inte på den här datorn.</source>
            <translation>Reading aloud does not work on this computer.</translation>
        </message>
        <message>
            <source>Uppläsningen är inte klar än.</source>
            <translation>Reading aloud is not ready yet.</translation>
        </message>
        <message>
            <source>Läs upp</source>
            <translation>Read aloud</translation>
        </message>
        <message>
            <source>Pausa</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Fortsätt</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Läs upp texten från markören, eller pausa uppläsningen</source>
            <translation>Read the text aloud from the cursor, or pause reading</translation>
        </message>
        <message>
            <source>Tydligare</source>
            <translation>Clearer</translation>
        </message>
        <message>
            <source>Fler val</source>
            <translation>More choices</translation>
        </message>
        <message>
            <source>Slut på programmet</source>
            <translation>End of the programme</translation>
        </message>
        <message>
            <source>Stoppa</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Sluta läsa upp</source>
            <translation>Stop reading aloud</translation>
        </message>
        <message>
            <source>Föregående mening</source>
            <translation>Previous sentence</translation>
        </message>
        <message>
            <source>Läs meningen före</source>
            <translation>Read the sentence before</translation>
        </message>
        <message>
            <source>Nästa mening</source>
            <translation>Next sentence</translation>
        </message>
        <message>
            <source>Hoppa till nästa mening</source>
            <translation>Jump to the next sentence</translation>
        </message>
        <message>
            <source>Föregående stycke</source>
            <translation>Previous paragraph</translation>
        </message>
        <message>
            <source>Läs från början av stycket, eller stycket före</source>
            <translation>Read from the start of the paragraph, or the paragraph before</translation>
        </message>
        <message>
            <source>Nästa stycke</source>
            <translation>Next paragraph</translation>
        </message>
        <message>
            <source>Hoppa till nästa stycke</source>
            <translation>Jump to the next paragraph</translation>
        </message>
        <message>
            <source>Långsammare</source>
            <translation>Slower</translation>
        </message>
        <message>
            <source>Läs upp långsammare</source>
            <translation>Read aloud more slowly</translation>
        </message>
        <message>
            <source>Snabbare</source>
            <translation>Faster</translation>
        </message>
        <message>
            <source>Läs upp snabbare</source>
            <translation>Read aloud faster</translation>
        </message>
        <message>
            <source>Markera det som läses</source>
            <translation>Highlight what is read</translation>
        </message>
        <message>
            <source>Visa meningen och ordet som läses upp med färg</source>
            <translation>Show the sentence and the word being read in colour</translation>
        </message>
        <message>
            <source>Fortsätt i nästa avsnitt</source>
            <translation>Go on in the next section</translation>
        </message>
        <message>
            <source>Läs vidare i nästa avsnitt när ett avsnitt är slut</source>
            <translation>Go on reading in the next section when a section ends</translation>
        </message>
        <message>
            <source>Tydligare uppläsning</source>
            <translation>Clearer reading</translation>
        </message>
        <message>
            <source>Läs lite långsammare, med längre pauser mellan meningar och stycken</source>
            <translation>Read a little more slowly, with longer pauses between sentences and paragraphs</translation>
        </message>
        <message>
            <source>Fler val för uppläsning</source>
            <translation>More choices for reading aloud</translation>
        </message>
        <message>
            <source>Visa eller göm knappar för stycken, volym, röst, markering och ljudfil</source>
            <translation>Show or hide the buttons for paragraphs, volume, voice, highlighting and audio file</translation>
        </message>
        <message>
            <source>Spara som ljudfil…</source>
            <translation>Save as audio file…</translation>
        </message>
        <message>
            <source>Spara uppläsningen av avsnittet, sammanfattningen eller hela programmet som en ljudfil</source>
            <translation>Save the reading of the section, the summary or the whole programme as an audio file</translation>
        </message>
        <message>
            <source>Uppläsningen börjar om ett ögonblick.</source>
            <translation>Reading aloud starts in a moment.</translation>
        </message>
        <message>
            <source>Spara som ljudfil</source>
            <translation>Save as audio file</translation>
        </message>
        <message>
            <source>Vad vill du spara?</source>
            <translation>What do you want to save?</translation>
        </message>
        <message>
            <source>WAV-ljud (*.wav)</source>
            <translation>WAV audio (*.wav)</translation>
        </message>
        <message>
            <source>Sparar ljudfilen …</source>
            <translation>Saving the audio file …</translation>
        </message>
        <message>
            <source>Avsnittet som visas</source>
            <translation>The section shown</translation>
        </message>
        <message>
            <source>Hela programmet</source>
            <translation>The whole programme</translation>
        </message>
        <message>
            <source>MP3-ljud (*.mp3)</source>
            <translation>MP3 audio (*.mp3)</translation>
        </message>
        <message>
            <source>Det finns ingen text att spara.</source>
            <translation>There is no text to save.</translation>
        </message>
        <message>
            <source>Sammanfattningen av avsnittet</source>
            <translation>The summary of the section</translation>
        </message>
        <message>
            <source>Sparandet avbröts. Ingen fil sparades.</source>
            <translation>Saving was stopped. No file was saved.</translation>
        </message>
        <message>
            <source>Ljudfilen är sparad: {0} ({1} minuter)</source>
            <translation>The audio file is saved: {0} ({1} minutes)</translation>
        </message>
        <message>
            <source>Ljudfilen kunde inte sparas. Välj en annan mapp och försök igen.</source>
            <translation>The audio file could not be saved. Choose another folder and try again.</translation>
        </message>
        <message>
            <source>Ljudfilen kunde inte sparas: {0}</source>
            <translation>The audio file could not be saved: {0}</translation>
        </message>
        <message>
            <source>Uppläsningen är stoppad</source>
            <translation>Reading aloud is stopped</translation>
        </message>
        <message>
            <source>Uppläsning</source>
            <translation>Reading aloud</translation>
        </message>
        <message>
            <source>Volym</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Röst:</source>
            <translation>Voice:</translation>
        </message>
        <message>
            <source>Röst</source>
            <translation>Voice</translation>
        </message>
        <message>
            <source>Sparar ljudfil</source>
            <translation>Saving audio file</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Avbryt sparandet av ljudfilen</source>
            <translation>Stop saving the audio file</translation>
        </message>
        <message>
            <source>Volym: {0} %</source>
            <translation>Volume: {0} %</translation>
        </message>
        <message>
            <source>halv fart</source>
            <translation>half speed</translation>
        </message>
        <message>
            <source>lite långsammare än normalt</source>
            <translation>a little slower than normal</translation>
        </message>
        <message>
            <source>normal fart</source>
            <translation>normal speed</translation>
        </message>
        <message>
            <source>lite snabbare än normalt</source>
            <translation>a little faster than normal</translation>
        </message>
        <message>
            <source>en och en halv gång så snabbt</source>
            <translation>one and a half times as fast</translation>
        </message>
        <message>
            <source>nästan dubbelt så snabbt</source>
            <translation>almost twice as fast</translation>
        </message>
        <message>
            <source>dubbelt så snabbt</source>
            <translation>twice as fast</translation>
        </message>
        <message>
            <source>två och en halv gång så snabbt</source>
            <translation>two and a half times as fast</translation>
        </message>
        <message>
            <source>tre gånger så snabbt</source>
            <translation>three times as fast</translation>
        </message>
        <message>
            <source>Fart: {0} ({1} ord i minuten)</source>
            <translation>Speed: {0} ({1} words a minute)</translation>
        </message>
        <message>
            <source>Läser upp</source>
            <translation>Reading aloud</translation>
        </message>
        <message>
            <source>Uppläsningen är pausad</source>
            <translation>Reading aloud is paused</translation>
        </message>
        <message>
            <source>Slut på avsnittet</source>
            <translation>End of the section</translation>
        </message>
        <message>
            <source>Fart: {0}, tydligare ({1} ord i minuten)</source>
            <translation>Speed: {0}, clearer ({1} words a minute)</translation>
        </message>
    </context>
    <context>
        <name>EpubExport</name>
        <message>
            <source>Spara som talbok (EPUB)</source>
            <translation>Save as talking book (EPUB)</translation>
        </message>
        <message>
            <source>En talbok har texten och uppläsningen tillsammans. Den kan läsas i appar för talböcker, till exempel Thorium. Meningen som läses markeras, och du kan gå till varje avsnitt. Rösten och farten är de du har valt för uppläsning.</source>
            <translation>A talking book has the text and the reading aloud together. It can be read in talking-book apps, for example Thorium. The sentence being read is highlighted, and you can go to every section. The voice and speed are the ones you chose for reading aloud.</translation>
        </message>
        <message>
            <source>Vad ska finnas med i talboken?</source>
            <translation>What should the talking book contain?</translation>
        </message>
        <message>
            <source>Hela texten</source>
            <translation>The full text</translation>
        </message>
        <message>
            <source>Hela texten och lättläst</source>
            <translation>Full text and easy to read</translation>
        </message>
        <message>
            <source>Bara lättläst</source>
            <translation>Only easy to read</translation>
        </message>
        <message>
            <source>Sammanfattningarna och ordlistan är skrivna för den här appen, inte av Treklövern.</source>
            <translation>The summaries and the glossary are written for this app, not by Treklövern.</translation>
        </message>
        <message>
            <source>Ta med ett lättläst typsnitt</source>
            <translation>Include an easy-to-read font</translation>
        </message>
        <message>
            <source>Atkinson Hyperlegible, som är lätt att läsa vid nedsatt syn.</source>
            <translation>Atkinson Hyperlegible, which is easy to read with low vision.</translation>
        </message>
        <message>
            <source>Sparar talboken</source>
            <translation>Saving the talking book</translation>
        </message>
        <message>
            <source>Spara talboken…</source>
            <translation>Save the talking book…</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Avbryt sparandet av talboken</source>
            <translation>Cancel saving the talking book</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>EPUB-talbok (*.epub)</source>
            <translation>EPUB talking book (*.epub)</translation>
        </message>
        <message>
            <source>Sparar talboken …</source>
            <translation>Saving the talking book …</translation>
        </message>
        <message>
            <source>Spara som talbok (EPUB)…</source>
            <translation>Save as talking book (EPUB)…</translation>
        </message>
        <message>
            <source>Avbryter …</source>
            <translation>Cancelling …</translation>
        </message>
        <message>
            <source>Spara programmet som en talbok med text och uppläsning som följs åt, för appar som Thorium</source>
            <translation>Save the programme as a talking book with text and reading aloud in step, for apps such as Thorium</translation>
        </message>
        <message>
            <source>Talboken kan inte sparas, för uppläsning fungerar inte på den här datorn.</source>
            <translation>The talking book cannot be saved, because reading aloud does not work on this computer.</translation>
        </message>
        <message>
            <source>Sparandet avbröts. Ingen fil sparades.</source>
            <translation>Saving was cancelled. No file was saved.</translation>
        </message>
        <message>
            <source>Talboken är sparad: {0} ({1} MB, {2} minuter ljud).</source>
            <translation>The talking book is saved: {0} ({1} MB, {2} minutes of audio).</translation>
        </message>
        <message>
            <source>Talboken kunde inte sparas. Välj en annan mapp och försök igen.</source>
            <translation>The talking book could not be saved. Choose another folder and try again.</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Något gick fel i programmet. Du kan fortsätta läsa som vanligt.</source>
            <translation>Something went wrong in the program. You can go on reading as usual.</translation>
        </message>
        <message>
            <source>Dina inställningar kunde inte läsas. Läsaren använder vanliga inställningar.</source>
            <translation>Your settings could not be read. The reader uses the usual settings.</translation>
        </message>
        <message>
            <source>Några av dina sparade inställningar hade ogiltiga värden. Läsaren använder vanliga värden för dem.</source>
            <translation>Some of your saved settings had values that are not valid. The reader uses the usual values for them.</translation>
        </message>
        <message>
            <source>Dina sparade inställningar var skadade. Läsaren använder vanliga inställningar.</source>
            <translation>Your saved settings were damaged. The reader uses the usual settings.</translation>
        </message>
        <message>
            <source>Dina inställningar kan inte sparas på den här datorn. Det du ändrar gäller tills du stänger läsaren.</source>
            <translation>Your settings cannot be saved on this computer. What you change lasts until you close the reader.</translation>
        </message>
        <message numerus="yes">
            <source>Det hände %n fel till.</source>
            <translation>
                <numerusform>%n more error happened.</numerusform>
                <numerusform>%n more errors happened.</numerusform>
            </translation>
        </message>
        <message>
            <source>Något gick fel</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>OK, fortsätt</source>
            <translation>OK, go on</translation>
        </message>
        <message>
            <source>Felmeddelande</source>
            <translation>Error message</translation>
        </message>
    </context>
    <context>
        <name>VoiceChoice</name>
        <message>
            <source>Röster för andra språk läser den svenska texten med fel uttal.</source>
            <translation>Voices for other languages read the Swedish text with the wrong pronunciation.</translation>
        </message>
        <message>
            <source>Visa röster för andra språk</source>
            <translation>Show voices for other languages</translation>
        </message>
    </context>
</TS>
