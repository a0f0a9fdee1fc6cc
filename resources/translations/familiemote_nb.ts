<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
    <context>
        <name>ActionsPanel</name>
        <message numerus="yes">
            <source>%n forfalte</source>
            <translation>
                <numerusform>%n forfalt</numerusform>
                <numerusform>%n forfalte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overleveringer venter</source>
            <translation>
                <numerusform>%n overlevering venter</numerusform>
                <numerusform>%n overleveringer venter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dager</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dager</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>F&amp;ør opp %n åpne tiltak på sakslisten</source>
            <translation>
                <numerusform>F&amp;ør opp %n åpent tiltak på sakslisten</numerusform>
                <numerusform>F&amp;ør opp %n åpne tiltak på sakslisten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClosingPanel</name>
        <message numerus="yes">
            <source>Familiens kopi og %n vurderingsskjemaer er sendt til {printer}.</source>
            <translation>
                <numerusform>Familiens kopi og %n vurderingsskjema er sendt til {printer}.</numerusform>
                <numerusform>Familiens kopi og %n vurderingsskjemaer er sendt til {printer}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message numerus="yes">
            <source>om %n dager</source>
            <translation>
                <numerusform>om %n dag</numerusform>
                <numerusform>om %n dager</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EmergencyAccessDialog</name>
        <message numerus="yes">
            <source>Bruk nødtilgang bare når barnet trenger hjelp nå og du ikke er med i teamet. Tilgangen varer i %n timer, står i sakens historikk og i rapporten til personvernombudet.</source>
            <translation>
                <numerusform>Bruk nødtilgang bare når barnet trenger hjelp nå og du ikke er med i teamet. Tilgangen varer i %n time, står i sakens historikk og i rapporten til personvernombudet.</numerusform>
                <numerusform>Bruk nødtilgang bare når barnet trenger hjelp nå og du ikke er med i teamet. Tilgangen varer i %n timer, står i sakens historikk og i rapporten til personvernombudet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvaluationEntryDialog</name>
        <message numerus="yes">
            <source>Lagret nå: %n skjemaer</source>
            <translation>
                <numerusform>Lagret nå: %n skjema</numerusform>
                <numerusform>Lagret nå: %n skjemaer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Bunken: %n skjemaer.</source>
            <translation>
                <numerusform>Bunken: %n skjema.</numerusform>
                <numerusform>Bunken: %n skjemaer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvaluationReportDialog</name>
        <message numerus="yes">
            <source>%n utfylte skjemaer i perioden.</source>
            <translation>
                <numerusform>%n utfylt skjema i perioden.</numerusform>
                <numerusform>%n utfylte skjemaer i perioden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Samletallene fra {name} for {start}–{end} (%n skjemaer) erstatter dem som var lest inn for samme periode.</source>
            <translation>
                <numerusform>Samletallene fra {name} for {start}–{end} (%n skjema) erstatter dem som var lest inn for samme periode.</numerusform>
                <numerusform>Samletallene fra {name} for {start}–{end} (%n skjemaer) erstatter dem som var lest inn for samme periode.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Samletallene fra {name} for {start}–{end} (%n skjemaer) er lest inn.</source>
            <translation>
                <numerusform>Samletallene fra {name} for {start}–{end} (%n skjema) er lest inn.</numerusform>
                <numerusform>Samletallene fra {name} for {start}–{end} (%n skjemaer) er lest inn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}, {start}–{end}: %n skjemaer (lest inn {on})</source>
            <translation>
                <numerusform>{name}, {start}–{end}: %n skjema (lest inn {on})</numerusform>
                <numerusform>{name}, {start}–{end}: %n skjemaer (lest inn {on})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message numerus="yes">
            <source>%n dager</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dager</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message numerus="yes">
            <source>%n møter de neste 8 ukene</source>
            <translation>
                <numerusform>%n møte de neste 8 ukene</numerusform>
                <numerusform>%n møter de neste 8 ukene</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n åpne tiltak</source>
            <translation>
                <numerusform>%n åpent tiltak</numerusform>
                <numerusform>%n åpne tiltak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n punkter</source>
            <translation>
                <numerusform>%n punkt</numerusform>
                <numerusform>%n punkter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n forfalte</source>
            <translation>
                <numerusform>%n forfalt</numerusform>
                <numerusform>%n forfalte</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message numerus="yes">
            <source>%n oppføringer i loggen er endret eller fjernet utenfor Familiemøte.</source>
            <translation>
                <numerusform>%n oppføring i loggen er endret eller fjernet utenfor Familiemøte.</numerusform>
                <numerusform>%n oppføringer i loggen er endret eller fjernet utenfor Familiemøte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n oppføringer mangler Familiemøtes segl: de er lagt inn eller skrevet om utenfor programmet og kan være forfalsket.</source>
            <translation>
                <numerusform>%n oppføring mangler Familiemøtes segl: den er lagt inn eller skrevet om utenfor programmet og kan være forfalsket.</numerusform>
                <numerusform>%n oppføringer mangler Familiemøtes segl: de er lagt inn eller skrevet om utenfor programmet og kan være forfalsket.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message numerus="yes">
            <source>%n nye oppføringer er ikke kontrollert ennå.</source>
            <translation>
                <numerusform>%n ny oppføring er ikke kontrollert ennå.</numerusform>
                <numerusform>%n nye oppføringer er ikke kontrollert ennå.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ Hele historikken er kontrollert: %n oppføringer stemmer.</source>
            <translation>
                <numerusform>✓ Hele historikken er kontrollert: %n oppføring stemmer.</numerusform>
                <numerusform>✓ Hele historikken er kontrollert: %n oppføringer stemmer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} av %n oppføringer</source>
            <translation>
                <numerusform>{shown} av %n oppføring</numerusform>
                <numerusform>{shown} av %n oppføringer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message numerus="yes">
            <source> (%n eksemplarer)</source>
            <translation>
                <numerusform> (%n eksemplar)</numerusform>
                <numerusform> (%n eksemplarer)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n møter</source>
            <translation>
                <numerusform>%n møte</numerusform>
                <numerusform>%n møter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{who} laget familiens innsynskopi; %n opplysninger ble holdt tilbake.</source>
            <translation>
                <numerusform>{who} laget familiens innsynskopi; %n opplysning ble holdt tilbake.</numerusform>
                <numerusform>{who} laget familiens innsynskopi; %n opplysninger ble holdt tilbake.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoBoxEditor</name>
        <message numerus="yes">
            <source>%n punkter: {first}</source>
            <translation>
                <numerusform>%n punkt: {first}</numerusform>
                <numerusform>%n punkter: {first}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoBoxes</name>
        <message numerus="yes">
            <source>%n bokser er lest inn.</source>
            <translation>
                <numerusform>%n boks er lest inn.</numerusform>
                <numerusform>%n bokser er lest inn.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingPlannerDialog</name>
        <message numerus="yes">
            <source>⚠ Fastlegen er invitert bare %n dager før møtet. Fastlegen trenger minst 4 uker (28 dager) for å kunne delta.</source>
            <translation>
                <numerusform>⚠ Fastlegen er invitert bare %n dag før møtet. Fastlegen trenger minst 4 uker (28 dager) for å kunne delta.</numerusform>
                <numerusform>⚠ Fastlegen er invitert bare %n dager før møtet. Fastlegen trenger minst 4 uker (28 dager) for å kunne delta.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message numerus="yes">
            <source>BUP har deltatt i {done} av høyst %n familiemøter før henvisning.</source>
            <translation>
                <numerusform>BUP har deltatt i {done} av høyst %n familiemøte før henvisning.</numerusform>
                <numerusform>BUP har deltatt i {done} av høyst %n familiemøter før henvisning.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>BUP er også satt opp på %n familiemøter som ikke er holdt ennå.</source>
            <translation>
                <numerusform>BUP er også satt opp på %n familiemøte som ikke er holdt ennå.</numerusform>
                <numerusform>BUP er også satt opp på %n familiemøter som ikke er holdt ennå.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Epikrise: ikke sendt ennå, frist {due} (%n dager igjen).</source>
            <translation>
                <numerusform>Epikrise: ikke sendt ennå, frist {due} (%n dag igjen).</numerusform>
                <numerusform>Epikrise: ikke sendt ennå, frist {due} (%n dager igjen).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message numerus="yes">
            <source>BUP er allerede med på %n familiemøter før henvisning (holdt eller satt opp), og kan delta i høyst {limit}. Registrer henvisningen først, eller skriv en begrunnelse for unntaket. Møtet er ikke lagret.</source>
            <translation>
                <numerusform>BUP er allerede med på %n familiemøte før henvisning (holdt eller satt opp), og kan delta i høyst {limit}. Registrer henvisningen først, eller skriv en begrunnelse for unntaket. Møtet er ikke lagret.</numerusform>
                <numerusform>BUP er allerede med på %n familiemøter før henvisning (holdt eller satt opp), og kan delta i høyst {limit}. Registrer henvisningen først, eller skriv en begrunnelse for unntaket. Møtet er ikke lagret.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NextMeetingPanel</name>
        <message numerus="yes">
            <source>✓ Neste møte er planlagt: {kind} {when}{place}, %n inviterte. Tiltakene som fortsatt pågår, står på sakslisten.</source>
            <translation>
                <numerusform>✓ Neste møte er planlagt: {kind} {when}{place}, %n invitert. Tiltakene som fortsatt pågår, står på sakslisten.</numerusform>
                <numerusform>✓ Neste møte er planlagt: {kind} {when}{place}, %n inviterte. Tiltakene som fortsatt pågår, står på sakslisten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message numerus="yes">
            <source>%n sider</source>
            <translation>
                <numerusform>%n side</numerusform>
                <numerusform>%n sider</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message numerus="yes">
            <source>%n saker slettes for godt med alt de inneholder. Dette kan ikke angres. Vil du slette?</source>
            <translation>
                <numerusform>%n sak slettes for godt med alt den inneholder. Dette kan ikke angres. Vil du slette?</numerusform>
                <numerusform>%n saker slettes for godt med alt de inneholder. Dette kan ikke angres. Vil du slette?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saker er slettet.</source>
            <translation>
                <numerusform>%n sak er slettet.</numerusform>
                <numerusform>%n saker er slettet.</numerusform>
            </translation>
        </message>
    </context>
</TS>
