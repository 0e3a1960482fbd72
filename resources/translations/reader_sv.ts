<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
    <context>
        <name>AllChoices</name>
        <message>
            <source>Alla val</source>
            <translation>Alla val</translation>
        </message>
        <message>
            <source>Allt du kan göra i läsaren, som knappar. Escape stänger.</source>
            <translation>Allt du kan göra i läsaren, som knappar. Escape stänger.</translation>
        </message>
        <message>
            <source>Stäng Alla val</source>
            <translation>Stäng Alla val</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Läsaren är redan öppen. Det fönstret visas nu.</source>
            <translation>Läsaren är redan öppen. Det fönstret visas nu.</translation>
        </message>
        <message>
            <source>Innehållet kunde inte öppnas</source>
            <translation>Innehållet kunde inte öppnas</translation>
        </message>
        <message>
            <source>Dokumentet kunde inte läsas:

{0}</source>
            <translation>Dokumentet kunde inte läsas:

{0}</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Färger: {0}</source>
            <translation>Färger: {0}</translation>
        </message>
        <message>
            <source>Storlek på knappar och menyer: {0} procent</source>
            <translation>Storlek på knappar och menyer: {0} procent</translation>
        </message>
        <message>
            <source>Knapparna växer med texten</source>
            <translation>Knapparna växer med texten</translation>
        </message>
        <message>
            <source>Knapparna behåller sin storlek</source>
            <translation>Knapparna behåller sin storlek</translation>
        </message>
        <message>
            <source>Lättare att läsa: på</source>
            <translation>Lättare att läsa: på</translation>
        </message>
        <message>
            <source>Lättare att läsa: av</source>
            <translation>Lättare att läsa: av</translation>
        </message>
        <message>
            <source>Utseendet är återställt</source>
            <translation>Utseendet är återställt</translation>
        </message>
        <message>
            <source>Alla inställningar är återställda</source>
            <translation>Alla inställningar är återställda</translation>
        </message>
        <message>
            <source>Utseende</source>
            <translation>Utseende</translation>
        </message>
        <message>
            <source>Välj typsnitt, storlek, avstånd, färger och läslinjal</source>
            <translation>Välj typsnitt, storlek, avstånd, färger och läslinjal</translation>
        </message>
        <message>
            <source>Hög kontrast</source>
            <translation>Hög kontrast</translation>
        </message>
        <message>
            <source>Gul och vit text på svart botten</source>
            <translation>Gul och vit text på svart botten</translation>
        </message>
        <message>
            <source>Lättare att läsa</source>
            <translation>Lättare att läsa</translation>
        </message>
        <message>
            <source>Typsnitt för dyslexi, mer luft mellan rader och ord</source>
            <translation>Typsnitt för dyslexi, mer luft mellan rader och ord</translation>
        </message>
        <message>
            <source>Återställ</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>Text, färger och läslinjal tillbaka som från början</source>
            <translation>Text, färger och läslinjal tillbaka som från början</translation>
        </message>
        <message>
            <source>Återställ alla inställningar</source>
            <translation>Återställ alla inställningar</translation>
        </message>
        <message>
            <source>Alla inställningar tillbaka som från början</source>
            <translation>Alla inställningar tillbaka som från början</translation>
        </message>
    </context>
    <context>
        <name>AppearancePanel</name>
        <message>
            <source>Utseende</source>
            <translation>Utseende</translation>
        </message>
        <message>
            <source>Större text</source>
            <translation>Större text</translation>
        </message>
        <message>
            <source>Hög kontrast</source>
            <translation>Hög kontrast</translation>
        </message>
        <message>
            <source>Lättare att läsa</source>
            <translation>Lättare att läsa</translation>
        </message>
        <message>
            <source>Återställ</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>{0} (kunde inte läsas in)</source>
            <translation>{0} (kunde inte läsas in)</translation>
        </message>
        <message>
            <source>&amp;Typsnitt</source>
            <translation>&amp;Typsnitt</translation>
        </message>
        <message>
            <source>Text&amp;storlek</source>
            <translation>Text&amp;storlek</translation>
        </message>
        <message>
            <source> punkter</source>
            <translation> punkter</translation>
        </message>
        <message>
            <source>&amp;Radavstånd</source>
            <translation>&amp;Radavstånd</translation>
        </message>
        <message>
            <source> gånger</source>
            <translation> gånger</translation>
        </message>
        <message>
            <source>St&amp;yckeavstånd</source>
            <translation>St&amp;yckeavstånd</translation>
        </message>
        <message>
            <source> tecken</source>
            <translation> tecken</translation>
        </message>
        <message>
            <source>Tecken&amp;avstånd</source>
            <translation>Tecken&amp;avstånd</translation>
        </message>
        <message>
            <source>&amp;Ordavstånd</source>
            <translation>&amp;Ordavstånd</translation>
        </message>
        <message>
            <source>F&amp;etstil</source>
            <translation>F&amp;etstil</translation>
        </message>
        <message>
            <source>Längsta ra&amp;d</source>
            <translation>Längsta ra&amp;d</translation>
        </message>
        <message>
            <source>&amp;Färger</source>
            <translation>&amp;Färger</translation>
        </message>
        <message>
            <source>Storlek på &amp;knappar och menyer</source>
            <translation>Storlek på &amp;knappar och menyer</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Knappar &amp;växer med texten</source>
            <translation>Knappar &amp;växer med texten</translation>
        </message>
        <message>
            <source>När texten är större än normalt blir knappar, listor och menyer också större.</source>
            <translation>När texten är större än normalt blir knappar, listor och menyer också större.</translation>
        </message>
        <message>
            <source>&amp;Läslinjal</source>
            <translation>&amp;Läslinjal</translation>
        </message>
        <message>
            <source>1 rad</source>
            <translation>1 rad</translation>
        </message>
        <message>
            <source>3 rader</source>
            <translation>3 rader</translation>
        </message>
        <message>
            <source>Läslinjalens &amp;höjd</source>
            <translation>Läslinjalens &amp;höjd</translation>
        </message>
        <message>
            <source>Textmarkören</source>
            <translation>Textmarkören</translation>
        </message>
        <message>
            <source>Musen</source>
            <translation>Musen</translation>
        </message>
        <message>
            <source>Uppläsningen</source>
            <translation>Uppläsningen</translation>
        </message>
        <message>
            <source>Läslinjalen föl&amp;jer</source>
            <translation>Läslinjalen föl&amp;jer</translation>
        </message>
        <message>
            <source>&amp;Mörkläggning runt linjalen</source>
            <translation>&amp;Mörkläggning runt linjalen</translation>
        </message>
        <message>
            <source>Återställ alla inställningar</source>
            <translation>Återställ alla inställningar</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Minska {0}</source>
            <translation>Minska {0}</translation>
        </message>
        <message>
            <source>Öka {0}</source>
            <translation>Öka {0}</translation>
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
            <translation>lika med</translation>
        </message>
        <message>
            <source>Alla val</source>
            <translation>Alla val</translation>
        </message>
        <message>
            <source>Allt annat du kan göra: sök, utseende, ordlista, hjälp, skriva ut, spara …</source>
            <translation>Allt annat du kan göra: sök, utseende, ordlista, hjälp, skriva ut, spara …</translation>
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <source>Datorns vanliga typsnitt</source>
            <translation>Datorns vanliga typsnitt</translation>
        </message>
        <message>
            <source>Typsnittet {name} kunde inte läsas in. Texten visas med datorns vanliga typsnitt.</source>
            <translation>Typsnittet {name} kunde inte läsas in. Texten visas med datorns vanliga typsnitt.</translation>
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <source>Ordlista</source>
            <translation>Ordlista</translation>
        </message>
        <message>
            <source>Förklaring</source>
            <translation>Förklaring</translation>
        </message>
        <message>
            <source>Sök ord i ordlistan:</source>
            <translation>Sök ord i ordlistan:</translation>
        </message>
        <message>
            <source>Skriv en del av ordet</source>
            <translation>Skriv en del av ordet</translation>
        </message>
        <message>
            <source>Sök ord i ordlistan</source>
            <translation>Sök ord i ordlistan</translation>
        </message>
        <message>
            <source>Alla ord i ordlistan</source>
            <translation>Alla ord i ordlistan</translation>
        </message>
        <message>
            <source>Ord i bokstavsordning. Välj ett ord för att se förklaringen.</source>
            <translation>Ord i bokstavsordning. Välj ett ord för att se förklaringen.</translation>
        </message>
        <message>
            <source>Läs upp förklaringen</source>
            <translation>Läs upp förklaringen</translation>
        </message>
        <message>
            <source>Läs upp</source>
            <translation>Läs upp</translation>
        </message>
        <message>
            <source>Stäng ordlistan</source>
            <translation>Stäng ordlistan</translation>
        </message>
        <message>
            <source>{0} ord</source>
            <translation>{0} ord</translation>
        </message>
        <message>
            <source>Inga ord passar sökningen.</source>
            <translation>Inga ord passar sökningen.</translation>
        </message>
        <message>
            <source>Välj ett understruket ord i texten, eller ett ord i listan, för att se vad det betyder.</source>
            <translation>Välj ett understruket ord i texten, eller ett ord i listan, för att se vad det betyder.</translation>
        </message>
        <message>
            <source>Det finns ingen ordlista till den här texten.</source>
            <translation>Det finns ingen ordlista till den här texten.</translation>
        </message>
        <message>
            <source>Visa alla svåra ord med förklaringar</source>
            <translation>Visa alla svåra ord med förklaringar</translation>
        </message>
        <message>
            <source>Markera svåra ord</source>
            <translation>Markera svåra ord</translation>
        </message>
        <message>
            <source>Stryk under svåra ord i texten så att du kan få dem förklarade</source>
            <translation>Stryk under svåra ord i texten så att du kan få dem förklarade</translation>
        </message>
        <message>
            <source>Ordet har en förklaring. Tryck Enter för att höra den.</source>
            <translation>Ordet har en förklaring. Tryck Enter för att höra den.</translation>
        </message>
        <message>
            <source>Förklaringen är stängd.</source>
            <translation>Förklaringen är stängd.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>eller</source>
            <translation>eller</translation>
        </message>
        <message>
            <source>Kortkommandon</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>Du kan göra det mesta med tangentbordet:</source>
            <translation>Du kan göra det mesta med tangentbordet:</translation>
        </message>
        <message>
            <source>Hjälpen kunde inte läsas</source>
            <translation>Hjälpen kunde inte läsas</translation>
        </message>
        <message>
            <source>Hjälp</source>
            <translation>Hjälp</translation>
        </message>
        <message>
            <source>hjälp</source>
            <translation>hjälp</translation>
        </message>
        <message>
            <source>Så använder du läsaren</source>
            <translation>Så använder du läsaren</translation>
        </message>
        <message>
            <source>Om läsaren</source>
            <translation>Om läsaren</translation>
        </message>
        <message>
            <source>Läs upp hjälpen</source>
            <translation>Läs upp hjälpen</translation>
        </message>
        <message>
            <source>Sluta läsa</source>
            <translation>Sluta läsa</translation>
        </message>
        <message>
            <source>Stäng hjälpen</source>
            <translation>Stäng hjälpen</translation>
        </message>
        <message>
            <source>Så använder du läsaren: hjälp med lättläst text, som också kan läsas upp</source>
            <translation>Så använder du läsaren: hjälp med lättläst text, som också kan läsas upp</translation>
        </message>
        <message>
            <source>Var texten kommer från, och licenser</source>
            <translation>Var texten kommer från, och licenser</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <source>Läsaren har börjat om för en ny besökare.</source>
            <translation>Läsaren har börjat om för en ny besökare.</translation>
        </message>
        <message>
            <source>Om {0} sekunder börjar läsaren om för nästa besökare.</source>
            <translation>Om {0} sekunder börjar läsaren om för nästa besökare.</translation>
        </message>
        <message>
            <source>Är du kvar? Tryck på en tangent eller klicka för att fortsätta läsa.</source>
            <translation>Är du kvar? Tryck på en tangent eller klicka för att fortsätta läsa.</translation>
        </message>
        <message>
            <source>Spara</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Det går inte att spara</source>
            <translation>Det går inte att spara</translation>
        </message>
        <message>
            <source>På den här datorn går det inte att spara filer. Fråga personalen om du behöver hjälp.</source>
            <translation>På den här datorn går det inte att spara filer. Fråga personalen om du behöver hjälp.</translation>
        </message>
        <message>
            <source>Helskärm</source>
            <translation>Helskärm</translation>
        </message>
        <message>
            <source>Visa läsaren på hela skärmen, eller sluta visa på hela skärmen</source>
            <translation>Visa läsaren på hela skärmen, eller sluta visa på hela skärmen</translation>
        </message>
        <message>
            <source>Ny besökare</source>
            <translation>Ny besökare</translation>
        </message>
        <message>
            <source>Börja om från början: glöm allt som den förra besökaren gjorde</source>
            <translation>Börja om från början: glöm allt som den förra besökaren gjorde</translation>
        </message>
        <message>
            <source>Är du kvar?</source>
            <translation>Är du kvar?</translation>
        </message>
        <message>
            <source>Tryck på en tangent eller klicka för att fortsätta läsa.</source>
            <translation>Tryck på en tangent eller klicka för att fortsätta läsa.</translation>
        </message>
        <message>
            <source>Jag är kvar – fortsätt</source>
            <translation>Jag är kvar – fortsätt</translation>
        </message>
        <message>
            <source>Läsaren fortsätter där du var.</source>
            <translation>Läsaren fortsätter där du var.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Avsnitt</source>
            <translation>Avsnitt</translation>
        </message>
        <message>
            <source>&amp;Dokument</source>
            <translation>&amp;Dokument</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <source>&amp;Visa</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Uppläsning</source>
            <translation>&amp;Uppläsning</translation>
        </message>
        <message>
            <source>&amp;Hjälp</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>Föregående avsnitt</source>
            <translation>Föregående avsnitt</translation>
        </message>
        <message>
            <source>Gå till avsnittet före det här</source>
            <translation>Gå till avsnittet före det här</translation>
        </message>
        <message>
            <source>Föregående</source>
            <translation>Föregående</translation>
        </message>
        <message>
            <source>Nästa avsnitt</source>
            <translation>Nästa avsnitt</translation>
        </message>
        <message>
            <source>Gå till avsnittet efter det här</source>
            <translation>Gå till avsnittet efter det här</translation>
        </message>
        <message>
            <source>Nästa</source>
            <translation>Nästa</translation>
        </message>
        <message>
            <source>Mindre text</source>
            <translation>Mindre text</translation>
        </message>
        <message>
            <source>Gör texten mindre</source>
            <translation>Gör texten mindre</translation>
        </message>
        <message>
            <source>Större text</source>
            <translation>Större text</translation>
        </message>
        <message>
            <source>Gör texten större</source>
            <translation>Gör texten större</translation>
        </message>
        <message>
            <source>Normal storlek</source>
            <translation>Normal storlek</translation>
        </message>
        <message>
            <source>Tillbaka till normal textstorlek</source>
            <translation>Tillbaka till normal textstorlek</translation>
        </message>
        <message>
            <source>Gå till listan med avsnitt</source>
            <translation>Gå till listan med avsnitt</translation>
        </message>
        <message>
            <source>Gå till texten</source>
            <translation>Gå till texten</translation>
        </message>
        <message>
            <source>Avsluta</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>Lista över programmets avsnitt. Välj ett avsnitt med piltangenterna.</source>
            <translation>Lista över programmets avsnitt. Välj ett avsnitt med piltangenterna.</translation>
        </message>
        <message>
            <source>hela texten</source>
            <translation>hela texten</translation>
        </message>
        <message>
            <source>Avsnittets text på svenska. Alt+höger pil går till nästa avsnitt.</source>
            <translation>Avsnittets text på svenska. Alt+höger pil går till nästa avsnitt.</translation>
        </message>
        <message>
            <source>Knappar</source>
            <translation>Knappar</translation>
        </message>
        <message>
            <source>Avsnitt {0} av {1}</source>
            <translation>Avsnitt {0} av {1}</translation>
        </message>
        <message>
            <source>Textstorlek {0} punkter</source>
            <translation>Textstorlek {0} punkter</translation>
        </message>
        <message>
            <source>Problem med innehållet</source>
            <translation>Problem med innehållet</translation>
        </message>
        <message>
            <source>En del av innehållet kunde inte läsas. Allt annat går att läsa som vanligt.</source>
            <translation>En del av innehållet kunde inte läsas. Allt annat går att läsa som vanligt.</translation>
        </message>
    </context>
    <context>
        <name>PanelTitle</name>
        <message>
            <source>Stäng</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Sida {0} av {1}</source>
            <translation>Sida {0} av {1}</translation>
        </message>
        <message>
            <source>Det gick inte att börja skriva ut.</source>
            <translation>Det gick inte att börja skriva ut.</translation>
        </message>
        <message>
            <source>PDF-filen kunde inte skrivas.</source>
            <translation>PDF-filen kunde inte skrivas.</translation>
        </message>
        <message>
            <source>Skriv ut i stor stil</source>
            <translation>Skriv ut i stor stil</translation>
        </message>
        <message>
            <source>Texten skrivs ut med samma typsnitt, storlek och avstånd som på skärmen.</source>
            <translation>Texten skrivs ut med samma typsnitt, storlek och avstånd som på skärmen.</translation>
        </message>
        <message>
            <source>Det här avsnittet</source>
            <translation>Det här avsnittet</translation>
        </message>
        <message>
            <source>Det här avsnittet i lättläst form</source>
            <translation>Det här avsnittet i lättläst form</translation>
        </message>
        <message>
            <source>Hela programmet</source>
            <translation>Hela programmet</translation>
        </message>
        <message>
            <source>Skriv ut …</source>
            <translation>Skriv ut …</translation>
        </message>
        <message>
            <source>Spara som PDF</source>
            <translation>Spara som PDF</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>På den här datorn går det inte att spara filer.</source>
            <translation>På den här datorn går det inte att spara filer.</translation>
        </message>
        <message>
            <source>Förbereder sidorna …</source>
            <translation>Förbereder sidorna …</translation>
        </message>
        <message>
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>PDF-filen kunde inte sparas: {0}</source>
            <translation>PDF-filen kunde inte sparas: {0}</translation>
        </message>
        <message>
            <source>Det gick inte att skriva ut: {0}</source>
            <translation>Det gick inte att skriva ut: {0}</translation>
        </message>
        <message>
            <source>Sparat: {0} ({1} sidor).</source>
            <translation>Sparat: {0} ({1} sidor).</translation>
        </message>
        <message>
            <source>{0} sidor skickades till skrivaren.</source>
            <translation>{0} sidor skickades till skrivaren.</translation>
        </message>
        <message>
            <source>Skriv ut avsnittet, sammanfattningen eller hela programmet med stor text, eller spara som PDF</source>
            <translation>Skriv ut avsnittet, sammanfattningen eller hela programmet med stor text, eller spara som PDF</translation>
        </message>
    </context>
    <context>
        <name>Ruler</name>
        <message>
            <source>Läslinjal på</source>
            <translation>Läslinjal på</translation>
        </message>
        <message>
            <source>Läslinjal av</source>
            <translation>Läslinjal av</translation>
        </message>
        <message>
            <source>Läslinjal</source>
            <translation>Läslinjal</translation>
        </message>
        <message>
            <source>Visa bara några rader i taget, resten blir mörkare</source>
            <translation>Visa bara några rader i taget, resten blir mörkare</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Sök</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>&amp;Sök efter:</source>
            <translation>&amp;Sök efter:</translation>
        </message>
        <message>
            <source>Sök efter</source>
            <translation>Sök efter</translation>
        </message>
        <message>
            <source>Skriv ett ord</source>
            <translation>Skriv ett ord</translation>
        </message>
        <message>
            <source>Sök &amp;i:</source>
            <translation>Sök &amp;i:</translation>
        </message>
        <message>
            <source>Var ska du söka</source>
            <translation>Var ska du söka</translation>
        </message>
        <message>
            <source>I det här avsnittet</source>
            <translation>I det här avsnittet</translation>
        </message>
        <message>
            <source>I hela dokumentet</source>
            <translation>I hela dokumentet</translation>
        </message>
        <message>
            <source>Föregående träff</source>
            <translation>Föregående träff</translation>
        </message>
        <message>
            <source>Föregående träff (Skift+F3)</source>
            <translation>Föregående träff (Skift+F3)</translation>
        </message>
        <message>
            <source>Nästa träff</source>
            <translation>Nästa träff</translation>
        </message>
        <message>
            <source>Nästa träff (F3)</source>
            <translation>Nästa träff (F3)</translation>
        </message>
        <message>
            <source>Antal träffar</source>
            <translation>Antal träffar</translation>
        </message>
        <message>
            <source>Stäng sökningen</source>
            <translation>Stäng sökningen</translation>
        </message>
        <message>
            <source>Stäng sökningen (Esc)</source>
            <translation>Stäng sökningen (Esc)</translation>
        </message>
        <message>
            <source>Föregående</source>
            <translation>Föregående</translation>
        </message>
        <message>
            <source>Nästa</source>
            <translation>Nästa</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Skriv det du vill hitta.</source>
            <translation>Skriv det du vill hitta.</translation>
        </message>
        <message>
            <source>Inga träffar på ”{0}” i det som visas.</source>
            <translation>Inga träffar på ”{0}” i det som visas.</translation>
        </message>
        <message>
            <source>Inga träffar på ”{0}”.</source>
            <translation>Inga träffar på ”{0}”.</translation>
        </message>
        <message>
            <source>(i sammanfattningen: {0})</source>
            <translation>(i sammanfattningen: {0})</translation>
        </message>
        <message>
            <source>1 träff på ”{0}”.</source>
            <translation>1 träff på ”{0}”.</translation>
        </message>
        <message>
            <source>Träff {0} av {1} på ”{2}”.</source>
            <translation>Träff {0} av {1} på ”{2}”.</translation>
        </message>
        <message>
            <source>1 träff i hela texten, som inte visas nu.</source>
            <translation>1 träff i hela texten, som inte visas nu.</translation>
        </message>
        <message>
            <source>{0} träffar i hela texten, som inte visas nu.</source>
            <translation>{0} träffar i hela texten, som inte visas nu.</translation>
        </message>
        <message>
            <source>1 träff i den lättlästa texten, som inte visas nu.</source>
            <translation>1 träff i den lättlästa texten, som inte visas nu.</translation>
        </message>
        <message>
            <source>{0} träffar i den lättlästa texten, som inte visas nu.</source>
            <translation>{0} träffar i den lättlästa texten, som inte visas nu.</translation>
        </message>
        <message>
            <source>Välj Visa: Båda för att se dem.</source>
            <translation>Välj Visa: Båda för att se dem.</translation>
        </message>
        <message>
            <source>Sök efter ord i texten</source>
            <translation>Sök efter ord i texten</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <source>Ljudet slutade fungera, så uppläsningen stoppades. Allt annat fungerar som vanligt. Kontrollera högtalarna eller hörlurarna och tryck på Läs upp igen.</source>
            <translation>Ljudet slutade fungera, så uppläsningen stoppades. Allt annat fungerar som vanligt. Kontrollera högtalarna eller hörlurarna och tryck på Läs upp igen.</translation>
        </message>
        <message>
            <source>Uppläsning fungerar inte på den här datorn: talmotorn eSpeak NG saknas.</source>
            <translation>Uppläsning fungerar inte på den här datorn: talmotorn eSpeak NG saknas.</translation>
        </message>
        <message>
            <source>Rösten ”%1” finns inte på den här datorn.</source>
            <translation>Rösten ”%1” finns inte på den här datorn.</translation>
        </message>
        <message>
            <source>Uppläsning fungerar inte: datorn har ingen ljudutgång (högtalare eller hörlurar).</source>
            <translation>Uppläsning fungerar inte: datorn har ingen ljudutgång (högtalare eller hörlurar).</translation>
        </message>
        <message>
            <source>Uppläsning fungerar inte: det finns ingen svensk röst på den här datorn.</source>
            <translation>Uppläsning fungerar inte: det finns ingen svensk röst på den här datorn.</translation>
        </message>
        <message>
            <source>Uppläsningen stannade på grund av ett fel. Tryck på Läs upp för att försöka igen.</source>
            <translation>Uppläsningen stannade på grund av ett fel. Tryck på Läs upp för att försöka igen.</translation>
        </message>
        <message>
            <source>Ljudet stannade. Kontrollera högtalarna eller hörlurarna och tryck på Läs upp igen.</source>
            <translation>Ljudet stannade. Kontrollera högtalarna eller hörlurarna och tryck på Läs upp igen.</translation>
        </message>
    </context>
    <context>
        <name>StartProblem</name>
        <message>
            <source>Läsaren kan inte starta</source>
            <translation>Läsaren kan inte starta</translation>
        </message>
        <message>
            <source>Läsaren kan inte visa programmet.</source>
            <translation>Läsaren kan inte visa programmet.</translation>
        </message>
        <message>
            <source>Be den som installerade läsaren om hjälp och visa det här meddelandet.</source>
            <translation>Be den som installerade läsaren om hjälp och visa det här meddelandet.</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <source>Ljus</source>
            <translation>Ljus</translation>
        </message>
        <message>
            <source>Mörk</source>
            <translation>Mörk</translation>
        </message>
        <message>
            <source>Hög kontrast</source>
            <translation>Hög kontrast</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sepia</translation>
        </message>
        <message>
            <source>Som datorn</source>
            <translation>Som datorn</translation>
        </message>
    </context>
    <context>
        <name>ViewMode</name>
        <message>
            <source>Hela texten</source>
            <translation>Hela texten</translation>
        </message>
        <message>
            <source>Lättläst</source>
            <translation>Lättläst</translation>
        </message>
        <message>
            <source>Båda</source>
            <translation>Båda</translation>
        </message>
        <message>
            <source>lättläst</source>
            <translation>lättläst</translation>
        </message>
        <message>
            <source>Avsnittet på lätt svenska. Ctrl+L byter mellan hela texten, lättläst och båda.</source>
            <translation>Avsnittet på lätt svenska. Ctrl+L byter mellan hela texten, lättläst och båda.</translation>
        </message>
        <message>
            <source>Byt mellan hela texten, lättläst text och båda</source>
            <translation>Byt mellan hela texten, lättläst text och båda</translation>
        </message>
        <message>
            <source>Programmet i korthet</source>
            <translation>Programmet i korthet</translation>
        </message>
        <message>
            <source>Hela programmet kort och på lätt svenska</source>
            <translation>Hela programmet kort och på lätt svenska</translation>
        </message>
        <message>
            <source>Visa: {0}</source>
            <translation>Visa: {0}</translation>
        </message>
        <message>
            <source>Visar {0}</source>
            <translation>Visar {0}</translation>
        </message>
        <message>
            <source>Fönstret har inte plats för två texter: en visas. Gör fönstret större eller texten mindre.</source>
            <translation>Fönstret har inte plats för två texter: en visas. Gör fönstret större eller texten mindre.</translation>
        </message>
        <message>
            <source>Det finns ingen lättläst version av det här avsnittet. Hela texten visas.</source>
            <translation>Det finns ingen lättläst version av det här avsnittet. Hela texten visas.</translation>
        </message>
        <message>
            <source>Visar Programmet i korthet</source>
            <translation>Visar Programmet i korthet</translation>
        </message>
    </context>
    <context>
        <name>SpeechControls</name>
        <message>
            <source>Uppläsning fungerar inte på den här datorn.</source>
            <translation>Uppläsning fungerar inte på den här datorn.</translation>
        </message>
        <message>
            <source>Uppläsningen är inte klar än.</source>
            <translation>Uppläsningen är inte klar än.</translation>
        </message>
        <message>
            <source>Läs upp</source>
            <translation>Läs upp</translation>
        </message>
        <message>
            <source>Pausa</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Fortsätt</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <source>Läs upp texten från markören, eller pausa uppläsningen</source>
            <translation>Läs upp texten från markören, eller pausa uppläsningen</translation>
        </message>
        <message>
            <source>Tydligare</source>
            <translation>Tydligare</translation>
        </message>
        <message>
            <source>Fler val</source>
            <translation>Fler val</translation>
        </message>
        <message>
            <source>Slut på programmet</source>
            <translation>Slut på programmet</translation>
        </message>
        <message>
            <source>Stoppa</source>
            <translation>Stoppa</translation>
        </message>
        <message>
            <source>Sluta läsa upp</source>
            <translation>Sluta läsa upp</translation>
        </message>
        <message>
            <source>Föregående mening</source>
            <translation>Föregående mening</translation>
        </message>
        <message>
            <source>Läs meningen före</source>
            <translation>Läs meningen före</translation>
        </message>
        <message>
            <source>Nästa mening</source>
            <translation>Nästa mening</translation>
        </message>
        <message>
            <source>Hoppa till nästa mening</source>
            <translation>Hoppa till nästa mening</translation>
        </message>
        <message>
            <source>Föregående stycke</source>
            <translation>Föregående stycke</translation>
        </message>
        <message>
            <source>Läs från början av stycket, eller stycket före</source>
            <translation>Läs från början av stycket, eller stycket före</translation>
        </message>
        <message>
            <source>Nästa stycke</source>
            <translation>Nästa stycke</translation>
        </message>
        <message>
            <source>Hoppa till nästa stycke</source>
            <translation>Hoppa till nästa stycke</translation>
        </message>
        <message>
            <source>Långsammare</source>
            <translation>Långsammare</translation>
        </message>
        <message>
            <source>Läs upp långsammare</source>
            <translation>Läs upp långsammare</translation>
        </message>
        <message>
            <source>Snabbare</source>
            <translation>Snabbare</translation>
        </message>
        <message>
            <source>Läs upp snabbare</source>
            <translation>Läs upp snabbare</translation>
        </message>
        <message>
            <source>Markera det som läses</source>
            <translation>Markera det som läses</translation>
        </message>
        <message>
            <source>Visa meningen och ordet som läses upp med färg</source>
            <translation>Visa meningen och ordet som läses upp med färg</translation>
        </message>
        <message>
            <source>Fortsätt i nästa avsnitt</source>
            <translation>Fortsätt i nästa avsnitt</translation>
        </message>
        <message>
            <source>Läs vidare i nästa avsnitt när ett avsnitt är slut</source>
            <translation>Läs vidare i nästa avsnitt när ett avsnitt är slut</translation>
        </message>
        <message>
            <source>Tydligare uppläsning</source>
            <translation>Tydligare uppläsning</translation>
        </message>
        <message>
            <source>Läs lite långsammare, med längre pauser mellan meningar och stycken</source>
            <translation>Läs lite långsammare, med längre pauser mellan meningar och stycken</translation>
        </message>
        <message>
            <source>Fler val för uppläsning</source>
            <translation>Fler val för uppläsning</translation>
        </message>
        <message>
            <source>Visa eller göm knappar för stycken, volym, röst, markering och ljudfil</source>
            <translation>Visa eller göm knappar för stycken, volym, röst, markering och ljudfil</translation>
        </message>
        <message>
            <source>Spara som ljudfil…</source>
            <translation>Spara som ljudfil…</translation>
        </message>
        <message>
            <source>Spara uppläsningen av avsnittet, sammanfattningen eller hela programmet som en ljudfil</source>
            <translation>Spara uppläsningen av avsnittet, sammanfattningen eller hela programmet som en ljudfil</translation>
        </message>
        <message>
            <source>Uppläsningen börjar om ett ögonblick.</source>
            <translation>Uppläsningen börjar om ett ögonblick.</translation>
        </message>
        <message>
            <source>Spara som ljudfil</source>
            <translation>Spara som ljudfil</translation>
        </message>
        <message>
            <source>Vad vill du spara?</source>
            <translation>Vad vill du spara?</translation>
        </message>
        <message>
            <source>WAV-ljud (*.wav)</source>
            <translation>WAV-ljud (*.wav)</translation>
        </message>
        <message>
            <source>Sparar ljudfilen …</source>
            <translation>Sparar ljudfilen …</translation>
        </message>
        <message>
            <source>Avsnittet som visas</source>
            <translation>Avsnittet som visas</translation>
        </message>
        <message>
            <source>Hela programmet</source>
            <translation>Hela programmet</translation>
        </message>
        <message>
            <source>MP3-ljud (*.mp3)</source>
            <translation>MP3-ljud (*.mp3)</translation>
        </message>
        <message>
            <source>Det finns ingen text att spara.</source>
            <translation>Det finns ingen text att spara.</translation>
        </message>
        <message>
            <source>Sammanfattningen av avsnittet</source>
            <translation>Sammanfattningen av avsnittet</translation>
        </message>
        <message>
            <source>Sparandet avbröts. Ingen fil sparades.</source>
            <translation>Sparandet avbröts. Ingen fil sparades.</translation>
        </message>
        <message>
            <source>Ljudfilen är sparad: {0} ({1} minuter)</source>
            <translation>Ljudfilen är sparad: {0} ({1} minuter)</translation>
        </message>
        <message>
            <source>Ljudfilen kunde inte sparas. Välj en annan mapp och försök igen.</source>
            <translation>Ljudfilen kunde inte sparas. Välj en annan mapp och försök igen.</translation>
        </message>
        <message>
            <source>Ljudfilen kunde inte sparas: {0}</source>
            <translation>Ljudfilen kunde inte sparas: {0}</translation>
        </message>
        <message>
            <source>Uppläsningen är stoppad</source>
            <translation>Uppläsningen är stoppad</translation>
        </message>
        <message>
            <source>Uppläsning</source>
            <translation>Uppläsning</translation>
        </message>
        <message>
            <source>Volym</source>
            <translation>Volym</translation>
        </message>
        <message>
            <source>Röst:</source>
            <translation>Röst:</translation>
        </message>
        <message>
            <source>Röst</source>
            <translation>Röst</translation>
        </message>
        <message>
            <source>Sparar ljudfil</source>
            <translation>Sparar ljudfil</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Avbryt sparandet av ljudfilen</source>
            <translation>Avbryt sparandet av ljudfilen</translation>
        </message>
        <message>
            <source>Volym: {0} %</source>
            <translation>Volym: {0} %</translation>
        </message>
        <message>
            <source>halv fart</source>
            <translation>halv fart</translation>
        </message>
        <message>
            <source>lite långsammare än normalt</source>
            <translation>lite långsammare än normalt</translation>
        </message>
        <message>
            <source>normal fart</source>
            <translation>normal fart</translation>
        </message>
        <message>
            <source>lite snabbare än normalt</source>
            <translation>lite snabbare än normalt</translation>
        </message>
        <message>
            <source>en och en halv gång så snabbt</source>
            <translation>en och en halv gång så snabbt</translation>
        </message>
        <message>
            <source>nästan dubbelt så snabbt</source>
            <translation>nästan dubbelt så snabbt</translation>
        </message>
        <message>
            <source>dubbelt så snabbt</source>
            <translation>dubbelt så snabbt</translation>
        </message>
        <message>
            <source>två och en halv gång så snabbt</source>
            <translation>två och en halv gång så snabbt</translation>
        </message>
        <message>
            <source>tre gånger så snabbt</source>
            <translation>tre gånger så snabbt</translation>
        </message>
        <message>
            <source>Fart: {0} ({1} ord i minuten)</source>
            <translation>Fart: {0} ({1} ord i minuten)</translation>
        </message>
        <message>
            <source>Läser upp</source>
            <translation>Läser upp</translation>
        </message>
        <message>
            <source>Uppläsningen är pausad</source>
            <translation>Uppläsningen är pausad</translation>
        </message>
        <message>
            <source>Slut på avsnittet</source>
            <translation>Slut på avsnittet</translation>
        </message>
        <message>
            <source>Fart: {0}, tydligare ({1} ord i minuten)</source>
            <translation>Fart: {0}, tydligare ({1} ord i minuten)</translation>
        </message>
    </context>
    <context>
        <name>EpubExport</name>
        <message>
            <source>Spara som talbok (EPUB)</source>
            <translation>Spara som talbok (EPUB)</translation>
        </message>
        <message>
            <source>En talbok har texten och uppläsningen tillsammans. Den kan läsas i appar för talböcker, till exempel Thorium. Meningen som läses markeras, och du kan gå till varje avsnitt. Rösten och farten är de du har valt för uppläsning.</source>
            <translation>En talbok har texten och uppläsningen tillsammans. Den kan läsas i appar för talböcker, till exempel Thorium. Meningen som läses markeras, och du kan gå till varje avsnitt. Rösten och farten är de du har valt för uppläsning.</translation>
        </message>
        <message>
            <source>Vad ska finnas med i talboken?</source>
            <translation>Vad ska finnas med i talboken?</translation>
        </message>
        <message>
            <source>Hela texten</source>
            <translation>Hela texten</translation>
        </message>
        <message>
            <source>Hela texten och lättläst</source>
            <translation>Hela texten och lättläst</translation>
        </message>
        <message>
            <source>Bara lättläst</source>
            <translation>Bara lättläst</translation>
        </message>
        <message>
            <source>Sammanfattningarna och ordlistan är skrivna för den här appen, inte av Treklövern.</source>
            <translation>Sammanfattningarna och ordlistan är skrivna för den här appen, inte av Treklövern.</translation>
        </message>
        <message>
            <source>Ta med ett lättläst typsnitt</source>
            <translation>Ta med ett lättläst typsnitt</translation>
        </message>
        <message>
            <source>Atkinson Hyperlegible, som är lätt att läsa vid nedsatt syn.</source>
            <translation>Atkinson Hyperlegible, som är lätt att läsa vid nedsatt syn.</translation>
        </message>
        <message>
            <source>Sparar talboken</source>
            <translation>Sparar talboken</translation>
        </message>
        <message>
            <source>Spara talboken…</source>
            <translation>Spara talboken…</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Avbryt sparandet av talboken</source>
            <translation>Avbryt sparandet av talboken</translation>
        </message>
        <message>
            <source>Stäng</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>EPUB-talbok (*.epub)</source>
            <translation>EPUB-talbok (*.epub)</translation>
        </message>
        <message>
            <source>Sparar talboken …</source>
            <translation>Sparar talboken …</translation>
        </message>
        <message>
            <source>Spara som talbok (EPUB)…</source>
            <translation>Spara som talbok (EPUB)…</translation>
        </message>
        <message>
            <source>Avbryter …</source>
            <translation>Avbryter …</translation>
        </message>
        <message>
            <source>Spara programmet som en talbok med text och uppläsning som följs åt, för appar som Thorium</source>
            <translation>Spara programmet som en talbok med text och uppläsning som följs åt, för appar som Thorium</translation>
        </message>
        <message>
            <source>Talboken kan inte sparas, för uppläsning fungerar inte på den här datorn.</source>
            <translation>Talboken kan inte sparas, för uppläsning fungerar inte på den här datorn.</translation>
        </message>
        <message>
            <source>Sparandet avbröts. Ingen fil sparades.</source>
            <translation>Sparandet avbröts. Ingen fil sparades.</translation>
        </message>
        <message>
            <source>Talboken är sparad: {0} ({1} MB, {2} minuter ljud).</source>
            <translation>Talboken är sparad: {0} ({1} MB, {2} minuter ljud).</translation>
        </message>
        <message>
            <source>Talboken kunde inte sparas. Välj en annan mapp och försök igen.</source>
            <translation>Talboken kunde inte sparas. Välj en annan mapp och försök igen.</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Något gick fel i programmet. Du kan fortsätta läsa som vanligt.</source>
            <translation>Något gick fel i programmet. Du kan fortsätta läsa som vanligt.</translation>
        </message>
        <message>
            <source>Dina inställningar kunde inte läsas. Läsaren använder vanliga inställningar.</source>
            <translation>Dina inställningar kunde inte läsas. Läsaren använder vanliga inställningar.</translation>
        </message>
        <message>
            <source>Några av dina sparade inställningar hade ogiltiga värden. Läsaren använder vanliga värden för dem.</source>
            <translation>Några av dina sparade inställningar hade ogiltiga värden. Läsaren använder vanliga värden för dem.</translation>
        </message>
        <message>
            <source>Dina sparade inställningar var skadade. Läsaren använder vanliga inställningar.</source>
            <translation>Dina sparade inställningar var skadade. Läsaren använder vanliga inställningar.</translation>
        </message>
        <message>
            <source>Dina inställningar kan inte sparas på den här datorn. Det du ändrar gäller tills du stänger läsaren.</source>
            <translation>Dina inställningar kan inte sparas på den här datorn. Det du ändrar gäller tills du stänger läsaren.</translation>
        </message>
        <message numerus="yes">
            <source>Det hände %n fel till.</source>
            <translation>
                <numerusform>Det hände %n fel till.</numerusform>
                <numerusform>Det hände %n fel till.</numerusform>
            </translation>
        </message>
        <message>
            <source>Något gick fel</source>
            <translation>Något gick fel</translation>
        </message>
        <message>
            <source>OK, fortsätt</source>
            <translation>OK, fortsätt</translation>
        </message>
        <message>
            <source>Felmeddelande</source>
            <translation>Felmeddelande</translation>
        </message>
    </context>
    <context>
        <name>VoiceChoice</name>
        <message>
            <source>Röster för andra språk läser den svenska texten med fel uttal.</source>
            <translation>Röster för andra språk läser den svenska texten med fel uttal.</translation>
        </message>
        <message>
            <source>Visa röster för andra språk</source>
            <translation>Visa röster för andra språk</translation>
        </message>
    </context>
</TS>
