<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
    <context>
        <name>App</name>
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
    </context>
<context>
        <name>Kiosk</name>
        <message>
            <source>Läsaren har börjat om för en ny besökare.</source>
            <translation>Läsaren har börjat om för en ny besökare.</translation>
        </message>
        <message>
            <source>Är du kvar? Om {0} sekunder börjar läsaren om för nästa besökare.</source>
            <translation>Är du kvar? Om {0} sekunder börjar läsaren om för nästa besökare.</translation>
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
            <source>Nästa avsnitt</source>
            <translation>Nästa avsnitt</translation>
        </message>
        <message>
            <source>Gå till avsnittet efter det här</source>
            <translation>Gå till avsnittet efter det här</translation>
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
            <source>Text</source>
            <translation>Text</translation>
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
            <source>Var du är</source>
            <translation>Var du är</translation>
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
        <name>Speech</name>
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
            <source>Lättläst text</source>
            <translation>Lättläst text</translation>
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
            <source>Det finns ingen lättläst version av det här avsnittet. Hela texten visas.</source>
            <translation>Det finns ingen lättläst version av det här avsnittet. Hela texten visas.</translation>
        </message>
        <message>
            <source>Visar Programmet i korthet</source>
            <translation>Visar Programmet i korthet</translation>
        </message>
    </context>
</TS>
