<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Om Familiemøte</source>
            <translation>Om Familiemøte</translation>
        </message>
        <message>
            <source>Du velger selv hvor en sikkerhetskopi lagres (Sikkerhet &gt; Ta sikkerhetskopi); forslaget er mappen {folder}. Oppbevar kopien et annet sted enn maskinen.</source>
            <translation>Du vel sjølv kvar ein tryggleikskopi blir lagra (Tryggleik &gt; Ta tryggleikskopi); forslaget er mappa {folder}. Gøym kopien ein annan stad enn på maskinen.</translation>
        </message>
        <message>
            <source>Dataene ligger på kommunens databaseserver, ikke på denne maskinen. IT i kommunen tar sikkerhetskopi av serveren; du tar ingen selv.</source>
            <translation>Dataa ligg på databaseserveren til kommunen, ikkje på denne maskina. IT i kommunen tek tryggleikskopi av serveren; du tek ingen sjølv.</translation>
        </message>
        <message>
            <source>Siste sikkerhetskopi: {when}.</source>
            <translation>Siste tryggleikskopi: {when}.</translation>
        </message>
        <message>
            <source>Ingen sikkerhetskopi er tatt ennå.</source>
            <translation>Det er ikkje teke nokon tryggleikskopi enno.</translation>
        </message>
        <message>
            <source>Versjon</source>
            <translation>Versjon</translation>
        </message>
        <message>
            <source>Lisens</source>
            <translation>Lisens</translation>
        </message>
        <message>
            <source>Databasen</source>
            <translation>Databasen</translation>
        </message>
        <message>
            <source>Innstillingene</source>
            <translation>Innstillingane</translation>
        </message>
        <message>
            <source>Sikkerhetskopier</source>
            <translation>Tryggleikskopiar</translation>
        </message>
        <message>
            <source>Qt og Python</source>
            <translation>Qt og Python</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Familiemøte {version}</source>
            <translation>Familiemøte {version}</translation>
        </message>
        <message>
            <source>For familiemøter i forløpet «Samordning av hjelpetilbud for barn og unge». Alt lagres på kommunens databaseserver, som IT i kommunen driver og sikrer; du logger på med din egen bruker, og du ser sakene du har tjenstlig behov for.</source>
            <translation>For familiemøte i forløpet «Samordning av hjelpetilbod for barn og unge». Alt blir lagra på databaseserveren til kommunen, som IT i kommunen driv og sikrar; du loggar på med din eigen brukar, og du ser sakene du har tenestleg behov for.</translation>
        </message>
        <message>
            <source>For familiemøter i forløpet «Samordning av hjelpetilbud for barn og unge». Alt lagres kryptert på denne maskinen eller på kommunens egen server; ingenting sendes over Internett.</source>
            <translation>For familiemøte i forløpet «Samordning av hjelpetilbod for barn og unge». Alt blir lagra kryptert på denne maskinen eller på ein eigen server i kommunen; ingenting blir sendt over Internett.</translation>
        </message>
        <message>
            <source>&amp;Kopier detaljene</source>
            <translation>&amp;Kopier detaljane</translation>
        </message>
        <message>
            <source>Kopierer versjon, lisens og plasseringer til utklippstavlen</source>
            <translation>Kopierer versjon, lisens og plasseringar til utklippstavla</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <source>✓ Detaljene er kopiert.</source>
            <translation>✓ Detaljane er kopierte.</translation>
        </message>
    </context>
    <context>
        <name>AcceptDialog</name>
        <message>
            <source>Godta overlevering</source>
            <translation>Godta overlevering</translation>
        </message>
        <message>
            <source>Tiltak:</source>
            <translation>Tiltak:</translation>
        </message>
        <message>
            <source>Fra:</source>
            <translation>Frå:</translation>
        </message>
        <message>
            <source>Til:</source>
            <translation>Til:</translation>
        </message>
        <message>
            <source>&amp;Tatt over av:</source>
            <translation>&amp;Teke over av:</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>&amp;Hva skal gjøres:</source>
            <translation>&amp;Kva skal gjerast:</translation>
        </message>
        <message>
            <source>Avtalt i &amp;møte:</source>
            <translation>Avtalt i &amp;møte:</translation>
        </message>
        <message>
            <source>Ansvarlig &amp;tjeneste:</source>
            <translation>Ansvarleg &amp;teneste:</translation>
        </message>
        <message>
            <source>Ansvarlig &amp;person:</source>
            <translation>Ansvarleg &amp;person:</translation>
        </message>
        <message>
            <source>&amp;Andre involvert:</source>
            <translation>&amp;Andre involverte:</translation>
        </message>
        <message>
            <source>&amp;Familiens del:</source>
            <translation>Delen til &amp;familien:</translation>
        </message>
        <message>
            <source>Tiltaket har en f&amp;rist</source>
            <translation>Tiltaket har ein f&amp;rist</translation>
        </message>
        <message>
            <source>F&amp;rist:</source>
            <translation>F&amp;rist:</translation>
        </message>
        <message>
            <source>&amp;Ny vurdering:</source>
            <translation>&amp;Ny vurdering:</translation>
        </message>
        <message>
            <source>&amp;Dato for ny vurdering:</source>
            <translation>&amp;Dato for ny vurdering:</translation>
        </message>
        <message>
            <source>&amp;Intern: ikke med i familiens kopi av planen</source>
            <translation>&amp;Intern: ikkje med i plankopien til familien</translation>
        </message>
        <message>
            <source>Nytt tiltak</source>
            <translation>Nytt tiltak</translation>
        </message>
        <message>
            <source>Utenom møte</source>
            <translation>Utanom møte</translation>
        </message>
        <message>
            <source>Om 3 måneder</source>
            <translation>Om 3 månader</translation>
        </message>
        <message>
            <source>Om 6 måneder (anbefalt)</source>
            <translation>Om 6 månader (tilrådd)</translation>
        </message>
        <message>
            <source>Om 12 måneder</source>
            <translation>Om 12 månader</translation>
        </message>
        <message>
            <source>Egen dato</source>
            <translation>Eigen dato</translation>
        </message>
        <message>
            <source>⚠ {gap}. Tiltaket kan avtales, men tjenesten kan ikke få opplysninger om saken før samtykket er registrert («Registrer samtykke …» i fanen Tiltak).</source>
            <translation>⚠ {gap}. Tiltaket kan avtalast, men tenesta kan ikkje få opplysningar om saka før samtykket er registrert («Registrer samtykke …» i fanen Tiltak).</translation>
        </message>
    </context>
    <context>
        <name>ActionsEditor</name>
        <message>
            <source>foresatte</source>
            <translation>føresette</translation>
        </message>
        <message>
            <source>{who} har trukket tilbake samtykket for {service}</source>
            <translation>{who} har trekt tilbake samtykket for {service}</translation>
        </message>
        <message>
            <source>Samtykket fra {who} for {service} er utløpt</source>
            <translation>Samtykket frå {who} for {service} har gått ut</translation>
        </message>
        <message>
            <source>Mangler samtykke fra {who} for {service}</source>
            <translation>Manglar samtykke frå {who} for {service}</translation>
        </message>
        <message>
            <source>&amp;Tiltak avtalt i møtet (Enter: endre, Delete: fjern):</source>
            <translation>&amp;Tiltak avtalte i møtet (Enter: endre, Delete: fjern):</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation>Ansvarleg</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Ny vurdering</source>
            <translation>Ny vurdering</translation>
        </message>
        <message>
            <source>Samtykke</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Tiltak avtalt i møtet</source>
            <translation>Tiltak avtalte i møtet</translation>
        </message>
        <message>
            <source>Ingen tiltak ennå. Skriv det første i raden under og trykk Enter.</source>
            <translation>Ingen tiltak enno. Skriv det første i rada under og trykk Enter.</translation>
        </message>
        <message>
            <source>Samtykke for tiltaket</source>
            <translation>Samtykke for tiltaket</translation>
        </message>
        <message>
            <source>Registrer samty&amp;kke …</source>
            <translation>Registrer samt&amp;ykke …</translation>
        </message>
        <message>
            <source>Registrer samtykke for tjenesten</source>
            <translation>Registrer samtykke for tenesta</translation>
        </message>
        <message>
            <source>Nytt tiltak (Enter lagrer, Esc tømmer raden):</source>
            <translation>Nytt tiltak (Enter lagrar, Esc tømmer rada):</translation>
        </message>
        <message>
            <source>det familien selv gjør (kan stå tomt)</source>
            <translation>det familien sjølv gjer (kan stå tomt)</translation>
        </message>
        <message>
            <source>&amp;Intern: ikke med i familiens kopi og visning</source>
            <translation>&amp;Intern: ikkje med i kopien og visinga til familien</translation>
        </message>
        <message>
            <source>&amp;Hva skal gjøres:</source>
            <translation>&amp;Kva skal gjerast:</translation>
        </message>
        <message>
            <source>&amp;Ansvarlig:</source>
            <translation>&amp;Ansvarleg:</translation>
        </message>
        <message>
            <source>Familiens &amp;del:</source>
            <translation>Familien sin &amp;del:</translation>
        </message>
        <message>
            <source>Ny &amp;vurdering:</source>
            <translation>Ny &amp;vurdering:</translation>
        </message>
        <message>
            <source>F&amp;rist:</source>
            <translation>F&amp;rist:</translation>
        </message>
        <message>
            <source>Le&amp;gg til tiltaket (Enter)</source>
            <translation>Le&amp;gg til tiltaket (Enter)</translation>
        </message>
        <message>
            <source>Lagre tiltaket</source>
            <translation>Lagre tiltaket</translation>
        </message>
        <message>
            <source>T&amp;øm raden (Esc)</source>
            <translation>T&amp;øm rada (Esc)</translation>
        </message>
        <message>
            <source>Tøm raden</source>
            <translation>Tøm rada</translation>
        </message>
        <message>
            <source>Tiltak lagret</source>
            <translation>Tiltak lagra</translation>
        </message>
        <message>
            <source>Angr&amp;e fjerning</source>
            <translation>Angr&amp;e fjerning</translation>
        </message>
        <message>
            <source>Angre fjerning av tiltaket</source>
            <translation>Angre fjerning av tiltaket</translation>
        </message>
        <message>
            <source>blank: {date} (om 6 måneder)</source>
            <translation>blank: {date} (om 6 månader)</translation>
        </message>
        <message>
            <source>dd.mm.åååå, eller blank</source>
            <translation>dd.mm.åååå, eller blank</translation>
        </message>
        <message>
            <source>Familiens del: {text}</source>
            <translation>Familien sin del: {text}</translation>
        </message>
        <message>
            <source>(Intern: vises ikke for familien)</source>
            <translation>(Intern: blir ikkje vist for familien)</translation>
        </message>
        <message>
            <source>ingen frist</source>
            <translation>ingen frist</translation>
        </message>
        <message>
            <source>Dekket</source>
            <translation>Dekt</translation>
        </message>
        <message>
            <source>«{what}»: {gap}. Tjenesten kan ikke få opplysninger før det er på plass.</source>
            <translation>«{what}»: {gap}. Tenesta kan ikkje få opplysningar før det er på plass.</translation>
        </message>
        <message>
            <source>Endrer «{what}» (Enter lagrer, Esc avbryter):</source>
            <translation>Endrar «{what}» (Enter lagrar, Esc avbryt):</translation>
        </message>
        <message>
            <source>La&amp;gre endringen (Enter)</source>
            <translation>La&amp;gre endringa (Enter)</translation>
        </message>
        <message>
            <source>Ikke lagret: «{text}» er ikke en dato. Skriv for eksempel 15.12.2026.</source>
            <translation>Ikkje lagra: «{text}» er ikkje ein dato. Skriv til dømes 15.12.2026.</translation>
        </message>
        <message>
            <source>Ikke lagret: velg hvem som er ansvarlig. Skriv navnet på en person eller en tjeneste og velg i listen.</source>
            <translation>Ikkje lagra: vel kven som er ansvarleg. Skriv namnet på ein person eller ei teneste og vel i lista.</translation>
        </message>
        <message>
            <source>Ikke lagret: </source>
            <translation>Ikkje lagra: </translation>
        </message>
        <message>
            <source>✓ Lagt til: «{what}»</source>
            <translation>✓ Lagt til: «{what}»</translation>
        </message>
        <message>
            <source>✓ Endret: «{what}»</source>
            <translation>✓ Endra: «{what}»</translation>
        </message>
        <message>
            <source>Ikke lagret: tiltaket er fjernet av en annen.</source>
            <translation>Ikkje lagra: tiltaket er fjerna av ein annan.</translation>
        </message>
        <message>
            <source>tiltaket</source>
            <translation>tiltaket</translation>
        </message>
        <message>
            <source>Ikke lagret: noen andre har endret tiltaket samtidig. Raden står som du skrev den.</source>
            <translation>Ikkje lagra: nokon andre har endra tiltaket samtidig. Rada står slik du skreiv henne.</translation>
        </message>
        <message>
            <source>Ikke lagret: tiltaket ble endret igjen. Prøv på nytt.</source>
            <translation>Ikkje lagra: tiltaket vart endra igjen. Prøv på nytt.</translation>
        </message>
        <message>
            <source>Ikke fjernet: </source>
            <translation>Ikkje fjerna: </translation>
        </message>
        <message>
            <source>Fjernet: «{what}»</source>
            <translation>Fjerna: «{what}»</translation>
        </message>
        <message>
            <source>Ikke lagt tilbake: </source>
            <translation>Ikkje lagt tilbake: </translation>
        </message>
        <message>
            <source>✓ Lagt tilbake: «{what}»</source>
            <translation>✓ Lagt tilbake: «{what}»</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>Overlevering til {to} avslått {day} av {who}: {why}. Ansvaret er fortsatt hos {holder}.</source>
            <translation>Overlevering til {to} avslått {day} av {who}: {why}. Ansvaret ligg framleis hos {holder}.</translation>
        </message>
        <message>
            <source>Pågående tiltak ({n})</source>
            <translation>Pågåande tiltak ({n})</translation>
        </message>
        <message>
            <source>Pågående tiltak</source>
            <translation>Pågåande tiltak</translation>
        </message>
        <message>
            <source>Ingen pågående tiltak.</source>
            <translation>Ingen pågåande tiltak.</translation>
        </message>
        <message>
            <source>Avsluttede tiltak ({n})</source>
            <translation>Avslutta tiltak ({n})</translation>
        </message>
        <message>
            <source>Avsluttede tiltak</source>
            <translation>Avslutta tiltak</translation>
        </message>
        <message>
            <source>Stafettholder: {who} (kontaktperson)</source>
            <translation>Stafetthaldar: {who} (kontaktperson)</translation>
        </message>
        <message>
            <source>Stafettholder: {who} (tjenesten som tok initiativet)</source>
            <translation>Stafetthaldar: {who} (tenesta som tok initiativet)</translation>
        </message>
        <message>
            <source>Advarsel: Saken har ingen stafettholder. Velg en kontaktperson for saken.</source>
            <translation>Åtvaring: Saka har ingen stafetthaldar. Vel ein kontaktperson for saka.</translation>
        </message>
        <message>
            <source>«{action}»: {declined}</source>
            <translation>«{action}»: {declined}</translation>
        </message>
        <message>
            <source>Avslåtte overleveringer</source>
            <translation>Avslåtte overleveringar</translation>
        </message>
        <message>
            <source>{n} pågående</source>
            <translation>{n} pågåande</translation>
        </message>
        <message numerus="yes">
            <source>%n forfalte</source>
            <translation>
                <numerusform>%n forfalle</numerusform>
                <numerusform>%n forfalne</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overleveringer venter</source>
            <translation>
                <numerusform>%n overlevering ventar</numerusform>
                <numerusform>%n overleveringar ventar</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} må få beskjed</source>
            <translation>{n} må få beskjed</translation>
        </message>
        <message>
            <source>&amp;Nytt tiltak …</source>
            <translation>&amp;Nytt tiltak …</translation>
        </message>
        <message>
            <source>En&amp;dre status …</source>
            <translation>En&amp;dre status …</translation>
        </message>
        <message>
            <source>O&amp;verlever …</source>
            <translation>O&amp;verlever …</translation>
        </message>
        <message>
            <source>Godta o&amp;verlevering …</source>
            <translation>Godta o&amp;verlevering …</translation>
        </message>
        <message>
            <source>Avslå ov&amp;erlevering</source>
            <translation>Avslå ov&amp;erlevering</translation>
        </message>
        <message>
            <source>Eksporter til kalender (.i&amp;cs) …</source>
            <translation>Eksporter til kalender (.i&amp;cs) …</translation>
        </message>
        <message>
            <source>Re&amp;gistrer samtykke …</source>
            <translation>Re&amp;gistrer samtykke …</translation>
        </message>
        <message numerus="yes">
            <source>%n dager</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Forfalt for {days} siden – {status}</source>
            <translation>Forfall for {days} sidan – {status}</translation>
        </message>
        <message>
            <source>Frist snart – {status}</source>
            <translation>Frist snart – {status}</translation>
        </message>
        <message>
            <source> · ny vurdering forfalt</source>
            <translation> · ny vurdering har forfalle</translation>
        </message>
        <message>
            <source>Venter på at {to} tar over (foreslått {day})</source>
            <translation>Ventar på at {to} tek over (føreslått {day})</translation>
        </message>
        <message>
            <source>Familiens del: {text}</source>
            <translation>Delen til familien: {text}</translation>
        </message>
        <message>
            <source>Andre involvert: {text}</source>
            <translation>Andre involverte: {text}</translation>
        </message>
        <message>
            <source>(Intern: ikke med i familiens kopi)</source>
            <translation>(Intern: ikkje med i kopien til familien)</translation>
        </message>
        <message>
            <source>Avtalt {day}</source>
            <translation>Avtalt {day}</translation>
        </message>
        <message>
            <source>Avtalt utenom møte</source>
            <translation>Avtalt utanom møte</translation>
        </message>
        <message>
            <source>Frist {day}</source>
            <translation>Frist {day}</translation>
        </message>
        <message>
            <source>Ingen frist</source>
            <translation>Inga frist</translation>
        </message>
        <message>
            <source>Ny vurdering {day}</source>
            <translation>Ny vurdering {day}</translation>
        </message>
        <message>
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <source>Ansvarlig nå</source>
            <translation>Ansvarleg no</translation>
        </message>
        <message>
            <source>Datoer</source>
            <translation>Datoar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Saksliste {kind} {day}: tiltak fra tidligere møter</source>
            <translation>Sakliste {kind} {day}: tiltak frå tidlegare møte</translation>
        </message>
        <message>
            <source>Ikke behandlet ennå</source>
            <translation>Ikkje behandla enno</translation>
        </message>
        <message>
            <source>Utfall i møtet</source>
            <translation>Utfall i møtet</translation>
        </message>
        <message>
            <source>Ny dato</source>
            <translation>Ny dato</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>R&amp;egistrer utfall …</source>
            <translation>R&amp;egistrer utfall …</translation>
        </message>
        <message>
            <source>Registrer utfall for {day}</source>
            <translation>Registrer utfall for {day}</translation>
        </message>
        <message numerus="yes">
            <source>F&amp;ør opp %n åpne tiltak på sakslisten</source>
            <translation>
                <numerusform>F&amp;ør opp %n ope tiltak på sakslista</numerusform>
                <numerusform>F&amp;ør opp %n opne tiltak på sakslista</numerusform>
            </translation>
        </message>
        <message>
            <source>Hvem må få beskjed</source>
            <translation>Kven må få beskjed</translation>
        </message>
        <message>
            <source>Ikke gjort ennå</source>
            <translation>Ikkje gjort enno</translation>
        </message>
        <message>
            <source>Gjort {day} av {who}</source>
            <translation>Gjort {day} av {who}</translation>
        </message>
        <message>
            <source>Mottaker</source>
            <translation>Mottakar</translation>
        </message>
        <message>
            <source>Hvorfor</source>
            <translation>Kvifor</translation>
        </message>
        <message>
            <source>Oppstått</source>
            <translation>Oppstått</translation>
        </message>
        <message>
            <source>Gjort</source>
            <translation>Gjort</translation>
        </message>
        <message>
            <source>M&amp;erk som gjort …</source>
            <translation>M&amp;erk som gjort …</translation>
        </message>
        <message>
            <source>Merk beskjed som gjort</source>
            <translation>Merk beskjed som gjort</translation>
        </message>
        <message>
            <source>Tiltak og ansvar</source>
            <translation>Tiltak og ansvar</translation>
        </message>
    </context>
    <context>
        <name>AcuteDialog</name>
        <message>
            <source>Er liv i fare: ring 113 (medisinsk nødhjelp) eller 112 (politi) først.</source>
            <translation>Er liv i fare: ring 113 (medisinsk naudhjelp) eller 112 (politi) først.</translation>
        </message>
        <message>
            <source>Akuttruten kan ikke leses nå. Ring 113, 112 eller legevakt 116 117.</source>
            <translation>Akuttruta kan ikkje lesast no. Ring 113, 112 eller legevakt 116 117.</translation>
        </message>
        <message>
            <source>{n}. {label}: ikke fylt inn. Kommunen må legge inn nummeret.</source>
            <translation>{n}. {label}: ikkje fylt inn. Kommunen må leggje inn nummeret.</translation>
        </message>
        <message>
            <source>Disse numrene mangler: {labels}. Fyll dem inn under Hjelp &gt; Informasjonsbokser &gt; Samhandling i akutte saker &gt; Rediger.</source>
            <translation>Desse nummera manglar: {labels}. Fyll dei inn under Hjelp &gt; Informasjonsboksar &gt; Samhandling i akutte saker &gt; Rediger.</translation>
        </message>
        <message>
            <source>Akuttruten er åpnet.</source>
            <translation>Akuttruta er opna.</translation>
        </message>
        <message>
            <source>Akutt: hva gjør vi nå?</source>
            <translation>Akutt: kva gjer vi no?</translation>
        </message>
        <message>
            <source>Akuttruten</source>
            <translation>Akuttruta</translation>
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
    </context>
    <context>
        <name>AnonymousCaseDialog</name>
        <message>
            <source>Ny anonym drøfting</source>
            <translation>Ny anonym drøfting</translation>
        </message>
        <message>
            <source>&amp;Start drøftingen</source>
            <translation>&amp;Start drøftinga</translation>
        </message>
        <message>
            <source>Saken drøftes uten navn. Skriv ikke navn, fødselsdato, adresse eller andre opplysninger som kan identifisere barnet eller familien. Når familien samtykker, kan drøftingen gjøres om til en navngitt sak.</source>
            <translation>Saka blir drøfta utan namn. Ikkje skriv namn, fødselsdato, adresse eller andre opplysningar som kan identifisere barnet eller familien. Når familien samtykkjer, kan drøftinga gjerast om til ei namngitt sak.</translation>
        </message>
        <message>
            <source>Familien</source>
            <translation>Familien</translation>
        </message>
        <message>
            <source>Barnets &amp;fødselsår:</source>
            <translation>&amp;Fødselsåret til barnet:</translation>
        </message>
        <message>
            <source>Bekymring meldt &amp;av:</source>
            <translation>Bekymring meldt &amp;av:</translation>
        </message>
        <message>
            <source>&amp;Initiativtaker:</source>
            <translation>&amp;Initiativtakar:</translation>
        </message>
        <message>
            <source>(ikke valgt)</source>
            <translation>(ikkje valt)</translation>
        </message>
        <message>
            <source>&amp;Kontaktperson:</source>
            <translation>&amp;Kontaktperson:</translation>
        </message>
        <message>
            <source>&amp;Bekymringen (uten navn):</source>
            <translation>&amp;Bekymringa (utan namn):</translation>
        </message>
        <message>
            <source>For eksempel: jente, 3. klasse, mye fravær, vondt i magen om morgenen</source>
            <translation>Til dømes: jente, 3. klasse, mykje fråvær, vondt i magen om morgonen</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>&amp;Avslutt</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>&amp;Prøv igjen</source>
            <translation>&amp;Prøv igjen</translation>
        </message>
        <message>
            <source>Åpner databasen …</source>
            <translation>Opnar databasen …</translation>
        </message>
        <message>
            <source>Databasen «{path}» er ikke kryptert. Familiemøte krypterer dataene med en passordfrase. Vil du kryptere den nå? En kryptert kopi kontrolleres og erstatter så den ukrypterte filen.</source>
            <translation>Databasen «{path}» er ikkje kryptert. Familiemøte krypterer dataa med ein passordfrase. Vil du kryptere han no? Ein kryptert kopi blir kontrollert og erstattar så den ukrypterte fila.</translation>
        </message>
        <message>
            <source>Det oppstod en uventet feil i Familiemøte. Det som var lagret, er i behold. Start programmet på nytt, og meld fra til IT hvis det skjer igjen.</source>
            <translation>Det oppstod ein uventa feil i Familiemøte. Det som var lagra, er i behald. Start programmet på nytt, og meld frå til IT viss det skjer igjen.</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>&amp;Oppmøte: T eller mellomrom = til stede, F = meldt forfall, I = ikke møtt (ett tastetrykk per person; markøren går videre til neste):</source>
            <translation>&amp;Oppmøte: T eller mellomrom = til stades, F = meldt forfall, I = ikkje møtt (eitt tastetrykk per person; markøren går vidare til neste):</translation>
        </message>
        <message>
            <source>Deltaker</source>
            <translation>Deltakar</translation>
        </message>
        <message>
            <source>Tjeneste / relasjon</source>
            <translation>Teneste / relasjon</translation>
        </message>
        <message>
            <source>Roller</source>
            <translation>Roller</translation>
        </message>
        <message>
            <source>Til stede</source>
            <translation>Til stades</translation>
        </message>
        <message>
            <source>Meldt forfall</source>
            <translation>Meldt forfall</translation>
        </message>
        <message>
            <source>Ikke møtt</source>
            <translation>Ikkje møtt</translation>
        </message>
        <message>
            <source>Oppmøte</source>
            <translation>Oppmøte</translation>
        </message>
        <message>
            <source>Alle til s&amp;tede</source>
            <translation>Alle til s&amp;tades</translation>
        </message>
        <message>
            <source>Alle til stede</source>
            <translation>Alle til stades</translation>
        </message>
        <message>
            <source>Oppmøte i tall</source>
            <translation>Oppmøte i tal</translation>
        </message>
        <message>
            <source>Samtykke for deltakerne</source>
            <translation>Samtykke for deltakarane</translation>
        </message>
        <message>
            <source>Kom noen uten å være invitert? Skriv navnet og trykk Enter:</source>
            <translation>Kom nokon utan å vere inviterte? Skriv namnet og trykk Enter:</translation>
        </message>
        <message>
            <source>navn fra katalogen eller familien, eller et nytt</source>
            <translation>namn frå katalogen eller familien, eller eit nytt</translation>
        </message>
        <message>
            <source>for eksempel Kontaktlærer</source>
            <translation>til dømes Kontaktlærar</translation>
        </message>
        <message>
            <source>&amp;Kom uanmeldt:</source>
            <translation>&amp;Kom uanmeldt:</translation>
        </message>
        <message>
            <source>Tjeneste (ny person):</source>
            <translation>Teneste (ny person):</translation>
        </message>
        <message>
            <source>Stilling / &amp;rolle (ny person):</source>
            <translation>Stilling / &amp;rolle (ny person):</translation>
        </message>
        <message>
            <source>Le&amp;gg til i møtet (Enter)</source>
            <translation>Le&amp;gg til i møtet (Enter)</translation>
        </message>
        <message>
            <source>Legg til i møtet</source>
            <translation>Legg til i møtet</translation>
        </message>
        <message>
            <source>Lagt til</source>
            <translation>Lagt til</translation>
        </message>
        <message>
            <source> – drøfter anonymt</source>
            <translation> – drøftar anonymt</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>nei</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>{present} til stede, {notice} meldt forfall, {absent} ikke møtt, {open} ikke registrert</source>
            <translation>{present} til stades, {notice} meldt forfall, {absent} ikkje møtt, {open} ikkje registrerte</translation>
        </message>
        <message>
            <source>⚠ Samtykket dekker ikke: {names}. Drøft saken anonymt med dem.</source>
            <translation>⚠ Samtykket dekkjer ikkje: {names}. Drøft saka anonymt med dei.</translation>
        </message>
        <message>
            <source>(velg tjenesten til en ny person)</source>
            <translation>(vel tenesta til ein ny person)</translation>
        </message>
        <message>
            <source>Ikke lagret: </source>
            <translation>Ikkje lagra: </translation>
        </message>
        <message>
            <source>Skriv navnet på den som kom.</source>
            <translation>Skriv namnet på den som kom.</translation>
        </message>
        <message>
            <source>Ikke lagt til: </source>
            <translation>Ikkje lagt til: </translation>
        </message>
        <message>
            <source>✓ {name} er lagt til som til stede.</source>
            <translation>✓ {name} er lagt til som til stades.</translation>
        </message>
        <message>
            <source>Ny person er lagret i katalogen.</source>
            <translation>Ny person er lagra i katalogen.</translation>
        </message>
        <message>
            <source>Samtykket dekker ikke tjenesten: saken drøftes anonymt med dem.</source>
            <translation>Samtykket dekkjer ikkje tenesta: saka blir drøfta anonymt med dei.</translation>
        </message>
    </context>
    <context>
        <name>BackupBanner</name>
        <message>
            <source>Påminnelse om sikkerhetskopi</source>
            <translation>Påminning om tryggleikskopi</translation>
        </message>
        <message>
            <source>Ta sikkerhetskopi n&amp;å …</source>
            <translation>Ta tryggleikskopi n&amp;å …</translation>
        </message>
        <message>
            <source>Minn meg på det ig&amp;jen senere</source>
            <translation>Minn meg på det ig&amp;jen seinare</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Søylediagram, påstand {n}</source>
            <translation>Søylediagram, påstand {n}</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source>Eksporter til kalender (.ics)</source>
            <translation>Eksporter til kalender (.ics)</translation>
        </message>
        <message>
            <source>Velg hva som skal legges i kalenderfilen. Filen kan åpnes i Outlook, Google Kalender eller kalenderen på telefonen, og gir en påminnelse.</source>
            <translation>Vel kva som skal leggjast i kalenderfila. Fila kan opnast i Outlook, Google Kalender eller kalenderen på telefonen, og gir ei påminning.</translation>
        </message>
        <message>
            <source>&amp;Hendelser:</source>
            <translation>&amp;Hendingar:</translation>
        </message>
        <message>
            <source>Hendelser</source>
            <translation>Hendingar</translation>
        </message>
        <message>
            <source>{kind} {when}</source>
            <translation>{kind} {when}</translation>
        </message>
        <message>
            <source>Ny vurdering {day}: {what}</source>
            <translation>Ny vurdering {day}: {what}</translation>
        </message>
        <message>
            <source>Ta med barnets &amp;fornavn ({name})</source>
            <translation>Ta med &amp;førenamnet til barnet ({name})</translation>
        </message>
        <message>
            <source>Ta med &amp;tiltakets tekst i evalueringer</source>
            <translation>Ta med &amp;teksten til tiltaket i evalueringar</translation>
        </message>
        <message>
            <source>Kalendere synkroniseres ofte til skyen. Uten avkrysning inneholder filen ingen personopplysninger.</source>
            <translation>Kalenderen blir ofte synkronisert til skya. Utan avkryssing inneheld fila ingen personopplysningar.</translation>
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Ny vurdering av tiltak</source>
            <translation>Ny vurdering av tiltak</translation>
        </message>
        <message>
            <source>Lagre kalenderfil</source>
            <translation>Lagre kalenderfil</translation>
        </message>
        <message>
            <source>Kalenderfil (*.ics)</source>
            <translation>Kalenderfil (*.ics)</translation>
        </message>
        <message>
            <source>Kryss av minst én hendelse.</source>
            <translation>Kryss av minst éi hending.</translation>
        </message>
        <message>
            <source>Filen kunne ikke lagres: {reason}</source>
            <translation>Fila kunne ikkje lagrast: {reason}</translation>
        </message>
        <message>
            <source>Filen er lagret, men det ble ikke ført i historikken: {text}</source>
            <translation>Fila er lagra, men det vart ikkje ført i historikken: {text}</translation>
        </message>
    </context>
    <context>
        <name>CaseAccessDialog</name>
        <message>
            <source>Tilgang til saken</source>
            <translation>Tilgang til saka</translation>
        </message>
        <message>
            <source>Saken kan ses av teamet: kontaktpersonen, brukerne i tjenesten som tok initiativet, og de som er invitert til et møte. Her gir du en kollega tilgang for en tid, med en grunn. Alt som endres, står i historikken.</source>
            <translation>Saka kan sjåast av teamet: kontaktpersonen, brukarane i tenesta som tok initiativet, og dei som er inviterte til eit møte. Her gir du ein kollega tilgang for ei tid, med ein grunn. Alt som blir endra, står i historikken.</translation>
        </message>
        <message>
            <source>Hvem</source>
            <translation>Kven</translation>
        </message>
        <message>
            <source>Slags tilgang</source>
            <translation>Slag tilgang</translation>
        </message>
        <message>
            <source>Grunn</source>
            <translation>Grunn</translation>
        </message>
        <message>
            <source>Fra</source>
            <translation>Frå</translation>
        </message>
        <message>
            <source>Til og med</source>
            <translation>Til og med</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tilgangsliste</source>
            <translation>Tilgangsliste</translation>
        </message>
        <message>
            <source>&amp;Avslutt valgt tilgang</source>
            <translation>&amp;Avslutt vald tilgang</translation>
        </message>
        <message>
            <source>&amp;Kollega:</source>
            <translation>&amp;Kollega:</translation>
        </message>
        <message>
            <source>G&amp;runn:</source>
            <translation>G&amp;runn:</translation>
        </message>
        <message>
            <source>&amp;Til og med:</source>
            <translation>&amp;Til og med:</translation>
        </message>
        <message>
            <source>&amp;Gi tilgang</source>
            <translation>&amp;Gi tilgang</translation>
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <source>Ingen i katalogen er knyttet til en databasebruker ennå. IT gjør det (se README, «For IT»).</source>
            <translation>Ingen i katalogen er knytte til ein databasebrukar enno. IT gjer det (sjå README, «For IT»).</translation>
        </message>
        <message>
            <source>Avsluttet {when}</source>
            <translation>Avslutta {when}</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Gjeld</translation>
        </message>
        <message>
            <source>Utløpt</source>
            <translation>Gått ut</translation>
        </message>
        <message>
            <source>Nødtilgang</source>
            <translation>Naudtilgang</translation>
        </message>
        <message>
            <source>Gitt av teamet</source>
            <translation>Gitt av teamet</translation>
        </message>
        <message>
            <source>Velg kollegaen som skal få tilgang.</source>
            <translation>Vel kollegaen som skal få tilgang.</translation>
        </message>
        <message>
            <source>Skriv hvorfor kollegaen trenger tilgang.</source>
            <translation>Skriv kvifor kollegaen treng tilgang.</translation>
        </message>
        <message>
            <source>{name} har fått tilgang til og med {date}.</source>
            <translation>{name} har fått tilgang til og med {date}.</translation>
        </message>
        <message>
            <source>Velg tilgangen som skal avsluttes.</source>
            <translation>Vel tilgangen som skal avsluttast.</translation>
        </message>
        <message>
            <source>Tilgangen er avsluttet.</source>
            <translation>Tilgangen er avslutta.</translation>
        </message>
    </context>
    <context>
        <name>CaseCommands</name>
        <message>
            <source>S&amp;ak</source>
            <translation>S&amp;ak</translation>
        </message>
        <message>
            <source>Nytt &amp;møte …</source>
            <translation>Nytt &amp;møte …</translation>
        </message>
        <message>
            <source>Nytt &amp;oppsummerende møte …</source>
            <translation>Nytt &amp;oppsummerande møte …</translation>
        </message>
        <message>
            <source>Åpne møte&amp;guiden …</source>
            <translation>Opne møte&amp;guiden …</translation>
        </message>
        <message>
            <source>&amp;Henvisning og sjekkliste …</source>
            <translation>&amp;Tilvising og sjekkliste …</translation>
        </message>
        <message>
            <source>&amp;Flytt til annen fase …</source>
            <translation>&amp;Flytt til annan fase …</translation>
        </message>
        <message>
            <source>A&amp;vslutt saken …</source>
            <translation>A&amp;vslutt saka …</translation>
        </message>
        <message>
            <source>&amp;Gjenåpne saken …</source>
            <translation>&amp;Opne saka att …</translation>
        </message>
        <message>
            <source>&amp;Tilgang til saken …</source>
            <translation>&amp;Tilgang til saka …</translation>
        </message>
        <message>
            <source>&amp;Innsynskopi til familien …</source>
            <translation>&amp;Innsynskopi til familien …</translation>
        </message>
        <message>
            <source>&amp;Nødtilgang til en sak …</source>
            <translation>&amp;Naudtilgang til ei sak …</translation>
        </message>
        <message>
            <source>&amp;Katalog over tjenester …</source>
            <translation>&amp;Katalog over tenester …</translation>
        </message>
        <message>
            <source>Møteguide</source>
            <translation>Møteguide</translation>
        </message>
        <message>
            <source>Saken har ingen møter. Planlegg et møte først.</source>
            <translation>Saka har ingen møte. Planlegg eit møte først.</translation>
        </message>
    </context>
    <context>
        <name>CaseEditorDialog</name>
        <message>
            <source>Endre saken</source>
            <translation>Endre saka</translation>
        </message>
        <message>
            <source>&amp;Lagre endringene</source>
            <translation>&amp;Lagre endringane</translation>
        </message>
        <message>
            <source>Rett opp det som er registrert om saken. Hver endring lagres i historikken med navnet ditt.</source>
            <translation>Rett opp det som er registrert om saka. Kvar endring blir lagra i historikken med namnet ditt.</translation>
        </message>
        <message>
            <source>Anonym drøfting: saken har ingen navn. Når familien har samtykket, gjør du den om til en navngitt sak under Samtykke.</source>
            <translation>Anonym drøfting: saka har ingen namn. Når familien har samtykt, gjer du henne om til ei namngitt sak under Samtykke.</translation>
        </message>
        <message>
            <source>(ikke valgt)</source>
            <translation>(ikkje vald)</translation>
        </message>
        <message>
            <source>Familien</source>
            <translation>Familien</translation>
        </message>
        <message>
            <source>Den i kommunen som kaller inn til møtene og som familien ringer. Står øverst i planen. Mangler personen, legg den til med «Ny person i Katalog».</source>
            <translation>Den i kommunen som kallar inn til møta og som familien ringjer. Står øvst i planen. Manglar personen, legg han eller ho til med «Ny person i Katalog».</translation>
        </message>
        <message>
            <source>Katalogen har ingen personer ennå. Legg til kontaktpersonen med «Ny person i Katalog …» her, eller under Katalog i menyen.</source>
            <translation>Katalogen har ingen personar enno. Legg til kontaktpersonen med «Ny person i Katalog …» her, eller under Katalog i menyen.</translation>
        </message>
        <message>
            <source>Familiemedlem {n}, navn</source>
            <translation>Familiemedlem {n}, namn</translation>
        </message>
        <message>
            <source>Familiemedlem {n}, relasjon til barnet</source>
            <translation>Familiemedlem {n}, relasjon til barnet</translation>
        </message>
        <message>
            <source>Familiemedlem {n} er foresatt</source>
            <translation>Familiemedlem {n} er føresett</translation>
        </message>
        <message>
            <source>Familiemedlem {n}, telefon</source>
            <translation>Familiemedlem {n}, telefon</translation>
        </message>
        <message>
            <source>Familiemedlem {n}, e-post</source>
            <translation>Familiemedlem {n}, e-post</translation>
        </message>
        <message>
            <source>Fjern</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Fjern familiemedlem {n}</source>
            <translation>Fjern familiemedlem {n}</translation>
        </message>
        <message>
            <source>Kan ikke fjernes: har vært med i et møte eller gitt samtykke, og møtereferatet eller samtykket viser til vedkommende.</source>
            <translation>Kan ikkje fjernast: har vore med i eit møte eller gitt samtykke, og møtereferatet eller samtykket viser til vedkomande.</translation>
        </message>
        <message>
            <source>saken</source>
            <translation>saka</translation>
        </message>
        <message>
            <source>Ikke lagret: noen andre har endret saken samtidig. Skjemaet står som du fylte det ut.</source>
            <translation>Ikkje lagra: nokon andre har endra saka samtidig. Skjemaet står slik du fylte det ut.</translation>
        </message>
        <message>
            <source>Skjemaet viser nå det som er lagret. Ingenting er endret.</source>
            <translation>Skjemaet viser no det som er lagra. Ingenting er endra.</translation>
        </message>
        <message>
            <source>Ikke lagret: saken ble endret igjen. Prøv på nytt.</source>
            <translation>Ikkje lagra: saka vart endra igjen. Prøv på nytt.</translation>
        </message>
        <message>
            <source>Barnets fornavn</source>
            <translation>Førenamnet til barnet</translation>
        </message>
        <message>
            <source>Født</source>
            <translation>Fødd</translation>
        </message>
        <message>
            <source>Bekymring meldt av</source>
            <translation>Bekymring meldt av</translation>
        </message>
        <message>
            <source>Bekymringen</source>
            <translation>Bekymringa</translation>
        </message>
        <message>
            <source>Initiativtaker</source>
            <translation>Initiativtakar</translation>
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Barnets &amp;fornavn:</source>
            <translation>&amp;Førenamnet til barnet:</translation>
        </message>
        <message>
            <source>Fø&amp;dselsår:</source>
            <translation>Fø&amp;dselsår:</translation>
        </message>
        <message>
            <source>Fødsel&amp;sdato (valgfritt):</source>
            <translation>Fødsel&amp;sdato (valfritt):</translation>
        </message>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>Barnets fødselsdato, valgfritt</source>
            <translation>Fødselsdatoen til barnet, valfritt</translation>
        </message>
        <message>
            <source>Bekymring &amp;meldt av:</source>
            <translation>Bekymring &amp;meldt av:</translation>
        </message>
        <message>
            <source>&amp;Bekymringen:</source>
            <translation>&amp;Bekymringa:</translation>
        </message>
        <message>
            <source>Hva er bekymringen, og hvem har sett hva?</source>
            <translation>Kva er bekymringa, og kven har sett kva?</translation>
        </message>
        <message>
            <source>&amp;Initiativtaker:</source>
            <translation>&amp;Initiativtakar:</translation>
        </message>
        <message>
            <source>Initiativtaker, ansvarlig for oppfølging og journalføring</source>
            <translation>Initiativtakar, ansvarleg for oppfølging og journalføring</translation>
        </message>
        <message>
            <source>&amp;Kontaktperson:</source>
            <translation>&amp;Kontaktperson:</translation>
        </message>
        <message>
            <source>&amp;Ny person i Katalog …</source>
            <translation>&amp;Ny person i Katalog …</translation>
        </message>
        <message>
            <source>Ny person i Katalog</source>
            <translation>Ny person i Katalog</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Relasjon</source>
            <translation>Relasjon</translation>
        </message>
        <message>
            <source>Foresatt</source>
            <translation>Føresett</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Legg &amp;til familiemedlem</source>
            <translation>Legg &amp;til familiemedlem</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Bekymring</source>
            <translation>Bekymring</translation>
        </message>
        <message>
            <source>Vurdering</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>Utredning</source>
            <translation>Utgreiing</translation>
        </message>
        <message>
            <source>Behandling</source>
            <translation>Behandling</translation>
        </message>
        <message>
            <source>Oppfølging</source>
            <translation>Oppfølging</translation>
        </message>
        <message>
            <source>Henter resten av listen …</source>
            <translation>Hentar resten av lista …</translation>
        </message>
        <message>
            <source>Barn</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>Alder</source>
            <translation>Alder</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Siste møte</source>
            <translation>Siste møte</translation>
        </message>
        <message>
            <source>Fiktiv eksempelsak</source>
            <translation>Fiktiv eksempelsak</translation>
        </message>
        <message>
            <source>Siste møte {day}</source>
            <translation>Siste møte {day}</translation>
        </message>
        <message>
            <source> (eksempel)</source>
            <translation> (eksempel)</translation>
        </message>
        <message>
            <source> – avsluttet</source>
            <translation> – avslutta</translation>
        </message>
        <message>
            <source>Anonym drøfting</source>
            <translation>Anonym drøfting</translation>
        </message>
        <message>
            <source>{n} år</source>
            <translation>{n} år</translation>
        </message>
    </context>
    <context>
        <name>CaseListPane</name>
        <message>
            <source>Vis &amp;listen over saker</source>
            <translation>Vis &amp;lista over saker</translation>
        </message>
        <message>
            <source>Skjul listen over saker, så saken får hele bredden (F9).</source>
            <translation>Skjul lista over saker, så saka får heile breidda (F9).</translation>
        </message>
        <message>
            <source>Listen over saker er skjult. Trykk F9 for å vise den igjen.</source>
            <translation>Lista over saker er skjult. Trykk F9 for å vise ho igjen.</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Saken</source>
            <translation>Saka</translation>
        </message>
        <message>
            <source>Deler av saken</source>
            <translation>Delar av saka</translation>
        </message>
        <message>
            <source>&amp;Oversikt</source>
            <translation>&amp;Oversikt</translation>
        </message>
        <message>
            <source>&amp;Møter</source>
            <translation>&amp;Møte</translation>
        </message>
        <message>
            <source>&amp;Tiltak og ansvar</source>
            <translation>&amp;Tiltak og ansvar</translation>
        </message>
        <message>
            <source>Samt&amp;ykke</source>
            <translation>Samt&amp;ykke</translation>
        </message>
        <message>
            <source>Histori&amp;kk</source>
            <translation>Histori&amp;kk</translation>
        </message>
        <message>
            <source>{name}, {age} år</source>
            <translation>{name}, {age} år</translation>
        </message>
        <message>
            <source>Anonym drøfting</source>
            <translation>Anonym drøfting</translation>
        </message>
        <message>
            <source> (fiktiv eksempelsak)</source>
            <translation> (fiktiv eksempelsak)</translation>
        </message>
    </context>
    <context>
        <name>ChildViewDialog</name>
        <message>
            <source>Barnets syn</source>
            <translation>Synet til barnet</translation>
        </message>
        <message>
            <source>&amp;Lagre barnets syn</source>
            <translation>&amp;Lagre synet til barnet</translation>
        </message>
        <message>
            <source>Barnet er {age} år. Fra {n} år skal barnets synspunkter høres.</source>
            <translation>Barnet er {age} år. Frå {n} år skal synspunkta til barnet høyrast.</translation>
        </message>
        <message>
            <source>&amp;Dato:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <source>Dato barnet ble hørt</source>
            <translation>Dato barnet vart høyrt</translation>
        </message>
        <message>
            <source>Barnets &amp;syn:</source>
            <translation>&amp;Synet til barnet:</translation>
        </message>
        <message>
            <source>Hva barnet selv sier, gjerne med egne ord</source>
            <translation>Kva barnet sjølv seier, gjerne med eigne ord</translation>
        </message>
        <message>
            <source>&amp;Registrert av:</source>
            <translation>&amp;Registrert av:</translation>
        </message>
    </context>
    <context>
        <name>ClosingPanel</name>
        <message>
            <source>Før møtet avsluttes</source>
            <translation>Før møtet blir avslutta</translation>
        </message>
        <message>
            <source>Dette mangler</source>
            <translation>Dette manglar</translation>
        </message>
        <message>
            <source>&amp;Vurderingsskjemaer (ett per familiemedlem til stede):</source>
            <translation>&amp;Vurderingsskjema (eitt per familiemedlem til stades):</translation>
        </message>
        <message>
            <source>S&amp;kriver:</source>
            <translation>S&amp;krivar:</translation>
        </message>
        <message>
            <source>Skriv ut familiens kopi og vurderingsskjemaene, og &amp;avslutt møtet</source>
            <translation>Skriv ut kopien til familien og vurderingsskjemaa, og &amp;avslutt møtet</translation>
        </message>
        <message>
            <source>Skriv ut familiens kopi og vurderingsskjemaene, og avslutt møtet</source>
            <translation>Skriv ut kopien til familien og vurderingsskjemaa, og avslutt møtet</translation>
        </message>
        <message>
            <source>Lagre som &amp;PDF og avslutt møtet …</source>
            <translation>Lagre som &amp;PDF og avslutt møtet …</translation>
        </message>
        <message>
            <source>Lagre som PDF og avslutt møtet</source>
            <translation>Lagre som PDF og avslutt møtet</translation>
        </message>
        <message>
            <source>Avslutt &amp;uten utskrift</source>
            <translation>Avslutt &amp;utan utskrift</translation>
        </message>
        <message>
            <source>Avslutt møtet uten utskrift</source>
            <translation>Avslutt møtet utan utskrift</translation>
        </message>
        <message>
            <source>Møtet avsluttet</source>
            <translation>Møtet avslutta</translation>
        </message>
        <message>
            <source>ingen skriver funnet: lagre som PDF</source>
            <translation>ingen skrivar funnen: lagre som PDF</translation>
        </message>
        <message>
            <source>• Ingen beslutning er registrert (steget «Beslutning»).</source>
            <translation>• Inga avgjerd er registrert (steget «Avgjerd»).</translation>
        </message>
        <message>
            <source>• «{what}» har ingen navngitt ansvarlig person.</source>
            <translation>• «{what}» har ingen namngitt ansvarleg person.</translation>
        </message>
        <message>
            <source>• «{what}» har ingen frist.</source>
            <translation>• «{what}» har ingen frist.</translation>
        </message>
        <message>
            <source>• {service} skal få opplysninger, men samtykket dekker ikke tjenesten.</source>
            <translation>• {service} skal få opplysningar, men samtykket dekkjer ikkje tenesta.</translation>
        </message>
        <message>
            <source>Dette mangler (du kan avslutte likevel):</source>
            <translation>Dette manglar (du kan avslutte likevel):</translation>
        </message>
        <message>
            <source>✓ Ingenting mangler: beslutning, ansvarlige og frister er på plass.</source>
            <translation>✓ Ingenting manglar: avgjerd, ansvarlege og fristar er på plass.</translation>
        </message>
        <message>
            <source>Møtet er registrert som holdt.</source>
            <translation>Møtet er registrert som halde.</translation>
        </message>
        <message>
            <source>Ingen skriver er satt opp. Lagre som PDF i stedet.</source>
            <translation>Ingen skrivar er sett opp. Lagre som PDF i staden.</translation>
        </message>
        <message>
            <source>Ikke skrevet ut: {detail}. Kontroller skriveren, eller lagre som PDF. Møtet er ikke avsluttet ennå.</source>
            <translation>Ikkje skrive ut: {detail}. Kontroller skrivaren, eller lagre som PDF. Møtet er ikkje avslutta enno.</translation>
        </message>
        <message numerus="yes">
            <source>Familiens kopi og %n vurderingsskjemaer er sendt til {printer}.</source>
            <translation>
                <numerusform>Kopien til familien og %n vurderingsskjema er sende til {printer}.</numerusform>
                <numerusform>Kopien til familien og %n vurderingsskjema er sende til {printer}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Velg mappe for PDF-filene</source>
            <translation>Vel mappe for PDF-filene</translation>
        </message>
        <message>
            <source>Ikke lagret: {detail}. Møtet er ikke avsluttet ennå.</source>
            <translation>Ikkje lagra: {detail}. Møtet er ikkje avslutta enno.</translation>
        </message>
        <message>
            <source>Lagret i {folder}: {files}.</source>
            <translation>Lagra i {folder}: {files}.</translation>
        </message>
        <message>
            <source>Møtet er ikke avsluttet.</source>
            <translation>Møtet er ikkje avslutta.</translation>
        </message>
        <message>
            <source>Ikke avsluttet: {text}</source>
            <translation>Ikkje avslutta: {text}</translation>
        </message>
        <message>
            <source>✓ Møtet er registrert som holdt.</source>
            <translation>✓ Møtet er registrert som halde.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Lagret av en annen bruker</source>
            <translation>Lagra av ein annan brukar</translation>
        </message>
        <message>
            <source>Lagret av {user} {date} kl. {time}</source>
            <translation>Lagra av {user} {date} kl. {time}</translation>
        </message>
        <message>
            <source>Noen andre har lagret samtidig</source>
            <translation>Nokon andre har lagra samtidig</translation>
        </message>
        <message>
            <source>Noen andre har lagret {what} mens du skrev</source>
            <translation>Nokon andre har lagra {what} medan du skreiv</translation>
        </message>
        <message>
            <source>Ingenting er overskrevet, og det du skrev er ikke borte. Sammenlign de to versjonene og velg hvilken som skal gjelde. Felt som er ulike er merket «≠ Ulikt».</source>
            <translation>Ingenting er skrive over, og det du skreiv, er ikkje borte. Samanlikn dei to versjonane og vel kva for ein som skal gjelde. Felt som er ulike, er merkte «≠ Ulikt».</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Din versjon (ikke lagret)</source>
            <translation>Versjonen din (ikkje lagra)</translation>
        </message>
        <message>
            <source>≠ Ulikt</source>
            <translation>≠ Ulikt</translation>
        </message>
        <message>
            <source>= Likt</source>
            <translation>= Likt</translation>
        </message>
        <message>
            <source>{field}, din versjon</source>
            <translation>{field}, versjonen din</translation>
        </message>
        <message>
            <source>{field}, lagret versjon</source>
            <translation>{field}, lagra versjon</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>&amp;Behold min versjon (lagre over)</source>
            <translation>&amp;Behald versjonen min (lagre over)</translation>
        </message>
        <message>
            <source>Bruk den &amp;lagrede versjonen</source>
            <translation>Bruk den &amp;lagra versjonen</translation>
        </message>
        <message>
            <source>&amp;Kopier min tekst</source>
            <translation>&amp;Kopier teksten min</translation>
        </message>
        <message>
            <source>&amp;Vent, la meg se først</source>
            <translation>&amp;Vent, lat meg sjå først</translation>
        </message>
        <message>
            <source>Lagrer din versjon over den andre. Det blir ført i historikken.</source>
            <translation>Lagrar versjonen din over den andre. Det blir ført i historikken.</translation>
        </message>
        <message>
            <source>Forkaster det du skrev og viser den lagrede versjonen. Kopier teksten din først.</source>
            <translation>Forkastar det du skreiv, og viser den lagra versjonen. Kopier teksten din først.</translation>
        </message>
        <message>
            <source>Lukker uten å lagre. Det du skrev, blir stående i skjemaet.</source>
            <translation>Lukkar utan å lagre. Det du skreiv, blir ståande i skjemaet.</translation>
        </message>
        <message>
            <source>✓ Din tekst er kopiert. Du kan lime den inn med Ctrl+V.</source>
            <translation>✓ Teksten din er kopiert. Du kan lime han inn med Ctrl+V.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Registrer samtykke</source>
            <translation>Registrer samtykke</translation>
        </message>
        <message>
            <source>&amp;Lagre samtykket</source>
            <translation>&amp;Lagre samtykket</translation>
        </message>
        <message>
            <source>{name} selv ({age} år)</source>
            <translation>{name} sjølv ({age} år)</translation>
        </message>
        <message>
            <source>Samtykket gjelder {service}</source>
            <translation>Samtykket gjeld {service}</translation>
        </message>
        <message>
            <source>Skriftlig, signert på papir</source>
            <translation>Skriftleg, signert på papir</translation>
        </message>
        <message>
            <source>Muntlig, notert av den som registrerer</source>
            <translation>Munnleg, notert av den som registrerer</translation>
        </message>
        <message>
            <source>Dette endres i møtene som er planlagt</source>
            <translation>Dette vert endra i møta som er planlagde</translation>
        </message>
        <message>
            <source>• {meeting} {when}: {services}</source>
            <translation>• {meeting} {when}: {services}</translation>
        </message>
        <message>
            <source>Når samtykket lagres, mottar disse opplysninger om saken i møter som er planlagt, der de til nå bare drøfter saken anonymt:</source>
            <translation>Når samtykket vert lagra, får desse opplysningar om saka i møte som er planlagde, der dei til no berre drøftar saka anonymt:</translation>
        </message>
        <message>
            <source>Samtykket er lagret. Nå mottar {services} opplysninger i {meetings}. Se Historikk.</source>
            <translation>Samtykket er lagra. No får {services} opplysningar i {meetings}. Sjå Historikk.</translation>
        </message>
        <message>
            <source>&amp;Hvem samtykker:</source>
            <translation>&amp;Kven samtykkjer:</translation>
        </message>
        <message>
            <source>Tjenester samtykket gjelder (fjern haken for tjenester som holdes utenfor)</source>
            <translation>Tenester samtykket gjeld (fjern haken for tenester som skal haldast utanfor)</translation>
        </message>
        <message>
            <source>Samtykket gjelder</source>
            <translation>Samtykket gjeld</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>&amp;Gitt dato:</source>
            <translation>&amp;Gitt dato:</translation>
        </message>
        <message>
            <source>Dato samtykket ble gitt</source>
            <translation>Dato samtykket vart gitt</translation>
        </message>
        <message>
            <source>Gyldig &amp;til:</source>
            <translation>Gyldig &amp;til:</translation>
        </message>
        <message>
            <source>Har slutt&amp;dato</source>
            <translation>Har slutt&amp;dato</translation>
        </message>
        <message>
            <source>Gyldig til</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>&amp;Registrert av:</source>
            <translation>&amp;Registrert av:</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <source>familiemøtet</source>
            <translation>familiemøtet</translation>
        </message>
        <message>
            <source>deling</source>
            <translation>deling</translation>
        </message>
        <message>
            <source>vedlegg</source>
            <translation>vedlegg</translation>
        </message>
        <message>
            <source>tverrfaglig team</source>
            <translation>tverrfagleg team</translation>
        </message>
        <message>
            <source>alle fire formål</source>
            <translation>alle fire føremål</translation>
        </message>
        <message>
            <source>{name} selv</source>
            <translation>{name} sjølv</translation>
        </message>
        <message>
            <source>barnet</source>
            <translation>barnet</translation>
        </message>
        <message>
            <source>{first} og {last}</source>
            <translation>{first} og {last}</translation>
        </message>
        <message>
            <source>Samtykke mangler</source>
            <translation>Samtykke manglar</translation>
        </message>
        <message>
            <source>{gap}. {what} er ikke lagret ennå, fordi {service} da ville fått opplysninger om saken.</source>
            <translation>{gap}. {what} er ikkje lagra enno, fordi {service} då ville fått opplysningar om saka.</translation>
        </message>
        <message>
            <source>Har samtykket blitt gitt? Registrer det nå, så lagres {what_lower} etterpå uten at du må skrive noe på nytt. Eller avbryt og fjern haken for tjenesten.</source>
            <translation>Har samtykket blitt gitt? Registrer det no, så blir {what_lower} lagra etterpå utan at du må skrive noko på nytt. Eller avbryt og fjern haken for tenesta.</translation>
        </message>
        <message>
            <source>Har samtykket blitt gitt? Registrer det nå, så lagres {what_lower} etterpå uten at du må skrive noe på nytt. Eller avbryt og fjern haken for tjenestene som ikke skal få opplysninger.</source>
            <translation>Har samtykket blitt gitt? Registrer det no, så blir {what_lower} lagra etterpå utan at du må skrive noko på nytt. Eller avbryt og fjern haken for tenestene som ikkje skal få opplysningar.</translation>
        </message>
        <message>
            <source>&amp;Registrer samtykket nå …</source>
            <translation>&amp;Registrer samtykket no …</translation>
        </message>
        <message>
            <source>i dag</source>
            <translation>i dag</translation>
        </message>
        <message>
            <source>i morgen</source>
            <translation>i morgon</translation>
        </message>
        <message numerus="yes">
            <source>om %n dager</source>
            <translation>
                <numerusform>om %n dag</numerusform>
                <numerusform>om %n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>✔ Ja</source>
            <translation>✔ Ja</translation>
        </message>
        <message>
            <source>⚠ Ja, men samtykket utløper {when}</source>
            <translation>⚠ Ja, men samtykket går ut {when}</translation>
        </message>
        <message>
            <source>✖ Nei – samtykket utløp {date}</source>
            <translation>✖ Nei – samtykket gjekk ut {date}</translation>
        </message>
        <message>
            <source>✖ Nei – trukket tilbake {date}</source>
            <translation>✖ Nei – trekt tilbake {date}</translation>
        </message>
        <message>
            <source>✖ Nei – mangler samtykke fra {who}</source>
            <translation>✖ Nei – manglar samtykke frå {who}</translation>
        </message>
        <message>
            <source>✖ Nei – ikke samtykke</source>
            <translation>✖ Nei – ikkje samtykke</translation>
        </message>
        <message>
            <source>✖ Trukket tilbake {date}</source>
            <translation>✖ Trekt tilbake {date}</translation>
        </message>
        <message>
            <source>✖ Utløpt {date}</source>
            <translation>✖ Gått ut {date}</translation>
        </message>
        <message>
            <source>⚠ Utløper {when}</source>
            <translation>⚠ Går ut {when}</translation>
        </message>
        <message>
            <source>✔ Gyldig</source>
            <translation>✔ Gyldig</translation>
        </message>
        <message>
            <source>Hvem kan få opplysninger i dag</source>
            <translation>Kven kan få opplysningar i dag</translation>
        </message>
        <message>
            <source>Anonym drøfting: ingen navn er lagret, og ingen har samtykket. Saken kan bare drøftes slik at barnet og familien ikke kan kjennes igjen. Når familien samtykker, gjør du saken om til en navngitt sak.</source>
            <translation>Anonym drøfting: ingen namn er lagra, og ingen har samtykt. Saka kan berre drøftast slik at barnet og familien ikkje kan kjennast att. Når familien samtykkjer, gjer du saka om til ei namngitt sak.</translation>
        </message>
        <message>
            <source>ingen sluttdato</source>
            <translation>ingen sluttdato</translation>
        </message>
        <message>
            <source>Tjeneste</source>
            <translation>Teneste</translation>
        </message>
        <message>
            <source>Kan få opplysninger?</source>
            <translation>Kan få opplysningar?</translation>
        </message>
        <message>
            <source>Samtykke fra</source>
            <translation>Samtykke frå</translation>
        </message>
        <message>
            <source>Gyldig til</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Gjeld</translation>
        </message>
        <message>
            <source>Hvilke tjenester samtykket dekker</source>
            <translation>Kva tenester samtykket dekkjer</translation>
        </message>
        <message>
            <source>Ingen samtykke registrert. Opplysninger kan bare drøftes anonymt til samtykke er gitt.</source>
            <translation>Ingen samtykke registrert. Opplysningar kan berre drøftast anonymt til samtykke er gitt.</translation>
        </message>
        <message>
            <source>✔ Punkt 5 i henvisningssjekklisten: dokumentasjon fra andre tjenester kan legges ved henvisningen{to}.</source>
            <translation>✔ Punkt 5 i sjekklista for tilvising: dokumentasjon frå andre tenester kan leggjast ved tilvisinga{to}.</translation>
        </message>
        <message>
            <source>✖ Punkt 5 i henvisningssjekklisten: dokumentasjon kan ikke legges ved henvisningen{to} – mangler gyldig samtykke til vedlegg fra alle som spørres.</source>
            <translation>✖ Punkt 5 i sjekklista for tilvising: dokumentasjon kan ikkje leggjast ved tilvisinga{to} – manglar gyldig samtykke til vedlegg frå alle som blir spurde.</translation>
        </message>
        <message>
            <source> til {target}</source>
            <translation> til {target}</translation>
        </message>
        <message>
            <source>R&amp;egistrer samtykke …</source>
            <translation>R&amp;egistrer samtykke …</translation>
        </message>
        <message>
            <source>Trekk til&amp;bake …</source>
            <translation>Trekk til&amp;bake …</translation>
        </message>
        <message>
            <source>Barnets sy&amp;n …</source>
            <translation>Sy&amp;net til barnet …</translation>
        </message>
        <message>
            <source>&amp;Gjør om til navngitt sak …</source>
            <translation>&amp;Gjer om til namngitt sak …</translation>
        </message>
        <message>
            <source>Registrerte samtykker</source>
            <translation>Registrerte samtykke</translation>
        </message>
        <message>
            <source>Barnets syn</source>
            <translation>Synet til barnet</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Registrert av</source>
            <translation>Registrert av</translation>
        </message>
        <message>
            <source>Barnets syn er ikke registrert.</source>
            <translation>Synet til barnet er ikkje registrert.</translation>
        </message>
        <message>
            <source>⚠ Barnets syn er ikke registrert. Barnet er {age} år og skal høres (fra {n} år): bruk «Barnets syn …».</source>
            <translation>⚠ Synet til barnet er ikkje registrert. Barnet er {age} år og skal høyrast (frå {n} år): bruk «Synet til barnet …».</translation>
        </message>
        <message>
            <source>Historikk</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <source>{name} er {age} år og samtykker selv (fra {n} år).</source>
            <translation>{name} er {age} år og samtykkjer sjølv (frå {n} år).</translation>
        </message>
        <message>
            <source>{name} er {age} år og samtykker sammen med foresatte (fra {n} år): {who}.</source>
            <translation>{name} er {age} år og samtykkjer saman med føresette (frå {n} år): {who}.</translation>
        </message>
        <message>
            <source>{name} er {age} år. Samtykke gis av hver foresatt: {who}.</source>
            <translation>{name} er {age} år. Samtykke blir gitt av kvar føresett: {who}.</translation>
        </message>
        <message>
            <source>ingen foresatte registrert</source>
            <translation>ingen føresette registrerte</translation>
        </message>
        <message>
            <source>Barnets syn skal høres (fra {n} år).</source>
            <translation>Synet til barnet skal høyrast (frå {n} år).</translation>
        </message>
        <message>
            <source>En tjeneste får opplysninger bare når alle som spørres har samtykket til den.</source>
            <translation>Ei teneste får berre opplysningar når alle som blir spurde, har samtykt til det.</translation>
        </message>
        <message>
            <source> (trukket {date})</source>
            <translation> (trekt {date})</translation>
        </message>
        <message>
            <source>{form} {date}, registrert av {who}</source>
            <translation>{form} {date}, registrert av {who}</translation>
        </message>
        <message>
            <source>Gitt av</source>
            <translation>Gitt av</translation>
        </message>
        <message>
            <source>Gjelder tjenestene</source>
            <translation>Gjeld tenestene</translation>
        </message>
        <message>
            <source>Holdt utenfor</source>
            <translation>Halde utanfor</translation>
        </message>
        <message>
            <source>Gitt</source>
            <translation>Gitt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Samtykke gitt for {services}</source>
            <translation>Samtykke gitt for {services}</translation>
        </message>
        <message>
            <source>Trukket tilbake for {service}</source>
            <translation>Trekt tilbake for {service}</translation>
        </message>
        <message>
            <source>Hele samtykket trukket tilbake</source>
            <translation>Heile samtykket trekt tilbake</translation>
        </message>
        <message>
            <source>Samtykket utløper (ikke lenger gyldig)</source>
            <translation>Samtykket går ut (ikkje lenger gyldig)</translation>
        </message>
        <message>
            <source>Hendelse</source>
            <translation>Hending</translation>
        </message>
        <message>
            <source>Hvem</source>
            <translation>Kven</translation>
        </message>
        <message>
            <source>Hvordan meddelt</source>
            <translation>Korleis meldt</translation>
        </message>
        <message>
            <source>Historikk for samtykke</source>
            <translation>Historikk for samtykke</translation>
        </message>
    </context>
    <context>
        <name>ConsentSettingsDialog</name>
        <message>
            <source>Aldersgrenser for samtykke</source>
            <translation>Aldersgrenser for samtykke</translation>
        </message>
        <message>
            <source>&amp;Lagre aldersgrensene</source>
            <translation>&amp;Lagre aldersgrensene</translation>
        </message>
        <message>
            <source>Standard: barnets syn skal høres fra 7 år (Kaurstad mfl. 2014, «Trygg oppvekst», vedlegg A), ungdommen samtykker sammen med foresatte fra 15 år (praksis i Stafettloggen) og alene fra 16 år (pasient- og brukerrettighetsloven). Endre bare etter kommunens juridiske vurdering. Innstillingen gjelder alle som bruker denne databasen.</source>
            <translation>Standard: synet til barnet skal høyrast frå 7 år (Kaurstad mfl. 2014, «Trygg oppvekst», vedlegg A), ungdommen samtykkjer saman med føresette frå 15 år (praksis i Stafettloggen) og åleine frå 16 år (pasient- og brukarrettslova). Endre berre etter juridisk vurdering i kommunen. Innstillinga gjeld alle som brukar denne databasen.</translation>
        </message>
        <message>
            <source>Barnets syn &amp;høres fra:</source>
            <translation>&amp;Barnet blir høyrt frå:</translation>
        </message>
        <message>
            <source>Samtykker &amp;sammen med foresatte fra:</source>
            <translation>Samtykkjer &amp;saman med føresette frå:</translation>
        </message>
        <message>
            <source>Samtykker &amp;alene fra:</source>
            <translation>Samtykkjer &amp;åleine frå:</translation>
        </message>
        <message>
            <source>&amp;Tilbakestill til standard</source>
            <translation>&amp;Tilbakestill til standard</translation>
        </message>
        <message>
            <source> år</source>
            <translation> år</translation>
        </message>
    </context>
    <context>
        <name>DeclineDialog</name>
        <message>
            <source>Avslå overlevering</source>
            <translation>Avslå overlevering</translation>
        </message>
        <message>
            <source>Tiltak:</source>
            <translation>Tiltak:</translation>
        </message>
        <message>
            <source>Foreslått til:</source>
            <translation>Føreslått til:</translation>
        </message>
        <message>
            <source>Avslått &amp;av:</source>
            <translation>Avslått &amp;av:</translation>
        </message>
        <message>
            <source>&amp;Hvorfor:</source>
            <translation>&amp;Kvifor:</translation>
        </message>
        <message>
            <source>Ansvaret blir hos {holder}. Avslaget blir stående i saken.</source>
            <translation>Ansvaret blir verande hos {holder}. Avslaget blir ståande i saka.</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Se en ferdig sak</source>
            <translation>Sjå ei ferdig sak</translation>
        </message>
        <message>
            <source>En fiktiv eksempelsak viser hvordan det ser ut.</source>
            <translation>Ei fiktiv eksempelsak viser korleis det ser ut.</translation>
        </message>
        <message>
            <source>Eksempelsaken om Sofie (9 år) er oppdiktet. Den viser et familiemøte, et oppfølgingsmøte, tiltak med ansvarlige og frister, og samtykke. Du kan også åpne den senere fra Fil &gt; Åpne eksempelsak.</source>
            <translation>Eksempelsaka om Sofie (9 år) er oppdikta. Ho viser eit familiemøte, eit oppfølgingsmøte, tiltak med ansvarlege og fristar, og samtykke. Du kan òg opne ho seinare frå Fil &gt; Opne eksempelsak.</translation>
        </message>
        <message>
            <source>Åpne &amp;eksempelsaken nå</source>
            <translation>Opne &amp;eksempelsaka no</translation>
        </message>
        <message>
            <source>Åpne eksempelsaken nå</source>
            <translation>Opne eksempelsaka no</translation>
        </message>
        <message>
            <source>Større tekst: Innstillinger &gt; Tekststørrelse. Denne veiledningen finner du igjen under Hjelp &gt; Kom i gang.</source>
            <translation>Større tekst: Innstillingar &gt; Tekststorleik. Denne rettleiinga finn du att under Hjelp &gt; Kom i gang.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <source>Katalog over tjenester og personer</source>
            <translation>Katalog over tenester og personar</translation>
        </message>
        <message>
            <source>Kommunen fyller ut katalogen én gang og velger fra den når møter planlegges. En tjeneste eller person som ikke lenger er aktuell, deaktiveres: gamle saker beholder navnet.</source>
            <translation>Kommunen fyller ut katalogen éin gong og vel frå han når møte skal planleggjast. Ei teneste eller ein person som ikkje lenger er aktuell, blir deaktivert: gamle saker beheld namnet.</translation>
        </message>
        <message>
            <source>&amp;Personer</source>
            <translation>&amp;Personar</translation>
        </message>
        <message>
            <source>Tjeneste&amp;r</source>
            <translation>Teneste&amp;r</translation>
        </message>
        <message>
            <source>Lu&amp;kk</source>
            <translation>Lu&amp;kk</translation>
        </message>
    </context>
    <context>
        <name>EmergencyAccessDialog</name>
        <message>
            <source>Nødtilgang</source>
            <translation>Naudtilgang</translation>
        </message>
        <message>
            <source>&amp;Åpne med nødtilgang</source>
            <translation>&amp;Opne med naudtilgang</translation>
        </message>
        <message numerus="yes">
            <source>Bruk nødtilgang bare når barnet trenger hjelp nå og du ikke er med i teamet. Tilgangen varer i %n timer, står i sakens historikk og i rapporten til personvernombudet.</source>
            <translation>
                <numerusform>Bruk naudtilgang berre når barnet treng hjelp no og du ikkje er med i teamet. Tilgangen varer i %n time, står i historikken til saka og i rapporten til personvernombodet.</numerusform>
                <numerusform>Bruk naudtilgang berre når barnet treng hjelp no og du ikkje er med i teamet. Tilgangen varer i %n timar, står i historikken til saka og i rapporten til personvernombodet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skriv barnets fornavn og hvorfor du trenger tilgang.</source>
            <translation>Skriv førenamnet til barnet og kvifor du treng tilgang.</translation>
        </message>
        <message>
            <source>Fant ingen sak for {name}, født {year}.</source>
            <translation>Fann inga sak for {name}, fødd {year}.</translation>
        </message>
        <message>
            <source>Det finnes flere saker for {name}, født {year}. Kontakt IT eller personvernombudet.</source>
            <translation>Det finst fleire saker for {name}, fødd {year}. Kontakt IT eller personvernombodet.</translation>
        </message>
        <message>
            <source>Barnets &amp;fornavn:</source>
            <translation>Førenamnet til &amp;barnet:</translation>
        </message>
        <message>
            <source>Fø&amp;dselsår:</source>
            <translation>Fø&amp;dselsår:</translation>
        </message>
        <message>
            <source>&amp;Grunn:</source>
            <translation>&amp;Grunn:</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Ingen saker ennå</source>
            <translation>Ingen saker enno</translation>
        </message>
        <message>
            <source>Familiemøte hjelper deg å samle familien, barnehagen eller skolen og BUP rundt ett bord, bli enige om hvem som gjør hva og når, og skrive ut en plan før alle går.

Start med en ny sak, eller se hvordan en ferdig sak ser ut i den fiktive eksempelsaken.</source>
            <translation>Familiemøte hjelper deg å samle familien, barnehagen eller skulen og BUP rundt eitt bord, bli samde om kven som gjer kva og når, og skrive ut ein plan før alle går.

Start med ei ny sak, eller sjå korleis ei ferdig sak ser ut i den fiktive eksempelsaka.</translation>
        </message>
        <message>
            <source>&amp;Ny sak</source>
            <translation>&amp;Ny sak</translation>
        </message>
        <message>
            <source>Åpne &amp;eksempelsak</source>
            <translation>Opne &amp;eksempelsak</translation>
        </message>
    </context>
    <context>
        <name>EvaluationEntryDialog</name>
        <message>
            <source>Registrer utfylte vurderingsskjemaer</source>
            <translation>Registrer utfylte vurderingsskjema</translation>
        </message>
        <message>
            <source>Hvem svarte</source>
            <translation>Kven svara</translation>
        </message>
        <message>
            <source>Alder</source>
            <translation>Alder</translation>
        </message>
        <message>
            <source>Påstand {n}</source>
            <translation>Påstand {n}</translation>
        </message>
        <message>
            <source>Hvem svarte: F (foreldre/foresatt), B (barn/ungdom) eller S (begge sammen); Tab hvis det ikke er krysset av.</source>
            <translation>Kven svara: F (foreldre/føresett), B (barn/ungdom) eller S (begge saman); Tab om det ikkje er kryssa av.</translation>
        </message>
        <message>
            <source>Alder: bare hele år, fra 0 til {max}; Tab går videre.</source>
            <translation>Alder: berre heile år, frå 0 til {max}; Tab går vidare.</translation>
        </message>
        <message>
            <source>Påstand {n}: bare ett siffer fra 0 til 5; Tab lar påstanden stå tom.</source>
            <translation>Påstand {n}: berre eitt siffer frå 0 til 5; Tab lèt påstanden stå tom.</translation>
        </message>
        <message>
            <source>«{key}» ble ikke tatt imot. {allowed}</source>
            <translation>«{key}» vart ikkje teken imot. {allowed}</translation>
        </message>
        <message numerus="yes">
            <source>Lagret nå: %n skjemaer</source>
            <translation>
                <numerusform>Lagra no: %n skjema</numerusform>
                <numerusform>Lagra no: %n skjema</numerusform>
            </translation>
        </message>
        <message>
            <source>Påstand {n} er ikke besvart.</source>
            <translation>Påstand {n} er ikkje svart på.</translation>
        </message>
        <message>
            <source> og </source>
            <translation> og </translation>
        </message>
        <message>
            <source>Påstand {list} er ikke besvart.</source>
            <translation>Påstand {list} er ikkje svart på.</translation>
        </message>
        <message>
            <source>«{key}» i {field}</source>
            <translation>«{key}» i {field}</translation>
        </message>
        <message>
            <source>Ikke tatt imot mens du skrev: {keys}. Sjekk at svarene står i riktig felt.</source>
            <translation>Ikkje teke imot medan du skreiv: {keys}. Sjekk at svara står i rett felt.</translation>
        </message>
        <message>
            <source>Skjemaet er likt det forrige i bunken.</source>
            <translation>Skjemaet er likt det førre i bunken.</translation>
        </message>
        <message>
            <source>Perioden slutter før den begynner. Rett datoene øverst.</source>
            <translation>Perioden sluttar før han byrjar. Rett datoane øvst.</translation>
        </message>
        <message>
            <source>Skjemaet er tomt; ingenting er lagret.</source>
            <translation>Skjemaet er tomt; ingenting er lagra.</translation>
        </message>
        <message>
            <source>Enter lagrer likevel; Esc går tilbake til skjemaet.</source>
            <translation>Enter lagrar likevel; Esc går tilbake til skjemaet.</translation>
        </message>
        <message>
            <source>Skjema nr. {n} er rettet.</source>
            <translation>Skjema nr. {n} er retta.</translation>
        </message>
        <message>
            <source>Skjema nr. {n} er lagret.</source>
            <translation>Skjema nr. {n} er lagra.</translation>
        </message>
        <message>
            <source>Alder må være et helt tall fra 0 til {max}.</source>
            <translation>Alder må vere eit heilt tal frå 0 til {max}.</translation>
        </message>
        <message>
            <source>Kommunenavnet er for langt eller har tegn som ikke kan lagres.</source>
            <translation>Kommunenamnet er for langt eller har teikn som ikkje kan lagrast.</translation>
        </message>
        <message>
            <source>Kommentaren er for lang eller har tegn som ikke kan lagres.</source>
            <translation>Kommentaren er for lang eller har teikn som ikkje kan lagrast.</translation>
        </message>
        <message>
            <source>Et svar er utenfor skalaen 0–5.</source>
            <translation>Eit svar er utanfor skalaen 0–5.</translation>
        </message>
        <message>
            <source>Rettingen er avbrutt; ingenting er endret.</source>
            <translation>Rettinga er avbroten; ingenting er endra.</translation>
        </message>
        <message>
            <source>Skjemaet du skriver er ikke lagret. Enter lagrer det; Esc igjen lukker uten å lagre.</source>
            <translation>Skjemaet du skriv, er ikkje lagra. Enter lagrar det; Esc igjen lukkar utan å lagre.</translation>
        </message>
        <message>
            <source>Foreldre/foresatt</source>
            <translation>Foreldre/føresett</translation>
        </message>
        <message>
            <source>Barn/ungdom</source>
            <translation>Barn/ungdom</translation>
        </message>
        <message>
            <source>Begge sammen</source>
            <translation>Begge saman</translation>
        </message>
        <message>
            <source>Ikke oppgitt</source>
            <translation>Ikkje oppgitt</translation>
        </message>
        <message numerus="yes">
            <source>Bunken: %n skjemaer.</source>
            <translation>
                <numerusform>Bunken: %n skjema.</numerusform>
                <numerusform>Bunken: %n skjema.</numerusform>
            </translation>
        </message>
        <message>
            <source>Påstand {i}: N {n}, snitt {mean}, {five} % svarte 5</source>
            <translation>Påstand {i}: N {n}, snitt {mean}, {five} % svarte 5</translation>
        </message>
        <message>
            <source>Retter skjema nr. {n}: Enter lagrer rettingen, Esc avbryter.</source>
            <translation>Rettar skjema nr. {n}: Enter lagrar rettinga, Esc avbryt.</translation>
        </message>
        <message>
            <source>&amp;Lagre rettingen (Enter)</source>
            <translation>&amp;Lagre rettinga (Enter)</translation>
        </message>
        <message>
            <source>&amp;Lagre skjemaet (Enter)</source>
            <translation>&amp;Lagre skjemaet (Enter)</translation>
        </message>
        <message>
            <source>Slett skjema</source>
            <translation>Slett skjema</translation>
        </message>
        <message>
            <source>Slette skjema nr. {n} i denne bunken? Det kan ikke angres.</source>
            <translation>Slette skjema nr. {n} i denne bunken? Det kan ikkje angrast.</translation>
        </message>
        <message>
            <source>Skjema nr. {n} er slettet.</source>
            <translation>Skjema nr. {n} er sletta.</translation>
        </message>
        <message>
            <source>Periode &amp;fra:</source>
            <translation>Periode &amp;frå:</translation>
        </message>
        <message>
            <source>Periode fra</source>
            <translation>Periode frå</translation>
        </message>
        <message>
            <source>Periode &amp;til:</source>
            <translation>Periode &amp;til:</translation>
        </message>
        <message>
            <source>Periode til</source>
            <translation>Periode til</translation>
        </message>
        <message>
            <source>&amp;Kommune (valgfritt):</source>
            <translation>&amp;Kommune (valfritt):</translation>
        </message>
        <message>
            <source>Kommune</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Skriv ett skjema om gangen: F, B eller S for hvem som svarte, alder og Tab, så ett siffer 0–5 for hver påstand (Tab lar en påstand stå tom). Enter lagrer skjemaet.</source>
            <translation>Skriv eitt skjema om gongen: F, B eller S for kven som svarte, alder og Tab, så eitt siffer 0–5 for kvar påstand (Tab lèt ein påstand stå tom). Enter lagrar skjemaet.</translation>
        </message>
        <message>
            <source>&amp;Svarte (F/B/S)</source>
            <translation>&amp;Svarte (F/B/S)</translation>
        </message>
        <message>
            <source>F = foreldre/foresatt, B = barn/ungdom, S = begge sammen, tomt = ikke oppgitt</source>
            <translation>F = foreldre/føresett, B = barn/ungdom, S = begge saman, tomt = ikkje oppgitt</translation>
        </message>
        <message>
            <source>&amp;Alder</source>
            <translation>&amp;Alder</translation>
        </message>
        <message>
            <source>Barnets alder</source>
            <translation>Alderen til barnet</translation>
        </message>
        <message>
            <source>&amp;1</source>
            <translation>&amp;1</translation>
        </message>
        <message>
            <source>Påstand 1</source>
            <translation>Påstand 1</translation>
        </message>
        <message>
            <source>&amp;2</source>
            <translation>&amp;2</translation>
        </message>
        <message>
            <source>Påstand 2</source>
            <translation>Påstand 2</translation>
        </message>
        <message>
            <source>&amp;3</source>
            <translation>&amp;3</translation>
        </message>
        <message>
            <source>Påstand 3</source>
            <translation>Påstand 3</translation>
        </message>
        <message>
            <source>&amp;4</source>
            <translation>&amp;4</translation>
        </message>
        <message>
            <source>Påstand 4</source>
            <translation>Påstand 4</translation>
        </message>
        <message>
            <source>K&amp;ommentar</source>
            <translation>K&amp;ommentar</translation>
        </message>
        <message>
            <source>Kommentar</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Lagre lik&amp;evel (Enter)</source>
            <translation>Lagre lik&amp;evel (Enter)</translation>
        </message>
        <message>
            <source>Rett skje&amp;maet (Esc)</source>
            <translation>Rett skje&amp;maet (Esc)</translation>
        </message>
        <message>
            <source>Ferdi&amp;g</source>
            <translation>Ferdi&amp;g</translation>
        </message>
        <message>
            <source>Skjemaer i denne bunken (periode og kommune), nyeste først</source>
            <translation>Skjema i denne bunken (periode og kommune), nyaste først</translation>
        </message>
        <message>
            <source>Nr.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Svarte</source>
            <translation>Svarte</translation>
        </message>
        <message>
            <source>Skjemaer i denne bunken, nyeste først</source>
            <translation>Skjema i denne bunken, nyaste først</translation>
        </message>
        <message>
            <source>Opptelling av bunken</source>
            <translation>Oppteljing av bunken</translation>
        </message>
        <message>
            <source>&amp;Rett valgt skjema</source>
            <translation>&amp;Rett valt skjema</translation>
        </message>
        <message>
            <source>Slett &amp;valgt skjema …</source>
            <translation>Slett &amp;valt skjema …</translation>
        </message>
    </context>
    <context>
        <name>EvaluationOptionsDialog</name>
        <message>
            <source>Skriv ut vurderingsskjema</source>
            <translation>Skriv ut vurderingsskjema</translation>
        </message>
        <message>
            <source>Antall skjemaer</source>
            <translation>Antal skjema</translation>
        </message>
        <message>
            <source>Bokmål</source>
            <translation>Bokmål</translation>
        </message>
        <message>
            <source>Nynorsk</source>
            <translation>Nynorsk</translation>
        </message>
        <message>
            <source>Målform</source>
            <translation>Målform</translation>
        </message>
        <message>
            <source>&amp;Antall:</source>
            <translation>&amp;Antal:</translation>
        </message>
        <message>
            <source>&amp;Målform:</source>
            <translation>&amp;Målform:</translation>
        </message>
        <message>
            <source>&amp;Forhåndsvis</source>
            <translation>&amp;Førehandsvis</translation>
        </message>
    </context>
    <context>
        <name>EvaluationReportDialog</name>
        <message>
            <source>Vurdering av samtalen: resultater</source>
            <translation>Vurdering av samtalen: resultat</translation>
        </message>
        <message>
            <source>Fra dato</source>
            <translation>Frå dato</translation>
        </message>
        <message>
            <source>Til dato</source>
            <translation>Til dato</translation>
        </message>
        <message>
            <source>Kommune</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>&amp;Fra:</source>
            <translation>&amp;Frå:</translation>
        </message>
        <message>
            <source>&amp;Til:</source>
            <translation>&amp;Til:</translation>
        </message>
        <message>
            <source>&amp;Kommune:</source>
            <translation>&amp;Kommune:</translation>
        </message>
        <message>
            <source>Resultater per påstand</source>
            <translation>Resultat per påstand</translation>
        </message>
        <message>
            <source>Forhånds&amp;vis og skriv ut …</source>
            <translation>Førehands&amp;vis og skriv ut …</translation>
        </message>
        <message>
            <source>&amp;Eksporter CSV …</source>
            <translation>&amp;Eksporter CSV …</translation>
        </message>
        <message>
            <source>Eksporter &amp;samletall …</source>
            <translation>Eksporter &amp;samletal …</translation>
        </message>
        <message>
            <source>Les &amp;inn samletall …</source>
            <translation>Les &amp;inn samletal …</translation>
        </message>
        <message>
            <source>I&amp;nnleste filer …</source>
            <translation>I&amp;nnlesne filer …</translation>
        </message>
        <message>
            <source>Se hvilke samletall som er lest inn, og fjern en fil som ble lest inn feil</source>
            <translation>Sjå kva samletal som er lese inn, og fjern ei fil som vart lesen inn feil</translation>
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <source>Antallene for perioden som en fil en annen kommune kan lese inn</source>
            <translation>Tala for perioden som ei fil ein annan kommune kan lese inn</translation>
        </message>
        <message>
            <source>Les inn samletall fra en annen kommune og se dem sammen med deres egne</source>
            <translation>Les inn samletal frå ein annan kommune og sjå dei saman med dykkar eigne</translation>
        </message>
        <message>
            <source>Alle kommuner samlet</source>
            <translation>Alle kommunar samla</translation>
        </message>
        <message>
            <source>Perioden slutter før den begynner. Rett datoene.</source>
            <translation>Perioden sluttar før han byrjar. Rett datoane.</translation>
        </message>
        <message numerus="yes">
            <source>%n utfylte skjemaer i perioden.</source>
            <translation>
                <numerusform>%n utfylt skjema i perioden.</numerusform>
                <numerusform>%n utfylte skjema i perioden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tall lest inn fra andre kommuner er tatt med.</source>
            <translation>Tal lese inn frå andre kommunar er tekne med.</translation>
        </message>
        <message>
            <source>Prosent er regnet av dem som svarte (N); blanke svar står for seg.</source>
            <translation>Prosent er rekna av dei som svarte (N); blanke svar står for seg.</translation>
        </message>
        <message>
            <source>Hvem svarte</source>
            <translation>Kven svara</translation>
        </message>
        <message>
            <source>Barnets alder</source>
            <translation>Alderen til barnet</translation>
        </message>
        <message>
            <source>Gyldige svar (N)</source>
            <translation>Gyldige svar (N)</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Prosent</source>
            <translation>Prosent</translation>
        </message>
        <message>
            <source>Antall</source>
            <translation>Tal</translation>
        </message>
        <message>
            <source>Påstand</source>
            <translation>Påstand</translation>
        </message>
        <message>
            <source>Ubesvart</source>
            <translation>Utan svar</translation>
        </message>
        <message>
            <source>Fordeling per påstand</source>
            <translation>Fordeling per påstand</translation>
        </message>
        <message>
            <source>Svar per påstand, prosent (antall)</source>
            <translation>Svar per påstand, prosent (tal)</translation>
        </message>
        <message>
            <source>Ikke oppgitt</source>
            <translation>Ikkje oppgitt</translation>
        </message>
        <message>
            <source> (lest inn)</source>
            <translation> (lese inn)</translation>
        </message>
        <message>
            <source>Skjemaer</source>
            <translation>Skjema</translation>
        </message>
        <message>
            <source>Andel</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Snitt {i} (N)</source>
            <translation>Snitt {i} (N)</translation>
        </message>
        <message>
            <source>Per kommune</source>
            <translation>Per kommune</translation>
        </message>
        <message>
            <source>Samlet</source>
            <translation>Samla</translation>
        </message>
        <message>
            <source>Denne databasen</source>
            <translation>Denne databasen</translation>
        </message>
        <message>
            <source>snitt {mean} dager (n = {n})</source>
            <translation>snitt {mean} dagar (n = {n})</translation>
        </message>
        <message>
            <source>Møter holdt</source>
            <translation>Møte haldne</translation>
        </message>
        <message>
            <source>Familier nådd</source>
            <translation>Familiar nådde</translation>
        </message>
        <message>
            <source>Tiltak avtalt</source>
            <translation>Tiltak avtalte</translation>
        </message>
        <message>
            <source>Tiltak per møte</source>
            <translation>Tiltak per møte</translation>
        </message>
        <message>
            <source>Fra bekymring til første møte</source>
            <translation>Frå bekymring til første møte</translation>
        </message>
        <message>
            <source>Fra møte til skriftlig plan</source>
            <translation>Frå møte til skriftleg plan</translation>
        </message>
        <message>
            <source>Møter uten utskrevet plan</source>
            <translation>Møte utan utskriven plan</translation>
        </message>
        <message>
            <source>Ble planene fulgt opp?</source>
            <translation>Vart planane følgde opp?</translation>
        </message>
        <message>
            <source>Møtene som er holdt i perioden, og hva som ble av tiltakene som ble avtalt der, ved første gjennomgang. Dager fra bekymring regnes fra saken ble opprettet; en plan regnes som skriftlig når den første gang er skrevet ut eller lagret som PDF. Bare antall, ingen navn.</source>
            <translation>Møta som er haldne i perioden, og kva som vart av tiltaka som vart avtalte der, ved første gjennomgang. Dagar frå bekymring blir rekna frå saka vart oppretta; ein plan blir rekna som skriftleg når han første gong er skriven ut eller lagra som PDF. Berre tal, ingen namn.</translation>
        </message>
        <message>
            <source>Oppfølging</source>
            <translation>Oppfølging</translation>
        </message>
        <message>
            <source>Dager</source>
            <translation>Dagar</translation>
        </message>
        <message>
            <source>Dager, fordelt</source>
            <translation>Dagar, fordelte</translation>
        </message>
        <message>
            <source>Eksporter CSV</source>
            <translation>Eksporter CSV</translation>
        </message>
        <message>
            <source>CSV-filer (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Eksporter samletall</source>
            <translation>Eksporter samletal</translation>
        </message>
        <message>
            <source>Hvilken kommune er tallene fra? Filen får bare antall: ingen enkeltskjemaer, ingen kommentarer, ingen saker.</source>
            <translation>Kva kommune er tala frå? Fila får berre tal: ingen enkeltskjema, ingen kommentarar, ingen saker.</translation>
        </message>
        <message>
            <source>Samletall (*.json)</source>
            <translation>Samletal (*.json)</translation>
        </message>
        <message>
            <source>Les inn samletall</source>
            <translation>Les inn samletal</translation>
        </message>
        <message>
            <source>Filen kunne ikke leses. Ingenting er lest inn.</source>
            <translation>Fila kunne ikkje lesast. Ingenting er lese inn.</translation>
        </message>
        <message numerus="yes">
            <source>Samletallene fra {name} for {start}–{end} (%n skjemaer) erstatter dem som var lest inn for samme periode.</source>
            <translation>
                <numerusform>Samletala frå {name} for {start}–{end} (%n skjema) erstattar dei som var lesne inn for same periode.</numerusform>
                <numerusform>Samletala frå {name} for {start}–{end} (%n skjema) erstattar dei som var lesne inn for same periode.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Samletallene fra {name} for {start}–{end} (%n skjemaer) er lest inn.</source>
            <translation>
                <numerusform>Samletala frå {name} for {start}–{end} (%n skjema) er lesne inn.</numerusform>
                <numerusform>Samletala frå {name} for {start}–{end} (%n skjema) er lesne inn.</numerusform>
            </translation>
        </message>
        <message>
            <source>Innleste samletall</source>
            <translation>Innlesne samletal</translation>
        </message>
        <message>
            <source>Ingen samletall er lest inn.</source>
            <translation>Ingen samletal er lese inn.</translation>
        </message>
        <message numerus="yes">
            <source>{name}, {start}–{end}: %n skjemaer (lest inn {on})</source>
            <translation>
                <numerusform>{name}, {start}–{end}: %n skjema (lese inn {on})</numerusform>
                <numerusform>{name}, {start}–{end}: %n skjema (lese inn {on})</numerusform>
            </translation>
        </message>
        <message>
            <source>Velg en fil for å fjerne den fra rapporten:</source>
            <translation>Vel ei fil for å fjerne ho frå rapporten:</translation>
        </message>
        <message>
            <source>Fjerne samletallene fra {name} for {start}–{end} fra rapporten? Filen kan leses inn igjen senere.</source>
            <translation>Fjerne samletala frå {name} for {start}–{end} frå rapporten? Fila kan lesast inn igjen seinare.</translation>
        </message>
    </context>
    <context>
        <name>FamilyLetters</name>
        <message>
            <source>Bokmål</source>
            <translation>Bokmål</translation>
        </message>
        <message>
            <source>Nynorsk</source>
            <translation>Nynorsk</translation>
        </message>
        <message>
            <source>Målform</source>
            <translation>Målform</translation>
        </message>
        <message>
            <source>&amp;Forhåndsvis</source>
            <translation>&amp;Førehandsvis</translation>
        </message>
        <message>
            <source>Skriv ut informasjon til familien</source>
            <translation>Skriv ut informasjon til familien</translation>
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Ingen: skrives inn for hånd</source>
            <translation>Ingen: blir skrive inn for hand</translation>
        </message>
        <message>
            <source>Én side til familien: hva et familiemøte er, hvem som kommer, at det er frivillig, hva som skjer etterpå, og hvem de kan ringe.</source>
            <translation>Éi side til familien: kva eit familiemøte er, kven som kjem, at det er frivillig, kva som skjer etterpå, og kven dei kan ringje.</translation>
        </message>
        <message>
            <source>&amp;Kontaktperson:</source>
            <translation>&amp;Kontaktperson:</translation>
        </message>
        <message>
            <source>&amp;Målform:</source>
            <translation>&amp;Målform:</translation>
        </message>
        <message>
            <source>Skriv ut invitasjon til møtet</source>
            <translation>Skriv ut invitasjon til møtet</translation>
        </message>
        <message>
            <source>Møte</source>
            <translation>Møte</translation>
        </message>
        <message>
            <source>Ta gjerne med, ett punkt per linje</source>
            <translation>Ta gjerne med, eitt punkt per linje</translation>
        </message>
        <message>
            <source>Lagre &amp;kalenderfil (.ics) …</source>
            <translation>Lagre &amp;kalenderfil (.ics) …</translation>
        </message>
        <message>
            <source>M&amp;øte:</source>
            <translation>M&amp;øte:</translation>
        </message>
        <message>
            <source>&amp;Ta gjerne med (ett punkt per linje):</source>
            <translation>&amp;Ta gjerne med (eitt punkt per linje):</translation>
        </message>
        <message>
            <source>&amp;Informasjon til familien …</source>
            <translation>&amp;Informasjon til familien …</translation>
        </message>
        <message>
            <source>I&amp;nvitasjon til møtet …</source>
            <translation>I&amp;nvitasjon til møtet …</translation>
        </message>
        <message>
            <source>Skriv ut</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Saken har ingen møter ennå. Planlegg et møte først (Sak &gt; Nytt møte).</source>
            <translation>Saka har ingen møte enno. Planlegg eit møte først (Sak &gt; Nytt møte).</translation>
        </message>
        <message>
            <source>Lagre kalenderfil</source>
            <translation>Lagre kalenderfil</translation>
        </message>
        <message>
            <source>Kalenderfil (*.ics)</source>
            <translation>Kalenderfil (*.ics)</translation>
        </message>
        <message>
            <source>Filen ble ikke lagret: {detail}</source>
            <translation>Fila vart ikkje lagra: {detail}</translation>
        </message>
    </context>
    <context>
        <name>FamilyView</name>
        <message>
            <source>Vis for familien</source>
            <translation>Vis for familien</translation>
        </message>
        <message>
            <source>Møtet for familien</source>
            <translation>Møtet for familien</translation>
        </message>
        <message>
            <source>Møtet finnes ikke lenger.</source>
            <translation>Møtet finst ikkje lenger.</translation>
        </message>
        <message>
            <source>Nå: {title}</source>
            <translation>No: {title}</translation>
        </message>
        <message>
            <source>Steg {n}: {title}</source>
            <translation>Steg {n}: {title}</translation>
        </message>
        <message>
            <source>Vis for familien (skjult)</source>
            <translation>Vis for familien (skjult)</translation>
        </message>
        <message>
            <source>{meeting} for {name}</source>
            <translation>{meeting} for {name}</translation>
        </message>
        <message>
            <source>Det familien forteller</source>
            <translation>Det familien fortel</translation>
        </message>
        <message>
            <source>Slik {name} ser det</source>
            <translation>Slik {name} ser det</translation>
        </message>
        <message>
            <source>Dette har vi bestemt</source>
            <translation>Dette har vi bestemt</translation>
        </message>
        <message>
            <source>Her kommer det vi blir enige om.</source>
            <translation>Her kjem det vi blir samde om.</translation>
        </message>
        <message>
            <source>Hvem gjør hva, og når</source>
            <translation>Kven gjer kva, og når</translation>
        </message>
        <message>
            <source>Det vi avtalte sist, og hvordan det har gått</source>
            <translation>Det vi avtalte sist, og korleis det har gått</translation>
        </message>
        <message>
            <source>Neste møte</source>
            <translation>Neste møte</translation>
        </message>
        <message>
            <source>Kontaktperson: {who}. Ta kontakt hvis noe endrer seg.</source>
            <translation>Kontaktperson: {who}. Ta kontakt dersom noko endrar seg.</translation>
        </message>
        <message>
            <source>Ansvarlig: {who}</source>
            <translation>Ansvarleg: {who}</translation>
        </message>
        <message>
            <source>Ansvarlig er ikke valgt ennå.</source>
            <translation>Ansvarleg er ikkje valt enno.</translation>
        </message>
        <message>
            <source>Familiens del: {text}</source>
            <translation>Familien sin del: {text}</translation>
        </message>
        <message>
            <source>Ikke gått gjennom ennå.</source>
            <translation>Ikkje gått gjennom enno.</translation>
        </message>
        <message>
            <source>{outcome}. Ny dato: {date}.</source>
            <translation>{outcome}. Ny dato: {date}.</translation>
        </message>
        <message>
            <source>I dag: {outcome}</source>
            <translation>I dag: {outcome}</translation>
        </message>
        <message>
            <source>Vi ser tilbake på hjelpen {name} har fått, og avtaler hvem som følger opp videre, og når.</source>
            <translation>Vi ser tilbake på hjelpa {name} har fått, og avtalar kven som følgjer opp vidare, og når.</translation>
        </message>
        <message>
            <source>Vi er her for å finne riktig hjelp for {name}, og for å skrive ned hvem som gjør hva, og når.</source>
            <translation>Vi er her for å finne rett hjelp for {name}, og for å skrive ned kven som gjer kva, og når.</translation>
        </message>
        <message>
            <source>{date} kl. {time}</source>
            <translation>{date} kl. {time}</translation>
        </message>
        <message>
            <source>Innen {due}. Vi ser på det igjen {review}.</source>
            <translation>Innan {due}. Vi ser på det att {review}.</translation>
        </message>
        <message>
            <source>Innen {due}.</source>
            <translation>Innan {due}.</translation>
        </message>
        <message>
            <source>Vi ser på det igjen {review}.</source>
            <translation>Vi ser på det att {review}.</translation>
        </message>
        <message>
            <source>Datoen er ikke avtalt ennå.</source>
            <translation>Datoen er ikkje avtalt enno.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Kom i gang med Familiemøte</source>
            <translation>Kom i gang med Familiemøte</translation>
        </message>
        <message>
            <source>&amp;Videre ▶</source>
            <translation>&amp;Vidare ▶</translation>
        </message>
        <message>
            <source>◀ &amp;Tilbake</source>
            <translation>◀ &amp;Tilbake</translation>
        </message>
        <message>
            <source>&amp;Fullfør</source>
            <translation>&amp;Fullfør</translation>
        </message>
        <message>
            <source>&amp;Avbryt</source>
            <translation>&amp;Avbryt</translation>
        </message>
        <message>
            <source>Avslutte Familiemøte?</source>
            <translation>Avslutte Familiemøte?</translation>
        </message>
        <message>
            <source>Vil du avslutte nå? Ingenting er laget ennå, heller ikke passordfrasen. Neste gang du starter Familiemøte, begynner du her igjen.</source>
            <translation>Vil du avslutte no? Ingenting er laga enno, heller ikkje passordfrasen. Neste gong du startar Familiemøte, byrjar du her igjen.</translation>
        </message>
        <message>
            <source>&amp;Avslutt</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>&amp;Fortsett oppsettet</source>
            <translation>&amp;Hald fram med oppsettet</translation>
        </message>
    </context>
    <context>
        <name>FollowUpMenu</name>
        <message>
            <source>O&amp;ppfølging</source>
            <translation>O&amp;ppfølging</translation>
        </message>
        <message>
            <source>&amp;Oversikt over oppfølging</source>
            <translation>&amp;Oversikt over oppfølging</translation>
        </message>
        <message>
            <source>Eksporter til &amp;kalender (.ics) …</source>
            <translation>Eksporter til &amp;kalender (.ics) …</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message numerus="yes">
            <source>%n dager</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Utløpt for {days} siden</source>
            <translation>Gått ut for {days} sidan</translation>
        </message>
        <message>
            <source>Utløper i dag</source>
            <translation>Går ut i dag</translation>
        </message>
        <message>
            <source>Utløper om {days}</source>
            <translation>Går ut om {days}</translation>
        </message>
        <message>
            <source>Møtet er i dag</source>
            <translation>Møtet er i dag</translation>
        </message>
        <message>
            <source>Møtet er i morgen</source>
            <translation>Møtet er i morgon</translation>
        </message>
        <message>
            <source>Møtet er om {days}</source>
            <translation>Møtet er om {days}</translation>
        </message>
        <message>
            <source>Ingen frist</source>
            <translation>Inga frist</translation>
        </message>
        <message>
            <source>Har ventet i {days}</source>
            <translation>Har venta i {days}</translation>
        </message>
        <message>
            <source>Venter fra i dag</source>
            <translation>Ventar frå i dag</translation>
        </message>
        <message>
            <source>Forfalt for {days} siden</source>
            <translation>Forfall for {days} sidan</translation>
        </message>
        <message>
            <source>Forfalt i går</source>
            <translation>Forfall i går</translation>
        </message>
        <message>
            <source>Forfaller i dag</source>
            <translation>Forfell i dag</translation>
        </message>
        <message>
            <source>Forfaller i morgen</source>
            <translation>Forfell i morgon</translation>
        </message>
        <message>
            <source>Forfaller om {days}</source>
            <translation>Forfell om {days}</translation>
        </message>
        <message>
            <source>Når</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <source>Barn</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Gjeld</translation>
        </message>
        <message>
            <source>Ansvarlig tjeneste</source>
            <translation>Ansvarleg teneste</translation>
        </message>
        <message>
            <source>Ansvarlig person</source>
            <translation>Ansvarleg person</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source> (eksempel)</source>
            <translation> (eksempel)</translation>
        </message>
        <message>
            <source>Samtykke gitt av ungdommen selv</source>
            <translation>Samtykke gitt av ungdommen sjølv</translation>
        </message>
        <message>
            <source>Samtykke gitt av {name}</source>
            <translation>Samtykke gitt av {name}</translation>
        </message>
        <message>
            <source>Møte</source>
            <translation>Møte</translation>
        </message>
        <message>
            <source>{kind} {day} kl. {time}</source>
            <translation>{kind} {day} kl. {time}</translation>
        </message>
        <message>
            <source>{kind} {day}</source>
            <translation>{kind} {day}</translation>
        </message>
        <message>
            <source>Ny vurdering {day}</source>
            <translation>Ny vurdering {day}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message>
            <source>Oppfølging – alle saker</source>
            <translation>Oppfølging – alle saker</translation>
        </message>
        <message>
            <source>Alt som haster</source>
            <translation>Alt som hastar</translation>
        </message>
        <message>
            <source>&amp;Vis:</source>
            <translation>&amp;Vis:</translation>
        </message>
        <message>
            <source>&amp;Tjeneste:</source>
            <translation>&amp;Teneste:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Oppdater</source>
            <translation>&amp;Oppdater</translation>
        </message>
        <message>
            <source>Oppdater oversikten</source>
            <translation>Oppdater oversikta</translation>
        </message>
        <message>
            <source>&amp;Mine tiltak</source>
            <translation>&amp;Mine tiltak</translation>
        </message>
        <message>
            <source>Mine tiltak</source>
            <translation>Mine tiltak</translation>
        </message>
        <message>
            <source>Oppfølging</source>
            <translation>Oppfølging</translation>
        </message>
        <message>
            <source>Dobbeltklikk eller trykk Enter for å åpne saken. Ctrl+U viser vinduet igjen.</source>
            <translation>Dobbeltklikk eller trykk Enter for å opne saka. Ctrl+U viser vindauget igjen.</translation>
        </message>
        <message>
            <source>Ingenting å følge opp med disse valgene.</source>
            <translation>Ingenting å følgje opp med desse vala.</translation>
        </message>
        <message>
            <source>Alle tjenester</source>
            <translation>Alle tenester</translation>
        </message>
        <message>
            <source>Alle personer</source>
            <translation>Alle personar</translation>
        </message>
        <message>
            <source>Programmet vet ikke hvem du er ennå. Fyll inn navn, tjeneste og rolle under Innstillinger &gt; Meg.</source>
            <translation>Programmet veit ikkje kven du er enno. Fyll inn namn, teneste og rolle under Innstillingar &gt; Meg.</translation>
        </message>
        <message>
            <source>&amp;Haster nå</source>
            <translation>&amp;Hastar no</translation>
        </message>
        <message>
            <source>&amp;Alle åpne tiltak</source>
            <translation>&amp;Alle opne tiltak</translation>
        </message>
        <message>
            <source>&amp;Kommende møter</source>
            <translation>&amp;Komande møte</translation>
        </message>
        <message>
            <source>Haster nå</source>
            <translation>Hastar no</translation>
        </message>
        <message>
            <source>Alle åpne tiltak</source>
            <translation>Alle opne tiltak</translation>
        </message>
        <message>
            <source>Kommende møter, de neste 8 ukene</source>
            <translation>Komande møte, dei neste 8 vekene</translation>
        </message>
        <message>
            <source>Henter oppfølgingslisten …</source>
            <translation>Hentar oppfølgingslista …</translation>
        </message>
        <message numerus="yes">
            <source>%n møter de neste 8 ukene</source>
            <translation>
                <numerusform>%n møte dei neste 8 vekene</numerusform>
                <numerusform>%n møte dei neste 8 vekene</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n åpne tiltak</source>
            <translation>
                <numerusform>%n ope tiltak</numerusform>
                <numerusform>%n opne tiltak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n punkter</source>
            <translation>
                <numerusform>%n punkt</numerusform>
                <numerusform>%n punkt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n forfalte</source>
            <translation>
                <numerusform>%n forfalle</numerusform>
                <numerusform>%n forfalne</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Skriv datoen, for eksempel 15.12.2026, 15.12.26 eller 15122026</source>
            <translation>Skriv datoen, til dømes 15.12.2026, 15.12.26 eller 15122026</translation>
        </message>
        <message>
            <source>Skriv dato og klokkeslett, for eksempel 15.12.2026 09:30</source>
            <translation>Skriv dato og klokkeslett, til dømes 15.12.2026 09:30</translation>
        </message>
        <message>
            <source>«{typed}» er ikke en dato. Feltet viser datoen det hadde før.</source>
            <translation>«{typed}» er ikkje ein dato. Feltet viser datoen det hadde før.</translation>
        </message>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>Feil</source>
            <translation>Feil</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>A&amp;vbryt</source>
            <translation>A&amp;vbryt</translation>
        </message>
        <message>
            <source>Ikke lagret: {text}</source>
            <translation>Ikkje lagra: {text}</translation>
        </message>
    </context>
    <context>
        <name>GlossaryDialog</name>
        <message>
            <source>Ordliste</source>
            <translation>Ordliste</translation>
        </message>
        <message>
            <source>Ett ord for én ting: slik brukes ordene i Familiemøte. Kontaktperson, koordinator, stafettholder og initiativtaker er fire ulike ting.</source>
            <translation>Eitt ord for éin ting: slik blir orda brukte i Familiemøte. Kontaktperson, koordinator, stafetthaldar og initiativtakar er fire ulike ting.</translation>
        </message>
        <message>
            <source>Søk i ordlisten</source>
            <translation>Søk i ordlista</translation>
        </message>
        <message>
            <source>Tøm søket</source>
            <translation>Tøm søket</translation>
        </message>
        <message>
            <source>&amp;Søk:</source>
            <translation>&amp;Søk:</translation>
        </message>
        <message>
            <source>Ord</source>
            <translation>Ord</translation>
        </message>
        <message>
            <source>Hva det betyr her</source>
            <translation>Kva det tyder her</translation>
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <source>Ingen ord passer til søket.</source>
            <translation>Ingen ord passar til søket.</translation>
        </message>
        <message>
            <source>{n} ord</source>
            <translation>{n} ord</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Overlever tiltak</source>
            <translation>Overlever tiltak</translation>
        </message>
        <message>
            <source>Tiltak:</source>
            <translation>Tiltak:</translation>
        </message>
        <message>
            <source>Ansvarlig nå:</source>
            <translation>Ansvarleg no:</translation>
        </message>
        <message>
            <source>Til &amp;tjeneste:</source>
            <translation>Til &amp;teneste:</translation>
        </message>
        <message>
            <source>Til &amp;person:</source>
            <translation>Til &amp;person:</translation>
        </message>
        <message>
            <source>&amp;Merknad:</source>
            <translation>&amp;Merknad:</translation>
        </message>
        <message>
            <source>Ansvaret går over først når mottakeren har godtatt. Til da er det fortsatt den som har det nå som har ansvaret.</source>
            <translation>Ansvaret går over først når mottakaren har godteke det. Til då er det framleis den som har det no, som har ansvaret.</translation>
        </message>
    </context>
    <context>
        <name>HeldDayDialog</name>
        <message>
            <source>Møtet er satt opp fram i tid</source>
            <translation>Møtet er sett opp fram i tid</translation>
        </message>
        <message>
            <source>&amp;Registrer som holdt</source>
            <translation>&amp;Registrer som halde</translation>
        </message>
        <message>
            <source>Møtet er satt opp {planned}, og den dagen er ikke kommet ennå.

Ble møtet holdt i dag? Hvis det ble holdt en annen dag, skriv den dagen. Møtets tidspunkt endres til det, og det opprinnelige tidspunktet står i sakens historikk.</source>
            <translation>Møtet er sett opp {planned}, og den dagen er ikkje komen enno.

Vart møtet halde i dag? Om det vart halde ein annan dag, skriv den dagen. Tidspunktet for møtet vert endra til det, og det opphavlege tidspunktet står i historikken til saka.</translation>
        </message>
        <message>
            <source>Dagen møtet ble holdt</source>
            <translation>Dagen møtet vart halde</translation>
        </message>
        <message>
            <source>&amp;Holdt dag:</source>
            <translation>&amp;Halde dag:</translation>
        </message>
        <message>
            <source>Fra {opened} (da saken ble opprettet) til i dag, {today}.</source>
            <translation>Frå {opened} (då saka vart oppretta) til i dag, {today}.</translation>
        </message>
        <message>
            <source>Registreres som holdt</source>
            <translation>Vert registrert som halde</translation>
        </message>
        <message>
            <source>Registreres som holdt {held}.</source>
            <translation>Vert registrert som halde {held}.</translation>
        </message>
    </context>
    <context>
        <name>HelpPanel</name>
        <message>
            <source>og</source>
            <translation>og</translation>
        </message>
        <message>
            <source>Kilde: {sources}</source>
            <translation>Kjelde: {sources}</translation>
        </message>
        <message>
            <source>Vis eller skjul hjelpen (F1)</source>
            <translation>Vis eller skjul hjelpa (F1)</translation>
        </message>
        <message>
            <source>Hva rapporten fant:</source>
            <translation>Kva rapporten fann:</translation>
        </message>
        <message>
            <source>Vist</source>
            <translation>Vist</translation>
        </message>
        <message>
            <source>Skjult</source>
            <translation>Skjult</translation>
        </message>
        <message>
            <source>Om fasen «{name}»</source>
            <translation>Om fasen «{name}»</translation>
        </message>
        <message>
            <source>Hj&amp;elp om fasen</source>
            <translation>Hj&amp;elp om fasen</translation>
        </message>
        <message>
            <source>Hva fasen er til:</source>
            <translation>Kva fasen er til:</translation>
        </message>
        <message>
            <source>Om steget «{title}»</source>
            <translation>Om steget «{title}»</translation>
        </message>
        <message>
            <source>Hjel&amp;p om steget</source>
            <translation>Hjel&amp;p om steget</translation>
        </message>
        <message>
            <source>Hva steget er til:</source>
            <translation>Kva steget er til:</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Saken</source>
            <translation>Saka</translation>
        </message>
        <message>
            <source>Familiemedlem</source>
            <translation>Familiemedlem</translation>
        </message>
        <message>
            <source>Møte</source>
            <translation>Møte</translation>
        </message>
        <message>
            <source>Deltaker</source>
            <translation>Deltakar</translation>
        </message>
        <message>
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <source>Overføring av ansvar</source>
            <translation>Overføring av ansvar</translation>
        </message>
        <message>
            <source>Gjennomgang av tiltak</source>
            <translation>Gjennomgang av tiltak</translation>
        </message>
        <message>
            <source>Samtykke</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Tjeneste i samtykke</source>
            <translation>Teneste i samtykke</translation>
        </message>
        <message>
            <source>Beslutning om fase</source>
            <translation>Avgjerd om fase</translation>
        </message>
        <message>
            <source>Henvisning</source>
            <translation>Tilvising</translation>
        </message>
        <message>
            <source>Barnets syn</source>
            <translation>Synet til barnet</translation>
        </message>
        <message>
            <source>Beskjed til henviser</source>
            <translation>Beskjed til tilvisar</translation>
        </message>
        <message>
            <source>lagt inn</source>
            <translation>lagt inn</translation>
        </message>
        <message>
            <source>endret</source>
            <translation>endra</translation>
        </message>
        <message>
            <source>slettet</source>
            <translation>sletta</translation>
        </message>
        <message>
            <source>skrevet ut</source>
            <translation>skrive ut</translation>
        </message>
        <message>
            <source>eksportert til fil</source>
            <translation>eksportert til fil</translation>
        </message>
        <message>
            <source>lest inn fra fil</source>
            <translation>lese inn frå fil</translation>
        </message>
        <message>
            <source>lagret over en annens samtidige endring</source>
            <translation>lagra over ei samtidig endring frå nokon annan</translation>
        </message>
        <message>
            <source>ikke lagret: en annen hadde nettopp lagret en endring av det samme</source>
            <translation>ikkje lagra: ein annan hadde nett lagra ei endring av det same</translation>
        </message>
        <message>
            <source>lagret som PDF</source>
            <translation>lagra som PDF</translation>
        </message>
        <message>
            <source>tatt med i en sikkerhetskopi</source>
            <translation>teke med i ein tryggleikskopi</translation>
        </message>
        <message>
            <source>lagt i kalenderfil (.ics)</source>
            <translation>lagt i kalenderfil (.ics)</translation>
        </message>
        <message>
            <source>Barnets fornavn</source>
            <translation>Førenamnet til barnet</translation>
        </message>
        <message>
            <source>Fødselsår</source>
            <translation>Fødselsår</translation>
        </message>
        <message>
            <source>Fødselsdato</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Bekymringen</source>
            <translation>Bekymringa</translation>
        </message>
        <message>
            <source>Avsluttet</source>
            <translation>Avslutta</translation>
        </message>
        <message>
            <source>Åpnet</source>
            <translation>Opna</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Relasjon</source>
            <translation>Relasjon</translation>
        </message>
        <message>
            <source>Foresatt</source>
            <translation>Føresett</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Stad</translation>
        </message>
        <message>
            <source>Oppmøte</source>
            <translation>Oppmøte</translation>
        </message>
        <message>
            <source>Roller</source>
            <translation>Roller</translation>
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation>Skildring</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Ny vurdering</source>
            <translation>Ny vurdering</translation>
        </message>
        <message>
            <source>Beslutning</source>
            <translation>Avgjerd</translation>
        </message>
        <message>
            <source>Beslutningen</source>
            <translation>Avgjerda</translation>
        </message>
        <message>
            <source>Gitt</source>
            <translation>Gitt</translation>
        </message>
        <message>
            <source>Trukket tilbake</source>
            <translation>Trekt tilbake</translation>
        </message>
        <message>
            <source>Gyldig til</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>Formål</source>
            <translation>Føremål</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Tekst</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Dokument</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Fil</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Gjeld</translation>
        </message>
        <message>
            <source>Nr.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Felt</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Møte nr.</source>
            <translation>Møte nr.</translation>
        </message>
        <message>
            <source>Møter nr.</source>
            <translation>Møte nr.</translation>
        </message>
        <message>
            <source>Vurdering av tiltak nr.</source>
            <translation>Vurdering av tiltak nr.</translation>
        </message>
        <message>
            <source>Antall</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Oppfølgingsplan</source>
            <translation>Oppfølgingsplan</translation>
        </message>
        <message>
            <source>Oppfølgingsplan, familiens kopi</source>
            <translation>Oppfølgingsplan, kopi til familien</translation>
        </message>
        <message>
            <source>Samtykkeskjema</source>
            <translation>Samtykkeskjema</translation>
        </message>
        <message>
            <source>Vurderingsskjema</source>
            <translation>Vurderingsskjema</translation>
        </message>
        <message>
            <source>Hele saken (eksportfil)</source>
            <translation>Heile saka (eksportfil)</translation>
        </message>
        <message>
            <source>Kalenderfil</source>
            <translation>Kalenderfil</translation>
        </message>
        <message>
            <source>Hele databasen</source>
            <translation>Heile databasen</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>nei</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>{thing} {done}</source>
            <translation>{thing} {done}</translation>
        </message>
        <message>
            <source>(innholdet kan ikke leses)</source>
            <translation>(innhaldet kan ikkje lesast)</translation>
        </message>
        <message numerus="yes">
            <source>%n oppføringer i loggen er endret eller fjernet utenfor Familiemøte.</source>
            <translation>
                <numerusform>%n oppføring i loggen er endra eller fjerna utanfor Familiemøte.</numerusform>
                <numerusform>%n oppføringar i loggen er endra eller fjerna utanfor Familiemøte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n oppføringer mangler Familiemøtes segl: de er lagt inn eller skrevet om utenfor programmet og kan være forfalsket.</source>
            <translation>
                <numerusform>%n oppføring manglar seglet til Familiemøte: ho er lagd inn eller skriven om utanfor programmet og kan vere forfalska.</numerusform>
                <numerusform>%n oppføringar manglar seglet til Familiemøte: dei er lagde inn eller skrivne om utanfor programmet og kan vere forfalska.</numerusform>
            </translation>
        </message>
        <message>
            <source>De nyeste oppføringene er fjernet: nr. {id} fantes da historikken sist ble kontrollert på denne maskinen, men finnes ikke lenger.</source>
            <translation>Dei nyaste oppføringane er fjerna: nr. {id} fanst då historikken sist vart kontrollert på denne maskina, men finst ikkje lenger.</translation>
        </message>
        <message>
            <source>Historikken er skrevet om eller har fått oppføringer fjernet: fram til nr. {id} stemmer den ikke med det som ble kontrollert tidligere.</source>
            <translation>Historikken er skriven om eller har fått oppføringar fjerna: fram til nr. {id} stemmer han ikkje med det som vart kontrollert tidlegare.</translation>
        </message>
        <message>
            <source>Vernet i databasen som hindrer endring av historikken var fjernet. Familiemøte har satt det på igjen.</source>
            <translation>Vernet i databasen som hindrar endring av historikken var fjerna. Familiemøte har sett det på igjen.</translation>
        </message>
        <message>
            <source>Vernet i databasen som hindrer endring av historikken mangler, og din pålogging har ikke rett til å sette det på igjen. Be IT kjøre «familiemote migrate --grant-to …» for databasen på nytt.</source>
            <translation>Vernet i databasen som hindrar endring av historikken manglar, og pålogginga di har ikkje rett til å setje det på igjen. Be IT køyre «familiemote migrate --grant-to …» for databasen på nytt.</translation>
        </message>
        <message>
            <source>⚠ Advarsel: historikken stemmer ikke, så den kan ikke stoles på.</source>
            <translation>⚠ Åtvaring: historikken stemmer ikkje, så ein kan ikkje stole på han.</translation>
        </message>
        <message>
            <source>⚠ Advarsel: vernet av historikken har vært slått av.</source>
            <translation>⚠ Åtvaring: vernet av historikken har vore slått av.</translation>
        </message>
        <message>
            <source>{n} av oppføringene som vises her, er endret (merket ⚠).</source>
            <translation>{n} av oppføringane som blir viste her, er endra (merkte ⚠).</translation>
        </message>
        <message>
            <source>Hva du gjør: kontakt IT eller personvernombudet før du gjør flere endringer. En sikkerhetskopi fra før endringen viser hva som stod der.</source>
            <translation>Kva du gjer: kontakt IT eller personvernombodet før du gjer fleire endringar. Ein tryggingskopi frå før endringa viser kva som stod der.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Historikk</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <source>Alt som er lagret, skrevet ut eller eksportert i saken, nyeste først. Historikken kan ikke endres.</source>
            <translation>Alt som er lagra, skrive ut eller eksportert i saka, nyaste først. Historikken kan ikkje endrast.</translation>
        </message>
        <message>
            <source>Vis el&amp;dre</source>
            <translation>Vis el&amp;dre</translation>
        </message>
        <message>
            <source>Ingenting er registrert ennå.</source>
            <translation>Ingenting er registrert enno.</translation>
        </message>
        <message>
            <source>Kontroll av historikken</source>
            <translation>Kontroll av historikken</translation>
        </message>
        <message>
            <source>Hv&amp;em har sett saken …</source>
            <translation>Kv&amp;en har sett saka …</translation>
        </message>
        <message>
            <source>Av&amp;bryt kontrollen</source>
            <translation>Av&amp;bryt kontrollen</translation>
        </message>
        <message>
            <source>Ko&amp;ntroller hele historikken</source>
            <translation>Ko&amp;ntroller heile historikken</translation>
        </message>
        <message>
            <source>Går gjennom hele loggen for alle saker fra første oppføring. Du kan arbeide videre mens den går.</source>
            <translation>Går gjennom heile loggen for alle saker frå første oppføring. Du kan arbeide vidare medan han går.</translation>
        </message>
        <message>
            <source>Avbryter kontrollen …</source>
            <translation>Avbryt kontrollen …</translation>
        </message>
        <message>
            <source>Kontrollerer hele historikken. Du kan arbeide videre så lenge.</source>
            <translation>Kontrollerer heile historikken. Du kan arbeide vidare så lenge.</translation>
        </message>
        <message>
            <source>%v av %m oppføringer</source>
            <translation>%v av %m oppføringar</translation>
        </message>
        <message>
            <source>Kontrollen ble avbrutt. Historikken er kontrollert fram til forrige gang.</source>
            <translation>Kontrollen vart avbroten. Historikken er kontrollert fram til førre gong.</translation>
        </message>
        <message>
            <source>Kontrollen av historikken stoppet med en uventet feil. Prøv igjen.</source>
            <translation>Kontrollen av historikken stoppa med ein uventa feil. Prøv igjen.</translation>
        </message>
        <message numerus="yes">
            <source>%n nye oppføringer er ikke kontrollert ennå.</source>
            <translation>
                <numerusform>%n ny oppføring er ikkje kontrollert enno.</numerusform>
                <numerusform>%n nye oppføringar er ikkje kontrollerte enno.</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Historikken er kontrollert og stemmer ikke.</source>
            <translation>⚠ Historikken er kontrollert og stemmer ikkje.</translation>
        </message>
        <message numerus="yes">
            <source>✓ Hele historikken er kontrollert: %n oppføringer stemmer.</source>
            <translation>
                <numerusform>✓ Heile historikken er kontrollert: %n oppføring stemmer.</numerusform>
                <numerusform>✓ Heile historikken er kontrollert: %n oppføringar stemmer.</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ Historikken er kontrollert og stemmer.</source>
            <translation>✓ Historikken er kontrollert og stemmer.</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Hva skjedde</source>
            <translation>Kva skjedde</translation>
        </message>
        <message>
            <source>Endringer</source>
            <translation>Endringar</translation>
        </message>
        <message>
            <source>&amp;Vis:</source>
            <translation>&amp;Vis:</translation>
        </message>
        <message>
            <source>Vis i historikken</source>
            <translation>Vis i historikken</translation>
        </message>
        <message numerus="yes">
            <source>{shown} av %n oppføringer</source>
            <translation>
                <numerusform>{shown} av %n oppføring</numerusform>
                <numerusform>{shown} av %n oppføringar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Saken og familien</source>
            <translation>Saka og familien</translation>
        </message>
        <message>
            <source>Møter</source>
            <translation>Møte</translation>
        </message>
        <message>
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <source>Samtykke</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Utskrifter og eksport</source>
            <translation>Utskrifter og eksport</translation>
        </message>
        <message>
            <source>Tilgang og innsyn</source>
            <translation>Tilgang og innsyn</translation>
        </message>
        <message>
            <source>Barnets fornavn</source>
            <translation>Førenamnet til barnet</translation>
        </message>
        <message>
            <source>Fødselsår</source>
            <translation>Fødselsår</translation>
        </message>
        <message>
            <source>Fødselsdato</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>Fase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Bekymring meldt av familien</source>
            <translation>Bekymring meldt av familien</translation>
        </message>
        <message>
            <source>Bekymring meldt av</source>
            <translation>Bekymring meldt av</translation>
        </message>
        <message>
            <source>Initiativtaker</source>
            <translation>Initiativtakar</translation>
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Bekymringen</source>
            <translation>Bekymringa</translation>
        </message>
        <message>
            <source>Familien</source>
            <translation>Familien</translation>
        </message>
        <message>
            <source>Avsluttet</source>
            <translation>Avslutta</translation>
        </message>
        <message>
            <source>Åpnet</source>
            <translation>Opna</translation>
        </message>
        <message>
            <source>Anonym drøfting</source>
            <translation>Anonym drøfting</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Relasjon</source>
            <translation>Relasjon</translation>
        </message>
        <message>
            <source>Foresatt</source>
            <translation>Føresett</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Stad</translation>
        </message>
        <message>
            <source>Familiens beskrivelse</source>
            <translation>Skildringa til familien</translation>
        </message>
        <message>
            <source>Barnets stemme</source>
            <translation>Stemma til barnet</translation>
        </message>
        <message>
            <source>Tjenestenes vurdering</source>
            <translation>Vurderinga til tenestene</translation>
        </message>
        <message>
            <source>Beslutning</source>
            <translation>Avgjerd</translation>
        </message>
        <message>
            <source>Beslutningen</source>
            <translation>Avgjerda</translation>
        </message>
        <message>
            <source>Neste møte</source>
            <translation>Neste møte</translation>
        </message>
        <message>
            <source>Tidspunkt for neste møte</source>
            <translation>Tidspunkt for neste møte</translation>
        </message>
        <message>
            <source>Interne notater</source>
            <translation>Interne notat</translation>
        </message>
        <message>
            <source>Begrunnelse for unntak</source>
            <translation>Grunngjeving for unntak</translation>
        </message>
        <message>
            <source>Epikrise sendt</source>
            <translation>Epikrise send</translation>
        </message>
        <message>
            <source>Oppmøte</source>
            <translation>Oppmøte</translation>
        </message>
        <message>
            <source>Roller</source>
            <translation>Roller</translation>
        </message>
        <message>
            <source>Mottar opplysninger</source>
            <translation>Får opplysningar</translation>
        </message>
        <message>
            <source>Fagperson</source>
            <translation>Fagperson</translation>
        </message>
        <message>
            <source>Tjeneste</source>
            <translation>Teneste</translation>
        </message>
        <message>
            <source>Familiemedlem</source>
            <translation>Familiemedlem</translation>
        </message>
        <message>
            <source>Tiltaket</source>
            <translation>Tiltaket</translation>
        </message>
        <message>
            <source>Ansvarlig tjeneste</source>
            <translation>Ansvarleg teneste</translation>
        </message>
        <message>
            <source>Ansvarlig person</source>
            <translation>Ansvarleg person</translation>
        </message>
        <message>
            <source>Andre involverte</source>
            <translation>Andre involverte</translation>
        </message>
        <message>
            <source>Familiens del</source>
            <translation>Delen til familien</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Ny vurdering</source>
            <translation>Ny vurdering</translation>
        </message>
        <message>
            <source>Begrunnelse</source>
            <translation>Grunngjeving</translation>
        </message>
        <message>
            <source>Bare internt</source>
            <translation>Berre internt</translation>
        </message>
        <message>
            <source>Fra tjeneste</source>
            <translation>Frå teneste</translation>
        </message>
        <message>
            <source>Fra person</source>
            <translation>Frå person</translation>
        </message>
        <message>
            <source>Til tjeneste</source>
            <translation>Til teneste</translation>
        </message>
        <message>
            <source>Til person</source>
            <translation>Til person</translation>
        </message>
        <message>
            <source>Foreslått</source>
            <translation>Føreslått</translation>
        </message>
        <message>
            <source>Godtatt</source>
            <translation>Godteke</translation>
        </message>
        <message>
            <source>Godtatt av</source>
            <translation>Godteke av</translation>
        </message>
        <message>
            <source>Avslått</source>
            <translation>Avslått</translation>
        </message>
        <message>
            <source>Avslått av</source>
            <translation>Avslått av</translation>
        </message>
        <message>
            <source>Begrunnelse for avslaget</source>
            <translation>Grunngjeving for avslaget</translation>
        </message>
        <message>
            <source>Utfall</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>Ny dato</source>
            <translation>Ny dato</translation>
        </message>
        <message>
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>Gitt av</source>
            <translation>Gitt av</translation>
        </message>
        <message>
            <source>Gitt av ungdommen selv</source>
            <translation>Gitt av ungdommen sjølv</translation>
        </message>
        <message>
            <source>Gjelder</source>
            <translation>Gjeld</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Gitt</source>
            <translation>Gitt</translation>
        </message>
        <message>
            <source>Registrert av</source>
            <translation>Registrert av</translation>
        </message>
        <message>
            <source>Gyldig til</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>Trukket tilbake</source>
            <translation>Trekt tilbake</translation>
        </message>
        <message>
            <source>Hvordan tilbaketrekkingen ble meddelt</source>
            <translation>Korleis tilbaketrekkinga vart meld</translation>
        </message>
        <message>
            <source>Fra fase</source>
            <translation>Frå fase</translation>
        </message>
        <message>
            <source>Til fase</source>
            <translation>Til fase</translation>
        </message>
        <message>
            <source>Besluttet</source>
            <translation>Avgjort</translation>
        </message>
        <message>
            <source>Besluttet av</source>
            <translation>Avgjort av</translation>
        </message>
        <message>
            <source>Henvist til</source>
            <translation>Tilvist til</translation>
        </message>
        <message>
            <source>Sjekklisten</source>
            <translation>Sjekklista</translation>
        </message>
        <message>
            <source>Notater til sjekklisten</source>
            <translation>Notat til sjekklista</translation>
        </message>
        <message>
            <source>Sendt</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Henviser</source>
            <translation>Tilvisar</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Tekst</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Mottaker</source>
            <translation>Mottakar</translation>
        </message>
        <message>
            <source>Opprettet</source>
            <translation>Oppretta</translation>
        </message>
        <message>
            <source>Beskjed gitt</source>
            <translation>Beskjed gitt</translation>
        </message>
        <message>
            <source>Beskjed gitt av</source>
            <translation>Beskjed gitt av</translation>
        </message>
        <message>
            <source>Antall</source>
            <translation>Tal</translation>
        </message>
        <message>
            <source>oppfølgingsplanen</source>
            <translation>oppfølgingsplanen</translation>
        </message>
        <message>
            <source>familiens kopi av oppfølgingsplanen</source>
            <translation>kopien av oppfølgingsplanen til familien</translation>
        </message>
        <message>
            <source>samtykkeskjemaet</source>
            <translation>samtykkeskjemaet</translation>
        </message>
        <message>
            <source>loggen over hvem som har sett saken</source>
            <translation>loggen over kven som har sett saka</translation>
        </message>
        <message>
            <source>familiens innsynskopi</source>
            <translation>innsynskopien til familien</translation>
        </message>
        <message>
            <source>vurderingsskjemaet</source>
            <translation>vurderingsskjemaet</translation>
        </message>
        <message>
            <source>informasjonen til familien</source>
            <translation>informasjonen til familien</translation>
        </message>
        <message>
            <source>invitasjonen til møtet</source>
            <translation>invitasjonen til møtet</translation>
        </message>
        <message>
            <source>hele saken</source>
            <translation>heile saka</translation>
        </message>
        <message>
            <source>møtene</source>
            <translation>møta</translation>
        </message>
        <message>
            <source>hele databasen</source>
            <translation>heile databasen</translation>
        </message>
        <message>
            <source>saken</source>
            <translation>saka</translation>
        </message>
        <message>
            <source>et familiemedlem</source>
            <translation>eit familiemedlem</translation>
        </message>
        <message>
            <source>et møte</source>
            <translation>eit møte</translation>
        </message>
        <message>
            <source>en deltaker i et møte</source>
            <translation>ein deltakar i eit møte</translation>
        </message>
        <message>
            <source>et tiltak</source>
            <translation>eit tiltak</translation>
        </message>
        <message>
            <source>en overføring av ansvar</source>
            <translation>ei overføring av ansvar</translation>
        </message>
        <message>
            <source>en vurdering av et tiltak</source>
            <translation>ei vurdering av eit tiltak</translation>
        </message>
        <message>
            <source>et samtykke</source>
            <translation>eit samtykke</translation>
        </message>
        <message>
            <source>en tjeneste i et samtykke</source>
            <translation>ei teneste i eit samtykke</translation>
        </message>
        <message>
            <source>en beslutning om fase</source>
            <translation>ei avgjerd om fase</translation>
        </message>
        <message>
            <source>en henvisning</source>
            <translation>ei tilvising</translation>
        </message>
        <message>
            <source>barnets syn</source>
            <translation>synet til barnet</translation>
        </message>
        <message>
            <source>en beskjed til henviser</source>
            <translation>ein beskjed til tilvisaren</translation>
        </message>
        <message>
            <source>ungdommen selv</source>
            <translation>ungdommen sjølv</translation>
        </message>
        <message>
            <source>en tjeneste</source>
            <translation>ei teneste</translation>
        </message>
        <message>
            <source>en fagperson</source>
            <translation>ein fagperson</translation>
        </message>
        <message>
            <source>tiltaket «{what}»</source>
            <translation>tiltaket «{what}»</translation>
        </message>
        <message>
            <source>samtykket fra {who}</source>
            <translation>samtykket frå {who}</translation>
        </message>
        <message>
            <source>barnet ({name})</source>
            <translation>barnet ({name})</translation>
        </message>
        <message>
            <source>barnet</source>
            <translation>barnet</translation>
        </message>
        <message>
            <source>{who} fra {service}</source>
            <translation>{who} frå {service}</translation>
        </message>
        <message>
            <source>{first} og {last}</source>
            <translation>{first} og {last}</translation>
        </message>
        <message>
            <source>familiemøtet</source>
            <translation>familiemøtet</translation>
        </message>
        <message>
            <source>det oppsummerende møtet</source>
            <translation>det oppsummerande møtet</translation>
        </message>
        <message>
            <source>{what} {date}</source>
            <translation>{what} {date}</translation>
        </message>
        <message>
            <source>(ukjent verdi)</source>
            <translation>(ukjend verdi)</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>nei</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>punkt {items} av 5</source>
            <translation>punkt {items} av 5</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Anna</translation>
        </message>
        <message>
            <source>Endret: {fields} (verdiene ble ikke lagret)</source>
            <translation>Endra: {fields} (verdiane vart ikkje lagra)</translation>
        </message>
        <message>
            <source>Endret direkte i databasen, utenfor programmet: {what}</source>
            <translation>Endra direkte i databasen, utanfor programmet: {what}</translation>
        </message>
        <message>
            <source>{who} endret {what}.</source>
            <translation>{who} endra {what}.</translation>
        </message>
        <message>
            <source>(innholdet kan ikke leses: saken er slettet)</source>
            <translation>(innhaldet kan ikkje lesast: saka er sletta)</translation>
        </message>
        <message>
            <source>et dokument</source>
            <translation>eit dokument</translation>
        </message>
        <message>
            <source> for {meeting}</source>
            <translation> for {meeting}</translation>
        </message>
        <message numerus="yes">
            <source> (%n eksemplarer)</source>
            <translation>
                <numerusform> (%n eksemplar)</numerusform>
                <numerusform> (%n eksemplar)</numerusform>
            </translation>
        </message>
        <message>
            <source>{who} skrev ut {document}{meeting}{copies}.</source>
            <translation>{who} skreiv ut {document}{meeting}{copies}.</translation>
        </message>
        <message>
            <source>{who} lagret {document}{meeting} som PDF.</source>
            <translation>{who} lagra {document}{meeting} som PDF.</translation>
        </message>
        <message>
            <source>{who} eksporterte {document} til en fil.</source>
            <translation>{who} eksporterte {document} til ei fil.</translation>
        </message>
        <message>
            <source>ett møte</source>
            <translation>eitt møte</translation>
        </message>
        <message numerus="yes">
            <source>%n møter</source>
            <translation>
                <numerusform>%n møte</numerusform>
                <numerusform>%n møte</numerusform>
            </translation>
        </message>
        <message>
            <source>vurderingen av {n} tiltak</source>
            <translation>vurderinga av {n} tiltak</translation>
        </message>
        <message>
            <source>vurderingen av {action}</source>
            <translation>vurderinga av {action}</translation>
        </message>
        <message>
            <source>{who} lagret en kalenderfil (.ics) med {what}.</source>
            <translation>{who} lagra ei kalenderfil (.ics) med {what}.</translation>
        </message>
        <message>
            <source>{who} tok en sikkerhetskopi som saken er med i.</source>
            <translation>{who} tok ein tryggingskopi som saka er med i.</translation>
        </message>
        <message>
            <source>{who} leste inn saken fra en fil.</source>
            <translation>{who} las inn saka frå ei fil.</translation>
        </message>
        <message>
            <source>{who} lagret over en annens samtidige endring av {thing}{fields}.</source>
            <translation>{who} lagra over ei samtidig endring som ein annan gjorde av {thing}{fields}.</translation>
        </message>
        <message>
            <source>{who} fikk ikke lagret: en annen hadde nettopp lagret en endring av det samme.</source>
            <translation>{who} fekk ikkje lagra: ein annan hadde nett lagra ei endring av det same.</translation>
        </message>
        <message>
            <source>{who} åpnet saken.</source>
            <translation>{who} opna saka.</translation>
        </message>
        <message>
            <source>{who} åpnet saken med nødtilgang. Grunn: {reason}</source>
            <translation>{who} opna saka med naudtilgang. Grunn: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{who} laget familiens innsynskopi; %n opplysninger ble holdt tilbake.</source>
            <translation>
                <numerusform>{who} laga innsynskopien til familien; %n opplysning vart halden tilbake.</numerusform>
                <numerusform>{who} laga innsynskopien til familien; %n opplysningar vart haldne tilbake.</numerusform>
            </translation>
        </message>
        <message>
            <source>{who} laget familiens innsynskopi av alt som er lagret om barnet.</source>
            <translation>{who} laga innsynskopien til familien av alt som er lagra om barnet.</translation>
        </message>
        <message>
            <source>en kollega</source>
            <translation>ein kollega</translation>
        </message>
        <message>
            <source>{who} tok nødtilgang til saken. Grunn: {reason}</source>
            <translation>{who} tok naudtilgang til saka. Grunn: {reason}</translation>
        </message>
        <message>
            <source>{who} ga {person} tilgang til saken til og med {ends}. Grunn: {reason}</source>
            <translation>{who} gav {person} tilgang til saka til og med {ends}. Grunn: {reason}</translation>
        </message>
        <message>
            <source>{who} avsluttet tilgangen {person} hadde til saken.</source>
            <translation>{who} avslutta tilgangen {person} hadde til saka.</translation>
        </message>
        <message>
            <source>{who} avsluttet en tilgang til saken (se Sak &gt; Tilgang til saken).</source>
            <translation>{who} avslutta ein tilgang til saka (sjå Sak &gt; Tilgang til saka).</translation>
        </message>
        <message>
            <source>{services} i {meeting}</source>
            <translation>{services} i {meeting}</translation>
        </message>
        <message>
            <source>{who} registrerte {consent}. Derfor mottar nå disse opplysninger om saken i møter som ikke er holdt ennå, der de før bare drøftet saken anonymt: {what}. Møter som er holdt, er ikke endret.</source>
            <translation>{who} registrerte {consent}. Difor får desse no opplysningar om saka i møte som ikkje er haldne enno, der dei før berre drøfta saka anonymt: {what}. Møte som er haldne, er ikkje endra.</translation>
        </message>
        <message>
            <source>{who} endret {noun} for {thing} fra {old} til {new}.</source>
            <translation>{who} endra {noun} for {thing} frå {old} til {new}.</translation>
        </message>
        <message>
            <source>{who} opprettet saken om {child}.</source>
            <translation>{who} oppretta saka om {child}.</translation>
        </message>
        <message>
            <source>{who} slettet saken.</source>
            <translation>{who} sletta saka.</translation>
        </message>
        <message>
            <source>{who} flyttet saken til fase {phase}.</source>
            <translation>{who} flytta saka til fase {phase}.</translation>
        </message>
        <message>
            <source>{who} avsluttet saken.</source>
            <translation>{who} avslutta saka.</translation>
        </message>
        <message>
            <source>{who} gjenåpnet saken.</source>
            <translation>{who} opna saka att.</translation>
        </message>
        <message>
            <source>{who} endret opplysningene i saken.</source>
            <translation>{who} endra opplysningane i saka.</translation>
        </message>
        <message>
            <source>{name} ({relation}, foresatt)</source>
            <translation>{name} ({relation}, føresett)</translation>
        </message>
        <message>
            <source>{who} la til {person} i familien.</source>
            <translation>{who} la til {person} i familien.</translation>
        </message>
        <message>
            <source>{who} fjernet {person} fra familien.</source>
            <translation>{who} fjerna {person} frå familien.</translation>
        </message>
        <message>
            <source>{who} endret opplysningene om {person}.</source>
            <translation>{who} endra opplysningane om {person}.</translation>
        </message>
        <message>
            <source>{who} registrerte {meeting}.</source>
            <translation>{who} registrerte {meeting}.</translation>
        </message>
        <message>
            <source>{who} planla {meeting}.</source>
            <translation>{who} planla {meeting}.</translation>
        </message>
        <message>
            <source>{who} slettet {meeting}.</source>
            <translation>{who} sletta {meeting}.</translation>
        </message>
        <message>
            <source>{who} registrerte {meeting} som holdt.</source>
            <translation>{who} registrerte {meeting} som halde.</translation>
        </message>
        <message>
            <source>{who} avlyste {meeting}.</source>
            <translation>{who} avlyste {meeting}.</translation>
        </message>
        <message>
            <source>{who} endret {meeting}.</source>
            <translation>{who} endra {meeting}.</translation>
        </message>
        <message>
            <source>{who} førte opp {person} som deltaker i {meeting}.</source>
            <translation>{who} førte opp {person} som deltakar i {meeting}.</translation>
        </message>
        <message>
            <source>{who} tok {person} ut av deltakerlisten for {meeting}.</source>
            <translation>{who} tok {person} ut av deltakarlista for {meeting}.</translation>
        </message>
        <message>
            <source>{who} registrerte oppmøtet til {person} i {meeting}: {state}.</source>
            <translation>{who} registrerte oppmøtet til {person} i {meeting}: {state}.</translation>
        </message>
        <message>
            <source>{who} endret {person} i deltakerlisten for {meeting}.</source>
            <translation>{who} endra {person} i deltakarlista for {meeting}.</translation>
        </message>
        <message>
            <source>{who} la til {thing}, ansvarlig {responsible}{due}.</source>
            <translation>{who} la til {thing}, ansvarleg {responsible}{due}.</translation>
        </message>
        <message>
            <source>, frist {date}</source>
            <translation>, frist {date}</translation>
        </message>
        <message>
            <source>{who} fjernet {thing}.</source>
            <translation>{who} fjerna {thing}.</translation>
        </message>
        <message>
            <source>{who} satte {thing} til «{status}».</source>
            <translation>{who} sette {thing} til «{status}».</translation>
        </message>
        <message>
            <source>{who} endret {thing}.</source>
            <translation>{who} endra {thing}.</translation>
        </message>
        <message>
            <source>{who} foreslo å overføre ansvaret for {thing} fra {a} til {b}.</source>
            <translation>{who} føreslo å overføre ansvaret for {thing} frå {a} til {b}.</translation>
        </message>
        <message>
            <source>{by} godtok å ta over ansvaret for {thing} (registrert av {who}).</source>
            <translation>{by} godtok å ta over ansvaret for {thing} (registrert av {who}).</translation>
        </message>
        <message>
            <source>{by} avslo å ta over ansvaret for {thing} (registrert av {who}).</source>
            <translation>{by} avslo å ta over ansvaret for {thing} (registrert av {who}).</translation>
        </message>
        <message>
            <source>{who} endret overføringen av ansvaret for {thing}.</source>
            <translation>{who} endra overføringa av ansvaret for {thing}.</translation>
        </message>
        <message>
            <source> i {meeting}</source>
            <translation> i {meeting}</translation>
        </message>
        <message>
            <source>: {outcome}</source>
            <translation>: {outcome}</translation>
        </message>
        <message>
            <source>{who} vurderte {thing}{where}{result}.</source>
            <translation>{who} vurderte {thing}{where}{result}.</translation>
        </message>
        <message>
            <source>{who} endret vurderingen av {thing}{where}.</source>
            <translation>{who} endra vurderinga av {thing}{where}.</translation>
        </message>
        <message>
            <source>{who} registrerte samtykke fra {giver}{services}{until}.</source>
            <translation>{who} registrerte samtykke frå {giver}{services}{until}.</translation>
        </message>
        <message>
            <source> for {services}</source>
            <translation> for {services}</translation>
        </message>
        <message>
            <source>, gyldig til {date}</source>
            <translation>, gyldig til {date}</translation>
        </message>
        <message>
            <source>{who} registrerte at {consent} er trukket tilbake fra {date}.</source>
            <translation>{who} registrerte at {consent} er trekt tilbake frå {date}.</translation>
        </message>
        <message>
            <source>{who} slettet {consent}.</source>
            <translation>{who} sletta {consent}.</translation>
        </message>
        <message>
            <source>{who} endret {consent}.</source>
            <translation>{who} endra {consent}.</translation>
        </message>
        <message>
            <source>{who} tok med {service} i {consent}.</source>
            <translation>{who} tok med {service} i {consent}.</translation>
        </message>
        <message>
            <source>{who} registrerte at {consent} ikke lenger gjelder {service}.</source>
            <translation>{who} registrerte at {consent} ikkje lenger gjeld {service}.</translation>
        </message>
        <message>
            <source>{who} tok {service} ut av {consent}.</source>
            <translation>{who} tok {service} ut av {consent}.</translation>
        </message>
        <message>
            <source>{who} endret {consent} for {service}.</source>
            <translation>{who} endra {consent} for {service}.</translation>
        </message>
        <message>
            <source>{who} registrerte beslutningen om å avslutte saken i fase {a}.</source>
            <translation>{who} registrerte avgjerda om å avslutte saka i fase {a}.</translation>
        </message>
        <message>
            <source>{who} registrerte beslutningen om å gjenåpne saken i fase {b}.</source>
            <translation>{who} registrerte avgjerda om å opne saka att i fase {b}.</translation>
        </message>
        <message>
            <source>{who} registrerte beslutningen om å flytte saken fra fase {a} til {b}.</source>
            <translation>{who} registrerte avgjerda om å flytte saka frå fase {a} til {b}.</translation>
        </message>
        <message>
            <source>{who} begynte på en henvisning til {target}.</source>
            <translation>{who} byrja på ei tilvising til {target}.</translation>
        </message>
        <message>
            <source>{who} registrerte at henvisningen til {target} er sendt {date}.</source>
            <translation>{who} registrerte at tilvisinga til {target} er send {date}.</translation>
        </message>
        <message>
            <source>{who} endret henvisningen til {target}.</source>
            <translation>{who} endra tilvisinga til {target}.</translation>
        </message>
        <message>
            <source>{who} skrev ned barnets syn (hørt {date}).</source>
            <translation>{who} skreiv ned synet til barnet (høyrt {date}).</translation>
        </message>
        <message>
            <source>henviser</source>
            <translation>tilvisaren</translation>
        </message>
        <message>
            <source>{who} noterte at {recipient} skal få beskjed om beslutningen.</source>
            <translation>{who} noterte at {recipient} skal få beskjed om avgjerda.</translation>
        </message>
        <message>
            <source>{who} registrerte at {recipient} har fått beskjed.</source>
            <translation>{who} registrerte at {recipient} har fått beskjed.</translation>
        </message>
        <message>
            <source>{who} la til {thing}.</source>
            <translation>{who} la til {thing}.</translation>
        </message>
        <message>
            <source>{who} slettet {thing}.</source>
            <translation>{who} sletta {thing}.</translation>
        </message>
        <message>
            <source>(ukjent fase)</source>
            <translation>(ukjend fase)</translation>
        </message>
        <message>
            <source>fristen</source>
            <translation>fristen</translation>
        </message>
        <message>
            <source>datoen for ny vurdering</source>
            <translation>datoen for ny vurdering</translation>
        </message>
        <message>
            <source>tidspunktet</source>
            <translation>tidspunktet</translation>
        </message>
        <message>
            <source>stedet</source>
            <translation>staden</translation>
        </message>
        <message>
            <source>gyldighetstiden</source>
            <translation>gyldigheitstida</translation>
        </message>
        <message>
            <source>kontaktpersonen</source>
            <translation>kontaktpersonen</translation>
        </message>
        <message>
            <source>initiativtakeren</source>
            <translation>initiativtakaren</translation>
        </message>
        <message>
            <source>ansvarlig tjeneste</source>
            <translation>ansvarleg teneste</translation>
        </message>
        <message>
            <source>ansvarlig person</source>
            <translation>ansvarleg person</translation>
        </message>
        <message>
            <source>barnets fornavn</source>
            <translation>førenamnet til barnet</translation>
        </message>
    </context>
    <context>
        <name>InfoBoxEditor</name>
        <message>
            <source>&amp;Tittel:</source>
            <translation>&amp;Tittel:</translation>
        </message>
        <message>
            <source>Tittel</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <source>Hva boksen &amp;dekker:</source>
            <translation>Kva boksen &amp;dekkjer:</translation>
        </message>
        <message>
            <source>Hva boksen dekker</source>
            <translation>Kva boksen dekkjer</translation>
        </message>
        <message>
            <source>D&amp;eler:</source>
            <translation>D&amp;elar:</translation>
        </message>
        <message>
            <source>Delene i boksen</source>
            <translation>Delane i boksen</translation>
        </message>
        <message>
            <source>Flytt &amp;opp</source>
            <translation>Flytt &amp;opp</translation>
        </message>
        <message>
            <source>Flytt &amp;ned</source>
            <translation>Flytt &amp;ned</translation>
        </message>
        <message>
            <source>&amp;Fjern delen</source>
            <translation>&amp;Fjern delen</translation>
        </message>
        <message>
            <source>Ny overskr&amp;ift</source>
            <translation>Ny overskr&amp;ift</translation>
        </message>
        <message>
            <source>Nytt a&amp;vsnitt</source>
            <translation>Nytt a&amp;vsnitt</translation>
        </message>
        <message>
            <source>Ny &amp;punktliste</source>
            <translation>Ny &amp;punktliste</translation>
        </message>
        <message>
            <source>Nytt telefonn&amp;ummer</source>
            <translation>Nytt telefonn&amp;ummer</translation>
        </message>
        <message>
            <source>Ny len&amp;ke</source>
            <translation>Ny len&amp;ke</translation>
        </message>
        <message>
            <source>Velg en del i listen, eller legg til en ny.</source>
            <translation>Vel ein del i lista, eller legg til ein ny.</translation>
        </message>
        <message>
            <source>Inn&amp;hold:</source>
            <translation>Inn&amp;hald:</translation>
        </message>
        <message>
            <source>Teksten</source>
            <translation>Teksten</translation>
        </message>
        <message>
            <source>N&amp;avn:</source>
            <translation>N&amp;amn:</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Til&amp;bake til standardteksten</source>
            <translation>Til&amp;bake til standardteksten</translation>
        </message>
        <message>
            <source>Avb&amp;ryt</source>
            <translation>Avb&amp;ryt</translation>
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Overskrift</source>
            <translation>Overskrift</translation>
        </message>
        <message>
            <source>Avsnitt</source>
            <translation>Avsnitt</translation>
        </message>
        <message>
            <source>Liste</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Telefonnummer</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>Lenke</source>
            <translation>Lenke</translation>
        </message>
        <message numerus="yes">
            <source>%n punkter: {first}</source>
            <translation>
                <numerusform>%n punkt: {first}</numerusform>
                <numerusform>%n punkt: {first}</numerusform>
            </translation>
        </message>
        <message>
            <source>ikke fylt inn</source>
            <translation>ikkje fylt inn</translation>
        </message>
        <message>
            <source>Rediger informasjonsboks: {title}</source>
            <translation>Rediger informasjonsboks: {title}</translation>
        </message>
        <message>
            <source>Kommunens tekst, sist endret {date} av {name}.</source>
            <translation>Teksten til kommunen, sist endra {date} av {name}.</translation>
        </message>
        <message>
            <source>Standardteksten. Når du lagrer, blir teksten kommunens egen.</source>
            <translation>Standardteksten. Når du lagrar, blir teksten kommunen sin eigen.</translation>
        </message>
        <message>
            <source>{kind} lagt til.</source>
            <translation>{kind} lagd til.</translation>
        </message>
        <message>
            <source>Flyttet til plass {n}.</source>
            <translation>Flytta til plass {n}.</translation>
        </message>
        <message>
            <source>Delen er fjernet.</source>
            <translation>Delen er fjerna.</translation>
        </message>
        <message>
            <source>Ett punkt per linje.</source>
            <translation>Eitt punkt per linje.</translation>
        </message>
        <message>
            <source>Skriv vanlig tekst. Formatet ordner programmet.</source>
            <translation>Skriv vanleg tekst. Formatet ordnar programmet.</translation>
        </message>
        <message>
            <source>Nu&amp;mmer:</source>
            <translation>Nu&amp;mmer:</translation>
        </message>
        <message>
            <source>For eksempel 400 00 000. Tomt betyr ikke fylt inn.</source>
            <translation>Til dømes 400 00 000. Tomt tyder ikkje fylt inn.</translation>
        </message>
        <message>
            <source>Adre&amp;sse:</source>
            <translation>Adre&amp;sse:</translation>
        </message>
        <message>
            <source>Adressen</source>
            <translation>Adressa</translation>
        </message>
        <message>
            <source>Adressen vises som tekst å kopiere, for programmet virker uten nett.</source>
            <translation>Adressa blir vist som tekst å kopiere, for programmet verkar utan nett.</translation>
        </message>
        <message>
            <source>Boksen trenger en tittel.</source>
            <translation>Boksen treng ein tittel.</translation>
        </message>
        <message>
            <source>Del {n} ({kind}) er tom. Fyll den ut eller fjern den.</source>
            <translation>Del {n} ({kind}) er tom. Fyll han ut eller fjern han.</translation>
        </message>
        <message>
            <source>Telefonnummeret i del {n} kan bare ha sifre, mellomrom og +.</source>
            <translation>Telefonnummeret i del {n} kan berre ha siffer, mellomrom og +.</translation>
        </message>
        <message>
            <source>Noen andre har lagret denne boksen mens du skrev. Lukk, åpne boksen igjen og gjør endringen på nytt.</source>
            <translation>Nokon andre har lagra denne boksen medan du skreiv. Lukk, opne boksen igjen og gjer endringa på nytt.</translation>
        </message>
        <message>
            <source>En av delene er for lang.</source>
            <translation>Ein av delane er for lang.</translation>
        </message>
        <message>
            <source>Tilbake til standardteksten</source>
            <translation>Tilbake til standardteksten</translation>
        </message>
        <message>
            <source>Vil du erstatte kommunens tekst med standardteksten? Kommunens tekst blir borte, men endringen står i historikken.</source>
            <translation>Vil du byte ut teksten til kommunen med standardteksten? Teksten til kommunen blir borte, men endringa står i historikken.</translation>
        </message>
    </context>
    <context>
        <name>InfoBoxes</name>
        <message>
            <source>Filen kan ikke leses som en innholdspakke.</source>
            <translation>Fila kan ikkje lesast som ein innhaldspakke.</translation>
        </message>
        <message>
            <source>Filen er ikke en innholdspakke med informasjonsbokser fra Familiemøte.</source>
            <translation>Fila er ikkje ein innhaldspakke med informasjonsboksar frå Familiemøte.</translation>
        </message>
        <message>
            <source>Pakken er laget av en nyere versjon av Familiemøte. Oppdater programmet først.</source>
            <translation>Pakken er laga av ein nyare versjon av Familiemøte. Oppdater programmet først.</translation>
        </message>
        <message>
            <source>Pakken er skadet: innholdet stemmer ikke med kontrollsummen.</source>
            <translation>Pakken er skadd: innhaldet stemmer ikkje med kontrollsummen.</translation>
        </message>
        <message>
            <source>Pakken har en boks som ikke kan leses.</source>
            <translation>Pakken har ein boks som ikkje kan lesast.</translation>
        </message>
        <message>
            <source>Ingenting ble endret.</source>
            <translation>Ingenting vart endra.</translation>
        </message>
        <message>
            <source>Standardtekst: rapportene sier ikke hva boksen skal inneholde. Kommunen bør tilpasse teksten.</source>
            <translation>Standardtekst: rapportane seier ikkje kva boksen skal innehalde. Kommunen bør tilpasse teksten.</translation>
        </message>
        <message>
            <source>ikke fylt inn</source>
            <translation>ikkje fylt inn</translation>
        </message>
        <message>
            <source>Lokal kontakt</source>
            <translation>Lokal kontakt</translation>
        </message>
        <message>
            <source>Ingen lokal kontakt i katalogen ennå (Sak &gt; Katalog over tjenester).</source>
            <translation>Ingen lokal kontakt i katalogen enno (Sak &gt; Katalog over tenester).</translation>
        </message>
        <message>
            <source>og</source>
            <translation>og</translation>
        </message>
        <message>
            <source>Kilde: {sources}</source>
            <translation>Kjelde: {sources}</translation>
        </message>
        <message>
            <source>Kommunens tekst, sist endret {date} av {name}.</source>
            <translation>Teksten til kommunen, sist endra {date} av {name}.</translation>
        </message>
        <message>
            <source>Søk i boksene og hjelpetekstene</source>
            <translation>Søk i boksane og hjelpetekstane</translation>
        </message>
        <message>
            <source>Søk i informasjonsboksene og hjelpetekstene</source>
            <translation>Søk i informasjonsboksane og hjelpetekstane</translation>
        </message>
        <message>
            <source>Tøm søket</source>
            <translation>Tøm søket</translation>
        </message>
        <message>
            <source>S&amp;øk:</source>
            <translation>S&amp;øk:</translation>
        </message>
        <message>
            <source>Informasjonsbokser</source>
            <translation>Informasjonsboksar</translation>
        </message>
        <message>
            <source>Innholdet i boksen</source>
            <translation>Innhaldet i boksen</translation>
        </message>
        <message>
            <source>&amp;Rediger …</source>
            <translation>&amp;Rediger …</translation>
        </message>
        <message>
            <source>Til&amp;bake til standardteksten</source>
            <translation>Til&amp;bake til standardteksten</translation>
        </message>
        <message>
            <source>&amp;Kopier lenkene</source>
            <translation>&amp;Kopier lenkene</translation>
        </message>
        <message>
            <source>&amp;Pakke …</source>
            <translation>&amp;Pakke …</translation>
        </message>
        <message>
            <source>Innholdspakke: eksporter eller importer</source>
            <translation>Innhaldspakke: eksporter eller importer</translation>
        </message>
        <message>
            <source>&amp;Eksporter kommunens bokser …</source>
            <translation>&amp;Eksporter boksane til kommunen …</translation>
        </message>
        <message>
            <source>&amp;Importer bokser fra en pakke …</source>
            <translation>&amp;Importer boksar frå ein pakke …</translation>
        </message>
        <message>
            <source>(kommunens tekst)</source>
            <translation>(teksten til kommunen)</translation>
        </message>
        <message>
            <source>Informasjonsboks</source>
            <translation>Informasjonsboks</translation>
        </message>
        <message>
            <source>Hjelp til fasen</source>
            <translation>Hjelp til fasen</translation>
        </message>
        <message>
            <source>Hjelp i møteguiden</source>
            <translation>Hjelp i møteguiden</translation>
        </message>
        <message>
            <source>{n} treff for «{query}»</source>
            <translation>{n} treff for «{query}»</translation>
        </message>
        <message>
            <source>Ingen bokser eller hjelpetekster har «{query}».</source>
            <translation>Ingen boksar eller hjelpetekstar har «{query}».</translation>
        </message>
        <message>
            <source>Hva det er til:</source>
            <translation>Kva det er til:</translation>
        </message>
        <message>
            <source>Hva rapporten fant:</source>
            <translation>Kva rapporten fann:</translation>
        </message>
        <message>
            <source>Boksen er lagret.</source>
            <translation>Boksen er lagra.</translation>
        </message>
        <message>
            <source>Tilbake til standardteksten</source>
            <translation>Tilbake til standardteksten</translation>
        </message>
        <message>
            <source>Vil du erstatte kommunens tekst i «{title}» med standardteksten? Kommunens tekst blir borte, men endringen står i historikken.</source>
            <translation>Vil du byte ut teksten til kommunen i «{title}» med standardteksten? Teksten til kommunen blir borte, men endringa står i historikken.</translation>
        </message>
        <message>
            <source>Standardteksten er tilbake.</source>
            <translation>Standardteksten er tilbake.</translation>
        </message>
        <message>
            <source>Lenkene er kopiert.</source>
            <translation>Lenkene er kopierte.</translation>
        </message>
        <message>
            <source>Eksporter informasjonsbokser</source>
            <translation>Eksporter informasjonsboksar</translation>
        </message>
        <message>
            <source>Innholdspakke (*.json)</source>
            <translation>Innhaldspakke (*.json)</translation>
        </message>
        <message>
            <source>Boksene er eksportert.</source>
            <translation>Boksane er eksporterte.</translation>
        </message>
        <message>
            <source>Importer informasjonsbokser</source>
            <translation>Importer informasjonsboksar</translation>
        </message>
        <message numerus="yes">
            <source>%n bokser er lest inn.</source>
            <translation>
                <numerusform>%n boks er lesen inn.</numerusform>
                <numerusform>%n boksar er lesne inn.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fy&amp;ll inn akuttnumrene …</source>
            <translation>Fy&amp;ll inn akuttnummera …</translation>
        </message>
        <message>
            <source>⚠ Akuttruten mangler kommunens numre: {labels}. Fyll dem inn før dere trenger dem.</source>
            <translation>⚠ Akuttruta manglar nummera til kommunen: {labels}. Fyll dei inn før de treng dei.</translation>
        </message>
        <message>
            <source>&amp;Informasjonsbokser</source>
            <translation>&amp;Informasjonsboksar</translation>
        </message>
        <message>
            <source>A&amp;kutt: hva gjør vi nå? (F12)</source>
            <translation>A&amp;kutt: kva gjer vi no? (F12)</translation>
        </message>
        <message>
            <source>&amp;Hjelp</source>
            <translation>&amp;Hjelp</translation>
        </message>
    </context>
    <context>
        <name>InnsynDialog</name>
        <message>
            <source>Familien</source>
            <translation>Familien</translation>
        </message>
        <message>
            <source>Møter</source>
            <translation>Møte</translation>
        </message>
        <message>
            <source>Interne notater</source>
            <translation>Interne notat</translation>
        </message>
        <message>
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <source>Samtykke</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Barnets egne ord</source>
            <translation>Barnet sine eigne ord</translation>
        </message>
        <message>
            <source>Beslutninger om forløpet</source>
            <translation>Avgjerder om forløpet</translation>
        </message>
        <message>
            <source>Henvisninger</source>
            <translation>Tilvisingar</translation>
        </message>
        <message>
            <source>Beskjeder til tjenestene</source>
            <translation>Beskjedar til tenestene</translation>
        </message>
        <message>
            <source>Innsynskopi til familien</source>
            <translation>Innsynskopi til familien</translation>
        </message>
        <message>
            <source>Lagre som &amp;PDF …</source>
            <translation>Lagre som &amp;PDF …</translation>
        </message>
        <message>
            <source>Familien har rett til en kopi av alt som er lagret om barnet, også interne notater (de merkes). Loven gir unntak, for eksempel for å beskytte barnet eller andre: kryss av for en opplysning som skal holdes tilbake, og skriv grunnen. Kopien sier hvor mange som er holdt tilbake.</source>
            <translation>Familien har rett til ein kopi av alt som er lagra om barnet, også interne notat (dei blir merkte). Lova gir unntak, til dømes for å verne barnet eller andre: kryss av for ei opplysning som skal haldast tilbake, og skriv grunnen. Kopien seier kor mange som er haldne tilbake.</translation>
        </message>
        <message>
            <source>Bokmål</source>
            <translation>Bokmål</translation>
        </message>
        <message>
            <source>Nynorsk</source>
            <translation>Nynorsk</translation>
        </message>
        <message>
            <source>Skriv grunnen til at «{what}» holdes tilbake.</source>
            <translation>Skriv grunnen til at «{what}» blir halden tilbake.</translation>
        </message>
        <message>
            <source>Lagre innsynskopien</source>
            <translation>Lagre innsynskopien</translation>
        </message>
        <message>
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Lager innsynskopien …</source>
            <translation>Lagar innsynskopien …</translation>
        </message>
        <message>
            <source>Kunne ikke lagre filen. Velg en annen mappe.</source>
            <translation>Kunne ikkje lagre fila. Vel ei anna mappe.</translation>
        </message>
        <message>
            <source>Hold tilbake</source>
            <translation>Hald tilbake</translation>
        </message>
        <message>
            <source>Grunn (må fylles ut)</source>
            <translation>Grunn (må fyllast ut)</translation>
        </message>
        <message>
            <source>Opplysninger som kan holdes tilbake</source>
            <translation>Opplysningar som kan haldast tilbake</translation>
        </message>
        <message>
            <source>&amp;Språk:</source>
            <translation>&amp;Språk:</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Bekymring og tidlige tiltak</source>
            <translation>Bekymring og tidlege tiltak</translation>
        </message>
        <message>
            <source>Vurdering og henvisning</source>
            <translation>Vurdering og tilvising</translation>
        </message>
        <message>
            <source>Utredning og diagnostikk</source>
            <translation>Utgreiing og diagnostikk</translation>
        </message>
        <message>
            <source>Behandling og pasientopplæring</source>
            <translation>Behandling og pasientopplæring</translation>
        </message>
        <message>
            <source>Oppfølging</source>
            <translation>Oppfølging</translation>
        </message>
        <message>
            <source>Åpen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Avsluttet</source>
            <translation>Avslutta</translation>
        </message>
        <message>
            <source>Mor</source>
            <translation>Mor</translation>
        </message>
        <message>
            <source>Far</source>
            <translation>Far</translation>
        </message>
        <message>
            <source>Foresatt</source>
            <translation>Føresett</translation>
        </message>
        <message>
            <source>Steforelder</source>
            <translation>Steforelder</translation>
        </message>
        <message>
            <source>Fosterforelder</source>
            <translation>Fosterforelder</translation>
        </message>
        <message>
            <source>Besteforelder</source>
            <translation>Besteforelder</translation>
        </message>
        <message>
            <source>Søsken</source>
            <translation>Sysken</translation>
        </message>
        <message>
            <source>Annen</source>
            <translation>Annan</translation>
        </message>
        <message>
            <source>Familiemøte</source>
            <translation>Familiemøte</translation>
        </message>
        <message>
            <source>Oppsummerende møte</source>
            <translation>Oppsummerande møte</translation>
        </message>
        <message>
            <source>Planlagt</source>
            <translation>Planlagt</translation>
        </message>
        <message>
            <source>Gjennomført</source>
            <translation>Gjennomført</translation>
        </message>
        <message>
            <source>Avlyst</source>
            <translation>Avlyst</translation>
        </message>
        <message>
            <source>Henvise til BUP</source>
            <translation>Tilvise til BUP</translation>
        </message>
        <message>
            <source>Henvise til HABU</source>
            <translation>Tilvise til HABU</translation>
        </message>
        <message>
            <source>Andre tiltak, ikke henvisning nå</source>
            <translation>Andre tiltak, ikkje tilvising no</translation>
        </message>
        <message>
            <source>Nytt familiemøte</source>
            <translation>Nytt familiemøte</translation>
        </message>
        <message>
            <source>Avslutte saken</source>
            <translation>Avslutte saka</translation>
        </message>
        <message>
            <source>Barnet</source>
            <translation>Barnet</translation>
        </message>
        <message>
            <source>Familien</source>
            <translation>Familien</translation>
        </message>
        <message>
            <source>Tjeneste</source>
            <translation>Teneste</translation>
        </message>
        <message>
            <source>Invitert</source>
            <translation>Invitert</translation>
        </message>
        <message>
            <source>Til stede</source>
            <translation>Til stades</translation>
        </message>
        <message>
            <source>Meldt forfall</source>
            <translation>Meldt forfall</translation>
        </message>
        <message>
            <source>Uteble uten å melde forfall</source>
            <translation>Møtte ikkje og melde ikkje forfall</translation>
        </message>
        <message>
            <source>Møteleder</source>
            <translation>Møteleiar</translation>
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Referent</source>
            <translation>Referent</translation>
        </message>
        <message>
            <source>Avtalt</source>
            <translation>Avtalt</translation>
        </message>
        <message>
            <source>Pågår</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Utført</source>
            <translation>Utført</translation>
        </message>
        <message>
            <source>Ikke utført</source>
            <translation>Ikkje utført</translation>
        </message>
        <message>
            <source>Overlevert</source>
            <translation>Overlevert</translation>
        </message>
        <message>
            <source>Delta i familiemøtet</source>
            <translation>Delta i familiemøtet</translation>
        </message>
        <message>
            <source>Dele opplysninger mellom tjenestene</source>
            <translation>Dele opplysningar mellom tenestene</translation>
        </message>
        <message>
            <source>Legge ved dokumentasjon til henvisning</source>
            <translation>Legge ved dokumentasjon til tilvising</translation>
        </message>
        <message>
            <source>Drøfte saken i tverrfaglig team</source>
            <translation>Drøfte saka i tverrfagleg team</translation>
        </message>
        <message>
            <source>Skriftlig</source>
            <translation>Skriftleg</translation>
        </message>
        <message>
            <source>Muntlig</source>
            <translation>Munnleg</translation>
        </message>
        <message>
            <source>Fortsetter</source>
            <translation>Held fram</translation>
        </message>
        <message>
            <source>Endret</source>
            <translation>Endra</translation>
        </message>
        <message>
            <source>Saken har skiftet fase</source>
            <translation>Saka har skifta fase</translation>
        </message>
        <message>
            <source>Saken er avsluttet</source>
            <translation>Saka er avslutta</translation>
        </message>
        <message>
            <source>Tiltak over fristen</source>
            <translation>Tiltak over fristen</translation>
        </message>
        <message>
            <source>Tiltak med frist snart</source>
            <translation>Tiltak med frist snart</translation>
        </message>
        <message>
            <source>Ny vurdering av tiltak</source>
            <translation>Ny vurdering av tiltak</translation>
        </message>
        <message>
            <source>Overlevering venter</source>
            <translation>Overlevering ventar</translation>
        </message>
        <message>
            <source>Møte uten skrevet beslutning</source>
            <translation>Møte utan skriftleg avgjerd</translation>
        </message>
        <message>
            <source>Epikrise ikke sendt</source>
            <translation>Epikrise ikkje sendt</translation>
        </message>
        <message>
            <source>Gi beskjed til henviser</source>
            <translation>Gi beskjed til tilvisar</translation>
        </message>
        <message>
            <source>Samtykke utløper snart</source>
            <translation>Samtykke går snart ut</translation>
        </message>
        <message>
            <source>Samtykke utløpt</source>
            <translation>Samtykke har gått ut</translation>
        </message>
        <message>
            <source>Tiltak som pågår</source>
            <translation>Tiltak som går føre seg</translation>
        </message>
        <message>
            <source>Planlagt møte</source>
            <translation>Planlagt møte</translation>
        </message>
        <message>
            <source>Fase {n} av 5: {name}</source>
            <translation>Fase {n} av 5: {name}</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>Språk</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Familiemøte bruker det nye språket neste gang programmet startes. Lukk programmet og start det på nytt for å bytte språk nå.</source>
            <translation>Familiemøte brukar det nye språket neste gong programmet blir starta. Lukk programmet og start det på nytt for å byte språk no.</translation>
        </message>
        <message>
            <source>&amp;Språk</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Bokmål</source>
            <translation>&amp;Bokmål</translation>
        </message>
        <message>
            <source>&amp;Nynorsk</source>
            <translation>&amp;Nynorsk</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <source>Familiemøte (låst)</source>
            <translation>Familiemøte (låst)</translation>
        </message>
    </context>
    <context>
        <name>LockedPage</name>
        <message>
            <source>Familiemøte er låst</source>
            <translation>Familiemøte er låst</translation>
        </message>
        <message>
            <source>Skriv passordet ditt på databaseserveren for å fortsette der du var.</source>
            <translation>Skriv passordet ditt på databaseserveren for å halde fram der du var.</translation>
        </message>
        <message>
            <source>Skriv passordfrasen for å fortsette der du var.</source>
            <translation>Skriv passordfrasen for å halde fram der du var.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Familiemøte</source>
            <translation>Familiemøte</translation>
        </message>
        <message>
            <source>Søk etter barn, foresatt eller kontaktperson</source>
            <translation>Søk etter barn, føresett eller kontaktperson</translation>
        </message>
        <message>
            <source>Søk i saker</source>
            <translation>Søk i saker</translation>
        </message>
        <message>
            <source>Tøm søket</source>
            <translation>Tøm søket</translation>
        </message>
        <message>
            <source>Saker</source>
            <translation>Saker</translation>
        </message>
        <message>
            <source>Ingen saker passer søket.</source>
            <translation>Ingen saker passar til søket.</translation>
        </message>
        <message>
            <source>&amp;Søk:</source>
            <translation>&amp;Søk:</translation>
        </message>
        <message>
            <source>Velg en sak i listen, eller lag en ny sak.</source>
            <translation>Vel ei sak i lista, eller lag ei ny sak.</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <source>Henter alle sakene …</source>
            <translation>Hentar alle sakene …</translation>
        </message>
        <message>
            <source>&amp;Fil</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;Ny sak …</source>
            <translation>&amp;Ny sak …</translation>
        </message>
        <message>
            <source>Åpne &amp;eksempelsak</source>
            <translation>Opne &amp;eksempelsak</translation>
        </message>
        <message>
            <source>&amp;Søk i saker</source>
            <translation>&amp;Søk i saker</translation>
        </message>
        <message>
            <source>&amp;Avslutt</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>Ny anonym &amp;drøfting …</source>
            <translation>Ny anonym &amp;drøfting …</translation>
        </message>
        <message>
            <source>&amp;Innstillinger</source>
            <translation>&amp;Innstillingar</translation>
        </message>
        <message>
            <source>&amp;Aldersgrenser for samtykke …</source>
            <translation>&amp;Aldersgrenser for samtykke …</translation>
        </message>
        <message>
            <source>&amp;Meg (navn, tjeneste og rolle) …</source>
            <translation>&amp;Meg (namn, teneste og rolle) …</translation>
        </message>
        <message>
            <source>&amp;Hjelp</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <source>&amp;Kom i gang …</source>
            <translation>&amp;Kom i gang …</translation>
        </message>
        <message>
            <source>Or&amp;dliste …</source>
            <translation>Or&amp;dliste …</translation>
        </message>
        <message>
            <source>&amp;Om Familiemøte</source>
            <translation>&amp;Om Familiemøte</translation>
        </message>
        <message>
            <source>Åpner saken …</source>
            <translation>Opnar saka …</translation>
        </message>
        <message>
            <source>Åpnet saken: {title}</source>
            <translation>Opna saka: {title}</translation>
        </message>
        <message>
            <source>Lagret. Saken er oppdatert.</source>
            <translation>Lagra. Saka er oppdatert.</translation>
        </message>
        <message>
            <source>Databaseserveren svarer ikke. Familiemøte sier fra når den svarer igjen.</source>
            <translation>Databaseserveren svarar ikkje. Familiemøte seier frå når han svarar igjen.</translation>
        </message>
        <message>
            <source>Forbindelsen til databaseserveren er tilbake.</source>
            <translation>Sambandet med databaseserveren er tilbake.</translation>
        </message>
    </context>
    <context>
        <name>MeDialog</name>
        <message>
            <source>&amp;Navn:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Tjeneste:</source>
            <translation>&amp;Teneste:</translation>
        </message>
        <message>
            <source>(ingen tjeneste)</source>
            <translation>(inga teneste)</translation>
        </message>
        <message>
            <source>&amp;Rolle / stilling:</source>
            <translation>&amp;Rolle / stilling:</translation>
        </message>
        <message>
            <source>for eksempel Helsesykepleier</source>
            <translation>til dømes Helsesjukepleiar</translation>
        </message>
        <message>
            <source>Meg</source>
            <translation>Meg</translation>
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Navnet ditt, tjenesten du arbeider i og rollen din. Programmet fyller dem inn som møteleder og referent i nye møter og som «Registrert av», og viser «Mine tiltak» i oppfølgingsoversikten. Lagres for din pålogging.</source>
            <translation>Namnet ditt, tenesta du arbeider i og rolla di. Programmet fyller dei inn som møteleiar og referent i nye møte og som «Registrert av», og viser «Mine tiltak» i oppfølgingsoversikta. Blir lagra for pålogginga di.</translation>
        </message>
        <message>
            <source>Påloggingen din ({login}) er knyttet til denne personen i katalogen. Tjenesten endres av IT.</source>
            <translation>Pålogginga di ({login}) er knytt til denne personen i katalogen. Tenesta blir endra av IT.</translation>
        </message>
    </context>
    <context>
        <name>MeetingGuideDialog</name>
        <message>
            <source>Møteguide – {title}</source>
            <translation>Møteguide – {title}</translation>
        </message>
        <message>
            <source>Stegene i møtet</source>
            <translation>Stega i møtet</translation>
        </message>
        <message>
            <source>&amp;Steg (Alt+tall, Ctrl+PgUp/PgDn):</source>
            <translation>&amp;Steg (Alt+tal, Ctrl+PgUp/PgDn):</translation>
        </message>
        <message>
            <source>Vis for fa&amp;milien (F5)</source>
            <translation>Vis for fa&amp;milien (F5)</translation>
        </message>
        <message>
            <source>Vis for familien</source>
            <translation>Vis for familien</translation>
        </message>
        <message>
            <source>Sk&amp;jul for familien (Ctrl+B)</source>
            <translation>Sk&amp;jul for familien (Ctrl+B)</translation>
        </message>
        <message>
            <source>Skjul eller vis igjen for familien</source>
            <translation>Skjul eller vis igjen for familien</translation>
        </message>
        <message>
            <source>◀ &amp;Forrige</source>
            <translation>◀ &amp;Førre</translation>
        </message>
        <message>
            <source>&amp;Neste ▶</source>
            <translation>&amp;Neste ▶</translation>
        </message>
        <message>
            <source>Forrige steg</source>
            <translation>Førre steg</translation>
        </message>
        <message>
            <source>Neste steg</source>
            <translation>Neste steg</translation>
        </message>
        <message>
            <source>Lagringsstatus</source>
            <translation>Lagringsstatus</translation>
        </message>
        <message>
            <source>&amp;Lukk guiden</source>
            <translation>&amp;Lukk guiden</translation>
        </message>
        <message>
            <source>Lukk guiden</source>
            <translation>Lukk guiden</translation>
        </message>
        <message>
            <source>Tiltak fra forrige møte</source>
            <translation>Tiltak frå førre møte</translation>
        </message>
        <message>
            <source>Gå gjennom tiltakene som ble avtalt sist, ett om gangen: er det utført, fortsetter det, er det endret, eller skal noen andre ta over?</source>
            <translation>Gå gjennom tiltaka som vart avtalte sist, eitt om gongen: er det utført, held det fram, er det endra, eller skal nokon andre ta over?</translation>
        </message>
        <message>
            <source>Tiltak som fortsatt pågår, settes på sakslisten til neste møte. Utfallet registreres her og vises i fanen «Tiltak og ansvar».</source>
            <translation>Tiltak som framleis går føre seg, blir sette på sakslista til neste møte. Utfallet blir registrert her og vist i fanen «Tiltak og ansvar».</translation>
        </message>
        <message>
            <source>Avslutt møtet</source>
            <translation>Avslutt møtet</translation>
        </message>
        <message>
            <source>Se over hva som mangler, gi familien sin kopi av planen og vurderingsskjemaene, og takk for møtet.</source>
            <translation>Sjå over kva som manglar, gi familien kopien sin av planen og vurderingsskjemaa, og takk for møtet.</translation>
        </message>
        <message>
            <source>Familiens kopi har ikke interne notater eller interne tiltak. Ett vurderingsskjema per familiemedlem som var til stede.</source>
            <translation>Kopien til familien har ikkje interne notat eller interne tiltak. Eitt vurderingsskjema per familiemedlem som var til stades.</translation>
        </message>
        <message>
            <source>Slik gjør du</source>
            <translation>Slik gjer du</translation>
        </message>
        <message>
            <source>Hvorfor</source>
            <translation>Kvifor</translation>
        </message>
        <message>
            <source>Skriv &amp;her (lagres mens du skriver):</source>
            <translation>Skriv &amp;her (blir lagra medan du skriv):</translation>
        </message>
        <message>
            <source>Tjenesten som tok initiativ, følger opp beslutningene. Interne tiltak vises ikke for familien og kommer ikke med i familiens kopi.</source>
            <translation>Tenesta som tok initiativ, følgjer opp avgjerdene. Interne tiltak blir ikkje viste for familien og kjem ikkje med i kopien til familien.</translation>
        </message>
        <message>
            <source>&amp;Hva ble avtalt om neste møte:</source>
            <translation>&amp;Kva vart avtalt om neste møte:</translation>
        </message>
        <message>
            <source>Beslutning</source>
            <translation>Avgjerd</translation>
        </message>
        <message>
            <source>Henvise til &amp;BUP</source>
            <translation>Tilvise til &amp;BUP</translation>
        </message>
        <message>
            <source>Henvise til H&amp;ABU</source>
            <translation>Tilvise til H&amp;ABU</translation>
        </message>
        <message>
            <source>Andre &amp;tiltak, ikke henvisning nå</source>
            <translation>Andre &amp;tiltak, ikkje tilvising no</translation>
        </message>
        <message>
            <source>Nytt familiem&amp;øte</source>
            <translation>Nytt familiem&amp;øte</translation>
        </message>
        <message>
            <source>Avslutte sak&amp;en</source>
            <translation>Avslutt&amp;e saka</translation>
        </message>
        <message>
            <source>Be&amp;grunnelse og andre tiltak som settes i gang:</source>
            <translation>&amp;Grunngjeving og andre tiltak som blir sette i gang:</translation>
        </message>
        <message>
            <source>&amp;Henvisning og sjekkliste …</source>
            <translation>Til&amp;vising og sjekkliste …</translation>
        </message>
        <message>
            <source>A&amp;vslutt saken …</source>
            <translation>A&amp;vslutt saka …</translation>
        </message>
        <message>
            <source>&amp;Epikrisen er sendt, dato:</source>
            <translation>&amp;Epikrisen er sendt, dato:</translation>
        </message>
        <message>
            <source>Dato epikrisen ble sendt</source>
            <translation>Dato epikrisen vart sendt</translation>
        </message>
        <message>
            <source>&amp;Hvem skal få epikrisen (notat):</source>
            <translation>&amp;Kven skal få epikrisen (notat):</translation>
        </message>
        <message>
            <source>, utfylt</source>
            <translation>, utfylt</translation>
        </message>
        <message>
            <source>Møtet finnes ikke lenger.</source>
            <translation>Møtet finst ikkje lenger.</translation>
        </message>
        <message>
            <source>✓ Lagret kl. {time}</source>
            <translation>✓ Lagra kl. {time}</translation>
        </message>
        <message>
            <source>Lukk fa&amp;miliens visning (F5)</source>
            <translation>Lukk visinga for fa&amp;milien (F5)</translation>
        </message>
        <message>
            <source>Vis ig&amp;jen for familien (Ctrl+B)</source>
            <translation>Vis ig&amp;jen for familien (Ctrl+B)</translation>
        </message>
        <message>
            <source>Endringer lagres …</source>
            <translation>Lagrar endringar …</translation>
        </message>
        <message>
            <source>⚠ Ikke lagret</source>
            <translation>⚠ Ikkje lagra</translation>
        </message>
        <message>
            <source>Familiens beskrivelse</source>
            <translation>Skildringa til familien</translation>
        </message>
        <message>
            <source>Barnets stemme</source>
            <translation>Stemma til barnet</translation>
        </message>
        <message>
            <source>Tjenestenes vurdering</source>
            <translation>Vurderinga til tenestene</translation>
        </message>
        <message>
            <source>Beslutning og videre tiltak</source>
            <translation>Avgjerd og vidare tiltak</translation>
        </message>
        <message>
            <source>Merknad om neste møte</source>
            <translation>Merknad om neste møte</translation>
        </message>
        <message>
            <source>Interne notater</source>
            <translation>Interne notat</translation>
        </message>
        <message>
            <source>møtenotatene</source>
            <translation>møtenotata</translation>
        </message>
        <message>
            <source>Ikke lagret: noen andre har lagret dette møtet samtidig. Teksten din står fortsatt her. Lagre igjen for å velge versjon.</source>
            <translation>Ikkje lagra: nokon andre har lagra dette møtet samtidig. Teksten din står framleis her. Lagre på nytt for å velje versjon.</translation>
        </message>
        <message>
            <source>Viser den lagrede versjonen</source>
            <translation>Viser den lagra versjonen</translation>
        </message>
        <message>
            <source>beslutningen</source>
            <translation>avgjerda</translation>
        </message>
        <message>
            <source>Ikke lagret: noen andre har lagret dette møtet samtidig. Beslutningen din står fortsatt her. Lagre igjen for å velge versjon.</source>
            <translation>Ikkje lagra: nokon andre har lagra dette møtet samtidig. Avgjerda di står framleis her. Lagre på nytt for å velje versjon.</translation>
        </message>
        <message>
            <source>Sjekklisten: {n} av 5 punkter krysset av.</source>
            <translation>Sjekklista: {n} av 5 punkt kryssa av.</translation>
        </message>
        <message>
            <source>Henvisningen ble sendt {date}.</source>
            <translation>Tilvisinga vart sendt {date}.</translation>
        </message>
        <message>
            <source>Henvisningen er ikke sendt ennå.</source>
            <translation>Tilvisinga er ikkje sendt enno.</translation>
        </message>
        <message>
            <source>Gå gjennom sjekklisten «5 kjennetegn på gode henvisninger».</source>
            <translation>Gå gjennom sjekklista «5 kjenneteikn på gode tilvisingar».</translation>
        </message>
        <message>
            <source>Familiemøte</source>
            <translation>Familiemøte</translation>
        </message>
        <message>
            <source>Det du har skrevet i møteguiden, er ikke lagret: databaseserveren svarer ikke. Lukker du nå, går det tapt. Blir guiden stående åpen, tilbyr Familiemøte å lagre det når serveren svarer igjen.</source>
            <translation>Det du har skrive i møteguiden, er ikkje lagra: databaseserveren svarar ikkje. Lukkar du no, går det tapt. Blir guiden ståande open, tilbyr Familiemøte å lagre det når serveren svarar igjen.</translation>
        </message>
        <message>
            <source>&amp;Ikke lukk</source>
            <translation>&amp;Ikkje lukk</translation>
        </message>
        <message>
            <source>&amp;Lukk uten å lagre</source>
            <translation>&amp;Lukk utan å lagre</translation>
        </message>
    </context>
    <context>
        <name>MeetingPlannerDialog</name>
        <message>
            <source>&amp;Type møte:</source>
            <translation>&amp;Type møte:</translation>
        </message>
        <message>
            <source>Type møte</source>
            <translation>Type møte</translation>
        </message>
        <message>
            <source>Tids&amp;punkt:</source>
            <translation>Tids&amp;punkt:</translation>
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>St&amp;ed:</source>
            <translation>St&amp;ad:</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Stad</translation>
        </message>
        <message>
            <source>for eksempel Helsestasjonen, møterom 2</source>
            <translation>til dømes Helsestasjonen, møterom 2</translation>
        </message>
        <message>
            <source>&amp;Deltakere (mellomrom krysser av; en person kan ha flere roller). «Mottar opplysninger» krever samtykke; uten hake drøftes saken anonymt med tjenesten.</source>
            <translation>&amp;Deltakarar (mellomrom kryssar av; ein person kan ha fleire roller). «Tek imot opplysningar» krev samtykke; utan hake blir saka drøfta anonymt med tenesta.</translation>
        </message>
        <message>
            <source>Invitert</source>
            <translation>Invitert</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Tjeneste / relasjon</source>
            <translation>Teneste / relasjon</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Møteleder</source>
            <translation>Møteleiar</translation>
        </message>
        <message>
            <source>Referent</source>
            <translation>Referent</translation>
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Mottar opplysninger</source>
            <translation>Tek imot opplysningar</translation>
        </message>
        <message>
            <source>Deltakere</source>
            <translation>Deltakarar</translation>
        </message>
        <message>
            <source>Legg til i &amp;katalogen …</source>
            <translation>Legg til i &amp;katalogen …</translation>
        </message>
        <message>
            <source>Legg til tjeneste eller person i katalogen</source>
            <translation>Legg til teneste eller person i katalogen</translation>
        </message>
        <message>
            <source>Advarsler</source>
            <translation>Åtvaringar</translation>
        </message>
        <message>
            <source>&amp;Begrunnelse for unntak fra BUP-regelen:</source>
            <translation>&amp;Grunngjeving for unntak frå BUP-regelen:</translation>
        </message>
        <message>
            <source>Begrunnelse for unntak fra BUP-regelen</source>
            <translation>Grunngjeving for unntak frå BUP-regelen</translation>
        </message>
        <message>
            <source>Endre møtet</source>
            <translation>Endre møtet</translation>
        </message>
        <message>
            <source>Nytt møte for {name}</source>
            <translation>Nytt møte for {name}</translation>
        </message>
        <message>
            <source>&amp;Lagre møtet</source>
            <translation>&amp;Lagre møtet</translation>
        </message>
        <message>
            <source>Endre møtet for {name}</source>
            <translation>Endre møtet for {name}</translation>
        </message>
        <message>
            <source>Planlegg møte for {name}</source>
            <translation>Planlegg møte for {name}</translation>
        </message>
        <message>
            <source>Barnet</source>
            <translation>Barnet</translation>
        </message>
        <message>
            <source>, foresatt</source>
            <translation>, føresett</translation>
        </message>
        <message>
            <source>(tjenesten, ingen navngitt person)</source>
            <translation>(tenesta, ingen namngitt person)</translation>
        </message>
        <message>
            <source>familien</source>
            <translation>familien</translation>
        </message>
        <message>
            <source>⚠ BUP er invitert, men er allerede med på to familiemøter før henvisning (holdt eller satt opp). Registrer henvisningen først, eller skriv en begrunnelse for unntaket nedenfor.</source>
            <translation>⚠ BUP er invitert, men er allereie med på to familiemøte før tilvising (haldne eller sette opp). Registrer tilvisinga først, eller skriv ei grunngjeving for unntaket nedanfor.</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Fastlegen er invitert bare %n dager før møtet. Fastlegen trenger minst 4 uker (28 dager) for å kunne delta.</source>
            <translation>
                <numerusform>⚠ Fastlegen er invitert berre %n dag før møtet. Fastlegen treng minst 4 veker (28 dagar) for å kunne delta.</numerusform>
                <numerusform>⚠ Fastlegen er invitert berre %n dagar før møtet. Fastlegen treng minst 4 veker (28 dagar) for å kunne delta.</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ {gaps}. Fjern haken «Mottar opplysninger», eller registrer samtykket når du lagrer.</source>
            <translation>⚠ {gaps}. Fjern haken «Mottar opplysningar», eller registrer samtykket når du lagrar.</translation>
        </message>
        <message>
            <source>Ikke lagret: {gap}. Registrer samtykket, eller fjern haken «Mottar opplysninger» (saken drøftes da anonymt med tjenesten).</source>
            <translation>Ikkje lagra: {gap}. Registrer samtykket, eller fjern haken «Mottar opplysningar» (saka blir då drøfta anonymt med tenesta).</translation>
        </message>
        <message>
            <source>Møtet</source>
            <translation>Møtet</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Barnet</source>
            <translation>Barnet</translation>
        </message>
        <message>
            <source>(ingen navngitt person)</source>
            <translation>(ingen namngitt person)</translation>
        </message>
        <message>
            <source>Ansvar for oppfølging og journalføring: ingen initiativtaker er valgt for saken.</source>
            <translation>Ansvar for oppfølging og journalføring: ingen initiativtakar er valt for saka.</translation>
        </message>
        <message>
            <source>Ansvar for oppfølging og journalføring: {service} (tok initiativ)</source>
            <translation>Ansvar for oppfølging og journalføring: {service} (tok initiativ)</translation>
        </message>
        <message>
            <source>Henvisning er sendt: grensen på to familiemøter med BUP gjelder ikke lenger.</source>
            <translation>Tilvising er sendt: grensa på to familiemøte med BUP gjeld ikkje lenger.</translation>
        </message>
        <message numerus="yes">
            <source>BUP har deltatt i {done} av høyst %n familiemøter før henvisning.</source>
            <translation>
                <numerusform>BUP har delteke i {done} av høgst %n familiemøte før tilvising.</numerusform>
                <numerusform>BUP har delteke i {done} av høgst %n familiemøte før tilvising.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>BUP er også satt opp på %n familiemøter som ikke er holdt ennå.</source>
            <translation>
                <numerusform>BUP er òg sett opp på %n familiemøte som ikkje er halde enno.</numerusform>
                <numerusform>BUP er òg sett opp på %n familiemøte som ikkje er haldne enno.</numerusform>
            </translation>
        </message>
        <message>
            <source>Epikrise: frist {due} (7 dager etter møtet).</source>
            <translation>Epikrise: frist {due} (7 dagar etter møtet).</translation>
        </message>
        <message numerus="yes">
            <source>Epikrise: ikke sendt ennå, frist {due} (%n dager igjen).</source>
            <translation>
                <numerusform>Epikrise: ikkje sendt enno, frist {due} (%n dag att).</numerusform>
                <numerusform>Epikrise: ikkje sendt enno, frist {due} (%n dagar att).</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Epikrise: ikke sendt, fristen {due} er passert.</source>
            <translation>⚠ Epikrise: ikkje sendt, fristen {due} er passert.</translation>
        </message>
        <message>
            <source>✓ Epikrise sendt {sent} (frist {due}).</source>
            <translation>✓ Epikrise sendt {sent} (frist {due}).</translation>
        </message>
        <message>
            <source>Epikrise sendt {sent}, etter fristen {due}.</source>
            <translation>Epikrise sendt {sent}, etter fristen {due}.</translation>
        </message>
        <message>
            <source>og</source>
            <translation>og</translation>
        </message>
        <message>
            <source>Kilde: {sources}</source>
            <translation>Kjelde: {sources}</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message>
            <source>Møter ({n})</source>
            <translation>Møte ({n})</translation>
        </message>
        <message>
            <source>&amp;Nytt familiemøte …</source>
            <translation>&amp;Nytt familiemøte …</translation>
        </message>
        <message>
            <source>Nytt familiemøte</source>
            <translation>Nytt familiemøte</translation>
        </message>
        <message>
            <source>Nytt oppsummer&amp;ende møte …</source>
            <translation>Nytt oppsumm&amp;erande møte …</translation>
        </message>
        <message>
            <source>Nytt oppsummerende møte</source>
            <translation>Nytt oppsummerande møte</translation>
        </message>
        <message>
            <source>Ingen møter ennå.</source>
            <translation>Ingen møte enno.</translation>
        </message>
        <message>
            <source>Åpne møteguiden …</source>
            <translation>Opne møteguiden …</translation>
        </message>
        <message>
            <source>Åpne møteguiden for {title}</source>
            <translation>Opne møteguiden for {title}</translation>
        </message>
        <message>
            <source>Endre deltakere og tid …</source>
            <translation>Endre deltakarar og tid …</translation>
        </message>
        <message>
            <source>Endre deltakere og tid for {title}</source>
            <translation>Endre deltakarar og tid for {title}</translation>
        </message>
        <message>
            <source>Unntak fra BUP-regelen: {reason}</source>
            <translation>Unntak frå BUP-regelen: {reason}</translation>
        </message>
        <message>
            <source> (drøfter anonymt)</source>
            <translation> (drøftar anonymt)</translation>
        </message>
        <message>
            <source>Deltaker</source>
            <translation>Deltakar</translation>
        </message>
        <message>
            <source>Tjeneste / relasjon</source>
            <translation>Teneste / relasjon</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Oppmøte</source>
            <translation>Oppmøte</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Deltakere</source>
            <translation>Deltakarar</translation>
        </message>
        <message>
            <source>Familiens beskrivelse</source>
            <translation>Skildringa til familien</translation>
        </message>
        <message>
            <source>Barnets stemme</source>
            <translation>Stemma til barnet</translation>
        </message>
        <message>
            <source>Tjenestenes vurdering</source>
            <translation>Vurderinga til tenestene</translation>
        </message>
        <message>
            <source>Status fra spesialisthelsetjenesten</source>
            <translation>Status frå spesialisthelsetenesta</translation>
        </message>
        <message>
            <source>Ingen beslutning skrevet ned</source>
            <translation>Inga avgjerd skriven ned</translation>
        </message>
        <message>
            <source>Beslutning</source>
            <translation>Avgjerd</translation>
        </message>
        <message>
            <source>Sjekklisten for henvisning: {n} av 5 punkter.</source>
            <translation>Sjekklista for tilvising: {n} av 5 punkt.</translation>
        </message>
        <message>
            <source>Sendt {date}.</source>
            <translation>Sendt {date}.</translation>
        </message>
        <message>
            <source>Videre tiltak</source>
            <translation>Vidare tiltak</translation>
        </message>
        <message>
            <source>Neste møte</source>
            <translation>Neste møte</translation>
        </message>
        <message>
            <source>Ansvarsgruppe</source>
            <translation>Ansvarsgruppe</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Barnets fornavn</source>
            <translation>Førenamnet til barnet</translation>
        </message>
        <message>
            <source>Barnets fødselsår</source>
            <translation>Fødselsåret til barnet</translation>
        </message>
        <message>
            <source>Barnets fødselsdato</source>
            <translation>Fødselsdatoen til barnet</translation>
        </message>
        <message>
            <source>Bekymringen</source>
            <translation>Bekymringa</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Stilling</source>
            <translation>Stilling</translation>
        </message>
        <message>
            <source>Oppbevaringstid i år</source>
            <translation>Oppbevaringstid i år</translation>
        </message>
        <message>
            <source>Rollenavnet</source>
            <translation>Rollenamnet</translation>
        </message>
        <message>
            <source>Tidspunktet</source>
            <translation>Tidspunktet</translation>
        </message>
        <message>
            <source>Dagen møtet ble holdt</source>
            <translation>Dagen møtet vart halde</translation>
        </message>
        <message>
            <source>Stedet</source>
            <translation>Staden</translation>
        </message>
        <message>
            <source>Deltakerlisten</source>
            <translation>Deltakarlista</translation>
        </message>
        <message>
            <source>Begrunnelsen for unntak</source>
            <translation>Grunngjevinga for unntak</translation>
        </message>
        <message>
            <source>Familiens beskrivelse</source>
            <translation>Skildringa til familien</translation>
        </message>
        <message>
            <source>Barnets stemme</source>
            <translation>Stemma til barnet</translation>
        </message>
        <message>
            <source>Tjenestenes vurdering</source>
            <translation>Vurderinga til tenestene</translation>
        </message>
        <message>
            <source>Beslutningen</source>
            <translation>Avgjerda</translation>
        </message>
        <message>
            <source>Neste møte</source>
            <translation>Neste møte</translation>
        </message>
        <message>
            <source>Tidspunktet for neste møte</source>
            <translation>Tidspunktet for neste møte</translation>
        </message>
        <message>
            <source>Interne notater</source>
            <translation>Interne notat</translation>
        </message>
        <message>
            <source>Datoen epikrisen ble sendt</source>
            <translation>Datoen epikrisen vart send</translation>
        </message>
        <message>
            <source>Datoen for beslutningen</source>
            <translation>Datoen for avgjerda</translation>
        </message>
        <message>
            <source>Hvem som besluttet</source>
            <translation>Kven som avgjorde</translation>
        </message>
        <message>
            <source>Begrunnelsen</source>
            <translation>Grunngjevinga</translation>
        </message>
        <message>
            <source>Møtet</source>
            <translation>Møtet</translation>
        </message>
        <message>
            <source>Datoen henvisningen ble sendt</source>
            <translation>Datoen tilvisinga vart send</translation>
        </message>
        <message>
            <source>Henviser</source>
            <translation>Tilvisar</translation>
        </message>
        <message>
            <source>Notatene til sjekklisten</source>
            <translation>Notata til sjekklista</translation>
        </message>
        <message>
            <source>Hvem som samtykker</source>
            <translation>Kven som samtykkjer</translation>
        </message>
        <message>
            <source>Tjenestene samtykket gjelder</source>
            <translation>Tenestene samtykket gjeld</translation>
        </message>
        <message>
            <source>Hva samtykket gjelder</source>
            <translation>Kva samtykket gjeld</translation>
        </message>
        <message>
            <source>Datoen samtykket ble gitt</source>
            <translation>Datoen samtykket vart gitt</translation>
        </message>
        <message>
            <source>Gyldig til</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>Registrert av</source>
            <translation>Registrert av</translation>
        </message>
        <message>
            <source>Datoen samtykket ble trukket tilbake</source>
            <translation>Datoen samtykket vart trekt tilbake</translation>
        </message>
        <message>
            <source>Hvordan tilbaketrekkingen ble meddelt</source>
            <translation>Korleis tilbaketrekkinga vart meld</translation>
        </message>
        <message>
            <source>Barnets syn</source>
            <translation>Synet til barnet</translation>
        </message>
        <message>
            <source>Datoen barnet ble hørt</source>
            <translation>Datoen barnet vart høyrt</translation>
        </message>
        <message>
            <source>Alder for å bli hørt</source>
            <translation>Alder for å bli høyrt</translation>
        </message>
        <message>
            <source>Alder for å samtykke sammen med foresatte</source>
            <translation>Alder for å samtykkje saman med føresette</translation>
        </message>
        <message>
            <source>Alder for å samtykke alene</source>
            <translation>Alder for å samtykkje åleine</translation>
        </message>
        <message>
            <source>Saken</source>
            <translation>Saka</translation>
        </message>
        <message>
            <source>Tiltaket</source>
            <translation>Tiltaket</translation>
        </message>
        <message>
            <source>Ansvarlig tjeneste</source>
            <translation>Ansvarleg teneste</translation>
        </message>
        <message>
            <source>Ny ansvarlig tjeneste</source>
            <translation>Ny ansvarleg teneste</translation>
        </message>
        <message>
            <source>Hvem som tok over</source>
            <translation>Kven som tok over</translation>
        </message>
        <message>
            <source>Hvem som avslo</source>
            <translation>Kven som avslo</translation>
        </message>
        <message>
            <source>Begrunnelsen for avslaget</source>
            <translation>Grunngjevinga for avslaget</translation>
        </message>
        <message>
            <source>Hvem som ga beskjed</source>
            <translation>Kven som gav beskjed</translation>
        </message>
        <message>
            <source>Fristen</source>
            <translation>Fristen</translation>
        </message>
        <message>
            <source>Datoen for ny vurdering</source>
            <translation>Datoen for ny vurdering</translation>
        </message>
        <message>
            <source>Ny dato</source>
            <translation>Ny dato</translation>
        </message>
        <message>
            <source>Andre involverte</source>
            <translation>Andre involverte</translation>
        </message>
        <message>
            <source>Familiens del</source>
            <translation>Delen til familien</translation>
        </message>
        <message>
            <source>Merknaden</source>
            <translation>Merknaden</translation>
        </message>
        <message>
            <source>Søket</source>
            <translation>Søket</translation>
        </message>
        <message>
            <source>Datoen saken ble avsluttet</source>
            <translation>Datoen saka vart avslutta</translation>
        </message>
        <message>
            <source>Familiemedlemmet</source>
            <translation>Familiemedlemmet</translation>
        </message>
        <message>
            <source>Fagpersonen eller tjenesten</source>
            <translation>Fagpersonen eller tenesta</translation>
        </message>
        <message>
            <source>Overleveringen</source>
            <translation>Overleveringa</translation>
        </message>
        <message>
            <source>Barnets alder</source>
            <translation>Alderen til barnet</translation>
        </message>
        <message>
            <source>Perioden fra</source>
            <translation>Perioden frå</translation>
        </message>
        <message>
            <source>Perioden til</source>
            <translation>Perioden til</translation>
        </message>
        <message>
            <source>Kommunen</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>Kommentaren</source>
            <translation>Kommentaren</translation>
        </message>
        <message>
            <source>Svaret på påstand 1</source>
            <translation>Svaret på påstand 1</translation>
        </message>
        <message>
            <source>Svaret på påstand 2</source>
            <translation>Svaret på påstand 2</translation>
        </message>
        <message>
            <source>Svaret på påstand 3</source>
            <translation>Svaret på påstand 3</translation>
        </message>
        <message>
            <source>Svaret på påstand 4</source>
            <translation>Svaret på påstand 4</translation>
        </message>
        <message>
            <source>Tilgangen varer til</source>
            <translation>Tilgangen varer til</translation>
        </message>
        <message>
            <source>Brukernavnet på serveren</source>
            <translation>Brukarnamnet på tenaren</translation>
        </message>
        <message>
            <source>Det som holdes tilbake fra innsynskopien</source>
            <translation>Det som blir halde tilbake frå innsynskopien</translation>
        </message>
        <message>
            <source>Formatet</source>
            <translation>Formatet</translation>
        </message>
        <message>
            <source>Formatversjonen</source>
            <translation>Formatversjonen</translation>
        </message>
        <message>
            <source>Eksporttidspunktet</source>
            <translation>Eksporttidspunktet</translation>
        </message>
        <message>
            <source>Programmet som laget filen</source>
            <translation>Programmet som laga fila</translation>
        </message>
        <message>
            <source>Referansen</source>
            <translation>Referansen</translation>
        </message>
        <message>
            <source>Typen</source>
            <translation>Typen</translation>
        </message>
        <message>
            <source>Nivået</source>
            <translation>Nivået</translation>
        </message>
        <message>
            <source>Aktiv</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Tjenesten</source>
            <translation>Tenesta</translation>
        </message>
        <message>
            <source>Fasen</source>
            <translation>Fasen</translation>
        </message>
        <message>
            <source>Statusen</source>
            <translation>Statusen</translation>
        </message>
        <message>
            <source>Bekymring fra familien</source>
            <translation>Uro frå familien</translation>
        </message>
        <message>
            <source>Tjenesten som meldte bekymringen</source>
            <translation>Tenesta som melde bekymringa</translation>
        </message>
        <message>
            <source>Tjenesten som tok initiativet</source>
            <translation>Tenesta som tok initiativet</translation>
        </message>
        <message>
            <source>Kontaktpersonen</source>
            <translation>Kontaktpersonen</translation>
        </message>
        <message>
            <source>Datoen saken ble åpnet</source>
            <translation>Datoen saka vart opna</translation>
        </message>
        <message>
            <source>Anonym drøfting</source>
            <translation>Anonym drøfting</translation>
        </message>
        <message>
            <source>Relasjonen til barnet</source>
            <translation>Relasjonen til barnet</translation>
        </message>
        <message>
            <source>Foresatt</source>
            <translation>Føresett</translation>
        </message>
        <message>
            <source>Fagpersonen</source>
            <translation>Fagpersonen</translation>
        </message>
        <message>
            <source>Rollene i møtet</source>
            <translation>Rollene i møtet</translation>
        </message>
        <message>
            <source>Oppmøtet</source>
            <translation>Oppmøtet</translation>
        </message>
        <message>
            <source>Mottar opplysninger</source>
            <translation>Får opplysningar</translation>
        </message>
        <message>
            <source>Tjenesten som overleverte</source>
            <translation>Tenesta som overleverte</translation>
        </message>
        <message>
            <source>Fagpersonen som overleverte</source>
            <translation>Fagpersonen som overleverte</translation>
        </message>
        <message>
            <source>Ny ansvarlig fagperson</source>
            <translation>Ny ansvarleg fagperson</translation>
        </message>
        <message>
            <source>Datoen overleveringen ble foreslått</source>
            <translation>Datoen overleveringa vart føreslått</translation>
        </message>
        <message>
            <source>Datoen overleveringen ble godtatt</source>
            <translation>Datoen overleveringa vart godteken</translation>
        </message>
        <message>
            <source>Datoen overleveringen ble avslått</source>
            <translation>Datoen overleveringa vart avslått</translation>
        </message>
        <message>
            <source>Utfallet</source>
            <translation>Utfallet</translation>
        </message>
        <message>
            <source>Ansvarlig fagperson</source>
            <translation>Ansvarleg fagperson</translation>
        </message>
        <message>
            <source>Internt</source>
            <translation>Internt</translation>
        </message>
        <message>
            <source>Gitt av ungdommen selv</source>
            <translation>Gitt av ungdommen sjølv</translation>
        </message>
        <message>
            <source>Hvordan samtykket ble gitt</source>
            <translation>Korleis samtykket vart gitt</translation>
        </message>
        <message>
            <source>Fra fase</source>
            <translation>Frå fase</translation>
        </message>
        <message>
            <source>Til fase</source>
            <translation>Til fase</translation>
        </message>
        <message>
            <source>Hvor det henvises</source>
            <translation>Kvar det blir tilvist</translation>
        </message>
        <message>
            <source>Sjekklisten</source>
            <translation>Sjekklista</translation>
        </message>
        <message>
            <source>Datoen beskjeden ble laget</source>
            <translation>Datoen beskjeden vart laga</translation>
        </message>
        <message>
            <source>Mottakeren</source>
            <translation>Mottakaren</translation>
        </message>
        <message>
            <source>Beslutningen om fase</source>
            <translation>Avgjerda om fase</translation>
        </message>
        <message>
            <source>Datoen beskjeden ble gitt</source>
            <translation>Datoen beskjeden vart gitt</translation>
        </message>
        <message>
            <source>tjeneste nr. {n}</source>
            <translation>teneste nr. {n}</translation>
        </message>
        <message>
            <source>fagperson nr. {n}</source>
            <translation>fagperson nr. {n}</translation>
        </message>
        <message>
            <source>familiemedlem nr. {n}</source>
            <translation>familiemedlem nr. {n}</translation>
        </message>
        <message>
            <source>møte nr. {n}</source>
            <translation>møte nr. {n}</translation>
        </message>
        <message>
            <source>deltaker nr. {n}</source>
            <translation>deltakar nr. {n}</translation>
        </message>
        <message>
            <source>tiltak nr. {n}</source>
            <translation>tiltak nr. {n}</translation>
        </message>
        <message>
            <source>overlevering nr. {n}</source>
            <translation>overlevering nr. {n}</translation>
        </message>
        <message>
            <source>vurdering nr. {n}</source>
            <translation>vurdering nr. {n}</translation>
        </message>
        <message>
            <source>samtykke nr. {n}</source>
            <translation>samtykke nr. {n}</translation>
        </message>
        <message>
            <source>tjeneste nr. {n} i samtykket</source>
            <translation>teneste nr. {n} i samtykket</translation>
        </message>
        <message>
            <source>beslutning om fase nr. {n}</source>
            <translation>avgjerd om fase nr. {n}</translation>
        </message>
        <message>
            <source>henvisning nr. {n}</source>
            <translation>tilvising nr. {n}</translation>
        </message>
        <message>
            <source>barnets syn nr. {n}</source>
            <translation>synet til barnet nr. {n}</translation>
        </message>
        <message>
            <source>beskjed nr. {n}</source>
            <translation>beskjed nr. {n}</translation>
        </message>
        <message>
            <source>saken</source>
            <translation>saka</translation>
        </message>
        <message>
            <source>listen over tjenester</source>
            <translation>lista over tenester</translation>
        </message>
        <message>
            <source>listen over fagpersoner</source>
            <translation>lista over fagpersonar</translation>
        </message>
        <message>
            <source>listen over familiemedlemmer</source>
            <translation>lista over familiemedlemmer</translation>
        </message>
        <message>
            <source>listen over møter</source>
            <translation>lista over møte</translation>
        </message>
        <message>
            <source>deltakerlisten</source>
            <translation>deltakarlista</translation>
        </message>
        <message>
            <source>listen over tiltak</source>
            <translation>lista over tiltak</translation>
        </message>
        <message>
            <source>overleveringene</source>
            <translation>overleveringane</translation>
        </message>
        <message>
            <source>vurderingene</source>
            <translation>vurderingane</translation>
        </message>
        <message>
            <source>listen over samtykker</source>
            <translation>lista over samtykke</translation>
        </message>
        <message>
            <source>tjenestene i samtykket</source>
            <translation>tenestene i samtykket</translation>
        </message>
        <message>
            <source>beslutningene om fase</source>
            <translation>avgjerdene om fase</translation>
        </message>
        <message>
            <source>henvisningene</source>
            <translation>tilvisingane</translation>
        </message>
        <message>
            <source>barnets syn</source>
            <translation>synet til barnet</translation>
        </message>
        <message>
            <source>beskjedene</source>
            <translation>beskjedane</translation>
        </message>
        <message>
            <source>Feltet</source>
            <translation>Feltet</translation>
        </message>
        <message>
            <source>Mappen «{folder}» finnes ikke, så databasen kan ikke åpnes der. Opprett mappen, eller velg en annen plassering med --db.</source>
            <translation>Mappa «{folder}» finst ikkje, så databasen kan ikkje opnast der. Opprett mappa, eller vel ein annan plassering med --db.</translation>
        </message>
        <message>
            <source>Databasefilen «{path}» er skrivebeskyttet, så Familiemøte kan ikke lagre i den. Filen er ikke endret. Gi deg selv skrivetilgang til filen og mappen den ligger i, eller kopier den til en mappe der du kan skrive.</source>
            <translation>Databasefila «{path}» er skriveverna, så Familiemøte kan ikkje lagre i ho. Fila er ikkje endra. Gi deg sjølv skrivetilgang til fila og mappa ho ligg i, eller kopier ho til ei mappe der du kan skrive.</translation>
        </message>
        <message>
            <source>Filen «{path}» er ikke en Familiemøte-database. Filen er ikke endret. Kontroller at du har valgt riktig fil.</source>
            <translation>Fila «{path}» er ikkje ein Familiemøte-database. Fila er ikkje endra. Kontroller at du har valt rett fil.</translation>
        </message>
        <message>
            <source>Databasen «{path}» er laget av en nyere versjon av Familiemøte enn denne. Filen er ikke endret. Installer den nyeste versjonen av Familiemøte for å åpne den.</source>
            <translation>Databasen «{path}» er laga av ein nyare versjon av Familiemøte enn denne. Fila er ikkje endra. Installer den nyaste versjonen av Familiemøte for å opne han.</translation>
        </message>
        <message>
            <source>Databasen «{path}» er i bruk av et annet program akkurat nå. Lukk det andre programmet og prøv igjen.</source>
            <translation>Databasen «{path}» er i bruk av eit anna program akkurat no. Lukk det andre programmet og prøv igjen.</translation>
        </message>
        <message>
            <source>Får ikke kontakt med databaseserveren «{path}». Kontroller nettverket og adressen (servernavn og port); IT i kommunen kan kontrollere at serveren kjører, tar imot tilkoblinger fra nettverket og at brannmuren slipper dem gjennom.</source>
            <translation>Får ikkje kontakt med databaseserveren «{path}». Kontroller nettverket og adressa (servernamn og port); IT i kommunen kan kontrollere at serveren køyrer, tek imot tilkoplingar frå nettverket og at brannmuren slepp dei gjennom.</translation>
        </message>
        <message>
            <source>Databaseserveren «{path}» godtok ikke brukernavnet eller passordet. Kontroller begge (passordet er ditt eget for denne serveren) og at Caps Lock er av, eller be IT i kommunen sette et nytt passord.</source>
            <translation>Databaseserveren «{path}» godtok ikkje brukarnamnet eller passordet. Kontroller begge (passordet er ditt eige for denne serveren) og at Caps Lock er av, eller be IT i kommunen setje eit nytt passord.</translation>
        </message>
        <message>
            <source>«{path}» er ikke en gyldig databaseadresse. Bruk en filsti, eller en adresse som postgresql+psycopg://bruker@server/database.</source>
            <translation>«{path}» er ikkje ei gyldig databaseadresse. Bruk ein filsti, eller ei adresse som postgresql+psycopg://brukar@server/database.</translation>
        </message>
        <message>
            <source>Databasen «{path}» kunne ikke åpnes. Filen er ikke endret. Kontakt IT i kommunen hvis feilen vedvarer.</source>
            <translation>Databasen «{path}» kunne ikkje opnast. Fila er ikkje endra. Kontakt IT i kommunen viss feilen held fram.</translation>
        </message>
        <message>
            <source>Passordfrasen åpner ikke databasen «{path}». Filen er ikke endret. Kontroller at Caps Lock er av, og prøv igjen.</source>
            <translation>Passordfrasen opnar ikkje databasen «{path}». Fila er ikkje endra. Kontroller at Caps Lock er av, og prøv igjen.</translation>
        </message>
        <message>
            <source>Databasen «{path}» er ikke kryptert. Filen er ikke endret. Krypter den med «familiemote passphrase --db {path}», eller åpne den i Familiemøte, som tilbyr å kryptere den.</source>
            <translation>Databasen «{path}» er ikkje kryptert. Fila er ikkje endra. Krypter han med «familiemote passphrase --db {path}», eller opne han i Familiemøte, som tilbyr å kryptere han.</translation>
        </message>
        <message>
            <source>Databasen «{path}» er skadet: en del av filen stemmer ikke med kontrollsummen den ble lagret med, så den kan ikke brukes trygt. Filen er ikke endret. Gjenopprett den fra den siste sikkerhetskopien (i programmet, eller med «familiemote restore --db {path} KOPIFIL»), eller kontakt IT i kommunen.</source>
            <translation>Databasen «{path}» er skadd: ein del av fila stemmer ikkje med kontrollsummen ho vart lagra med, så ho kan ikkje brukast trygt. Fila er ikkje endra. Gjenopprett ho frå den siste tryggleikskopien (i programmet, eller med «familiemote restore --db {path} KOPIFIL»), eller kontakt IT i kommunen.</translation>
        </message>
        <message>
            <source>Databasen «{path}» er allerede åpen i et annet Familiemøte-vindu. Bruk det vinduet, eller lukk det og prøv igjen.</source>
            <translation>Databasen «{path}» er allereie open i eit anna Familiemøte-vindauge. Bruk det vindauget, eller lukk det og prøv igjen.</translation>
        </message>
        <message>
            <source>Dette kan ikke gjøres med databasen «{path}».</source>
            <translation>Dette kan ikkje gjerast med databasen «{path}».</translation>
        </message>
        <message>
            <source>Det finnes ingen database i «{path}». Kontroller filnavnet og mappen. Ingen ny database er laget.</source>
            <translation>Det finst ingen database i «{path}». Kontroller filnamnet og mappa. Ingen ny database er laga.</translation>
        </message>
        <message>
            <source>Databaseserveren «{path}» vil ha passordet ditt, men fikk ikke noe. Skriv passordet når du blir spurt, eller (for skript) sett PGPASSWORD eller bruk ~/.pgpass.</source>
            <translation>Databaseserveren «{path}» vil ha passordet ditt, men fekk ikkje noko. Skriv passordet når du blir spurd, eller (for skript) set PGPASSWORD eller bruk ~/.pgpass.</translation>
        </message>
        <message>
            <source>Databaseserveren «{path}» kunne ikke bekreftes: sertifikatet den viste, er ikke utstedt av den sertifiseringsinstansen (CA) denne maskinen stoler på, gjelder et annet navn, eller CA-filen mangler. Ingenting er sendt til serveren. IT i kommunen må kontrollere CA-filen (~/.postgresql/root.crt eller sslrootcert i adressen) og serverens sertifikat.</source>
            <translation>Databaseserveren «{path}» kunne ikkje stadfestast: sertifikatet han viste, er ikkje utferda av den sertifiseringsinstansen (CA) denne maskina stoler på, gjeld eit anna namn, eller CA-fila manglar. Ingenting er sendt til serveren. IT i kommunen må kontrollere CA-fila (~/.postgresql/root.crt eller sslrootcert i adressa) og sertifikatet til serveren.</translation>
        </message>
        <message>
            <source>Databaseserveren «{path}» tar ikke imot pålogging for denne brukeren fra denne maskinen. IT i kommunen må legge til en linje for brukeren (eller gruppen) og maskinen i serverens pg_hba.conf, og laste konfigurasjonen på nytt.</source>
            <translation>Databaseserveren «{path}» tek ikkje imot pålogging for denne brukaren frå denne maskina. IT i kommunen må leggje til ei linje for brukaren (eller gruppa) og maskina i pg_hba.conf på serveren, og laste konfigurasjonen på nytt.</translation>
        </message>
        <message>
            <source>Du er logget på databaseserveren «{path}», men brukeren din har ikke tilgang til Familiemøte-databasen. IT i kommunen må legge brukeren inn i gruppen for Familiemøte (GRANT gruppe TO bruker).</source>
            <translation>Du er logga på databaseserveren «{path}», men brukaren din har ikkje tilgang til Familiemøte-databasen. IT i kommunen må leggje brukaren inn i gruppa for Familiemøte (GRANT gruppe TO brukar).</translation>
        </message>
        <message>
            <source>Databaseserveren «{path}» har ingen database med dette navnet. Kontroller adressen, eller be IT i kommunen opprette databasen og kjøre «familiemote migrate --grant-to GRUPPE».</source>
            <translation>Databaseserveren «{path}» har ingen database med dette namnet. Kontroller adressa, eller be IT i kommunen opprette databasen og køyre «familiemote migrate --grant-to GRUPPE».</translation>
        </message>
        <message>
            <source>Databaseserveren «{path}» svarer ikke. Vent litt og prøv igjen; hvis det varer, kontakt IT i kommunen (serveren kan være overbelastet eller stoppet).</source>
            <translation>Databaseserveren «{path}» svarar ikkje. Vent litt og prøv igjen; viss det varer, kontakt IT i kommunen (serveren kan vere overbelasta eller stoppa).</translation>
        </message>
        <message>
            <source>Mappen «{folder}» er skrivebeskyttet, så Familiemøte kan ikke lagre der. Ingenting er endret. Gi deg selv skrivetilgang til mappen, eller velg en annen.</source>
            <translation>Mappa «{folder}» er skrivebeskytta, så Familiemøte kan ikkje lagre der. Ingenting er endra. Gi deg sjølv skrivetilgang til mappa, eller vel ei anna.</translation>
        </message>
        <message>
            <source>Forbindelsen til databaseserveren ble brutt. Har du skrevet noe som ikke ble lagret, står det fortsatt på skjermen. Familiemøte sier fra når forbindelsen er tilbake; prøv da på nytt. Kontakt IT i kommunen hvis det varer.</source>
            <translation>Sambandet med databaseserveren vart brote. Har du skrive noko som ikkje vart lagra, står det framleis på skjermen. Familiemøte seier frå når sambandet er tilbake; prøv då på nytt. Kontakt IT i kommunen om det varer.</translation>
        </message>
        <message>
            <source>Databaseserveren svarer ikke: den svarte ikke innen tidsfristen. Har du skrevet noe som ikke ble lagret, står det fortsatt på skjermen. Familiemøte sier fra når serveren svarer igjen; prøv da på nytt. Kontakt IT i kommunen hvis det varer (serveren kan være overbelastet).</source>
            <translation>Databaseserveren svarar ikkje: han svarte ikkje innan tidsfristen. Har du skrive noko som ikkje vart lagra, står det framleis på skjermen. Familiemøte seier frå når serveren svarar igjen; prøv då på nytt. Kontakt IT i kommunen om det varer (serveren kan vere overbelasta).</translation>
        </message>
        <message>
            <source>Databaseserveren avviste dette: påloggingen din har ikke rett til å gjøre det. Ingenting er endret, og har du skrevet noe, står det fortsatt på skjermen. Kontakt IT i kommunen hvis du skal ha denne tilgangen.</source>
            <translation>Databaseserveren avviste dette: pålogginga di har ikkje rett til å gjere det. Ingenting er endra, og har du skrive noko, står det framleis på skjermen. Kontakt IT i kommunen om du skal ha denne tilgangen.</translation>
        </message>
        <message>
            <source>Noen andre endret det samme på databaseserveren i samme øyeblikk, så dette ble ikke lagret. Ingenting er overskrevet, og har du skrevet noe, står det fortsatt på skjermen. Prøv igjen om et øyeblikk.</source>
            <translation>Nokon andre endra det same på databaseserveren i same augneblinken, så dette vart ikkje lagra. Ingenting er overskrive, og har du skrive noko, står det framleis på skjermen. Prøv igjen om ein augneblink.</translation>
        </message>
        <message>
            <source>Databaseserveren er full (diskplass, minne eller antall tilkoblinger), så dette ble ikke lagret. Det som var lagret fra før, er i behold, og har du skrevet noe, står det fortsatt på skjermen. Kontakt IT i kommunen.</source>
            <translation>Databaseserveren er full (diskplass, minne eller talet på tilkoplingar), så dette vart ikkje lagra. Det som var lagra frå før, er i behald, og har du skrive noko, står det framleis på skjermen. Kontakt IT i kommunen.</translation>
        </message>
        <message>
            <source>Databasen «{path}» ligger på en server. Sikkerhetskopi av den tas på serveren; kontakt IT i kommunen.</source>
            <translation>Databasen «{path}» ligg på ein server. Tryggleikskopi av han blir teken på serveren; kontakt IT i kommunen.</translation>
        </message>
        <message>
            <source>Kunne ikke skrive «{path}». Kontroller at mappen finnes, at du kan skrive i den, og at det er plass på disken. Databasen er ikke endret.</source>
            <translation>Kunne ikkje skrive «{path}». Kontroller at mappa finst, at du kan skrive i ho, og at det er plass på disken. Databasen er ikkje endra.</translation>
        </message>
        <message>
            <source>«{path}» er selve databasen. Velg et annet filnavn for sikkerhetskopien.</source>
            <translation>«{path}» er sjølve databasen. Vel eit anna filnamn for tryggleikskopien.</translation>
        </message>
        <message>
            <source>Databasen «{path}» er åpen i et Familiemøte-vindu. Lukk vinduet og prøv igjen.</source>
            <translation>Databasen «{path}» er open i eit Familiemøte-vindauge. Lukk vindauget og prøv igjen.</translation>
        </message>
        <message>
            <source>Sikkerhetskopien «{path}» er skadet og kan ikke brukes. Databasen er ikke endret. Velg en annen sikkerhetskopi.</source>
            <translation>Tryggleikskopien «{path}» er skadd og kan ikkje brukast. Databasen er ikkje endra. Vel ein annan tryggleikskopi.</translation>
        </message>
        <message>
            <source>Kontrollen etterpå viste at resultatet ikke ble som det skulle ({path}), så det er ikke tatt i bruk. Databasen er som før. Kontroller at det er plass på disken, og prøv igjen.</source>
            <translation>Kontrollen etterpå viste at resultatet ikkje vart som det skulle ({path}), så det er ikkje teke i bruk. Databasen er som før. Kontroller at det er plass på disken, og prøv igjen.</translation>
        </message>
        <message>
            <source>Barnets fødselsår stemmer ikke med fødselsdatoen.</source>
            <translation>Fødselsåret til barnet stemmer ikkje med fødselsdatoen.</translation>
        </message>
        <message>
            <source>Epikrise sendes bare etter et oppsummerende møte. Dette møtet er et familiemøte.</source>
            <translation>Epikrise blir send berre etter eit oppsummerande møte. Dette møtet er eit familiemøte.</translation>
        </message>
        <message>
            <source>Deltakerlisten har samme person to ganger, eller et familiemedlem som ikke hører til saken.</source>
            <translation>Deltakarlista har same person to gonger, eller eit familiemedlem som ikkje høyrer til saka.</translation>
        </message>
        <message>
            <source>Møtet hører ikke til denne saken. Velg et av sakens møter.</source>
            <translation>Møtet høyrer ikkje til denne saka. Vel eitt av møta i saka.</translation>
        </message>
        <message>
            <source>En åpen sak har ingen dato for når den ble avsluttet.</source>
            <translation>Ei open sak har ingen dato for når ho vart avslutta.</translation>
        </message>
        <message>
            <source>En overlevering kan ikke være både godtatt og avslått.</source>
            <translation>Ei overlevering kan ikkje vere både godteken og avslått.</translation>
        </message>
        <message>
            <source>Datoen saken ble avsluttet kan ikke være før datoen saken ble åpnet.</source>
            <translation>Datoen saka vart avslutta, kan ikkje vere før datoen saka vart opna.</translation>
        </message>
        <message>
            <source>Den dagen er ikke kommet ennå. Et møte kan bare registreres som holdt i dag eller en dag før.</source>
            <translation>Den dagen er ikkje komen enno. Eit møte kan berre registrerast som halde i dag eller ein dag før.</translation>
        </message>
        <message>
            <source>Møtet kan ikke ha vært holdt før saken ble opprettet. Velg en dag fra saken ble opprettet og fram til i dag.</source>
            <translation>Møtet kan ikkje ha vore halde før saka vart oppretta. Vel ein dag frå saka vart oppretta og fram til i dag.</translation>
        </message>
        <message>
            <source>En avsluttet sak må ha datoen den ble avsluttet (oppbevaringstiden regnes fra den).</source>
            <translation>Ei avslutta sak må ha datoen ho vart avslutta (oppbevaringstida blir rekna frå han).</translation>
        </message>
        <message>
            <source>En deltaker fra familien må være et av familiemedlemmene i saken.</source>
            <translation>Ein deltakar frå familien må vere eitt av familiemedlemmene i saka.</translation>
        </message>
        <message>
            <source>En deltaker fra tjenestene må ha en fagperson eller en tjeneste.</source>
            <translation>Ein deltakar frå tenestene må ha ein fagperson eller ei teneste.</translation>
        </message>
        <message>
            <source>Et samtykke må være gitt av én foresatt eller av ungdommen selv.</source>
            <translation>Eit samtykke må vere gitt av éin føresett eller av ungdommen sjølv.</translation>
        </message>
        <message>
            <source>En anonym drøfting har ingen navn. Når familien har samtykket, gjør du den om til en navngitt sak under Samtykke («Gjør om til navngitt sak»).</source>
            <translation>Ei anonym drøfting har ingen namn. Når familien har samtykt, gjer du henne om til ei namngitt sak under Samtykke («Gjer om til namngitt sak»).</translation>
        </message>
        <message>
            <source>Bare opplysninger som står i innsynskopien, kan holdes tilbake, og ikke opplysningene om selve saken. Velg på nytt i listen.</source>
            <translation>Berre opplysningar som står i innsynskopien, kan haldast tilbake, og ikkje opplysningane om sjølve saka. Vel på nytt i lista.</translation>
        </message>
        <message>
            <source>Et familiemedlem som har vært med i et møte eller har gitt samtykke, kan ikke fjernes fra saken: møtereferatet og samtykket viser til vedkommende. Rett heller navnet eller kontaktopplysningene.</source>
            <translation>Eit familiemedlem som har vore med i eit møte eller har gitt samtykke, kan ikkje fjernast frå saka: møtereferatet og samtykket viser til vedkomande. Rett heller namnet eller kontaktopplysningane.</translation>
        </message>
        <message>
            <source>Et tiltak kan bare vurderes én gang i hvert møte.</source>
            <translation>Eit tiltak kan berre vurderast éin gong i kvart møte.</translation>
        </message>
        <message>
            <source>Et tiltak kan ha bare én overlevering som venter på svar.</source>
            <translation>Eit tiltak kan ha berre éi overlevering som ventar på svar.</translation>
        </message>
        <message>
            <source>Barnets alder må være mellom 0 og {limit} år. Kontroller {what}.</source>
            <translation>Alderen til barnet må vere mellom 0 og {limit} år. Kontroller {what}.</translation>
        </message>
        <message>
            <source>Barnets alder må være mellom 0 og {limit} år.</source>
            <translation>Alderen til barnet må vere mellom 0 og {limit} år.</translation>
        </message>
        <message>
            <source>Perioden til kan ikke være før perioden fra. Rett datoene.</source>
            <translation>Perioden til kan ikkje vere før perioden frå. Rett datoane.</translation>
        </message>
        <message>
            <source>Tilgangen kan vare fra i dag og høyst ett år fram.</source>
            <translation>Tilgangen kan vare frå i dag og høgst eitt år fram.</translation>
        </message>
        <message>
            <source>{label} må være et tall fra 0 til {limit}, eller stå tomt.</source>
            <translation>{label} må vere eit tal frå 0 til {limit}, eller stå tomt.</translation>
        </message>
        <message>
            <source>{label} må være mellom 0 og {limit} år.</source>
            <translation>{label} må vere mellom 0 og {limit} år.</translation>
        </message>
        <message>
            <source>Ny vurdering kan settes 3, 6 eller 12 måneder fram.</source>
            <translation>Ny vurdering kan setjast 3, 6 eller 12 månader fram.</translation>
        </message>
        <message>
            <source>{label} må være mellom 1 og {limit} år.</source>
            <translation>{label} må vere mellom 1 og {limit} år.</translation>
        </message>
        <message>
            <source>{label} må ligge innenfor {limit} år fra i dag.</source>
            <translation>{label} må liggje innanfor {limit} år frå i dag.</translation>
        </message>
        <message>
            <source>{label} er for lang. Skriv kortere.</source>
            <translation>{label} er for lang. Skriv kortare.</translation>
        </message>
        <message>
            <source>Kryss av for minst ett valg under «{label}».</source>
            <translation>Kryss av for minst eitt val under «{label}».</translation>
        </message>
        <message>
            <source>{label} må fylles ut.</source>
            <translation>{label} må fyllast ut.</translation>
        </message>
        <message>
            <source>{label} kan ha høyst {limit} tegn.</source>
            <translation>{label} kan ha høgst {limit} teikn.</translation>
        </message>
        <message>
            <source>{label} inneholder usynlige kontrolltegn. Skriv teksten på nytt uten å lime inn.</source>
            <translation>{label} inneheld usynlege kontrollteikn. Skriv teksten på nytt utan å lime inn.</translation>
        </message>
        <message>
            <source>{label} kan ikke være fram i tid.</source>
            <translation>{label} kan ikkje vere fram i tid.</translation>
        </message>
        <message>
            <source>{label} er utenfor det tillatte området.</source>
            <translation>{label} er utanfor det tillatne området.</translation>
        </message>
        <message>
            <source>{label} må skrives som dd.mm.åååå, for eksempel 14.03.2017.</source>
            <translation>{label} må skrivast som dd.mm.åååå, til dømes 14.03.2017.</translation>
        </message>
        <message>
            <source>{label} stemmer ikke med resten av det som er fylt ut.</source>
            <translation>{label} stemmer ikkje med resten av det som er fylt ut.</translation>
        </message>
        <message>
            <source>{label} er ikke en gyldig e-postadresse.</source>
            <translation>{label} er ikkje ei gyldig e-postadresse.</translation>
        </message>
        <message>
            <source>{label} er ikke et gyldig telefonnummer.</source>
            <translation>{label} er ikkje eit gyldig telefonnummer.</translation>
        </message>
        <message>
            <source>{label} kan bare ha små bokstaver a–z, sifre og _ (og ikke begynne med et siffer).</source>
            <translation>{label} kan berre ha små bokstavar a–z, siffer og _ (og ikkje byrje med eit siffer).</translation>
        </message>
        <message>
            <source>{label}: bare en foresatt, eller ungdommen selv, kan gi samtykke.</source>
            <translation>{label}: berre ein føresett, eller ungdommen sjølv, kan gi samtykke.</translation>
        </message>
        <message>
            <source>{label}: barnet er ikke gammelt nok til å samtykke selv etter aldersinnstillingene. Foresatte må samtykke.</source>
            <translation>{label}: barnet er ikkje gammalt nok til å samtykkje sjølv etter aldersinnstillingane. Føresette må samtykkje.</translation>
        </message>
        <message>
            <source>{label} kan ikke være før datoen samtykket ble gitt.</source>
            <translation>{label} kan ikkje vere før datoen samtykket vart gitt.</translation>
        </message>
        <message>
            <source>Samtykket er allerede trukket tilbake. Ingenting er endret.</source>
            <translation>Samtykket er allereie trekt tilbake. Ingenting er endra.</translation>
        </message>
        <message>
            <source>Aldersgrensene må komme i rekkefølge: høres ≤ samtykker sammen med foresatte ≤ samtykker alene ≤ 18 år.</source>
            <translation>Aldersgrensene må kome i rekkjefølgje: blir høyrd ≤ samtykkjer saman med føresette ≤ samtykkjer åleine ≤ 18 år.</translation>
        </message>
        <message>
            <source>Saken er allerede en navngitt sak.</source>
            <translation>Saka er allereie ei namngitt sak.</translation>
        </message>
        <message>
            <source>{label} står to ganger.</source>
            <translation>{label} står to gonger.</translation>
        </message>
        <message>
            <source>Endringen ble ikke lagret: det er ikke plass på disken der databasen «{path}» ligger (eller disken avviste skrivingen). Det som var lagret fra før, er i behold. Frigjør plass, eller kontakt IT i kommunen, og lagre på nytt.</source>
            <translation>Endringa vart ikkje lagra: det er ikkje plass på disken der databasen «{path}» ligg (eller disken avviste skrivinga). Det som var lagra frå før, er i behald. Frigjer plass, eller kontakt IT i kommunen, og lagre på nytt.</translation>
        </message>
        <message>
            <source>Fant ikke det du ba om. Det kan være slettet av en annen bruker.</source>
            <translation>Fann ikkje det du bad om. Det kan vere sletta av ein annan brukar.</translation>
        </message>
        <message>
            <source>Noen andre har endret dette samtidig. Ingenting er overskrevet; åpne saken på nytt og gjør endringen igjen.</source>
            <translation>Nokon andre har endra dette samtidig. Ingenting er skrive over; opne saka på nytt og gjer endringa igjen.</translation>
        </message>
        <message>
            <source>Noe gikk galt. Ingen data er endret.</source>
            <translation>Noko gjekk gale. Ingen data er endra.</translation>
        </message>
        <message numerus="yes">
            <source>BUP er allerede med på %n familiemøter før henvisning (holdt eller satt opp), og kan delta i høyst {limit}. Registrer henvisningen først, eller skriv en begrunnelse for unntaket. Møtet er ikke lagret.</source>
            <translation>
                <numerusform>BUP er allereie med på %n familiemøte før tilvising (halde eller sett opp), og kan delta i høgst {limit}. Registrer tilvisinga først, eller skriv ei grunngjeving for unntaket. Møtet er ikkje lagra.</numerusform>
                <numerusform>BUP er allereie med på %n familiemøte før tilvising (haldne eller sette opp), og kan delta i høgst {limit}. Registrer tilvisinga først, eller skriv ei grunngjeving for unntaket. Møtet er ikkje lagra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Samtykket dekker ikke at denne tjenesten får opplysninger om saken. Fjern haken «Mottar opplysninger» (saken drøftes da anonymt med tjenesten), eller registrer samtykke først. Ingenting er lagret.</source>
            <translation>Samtykket dekkjer ikkje at denne tenesta får opplysningar om saka. Fjern haken «Tek imot opplysningar» (saka blir då drøfta anonymt med tenesta), eller registrer samtykke først. Ingenting er lagra.</translation>
        </message>
        <message>
            <source>Punkt 5 krever samtykke fra foresatte til å legge ved dokumentasjon fra andre tjenester. Registrer samtykket først, eller la punktet stå åpent.</source>
            <translation>Punkt 5 krev samtykke frå føresette til å leggje ved dokumentasjon frå andre tenester. Registrer samtykket først, eller la punktet stå ope.</translation>
        </message>
        <message>
            <source>Saken er avsluttet. Gjenåpne saken før den flyttes eller avsluttes på nytt.</source>
            <translation>Saka er avslutta. Opne saka att før ho blir flytta eller avslutta på nytt.</translation>
        </message>
        <message>
            <source>Saken er allerede åpen.</source>
            <translation>Saka er allereie open.</translation>
        </message>
        <message>
            <source>Saken er allerede i denne fasen. Velg en annen fase.</source>
            <translation>Saka er allereie i denne fasen. Vel ein annan fase.</translation>
        </message>
        <message>
            <source>Innholdet i forløpet (pathway_nb.json) mangler eller er skadet. Installer Familiemøte på nytt, eller kontakt IT i kommunen.</source>
            <translation>Innhaldet i forløpet (pathway_nb.json) manglar eller er skadd. Installer Familiemøte på nytt, eller kontakt IT i kommunen.</translation>
        </message>
        <message>
            <source>Tiltaket er avsluttet. Endre status til «Pågår» først hvis det skal følges opp igjen.</source>
            <translation>Tiltaket er avslutta. Endre status til «Pågår» først viss det skal følgjast opp igjen.</translation>
        </message>
        <message>
            <source>Tiltaket venter på at en overlevering blir godtatt. Godta eller avslå den først; til da er det den tidligere ansvarlige som har ansvaret.</source>
            <translation>Tiltaket ventar på at ei overlevering blir godteken. Godta eller avslå ho først; til då er det den tidlegare ansvarlege som har ansvaret.</translation>
        </message>
        <message>
            <source>Tiltaket har ingen overlevering som venter.</source>
            <translation>Tiltaket har inga overlevering som ventar.</translation>
        </message>
        <message>
            <source>Tiltaket er allerede hos denne tjenesten og personen. Velg en annen mottaker.</source>
            <translation>Tiltaket er allereie hos denne tenesta og personen. Vel ein annan mottakar.</translation>
        </message>
        <message>
            <source>Et tiltak overleveres med «Overlever …», slik at noen andre tar over ansvaret. Det kan ikke bare merkes som overlevert.</source>
            <translation>Eit tiltak blir overlevert med «Overlever …», slik at nokon andre tek over ansvaret. Det kan ikkje berre merkjast som overlevert.</translation>
        </message>
        <message>
            <source>Tiltaket har allerede denne statusen.</source>
            <translation>Tiltaket har allereie denne statusen.</translation>
        </message>
        <message>
            <source>Datoen kan ikke være før møtet der tiltaket ble avtalt eller før overleveringen ble foreslått.</source>
            <translation>Datoen kan ikkje vere før møtet der tiltaket vart avtalt, eller før overleveringa vart føreslått.</translation>
        </message>
        <message>
            <source>Personen du valgte hører ikke til den valgte tjenesten.</source>
            <translation>Personen du valde, høyrer ikkje til den valde tenesta.</translation>
        </message>
        <message>
            <source>Tiltaket står ikke på sakslisten til dette møtet.</source>
            <translation>Tiltaket står ikkje på sakslista til dette møtet.</translation>
        </message>
        <message>
            <source>Utfallet for dette tiltaket er allerede registrert i dette møtet.</source>
            <translation>Utfallet for dette tiltaket er allereie registrert i dette møtet.</translation>
        </message>
        <message>
            <source>Møtet er avlyst. Velg et annet møte.</source>
            <translation>Møtet er avlyst. Vel eit anna møte.</translation>
        </message>
        <message>
            <source>Det er allerede registrert at beskjeden er gitt.</source>
            <translation>Det er allereie registrert at beskjeden er gitt.</translation>
        </message>
        <message>
            <source>Overleveringen er allerede godtatt. Den nye ansvarlige har tiltaket nå.</source>
            <translation>Overleveringa er alt godteken. Den nye ansvarlege har tiltaket no.</translation>
        </message>
        <message>
            <source>Overleveringen er allerede avslått. Den tidligere ansvarlige har fortsatt tiltaket.</source>
            <translation>Overleveringa er alt avslått. Den tidlegare ansvarlege har framleis tiltaket.</translation>
        </message>
        <message>
            <source>Overleveringen er allerede godtatt av {by}{on}. Den nye ansvarlige har tiltaket nå. Det du valgte er ikke lagret.</source>
            <translation>Overleveringa er alt godteken av {by}{on}. Den nye ansvarlege har tiltaket no. Det du valde, er ikkje lagra.</translation>
        </message>
        <message>
            <source>Overleveringen er allerede avslått av {by}{on}. Den tidligere ansvarlige har fortsatt tiltaket. Det du valgte er ikke lagret.</source>
            <translation>Overleveringa er alt avslått av {by}{on}. Den tidlegare ansvarlege har framleis tiltaket. Det du valde, er ikkje lagra.</translation>
        </message>
        <message>
            <source>Utfallet for dette tiltaket er allerede registrert i dette møtet, av {by}{on}. Det du valgte og skrev er ikke lagret, og det som var registrert er ikke endret.</source>
            <translation>Utfallet for dette tiltaket er alt registrert i dette møtet, av {by}{on}. Det du valde og skreiv, er ikkje lagra, og det som var registrert, er ikkje endra.</translation>
        </message>
        <message>
            <source>Det er allerede registrert at beskjeden er gitt, av {by}{on}. Det du skrev er ikke lagret.</source>
            <translation>Det er alt registrert at beskjeden er gitt, av {by}{on}. Det du skreiv, er ikkje lagra.</translation>
        </message>
        <message>
            <source>Filen kan ikke leses som samletall; den kan være skadet.</source>
            <translation>Fila kan ikkje lesast som samletal; ho kan vere skadd.</translation>
        </message>
        <message>
            <source>Filen er ikke samletall fra Familiemøte (formatet «familiemote-evaluation-tally»).</source>
            <translation>Fila er ikkje samletal frå Familiemøte (formatet «familiemote-evaluation-tally»).</translation>
        </message>
        <message>
            <source>Filen er laget av en nyere versjon av Familiemøte. Installer den nyeste versjonen for å lese den inn.</source>
            <translation>Fila er laga av ein nyare versjon av Familiemøte. Installer den nyaste versjonen for å lese ho inn.</translation>
        </message>
        <message>
            <source>Kontrollsummen i filen stemmer ikke: filen er endret eller skadet etter at den ble laget. Be om en ny eksport.</source>
            <translation>Kontrollsummen i fila stemmer ikkje: fila er endra eller skadd etter at ho vart laga. Be om ein ny eksport.</translation>
        </message>
        <message>
            <source>Tallene i filen henger ikke sammen. Be om en ny eksport.</source>
            <translation>Tala i fila heng ikkje saman. Be om ein ny eksport.</translation>
        </message>
        <message>
            <source>Akkurat denne filen fra {where} er lest inn før. Tallene telles ikke to ganger.</source>
            <translation>Akkurat denne fila frå {where} er lesen inn før. Tala blir ikkje talde to gonger.</translation>
        </message>
        <message>
            <source>Skjemaene fra {where} for denne perioden er registrert i denne databasen, eller filen er eksportert herfra. De ville blitt telt to ganger.</source>
            <translation>Skjemaa frå {where} for denne perioden er registrerte i denne databasen, eller fila er eksportert herifrå. Dei ville blitt talde to gonger.</translation>
        </message>
        <message>
            <source>Skriv hvilken kommune tallene er fra.</source>
            <translation>Skriv kva kommune tala er frå.</translation>
        </message>
        <message>
            <source>Ingenting er lest inn.</source>
            <translation>Ingenting er lese inn.</translation>
        </message>
        <message>
            <source>Ingenting er lagret.</source>
            <translation>Ingenting er lagra.</translation>
        </message>
        <message>
            <source>I filen, {place}: </source>
            <translation>I fila, {place}: </translation>
        </message>
        <message>
            <source>I filen: </source>
            <translation>I fila: </translation>
        </message>
        <message>
            <source>{label} er ikke en gyldig dato eller et gyldig tidspunkt (åååå-mm-dd, eller åååå-mm-ddTtt:mm i lokal tid uten tidssone).</source>
            <translation>{label} er ikkje ein gyldig dato eller eit gyldig tidspunkt (åååå-mm-dd, eller åååå-mm-ddTtt:mm i lokal tid utan tidssone).</translation>
        </message>
        <message>
            <source>{label} har en verdi Familiemøte ikke kjenner.</source>
            <translation>{label} har ein verdi Familiemøte ikkje kjenner.</translation>
        </message>
        <message>
            <source>Filen har et felt Familiemøte ikke kjenner: «{key}».</source>
            <translation>Fila har eit felt Familiemøte ikkje kjenner: «{key}».</translation>
        </message>
        <message>
            <source>{label} står to ganger på samme sted i filen, så det er uklart hva som gjelder.</source>
            <translation>{label} står to gonger på same stad i fila, så det er uklart kva som gjeld.</translation>
        </message>
        <message>
            <source>Feltet «{key}» står to ganger på samme sted i filen, så det er uklart hva som gjelder.</source>
            <translation>Feltet «{key}» står to gonger på same stad i fila, så det er uklart kva som gjeld.</translation>
        </message>
        <message>
            <source>Filen «{where}» kunne ikke leses.</source>
            <translation>Fila «{where}» kunne ikkje lesast.</translation>
        </message>
        <message>
            <source>«{where}» er ikke en vanlig fil (det kan være en mappe, en enhet eller en kø). Velg en vanlig fil.</source>
            <translation>«{where}» er ikkje ei vanleg fil (det kan vere ei mappe, ei eining eller ein kø). Vel ei vanleg fil.</translation>
        </message>
        <message>
            <source>Kunne ikke skrive «{where}». Kontroller at mappen finnes, at du kan skrive i den, og at det er plass på disken.</source>
            <translation>Kunne ikkje skrive «{where}». Kontroller at mappa finst, at du kan skrive i ho, og at det er plass på disken.</translation>
        </message>
        <message>
            <source>Filen er for stor til å være en eksportert sak.</source>
            <translation>Fila er for stor til å vere ei eksportert sak.</translation>
        </message>
        <message>
            <source>Filen er ikke en gyldig JSON-fil; den kan være skadet.</source>
            <translation>Fila er ikkje ei gyldig JSON-fil; ho kan vere skadd.</translation>
        </message>
        <message>
            <source>Filen er ikke en sak eksportert fra Familiemøte (formatet «familiemote-case»).</source>
            <translation>Fila er ikkje ei sak eksportert frå Familiemøte (formatet «familiemote-case»).</translation>
        </message>
        <message>
            <source>Filen er laget av en nyere versjon av Familiemøte (formatversjon {limit}). Installer den nyeste versjonen for å lese den inn.</source>
            <translation>Fila er laga av ein nyare versjon av Familiemøte (formatversjon {limit}). Installer den nyaste versjonen for å lese inn fila.</translation>
        </message>
        <message>
            <source>{prefix}{label} mangler.</source>
            <translation>{prefix}{label} manglar.</translation>
        </message>
        <message>
            <source>{prefix}{label} har feil type.</source>
            <translation>{prefix}{label} har feil type.</translation>
        </message>
        <message>
            <source>{prefix}{label} viser til noe som ikke finnes i filen.</source>
            <translation>{prefix}{label} viser til noko som ikkje finst i fila.</translation>
        </message>
        <message>
            <source>{prefix}Referansen er brukt to ganger i filen.</source>
            <translation>{prefix}Referansen er brukt to gonger i fila.</translation>
        </message>
        <message>
            <source>Filen kan ikke leses inn.</source>
            <translation>Fila kan ikkje lesast inn.</translation>
        </message>
        <message>
            <source>Oppføringen</source>
            <translation>Oppføringa</translation>
        </message>
    </context>
    <context>
        <name>NameCaseDialog</name>
        <message>
            <source>Gjør om til navngitt sak</source>
            <translation>Gjer om til namngitt sak</translation>
        </message>
        <message>
            <source>&amp;Lagre som navngitt sak</source>
            <translation>&amp;Lagre som namngitt sak</translation>
        </message>
        <message>
            <source>Gjør dette når familien har sagt ja til at saken drøftes med navn. Registrer deretter samtykket fra hver foresatt på fanen Samtykke.</source>
            <translation>Gjer dette når familien har sagt ja til at saka blir drøfta med namn. Registrer deretter samtykket frå kvar føresett på fanen Samtykke.</translation>
        </message>
        <message>
            <source>Foresatt &amp;{n}:</source>
            <translation>Føresett &amp;{n}:</translation>
        </message>
        <message>
            <source>Foresatt {n}, navn</source>
            <translation>Føresett {n}, namn</translation>
        </message>
        <message>
            <source>Foresatt {n}, relasjon</source>
            <translation>Føresett {n}, relasjon</translation>
        </message>
        <message>
            <source>Barnets &amp;fornavn:</source>
            <translation>&amp;Førenamnet til barnet:</translation>
        </message>
        <message>
            <source>Fødsels&amp;dato:</source>
            <translation>Fødsels&amp;dato:</translation>
        </message>
        <message>
            <source>dd.mm.åååå (valgfritt)</source>
            <translation>dd.mm.åååå (valfritt)</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>Registrer bare det arbeidet trenger: barnets fornavn og fødselsår er nok. Fødselsnummer skal ikke registreres.</source>
            <translation>Registrer berre det arbeidet treng: førenamnet og fødselsåret til barnet er nok. Fødselsnummer skal ikkje registrerast.</translation>
        </message>
        <message>
            <source>Barnets &amp;fornavn:</source>
            <translation>&amp;Førenamnet til barnet:</translation>
        </message>
        <message>
            <source>Barnets fornavn</source>
            <translation>Førenamnet til barnet</translation>
        </message>
        <message>
            <source>Fø&amp;dselsår:</source>
            <translation>Fø&amp;dselsår:</translation>
        </message>
        <message>
            <source>Barnets fødselsår</source>
            <translation>Fødselsåret til barnet</translation>
        </message>
        <message>
            <source>Fødsel&amp;sdato (valgfritt):</source>
            <translation>Fødsel&amp;sdato (valfritt):</translation>
        </message>
        <message>
            <source>dd.mm.åååå</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>Barnets fødselsdato, valgfritt</source>
            <translation>Fødselsdatoen til barnet, valfritt</translation>
        </message>
        <message>
            <source>Bekymring &amp;meldt av:</source>
            <translation>Bekymring &amp;meldt av:</translation>
        </message>
        <message>
            <source>Bekymring meldt av</source>
            <translation>Bekymring meldt av</translation>
        </message>
        <message>
            <source>&amp;Initiativtaker:</source>
            <translation>&amp;Initiativtakar:</translation>
        </message>
        <message>
            <source>Initiativtaker, ansvarlig for oppfølging og journalføring</source>
            <translation>Initiativtakar, ansvarleg for oppfølging og journalføring</translation>
        </message>
        <message>
            <source>&amp;Kontaktperson:</source>
            <translation>&amp;Kontaktperson:</translation>
        </message>
        <message>
            <source>Kontaktperson i kommunen</source>
            <translation>Kontaktperson i kommunen</translation>
        </message>
        <message>
            <source>&amp;Ny person i Katalog …</source>
            <translation>&amp;Ny person i Katalog …</translation>
        </message>
        <message>
            <source>Ny person i Katalog</source>
            <translation>Ny person i Katalog</translation>
        </message>
        <message>
            <source>&amp;Bekymringen:</source>
            <translation>&amp;Bekymringa:</translation>
        </message>
        <message>
            <source>Hva er bekymringen, og hvem har sett hva?</source>
            <translation>Kva er bekymringa, og kven har sett kva?</translation>
        </message>
        <message>
            <source>Bekymringen</source>
            <translation>Bekymringa</translation>
        </message>
        <message>
            <source>Foresatt &amp;1:</source>
            <translation>Føresett &amp;1:</translation>
        </message>
        <message>
            <source>Fullt navn</source>
            <translation>Fullt namn</translation>
        </message>
        <message>
            <source>Foresatt 1, navn</source>
            <translation>Føresett 1, namn</translation>
        </message>
        <message>
            <source>Foresatt 1, relasjon til barnet</source>
            <translation>Føresett 1, relasjon til barnet</translation>
        </message>
        <message>
            <source>Foresatt &amp;2:</source>
            <translation>Føresett &amp;2:</translation>
        </message>
        <message>
            <source>Fullt navn (valgfritt)</source>
            <translation>Fullt namn (valfritt)</translation>
        </message>
        <message>
            <source>Foresatt 2, navn</source>
            <translation>Føresett 2, namn</translation>
        </message>
        <message>
            <source>Foresatt 2, relasjon til barnet</source>
            <translation>Føresett 2, relasjon til barnet</translation>
        </message>
        <message>
            <source>Ny sak</source>
            <translation>Ny sak</translation>
        </message>
        <message>
            <source>&amp;Lagre saken</source>
            <translation>&amp;Lagre saka</translation>
        </message>
        <message>
            <source>Familien</source>
            <translation>Familien</translation>
        </message>
        <message>
            <source>(ikke valgt)</source>
            <translation>(ikkje vald)</translation>
        </message>
        <message>
            <source>Relasjon:</source>
            <translation>Relasjon:</translation>
        </message>
        <message>
            <source>Den i kommunen som kaller inn til møtene og som familien ringer. Kan velges senere under «Endre saken».</source>
            <translation>Den i kommunen som kallar inn til møta og som familien ringjer. Kan veljast seinare under «Endre saka».</translation>
        </message>
        <message>
            <source>Katalogen har ingen personer ennå. Legg til kontaktpersonen med «Ny person i Katalog …», eller velg senere under «Endre saken».</source>
            <translation>Katalogen har ingen personar enno. Legg til kontaktpersonen med «Ny person i Katalog …», eller vel seinare under «Endre saka».</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <source>Ny person i Katalog</source>
            <translation>Ny person i Katalog</translation>
        </message>
        <message>
            <source>&amp;Legg til</source>
            <translation>&amp;Legg til</translation>
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Stilling:</source>
            <translation>&amp;Stilling:</translation>
        </message>
        <message>
            <source>&amp;Tjeneste:</source>
            <translation>&amp;Teneste:</translation>
        </message>
        <message>
            <source>(ingen tjeneste)</source>
            <translation>(inga teneste)</translation>
        </message>
        <message>
            <source>Tele&amp;fon:</source>
            <translation>Tele&amp;fon:</translation>
        </message>
        <message>
            <source>&amp;E-post:</source>
            <translation>&amp;E-post:</translation>
        </message>
    </context>
    <context>
        <name>NextMeetingPanel</name>
        <message>
            <source>Neste møte</source>
            <translation>Neste møte</translation>
        </message>
        <message>
            <source>Tidspunkt for neste møte</source>
            <translation>Tidspunkt for neste møte</translation>
        </message>
        <message>
            <source>&amp;Tidspunkt:</source>
            <translation>&amp;Tidspunkt:</translation>
        </message>
        <message>
            <source>St&amp;ed:</source>
            <translation>St&amp;ad:</translation>
        </message>
        <message>
            <source>&amp;Deltakere som inviteres (mellomrom tar bort eller setter på haken):</source>
            <translation>&amp;Deltakarar som blir inviterte (mellomrom tek bort eller set på haken):</translation>
        </message>
        <message>
            <source>Deltakere i neste møte</source>
            <translation>Deltakarar i neste møte</translation>
        </message>
        <message>
            <source>&amp;Opprett neste møte</source>
            <translation>&amp;Opprett neste møte</translation>
        </message>
        <message>
            <source>Opprett neste møte</source>
            <translation>Opprett neste møte</translation>
        </message>
        <message>
            <source>Lagre &amp;kalenderfil (.ics) for alle …</source>
            <translation>Lagre kalenderfil (.i&amp;cs) for alle …</translation>
        </message>
        <message>
            <source>Lagre kalenderfil for neste møte</source>
            <translation>Lagre kalenderfil for neste møte</translation>
        </message>
        <message>
            <source>Endre &amp;deltakere og tid …</source>
            <translation>Endre &amp;deltakarar og tid …</translation>
        </message>
        <message>
            <source>Endre neste møte</source>
            <translation>Endre neste møte</translation>
        </message>
        <message numerus="yes">
            <source>✓ Neste møte er planlagt: {kind} {when}{place}, %n inviterte. Tiltakene som fortsatt pågår, står på sakslisten.</source>
            <translation>
                <numerusform>✓ Neste møte er planlagt: {kind} {when}{place}, %n invitert. Tiltaka som framleis er i gang, står på sakslista.</numerusform>
                <numerusform>✓ Neste møte er planlagt: {kind} {when}{place}, %n inviterte. Tiltaka som framleis er i gang, står på sakslista.</numerusform>
            </translation>
        </message>
        <message>
            <source>, {place}</source>
            <translation>, {place}</translation>
        </message>
        <message>
            <source>Avtal tid og sted, og opprett møtet her: det blir et planlagt møte i saken.</source>
            <translation>Avtal tid og stad, og opprett møtet her: det blir eit planlagt møte i saka.</translation>
        </message>
        <message>
            <source>Ikke opprettet: {gap}. Registrer samtykket, eller fjern personen fra listen.</source>
            <translation>Ikkje oppretta: {gap}. Registrer samtykket, eller fjern personen frå lista.</translation>
        </message>
        <message>
            <source>Ikke opprettet: </source>
            <translation>Ikkje oppretta: </translation>
        </message>
        <message>
            <source>Ikke opprettet: noen andre har lagret dette møtet samtidig. Prøv igjen: guiden har nå den nyeste versjonen.</source>
            <translation>Ikkje oppretta: nokon andre har lagra dette møtet samtidig. Prøv igjen: guiden har no den nyaste versjonen.</translation>
        </message>
        <message>
            <source>Lagre kalenderfil</source>
            <translation>Lagre kalenderfil</translation>
        </message>
        <message>
            <source>Kalenderfiler (*.ics)</source>
            <translation>Kalenderfiler (*.ics)</translation>
        </message>
        <message>
            <source>Familiemøte</source>
            <translation>Familiemøte</translation>
        </message>
        <message>
            <source>Filen ble ikke lagret: {detail}</source>
            <translation>Fila vart ikkje lagra: {detail}</translation>
        </message>
        <message>
            <source>Kalenderfilen er lagret: {path}. Send den til deltakerne.</source>
            <translation>Kalenderfila er lagra: {path}. Send henne til deltakarane.</translation>
        </message>
    </context>
    <context>
        <name>NotificationDialog</name>
        <message>
            <source>Mottaker:</source>
            <translation>Mottakar:</translation>
        </message>
        <message>
            <source>Beskjed gitt &amp;av:</source>
            <translation>Beskjed gitt &amp;av:</translation>
        </message>
        <message>
            <source>&amp;Hvordan beskjeden ble gitt:</source>
            <translation>&amp;Korleis beskjeden vart gitt:</translation>
        </message>
        <message>
            <source>Merk beskjed som gjort</source>
            <translation>Merk beskjed som gjort</translation>
        </message>
    </context>
    <context>
        <name>OpenLog</name>
        <message>
            <source>Saken ble ikke vist: at du åpnet den, kunne ikke skrives i loggen over hvem som har sett saken. Prøv igjen om litt. Hvis det gjentar seg, si fra til IT.</source>
            <translation>Saka vart ikkje vist: at du opna henne, kunne ikkje skrivast i loggen over kven som har sett saka. Prøv igjen om litt. Om det skjer igjen, sei frå til IT.</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Arbeider …</source>
            <translation>Arbeider …</translation>
        </message>
        <message>
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Venter på databaseserveren …</source>
            <translation>Ventar på databaseserveren …</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Tiltak:</source>
            <translation>Tiltak:</translation>
        </message>
        <message>
            <source>&amp;Utfall:</source>
            <translation>&amp;Utfall:</translation>
        </message>
        <message>
            <source>Ny &amp;dato:</source>
            <translation>Ny &amp;dato:</translation>
        </message>
        <message>
            <source>Endret &amp;tiltak:</source>
            <translation>Endra &amp;tiltak:</translation>
        </message>
        <message>
            <source>Overlever til t&amp;jeneste:</source>
            <translation>Overlever til t&amp;eneste:</translation>
        </message>
        <message>
            <source>Overlever til &amp;person:</source>
            <translation>Overlever til &amp;person:</translation>
        </message>
        <message>
            <source>Mottakeren &amp;godtok i møtet</source>
            <translation>Mottakaren &amp;godtok i møtet</translation>
        </message>
        <message>
            <source>Godtatt &amp;av:</source>
            <translation>Godteke &amp;av:</translation>
        </message>
        <message>
            <source>&amp;Merknad / begrunnelse:</source>
            <translation>&amp;Merknad / grunngjeving:</translation>
        </message>
        <message>
            <source>Utfall i møtet {day}</source>
            <translation>Utfall i møtet {day}</translation>
        </message>
    </context>
    <context>
        <name>OverflowRow</name>
        <message>
            <source>Mer …</source>
            <translation>Meir …</translation>
        </message>
        <message>
            <source>Flere knapper</source>
            <translation>Fleire knappar</translation>
        </message>
    </context>
    <context>
        <name>OverviewPanel</name>
        <message>
            <source>Familien</source>
            <translation>Familien</translation>
        </message>
        <message>
            <source>Kommunen</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>Spesialisthelsetjenesten</source>
            <translation>Spesialisthelsetenesta</translation>
        </message>
        <message>
            <source>Forløpet: {title}</source>
            <translation>Forløpet: {title}</translation>
        </message>
        <message>
            <source>Bekymringen</source>
            <translation>Bekymringa</translation>
        </message>
        <message>
            <source>Beslutninger i forløpet</source>
            <translation>Avgjerder i forløpet</translation>
        </message>
        <message>
            <source>, foresatt</source>
            <translation>, føresett</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Relasjon</source>
            <translation>Relasjon</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Ingen familiemedlemmer registrert.</source>
            <translation>Ingen familiemedlemmer registrerte.</translation>
        </message>
        <message>
            <source>Forløpet</source>
            <translation>Forløpet</translation>
        </message>
        <message>
            <source>■ Saken ble avsluttet her</source>
            <translation>■ Saka vart avslutta her</translation>
        </message>
        <message>
            <source>▶ Saken er her nå</source>
            <translation>▶ Saka er her no</translation>
        </message>
        <message>
            <source>✓ Tidligere fase</source>
            <translation>✓ Tidlegare fase</translation>
        </message>
        <message>
            <source>Fase {n}: {name}</source>
            <translation>Fase {n}: {name}</translation>
        </message>
        <message>
            <source>Saken ble avsluttet {date}.</source>
            <translation>Saka vart avslutta {date}.</translation>
        </message>
        <message>
            <source>Neste beslutning: {text}</source>
            <translation>Neste avgjerd: {text}</translation>
        </message>
        <message>
            <source>Frist: {text}</source>
            <translation>Frist: {text}</translation>
        </message>
        <message>
            <source>Henvisning til {target}: {n} av 5 punkter i sjekklisten.</source>
            <translation>Tilvising til {target}: {n} av 5 punkt i sjekklista.</translation>
        </message>
        <message>
            <source>Sendt {date}.</source>
            <translation>Sendt {date}.</translation>
        </message>
        <message>
            <source>Ikke sendt ennå.</source>
            <translation>Ikkje sendt enno.</translation>
        </message>
        <message>
            <source>Må få beskjed om beslutninger: {names}.</source>
            <translation>Må få beskjed om avgjerder: {names}.</translation>
        </message>
        <message>
            <source>Nytt m&amp;øte …</source>
            <translation>Nytt m&amp;øte …</translation>
        </message>
        <message>
            <source>Flytt til a&amp;nnen fase …</source>
            <translation>Flytt til a&amp;nnan fase …</translation>
        </message>
        <message>
            <source>En&amp;dre saken …</source>
            <translation>En&amp;dre saka …</translation>
        </message>
        <message>
            <source>Rett barnets opplysninger, familien, bekymringen, initiativtaker og kontaktperson</source>
            <translation>Rett opplysningane om barnet, familien, bekymringa, initiativtakar og kontaktperson</translation>
        </message>
        <message>
            <source>Henvisning o&amp;g sjekkliste …</source>
            <translation>Tilvisin&amp;g og sjekkliste …</translation>
        </message>
        <message>
            <source>A&amp;vslutt saken …</source>
            <translation>A&amp;vslutt saka …</translation>
        </message>
        <message>
            <source>Gjenåp&amp;ne saken …</source>
            <translation>Op&amp;ne saka att …</translation>
        </message>
        <message>
            <source>Hvem gjør hva i denne fasen</source>
            <translation>Kven gjer kva i denne fasen</translation>
        </message>
        <message>
            <source>Standardtekst: rapportene gir ikke oppgavelistene, så kommunen tilpasser dem lokalt.</source>
            <translation>Standardtekst: rapportane gir ikkje oppgåvelistene, så kommunen tilpassar dei lokalt.</translation>
        </message>
        <message>
            <source>Bekymring meldt av:</source>
            <translation>Bekymring meldt av:</translation>
        </message>
        <message>
            <source>Initiativtaker (ansvar for oppfølging og journalføring):</source>
            <translation>Initiativtakar (ansvar for oppfølging og journalføring):</translation>
        </message>
        <message>
            <source> (kontaktperson i møtet; ikke valgt for saken)</source>
            <translation> (kontaktperson i møtet; ikkje valt for saka)</translation>
        </message>
        <message>
            <source>Ikke valgt. Velg en med «Endre saken …».</source>
            <translation>Ikkje vald. Vel ein med «Endre saka …».</translation>
        </message>
        <message>
            <source>Kontaktperson:</source>
            <translation>Kontaktperson:</translation>
        </message>
        <message>
            <source>Saken åpnet:</source>
            <translation>Saka opna:</translation>
        </message>
        <message>
            <source>Ingen beslutninger ennå: saken er i fase {n} siden den ble åpnet.</source>
            <translation>Ingen avgjerder enno: saka har vore i fase {n} sidan ho vart opna.</translation>
        </message>
        <message>
            <source>Flyttet</source>
            <translation>Flytta</translation>
        </message>
        <message>
            <source>Avsluttet</source>
            <translation>Avslutta</translation>
        </message>
        <message>
            <source>Gjenåpnet</source>
            <translation>Opna att</translation>
        </message>
        <message>
            <source>{kind} i fase {n}</source>
            <translation>{kind} i fase {n}</translation>
        </message>
        <message>
            <source>{kind}: fase {a} → {b} {name}</source>
            <translation>{kind}: fase {a} → {b} {name}</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Beslutning</source>
            <translation>Avgjerd</translation>
        </message>
        <message>
            <source>Besluttet av</source>
            <translation>Avgjort av</translation>
        </message>
        <message>
            <source>Hvorfor</source>
            <translation>Kvifor</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>For svak</source>
            <translation>For svak</translation>
        </message>
        <message>
            <source>Svak</source>
            <translation>Svak</translation>
        </message>
        <message>
            <source>Middels</source>
            <translation>Middels</translation>
        </message>
        <message>
            <source>God</source>
            <translation>God</translation>
        </message>
        <message>
            <source>Sterk</source>
            <translation>Sterk</translation>
        </message>
        <message>
            <source>Bruk minst 10 tegn.</source>
            <translation>Bruk minst 10 teikn.</translation>
        </message>
        <message>
            <source>Denne er for vanlig; velg en annen.</source>
            <translation>Denne er for vanleg; vel ein annan.</translation>
        </message>
        <message>
            <source>Ikke gjenta de samme tegnene.</source>
            <translation>Ikkje gjenta dei same teikna.</translation>
        </message>
        <message>
            <source>Lengre er sterkere: prøv fire vanlige ord med mellomrom.</source>
            <translation>Lengre er sterkare: prøv fire vanlege ord med mellomrom.</translation>
        </message>
        <message>
            <source>Tall eller andre tegn gjør den sterkere.</source>
            <translation>Tal eller andre teikn gjer passordfrasen sterkare.</translation>
        </message>
        <message>
            <source>Styrke: {name}.</source>
            <translation>Styrke: {name}.</translation>
        </message>
        <message>
            <source>Lås opp Familiemøte</source>
            <translation>Lås opp Familiemøte</translation>
        </message>
        <message>
            <source>Velg passordfrase</source>
            <translation>Vel passordfrase</translation>
        </message>
        <message>
            <source>Bytt passordfrase</source>
            <translation>Bytt passordfrase</translation>
        </message>
        <message>
            <source>Skriv passordfrasen for databasen
{location}</source>
            <translation>Skriv passordfrasen for databasen
{location}</translation>
        </message>
        <message>
            <source>Dataene i {location} krypteres med en passordfrase som du velger nå. Du må skrive den hver gang du åpner Familiemøte.

Skriv den ned og oppbevar den trygt. Uten passordfrasen kan ingen åpne dataene, heller ikke IT.</source>
            <translation>Dataa i {location} blir krypterte med ein passordfrase som du vel no. Du må skrive passordfrasen kvar gong du opnar Familiemøte.

Skriv han ned og gøym han på ein trygg stad. Utan passordfrasen kan ingen opne dataa, heller ikkje IT.</translation>
        </message>
        <message>
            <source>Dataene krypteres på nytt med den nye passordfrasen. Sikkerhetskopier du har tatt, åpnes fortsatt med den gamle.</source>
            <translation>Dataa blir krypterte på nytt med den nye passordfrasen. Tryggleikskopiar du har teke, opnar du framleis med den gamle.</translation>
        </message>
        <message>
            <source>Nåværende passordfrase</source>
            <translation>Noverande passordfrase</translation>
        </message>
        <message>
            <source>Gjenta passordfrasen</source>
            <translation>Gjenta passordfrasen</translation>
        </message>
        <message>
            <source>Styrken på passordfrasen</source>
            <translation>Styrken på passordfrasen</translation>
        </message>
        <message>
            <source>N&amp;åværende passordfrase:</source>
            <translation>N&amp;overande passordfrase:</translation>
        </message>
        <message>
            <source>&amp;Passordfrase:</source>
            <translation>&amp;Passordfrase:</translation>
        </message>
        <message>
            <source>&amp;Ny passordfrase:</source>
            <translation>&amp;Ny passordfrase:</translation>
        </message>
        <message>
            <source>&amp;Gjenta passordfrasen:</source>
            <translation>&amp;Gjenta passordfrasen:</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>&amp;Åpne</source>
            <translation>&amp;Opne</translation>
        </message>
        <message>
            <source>&amp;Lagre passordfrasen</source>
            <translation>&amp;Lagre passordfrasen</translation>
        </message>
        <message>
            <source>&amp;Bytt</source>
            <translation>&amp;Bytt</translation>
        </message>
        <message>
            <source>De to passordfrasene er ikke like.</source>
            <translation>Dei to passordfrasane er ikkje like.</translation>
        </message>
        <message>
            <source>Feil passordfrase. Kontroller at Caps Lock er av, og prøv igjen.</source>
            <translation>Feil passordfrase. Kontroller at Caps Lock er av, og prøv igjen.</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <source>Velg passordfrase</source>
            <translation>Vel passordfrase</translation>
        </message>
        <message>
            <source>Dataene om barna krypteres. Passordfrasen åpner dem.</source>
            <translation>Dataa om barna blir krypterte. Passordfrasen opnar dei.</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditor</name>
        <message>
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Tjeneste</source>
            <translation>Teneste</translation>
        </message>
        <message>
            <source>Stilling</source>
            <translation>Stilling</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Personer</source>
            <translation>Personar</translation>
        </message>
        <message>
            <source>(ingen tjeneste)</source>
            <translation>(inga teneste)</translation>
        </message>
        <message>
            <source> (deaktivert)</source>
            <translation> (deaktivert)</translation>
        </message>
        <message>
            <source>&amp;Deaktiver</source>
            <translation>&amp;Deaktiver</translation>
        </message>
        <message>
            <source>&amp;Aktiver</source>
            <translation>&amp;Aktiver</translation>
        </message>
        <message>
            <source>Resten er lagret, men påloggingen er ikke endret: bare IT kan knytte en pålogging til en person.</source>
            <translation>Resten er lagra, men pålogginga er ikkje endra: berre IT kan knyte ei pålogging til ein person.</translation>
        </message>
        <message>
            <source>Resten er lagret, men påloggingen er ikke endret: den er allerede knyttet til en annen person i katalogen.</source>
            <translation>Resten er lagra, men pålogginga er ikkje endra: ho er allereie knytt til ein annan person i katalogen.</translation>
        </message>
        <message>
            <source>Na&amp;vn:</source>
            <translation>Na&amp;mn:</translation>
        </message>
        <message>
            <source>Tj&amp;eneste:</source>
            <translation>T&amp;eneste:</translation>
        </message>
        <message>
            <source>St&amp;illing:</source>
            <translation>St&amp;illing:</translation>
        </message>
        <message>
            <source>&amp;Telefon:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>E-p&amp;ost:</source>
            <translation>E-p&amp;ost:</translation>
        </message>
        <message>
            <source>Pålo&amp;gging på serveren:</source>
            <translation>Pålo&amp;gging på serveren:</translation>
        </message>
        <message>
            <source>Påloggingen personen bruker mot databaseserveren. Bare IT kan knytte en pålogging til en person.</source>
            <translation>Pålogginga som personen brukar mot databaseserveren. Berre IT kan knyte ei pålogging til ein person.</translation>
        </message>
        <message>
            <source>databasebrukeren, for eksempel anne.dahl</source>
            <translation>databasebrukaren, til dømes anne.dahl</translation>
        </message>
    </context>
    <context>
        <name>PersonCombo</name>
        <message>
            <source>Ingen bestemt person</source>
            <translation>Ingen bestemt person</translation>
        </message>
    </context>
    <context>
        <name>PhaseDialog</name>
        <message>
            <source>&amp;Ny fase:</source>
            <translation>&amp;Ny fase:</translation>
        </message>
        <message>
            <source>Ny fase</source>
            <translation>Ny fase</translation>
        </message>
        <message>
            <source>&amp;Dato:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <source>Dato for beslutningen</source>
            <translation>Dato for avgjerda</translation>
        </message>
        <message>
            <source>&amp;Besluttet av:</source>
            <translation>&amp;Avgjort av:</translation>
        </message>
        <message>
            <source>Besluttet av</source>
            <translation>Avgjort av</translation>
        </message>
        <message>
            <source>&amp;Hvorfor:</source>
            <translation>&amp;Kvifor:</translation>
        </message>
        <message>
            <source>Hvorfor</source>
            <translation>Kvifor</translation>
        </message>
        <message>
            <source>Besluttet i &amp;møte:</source>
            <translation>Bestemt i &amp;møte:</translation>
        </message>
        <message>
            <source>Besluttet i møte</source>
            <translation>Bestemt i møte</translation>
        </message>
        <message>
            <source>Flytt saken til en annen fase</source>
            <translation>Flytt saka til ein annan fase</translation>
        </message>
        <message>
            <source>Avslutt saken</source>
            <translation>Avslutt saka</translation>
        </message>
        <message>
            <source>Gjenåpne saken</source>
            <translation>Opne saka att</translation>
        </message>
        <message>
            <source>&amp;Flytt saken</source>
            <translation>&amp;Flytt saka</translation>
        </message>
        <message>
            <source>&amp;Avslutt saken</source>
            <translation>&amp;Avslutt saka</translation>
        </message>
        <message>
            <source>&amp;Gjenåpne saken</source>
            <translation>&amp;Opne saka att</translation>
        </message>
        <message>
            <source>Saken er nå i fase {n}: {name}.</source>
            <translation>Saka er no i fase {n}: {name}.</translation>
        </message>
        <message>
            <source>Saken kan avsluttes i hvilken som helst fase, også etter fase 1 når tiltakene i kommunen er nok. Beslutningen lagres med dato, hvem og hvorfor.</source>
            <translation>Saka kan avsluttast i kva fase som helst, òg etter fase 1 når tiltaka i kommunen er nok. Avgjerda blir lagra med dato, kven og kvifor.</translation>
        </message>
        <message>
            <source>(ikke i et møte)</source>
            <translation>(ikkje i eit møte)</translation>
        </message>
        <message>
            <source>Disse skal få beskjed om beslutningen: {names}.</source>
            <translation>Desse skal få beskjed om avgjerda: {names}.</translation>
        </message>
        <message>
            <source>Ingen tjeneste er registrert som melder eller initiativtaker.</source>
            <translation>Inga teneste er registrert som meldar eller initiativtakar.</translation>
        </message>
        <message>
            <source>Beslutningspunkt i fase {n}: {text}</source>
            <translation>Avgjerdspunkt i fase {n}: {text}</translation>
        </message>
    </context>
    <context>
        <name>PlanOptionsDialog</name>
        <message>
            <source>Skriv ut oppfølgingsplan</source>
            <translation>Skriv ut oppfølgingsplan</translation>
        </message>
        <message>
            <source>Møte</source>
            <translation>Møte</translation>
        </message>
        <message>
            <source>Familiens &amp;kopi (uten interne notater og tiltak)</source>
            <translation>&amp;Kopi til familien (utan interne notat og tiltak)</translation>
        </message>
        <message>
            <source>Familiens kopi</source>
            <translation>Kopi til familien</translation>
        </message>
        <message>
            <source>&amp;Møte:</source>
            <translation>&amp;Møte:</translation>
        </message>
        <message>
            <source>&amp;Forhåndsvis</source>
            <translation>&amp;Førehandsvis</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Forhåndsvisning: {title}</source>
            <translation>Førehandsvising: {title}</translation>
        </message>
        <message>
            <source>Lager forhåndsvisningen …</source>
            <translation>Lagar førehandsvisinga …</translation>
        </message>
        <message>
            <source>Side {n} av {total}</source>
            <translation>Side {n} av {total}</translation>
        </message>
        <message>
            <source>Sidene i dokumentet</source>
            <translation>Sidene i dokumentet</translation>
        </message>
        <message numerus="yes">
            <source>%n sider</source>
            <translation>
                <numerusform>%n side</numerusform>
                <numerusform>%n sider</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Skriv ut …</source>
            <translation>&amp;Skriv ut …</translation>
        </message>
        <message>
            <source>Lagre som &amp;PDF …</source>
            <translation>Lagre som &amp;PDF …</translation>
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <source>Åpne &amp;mappen</source>
            <translation>Opne &amp;mappa</translation>
        </message>
        <message>
            <source>Skriv ut</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Sender til skriveren …</source>
            <translation>Sender til skrivaren …</translation>
        </message>
        <message>
            <source>Dokumentet ble ikke skrevet ut. Kontroller at skriveren er på og tilkoblet, eller lagre som PDF og skriv ut senere.

({detail})</source>
            <translation>Dokumentet vart ikkje skrive ut. Kontroller at skrivaren er på og kopla til, eller lagre som PDF og skriv ut seinare.

({detail})</translation>
        </message>
        <message>
            <source>Dokumentet er laget, men det ble ikke ført i historikken: {text}</source>
            <translation>Dokumentet er laga, men det vart ikkje ført i historikken: {text}</translation>
        </message>
        <message>
            <source>Lagre som PDF</source>
            <translation>Lagre som PDF</translation>
        </message>
        <message>
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Filen ble ikke lagret: {detail}</source>
            <translation>Fila vart ikkje lagra: {detail}</translation>
        </message>
        <message>
            <source>Lagret som «{name}» i mappen {folder}</source>
            <translation>Lagra som «{name}» i mappa {folder}</translation>
        </message>
    </context>
    <context>
        <name>PrintMenu</name>
        <message>
            <source>Skriv &amp;ut</source>
            <translation>Skriv &amp;ut</translation>
        </message>
        <message>
            <source>&amp;Oppfølgingsplan …</source>
            <translation>&amp;Oppfølgingsplan …</translation>
        </message>
        <message>
            <source>&amp;Samtykkeskjema …</source>
            <translation>&amp;Samtykkeskjema …</translation>
        </message>
        <message>
            <source>&amp;Vurderingsskjema (blankt) …</source>
            <translation>&amp;Vurderingsskjema (blankt) …</translation>
        </message>
        <message>
            <source>&amp;Registrer utfylte vurderingsskjemaer …</source>
            <translation>&amp;Registrer utfylte vurderingsskjema …</translation>
        </message>
        <message>
            <source>Vurderinger: &amp;resultater …</source>
            <translation>Vurderingar: &amp;resultat …</translation>
        </message>
        <message>
            <source>Skriv ut</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Velg en sak i listen først.</source>
            <translation>Vel ei sak i lista først.</translation>
        </message>
        <message>
            <source>Saken har ingen møter ennå, så det finnes ingen plan å skrive ut.</source>
            <translation>Saka har ingen møte enno, så det finst ingen plan å skrive ut.</translation>
        </message>
        <message>
            <source>Henter planen …</source>
            <translation>Hentar planen …</translation>
        </message>
        <message>
            <source>Henter samtykket …</source>
            <translation>Hentar samtykket …</translation>
        </message>
    </context>
    <context>
        <name>ReadLogDialog</name>
        <message>
            <source>Hvem har sett saken</source>
            <translation>Kven har sett saka</translation>
        </message>
        <message>
            <source>Hver gang noen har åpnet saken, skrevet ut, eksportert eller tatt nødtilgang, er det logget med hvem og når. Familien kan be om en utskrift.</source>
            <translation>Kvar gong nokon har opna saka, skrive ut, eksportert eller teke naudtilgang, er det logga med kven og når. Familien kan be om ei utskrift.</translation>
        </message>
        <message>
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Hva skjedde</source>
            <translation>Kva skjedde</translation>
        </message>
        <message>
            <source>Bokmål</source>
            <translation>Bokmål</translation>
        </message>
        <message>
            <source>Nynorsk</source>
            <translation>Nynorsk</translation>
        </message>
        <message>
            <source>Språk</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>&amp;Språk:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>&amp;Lagre som PDF for familien …</source>
            <translation>&amp;Lagre som PDF for familien …</translation>
        </message>
        <message>
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Lagre loggen</source>
            <translation>Lagre loggen</translation>
        </message>
        <message>
            <source>PDF-filer (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Kunne ikke lagre filen. Velg en annen mappe.</source>
            <translation>Kunne ikkje lagre fila. Vel ei anna mappe.</translation>
        </message>
        <message>
            <source>Lagret i {path}.</source>
            <translation>Lagra i {path}.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Henvises &amp;til:</source>
            <translation>Tilvising &amp;til:</translation>
        </message>
        <message>
            <source>Henvises til</source>
            <translation>Tilvising til</translation>
        </message>
        <message>
            <source>N&amp;otater (hva mangler, hvem gjør det):</source>
            <translation>N&amp;otat (kva manglar, kven gjer det):</translation>
        </message>
        <message>
            <source>Notater til sjekklisten</source>
            <translation>Notat til sjekklista</translation>
        </message>
        <message>
            <source>&amp;Henviser:</source>
            <translation>T&amp;ilvisar:</translation>
        </message>
        <message>
            <source>Henviser</source>
            <translation>Tilvisar</translation>
        </message>
        <message>
            <source>vanligvis fastlegen</source>
            <translation>vanlegvis fastlegen</translation>
        </message>
        <message>
            <source>Henvisningen er &amp;sendt, dato:</source>
            <translation>Tilvisinga er &amp;sendt, dato:</translation>
        </message>
        <message>
            <source>Dato henvisningen ble sendt</source>
            <translation>Dato tilvisinga vart sendt</translation>
        </message>
        <message>
            <source>Henvisning for {name}</source>
            <translation>Tilvising for {name}</translation>
        </message>
        <message>
            <source>&amp;Lagre henvisningen</source>
            <translation>&amp;Lagre tilvisinga</translation>
        </message>
        <message>
            <source>Henvisning til BUP eller HABU</source>
            <translation>Tilvising til BUP eller HABU</translation>
        </message>
        <message>
            <source>BUP</source>
            <translation>BUP</translation>
        </message>
        <message>
            <source>HABU</source>
            <translation>HABU</translation>
        </message>
        <message>
            <source>Samtykke til å legge ved dokumentasjon gjelder: {names}.</source>
            <translation>Samtykke til å leggje ved dokumentasjon gjeld: {names}.</translation>
        </message>
        <message>
            <source>⚠ Ingen samtykke til å legge ved dokumentasjon er registrert. Punkt 5 kan ikke krysses av før foresatte har samtykket (se fanen Samtykke).</source>
            <translation>⚠ Ingen samtykke til å leggje ved dokumentasjon er registrert. Punkt 5 kan ikkje kryssast av før føresette har samtykt (sjå fanen Samtykke).</translation>
        </message>
        <message>
            <source>&amp;Flytt saken til fase 2: {name}</source>
            <translation>&amp;Flytt saka til fase 2: {name}</translation>
        </message>
        <message>
            <source>Henvisningen</source>
            <translation>Tilvisinga</translation>
        </message>
        <message>
            <source>Familiemøtet besluttet henvisning til {target}.</source>
            <translation>Familiemøtet vedtok tilvising til {target}.</translation>
        </message>
    </context>
    <context>
        <name>ResponsibleField</name>
        <message>
            <source>skriv navn eller tjeneste</source>
            <translation>skriv namn eller teneste</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Saker til sletting</source>
            <translation>Saker til sletting</translation>
        </message>
        <message>
            <source>Avsluttede saker oppbevares i et fastsatt antall år. Når tiden er ute, foreslår Familiemøte å slette dem. Eksporter saken til journalsystemet først hvis den skal tas vare på. Slettingen kan ikke angres: saken og alt i den fjernes, og historikken beholder bare at saken ble slettet, når og av hvem.</source>
            <translation>Avslutta saker blir oppbevarte i eit fastsett tal år. Når tida er ute, føreslår Familiemøte å slette dei. Eksporter saka til journalsystemet først dersom ho skal takast vare på. Slettinga kan ikkje angrast: saka og alt i henne blir fjerna, og historikken tek berre vare på at saka vart sletta, når og av kven.</translation>
        </message>
        <message>
            <source>&amp;Oppbevaringstid etter avslutning (år):</source>
            <translation>&amp;Oppbevaringstid etter avslutning (år):</translation>
        </message>
        <message>
            <source>Oppbevaringstid i år</source>
            <translation>Oppbevaringstid i år</translation>
        </message>
        <message>
            <source>&amp;Bruk</source>
            <translation>&amp;Bruk</translation>
        </message>
        <message>
            <source>Bruk oppbevaringstiden</source>
            <translation>Bruk oppbevaringstida</translation>
        </message>
        <message>
            <source>&amp;Saker som kan slettes (kryss av dem som skal slettes):</source>
            <translation>&amp;Saker som kan slettast (kryss av dei som skal slettast):</translation>
        </message>
        <message>
            <source>Saker som kan slettes</source>
            <translation>Saker som kan slettast</translation>
        </message>
        <message>
            <source>Lu&amp;kk</source>
            <translation>Lu&amp;kk</translation>
        </message>
        <message>
            <source>S&amp;lett avkryssede saker for godt …</source>
            <translation>S&amp;lett avkryssa saker for godt …</translation>
        </message>
        <message>
            <source>Slett avkryssede saker for godt</source>
            <translation>Slett avkryssa saker for godt</translation>
        </message>
        <message>
            <source>{name} (født {year}), avsluttet {closed}, kunne slettes fra {due}</source>
            <translation>{name} (fødd {year}), avslutta {closed}, kunne slettast frå {due}</translation>
        </message>
        <message>
            <source>Anonym drøfting</source>
            <translation>Anonym drøfting</translation>
        </message>
        <message>
            <source>Ingen saker har passert oppbevaringstiden.</source>
            <translation>Ingen saker har passert oppbevaringstida.</translation>
        </message>
        <message>
            <source>Kryss av sakene som skal slettes først.</source>
            <translation>Kryss først av sakene som skal slettast.</translation>
        </message>
        <message>
            <source>Slette for godt?</source>
            <translation>Slette for godt?</translation>
        </message>
        <message numerus="yes">
            <source>%n saker slettes for godt med alt de inneholder. Dette kan ikke angres. Vil du slette?</source>
            <translation>
                <numerusform>%n sak blir sletta for godt med alt ho inneheld. Dette kan ikkje angrast. Vil du slette?</numerusform>
                <numerusform>%n saker blir sletta for godt med alt dei inneheld. Dette kan ikkje angrast. Vil du slette?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saker er slettet.</source>
            <translation>
                <numerusform>%n sak er sletta.</numerusform>
                <numerusform>%n saker er sletta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saker til s&amp;letting …</source>
            <translation>Saker til s&amp;letting …</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Gjennomgang</source>
            <translation>Gjennomgang</translation>
        </message>
        <message>
            <source>Tiltak på sakslisten</source>
            <translation>Tiltak på sakslista</translation>
        </message>
        <message>
            <source>&amp;Tiltak på sakslisten:</source>
            <translation>&amp;Tiltak på sakslista:</translation>
        </message>
        <message>
            <source>Tiltaket</source>
            <translation>Tiltaket</translation>
        </message>
        <message>
            <source>Tiltaket som gjennomgås</source>
            <translation>Tiltaket som blir gått gjennom</translation>
        </message>
        <message>
            <source>&amp;Utført</source>
            <translation>&amp;Utført</translation>
        </message>
        <message>
            <source>F&amp;ortsetter</source>
            <translation>&amp;Held fram</translation>
        </message>
        <message>
            <source>&amp;Endret</source>
            <translation>&amp;Endra</translation>
        </message>
        <message>
            <source>O&amp;verlevert</source>
            <translation>O&amp;verlevert</translation>
        </message>
        <message>
            <source>&amp;Ikke utført</source>
            <translation>&amp;Ikkje utført</translation>
        </message>
        <message>
            <source>&amp;Avlyst</source>
            <translation>&amp;Avlyst</translation>
        </message>
        <message>
            <source>Ny dato</source>
            <translation>Ny dato</translation>
        </message>
        <message>
            <source>Mottakeren &amp;godtok i møtet</source>
            <translation>Mottakaren &amp;godtok i møtet</translation>
        </message>
        <message>
            <source>kort: hva som ble sagt</source>
            <translation>kort: kva som vart sagt</translation>
        </message>
        <message>
            <source>Ny &amp;dato (frist):</source>
            <translation>Ny &amp;dato (frist):</translation>
        </message>
        <message>
            <source>Endret &amp;tiltak:</source>
            <translation>Endra &amp;tiltak:</translation>
        </message>
        <message>
            <source>Overlevert til (&amp;hvem):</source>
            <translation>Overlevert til (&amp;kven):</translation>
        </message>
        <message>
            <source>Godtatt av (&amp;person):</source>
            <translation>Godteke av (&amp;person):</translation>
        </message>
        <message>
            <source>Mer&amp;knad / begrunnelse:</source>
            <translation>Mer&amp;knad / grunngiving:</translation>
        </message>
        <message>
            <source>&amp;Registrer og gå til neste (Enter)</source>
            <translation>&amp;Registrer og gå til neste (Enter)</translation>
        </message>
        <message>
            <source>Registrer utfallet</source>
            <translation>Registrer utfallet</translation>
        </message>
        <message>
            <source>ikke gjennomgått</source>
            <translation>ikkje gått gjennom</translation>
        </message>
        <message>
            <source>{done} av {n} tiltak fra tidligere møter er gjennomgått.</source>
            <translation>{done} av {n} tiltak frå tidlegare møte er gått gjennom.</translation>
        </message>
        <message>
            <source>Alle tiltakene på sakslisten er gjennomgått.</source>
            <translation>Alle tiltaka på sakslista er gått gjennom.</translation>
        </message>
        <message>
            <source>Ansvarlig: {who}</source>
            <translation>Ansvarleg: {who}</translation>
        </message>
        <message>
            <source>Frist: {due} · Ny vurdering: {review}</source>
            <translation>Frist: {due} · Ny vurdering: {review}</translation>
        </message>
        <message>
            <source>ingen</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Familiens del: {text}</source>
            <translation>Familien sin del: {text}</translation>
        </message>
        <message>
            <source>Registrert i dette møtet: {outcome}</source>
            <translation>Registrert i dette møtet: {outcome}</translation>
        </message>
        <message>
            <source>Velg utfallet først: U, O, E, V, I eller A (med Alt).</source>
            <translation>Vel utfallet først: U, H, E, V, I eller A (med Alt).</translation>
        </message>
        <message>
            <source>«{text}» er ikke en dato. Skriv for eksempel 15.12.2026.</source>
            <translation>«{text}» er ikkje ein dato. Skriv til dømes 15.12.2026.</translation>
        </message>
        <message>
            <source>Skriv hvem tiltaket overleveres til, og velg i listen.</source>
            <translation>Skriv kven tiltaket blir overlevert til, og vel i lista.</translation>
        </message>
        <message>
            <source>Ikke lagret: </source>
            <translation>Ikkje lagra: </translation>
        </message>
    </context>
    <context>
        <name>SecurityControls</name>
        <message>
            <source>&amp;Lås nå</source>
            <translation>&amp;Lås no</translation>
        </message>
        <message>
            <source>Ta &amp;sikkerhetskopi …</source>
            <translation>Ta tryggleik&amp;skopi …</translation>
        </message>
        <message>
            <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
            <translation>&amp;Gjenopprett frå tryggleikskopi …</translation>
        </message>
        <message>
            <source>&amp;Bytt passordfrase …</source>
            <translation>&amp;Bytt passordfrase …</translation>
        </message>
        <message>
            <source>Lås &amp;automatisk etter …</source>
            <translation>Lås &amp;automatisk etter …</translation>
        </message>
        <message>
            <source>Sikke&amp;rhet</source>
            <translation>T&amp;ryggleik</translation>
        </message>
        <message>
            <source>Familiemøte</source>
            <translation>Familiemøte</translation>
        </message>
        <message>
            <source>Det er ikke tatt sikkerhetskopi av dataene ennå.</source>
            <translation>Det er ikkje teke tryggleikskopi av dataa enno.</translation>
        </message>
        <message>
            <source>Siste sikkerhetskopi ble tatt {date}, for mer enn en uke siden.</source>
            <translation>Siste tryggleikskopi vart teken {date}, for meir enn ei veke sidan.</translation>
        </message>
        <message>
            <source>Ta en kopi og oppbevar den et annet sted enn maskinen.</source>
            <translation>Ta ein kopi og gøym han ein annan stad enn på maskinen.</translation>
        </message>
        <message>
            <source>Ta sikkerhetskopi</source>
            <translation>Ta tryggleikskopi</translation>
        </message>
        <message>
            <source>Familiemøte-sikkerhetskopi (*.fmbak *.sqlite);;Alle filer (*)</source>
            <translation>Familiemøte-tryggleikskopi (*.fmbak *.sqlite);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Tar sikkerhetskopi …</source>
            <translation>Tek tryggleikskopi …</translation>
        </message>
        <message>
            <source>Sikkerhetskopien er lagret i {path}.</source>
            <translation>Tryggleikskopien er lagra i {path}.</translation>
        </message>
        <message>
            <source>Gjenopprett fra sikkerhetskopi</source>
            <translation>Gjenopprett frå tryggleikskopi</translation>
        </message>
        <message>
            <source>Alt i databasen erstattes med innholdet i sikkerhetskopien «{path}». Databasen slik den er nå, tas vare på ved siden av. Vil du fortsette?</source>
            <translation>Alt i databasen blir bytt ut med innhaldet i tryggleikskopien «{path}». Databasen slik han er no, blir teken vare på ved sida av. Vil du halde fram?</translation>
        </message>
        <message>
            <source>Kontrollerer sikkerhetskopien …</source>
            <translation>Kontrollerer tryggleikskopien …</translation>
        </message>
        <message>
            <source>Passordfrasen for sikkerhetskopien</source>
            <translation>Passordfrasen for tryggleikskopien</translation>
        </message>
        <message>
            <source>Gjenoppretter fra sikkerhetskopien …</source>
            <translation>Gjenopprettar frå tryggleikskopien …</translation>
        </message>
        <message>
            <source>Databasen er gjenopprettet fra «{source}». Den forrige databasen er tatt vare på som «{kept}».</source>
            <translation>Databasen er gjenoppretta frå «{source}». Den førre databasen er teken vare på som «{kept}».</translation>
        </message>
        <message>
            <source>Krypterer databasen med den nye passordfrasen …</source>
            <translation>Krypterer databasen med den nye passordfrasen …</translation>
        </message>
        <message>
            <source>Passordfrasen er byttet.</source>
            <translation>Passordfrasen er bytt.</translation>
        </message>
        <message>
            <source>Lås automatisk</source>
            <translation>Lås automatisk</translation>
        </message>
        <message>
            <source>Lås Familiemøte etter så mange minutter uten bruk:</source>
            <translation>Lås Familiemøte etter så mange minutt utan bruk:</translation>
        </message>
        <message>
            <source>&amp;Avslutt</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>Databasen er gjenopprettet fra «{source}» og kontrollert. Den skadede databasen er tatt vare på som «{kept}»; ta den med til IT hvis noe mangler.</source>
            <translation>Databasen er gjenoppretta frå «{source}» og kontrollert. Den skadde databasen er teken vare på som «{kept}»; ta han med til IT om noko manglar.</translation>
        </message>
    </context>
    <context>
        <name>ServerLogin</name>
        <message>
            <source>Kobler til serveren …</source>
            <translation>Koplar til serveren …</translation>
        </message>
        <message>
            <source>Henter sakene …</source>
            <translation>Hentar sakene …</translation>
        </message>
        <message>
            <source>Åpner Familiemøte …</source>
            <translation>Opnar Familiemøte …</translation>
        </message>
    </context>
    <context>
        <name>ServerLoginDialog</name>
        <message>
            <source>Logg på databaseserveren</source>
            <translation>Logg på databaseserveren</translation>
        </message>
        <message>
            <source>&amp;Brukernavn:</source>
            <translation>&amp;Brukarnamn:</translation>
        </message>
        <message>
            <source>Brukernavn på databaseserveren</source>
            <translation>Brukarnamn på databaseserveren</translation>
        </message>
        <message>
            <source>&amp;Passord:</source>
            <translation>&amp;Passord:</translation>
        </message>
        <message>
            <source>Passord på databaseserveren</source>
            <translation>Passord på databaseserveren</translation>
        </message>
        <message>
            <source>Feilmelding</source>
            <translation>Feilmelding</translation>
        </message>
        <message>
            <source>Familiemøte bruker kommunens databaseserver «{server}». Logg på med din egen bruker: historikken viser hvem som har endret hva. Passordet lagres ikke.</source>
            <translation>Familiemøte brukar databaseserveren til kommunen, «{server}». Logg på med din eigen brukar: historikken viser kven som har endra kva. Passordet blir ikkje lagra.</translation>
        </message>
        <message>
            <source>&amp;Logg på</source>
            <translation>&amp;Logg på</translation>
        </message>
        <message>
            <source>Skriv brukernavnet ditt på serveren.</source>
            <translation>Skriv brukarnamnet ditt på serveren.</translation>
        </message>
        <message>
            <source>Påloggingen ble avbrutt.</source>
            <translation>Pålogginga vart avbroten.</translation>
        </message>
    </context>
    <context>
        <name>ServerWatch</name>
        <message>
            <source>Forbindelsen til databaseserveren er tilbake, men dette er ikke lagret ennå. Det står fortsatt der du skrev det: prøv på nytt.</source>
            <translation>Sambandet med databaseserveren er tilbake, men dette er ikkje lagra enno. Det står framleis der du skreiv det: prøv på nytt.</translation>
        </message>
        <message>
            <source>Noe du har skrevet her, er ikke lagret: databaseserveren svarer ikke. Lukker du nå, går det tapt. Blir vinduet stående åpent, tilbyr Familiemøte å lagre det når serveren svarer igjen.</source>
            <translation>Noko du har skrive her, er ikkje lagra: databaseserveren svarar ikkje. Lukkar du no, går det tapt. Blir vindauget ståande ope, tilbyr Familiemøte å lagre det når serveren svarar igjen.</translation>
        </message>
        <message>
            <source>Noe du skrev mens databaseserveren var borte, er ikke lagret ennå. Det står fortsatt der du skrev det. Lukker du uten å lagre, går det tapt.</source>
            <translation>Noko du skreiv medan databaseserveren var borte, er ikkje lagra enno. Det står framleis der du skreiv det. Lukkar du utan å lagre, går det tapt.</translation>
        </message>
        <message>
            <source>&amp;Lagre nå</source>
            <translation>&amp;Lagre no</translation>
        </message>
        <message>
            <source>&amp;Ikke lukk</source>
            <translation>&amp;Ikkje lukk</translation>
        </message>
        <message>
            <source>Lukk &amp;uten å lagre</source>
            <translation>Lukk &amp;utan å lagre</translation>
        </message>
        <message>
            <source>Forbindelsen til databaseserveren er tilbake. Det du skrev, er ikke lagret ennå, men står fortsatt der du skrev det.</source>
            <translation>Sambandet med databaseserveren er tilbake. Det du skreiv, er ikkje lagra enno, men står framleis der du skreiv det.</translation>
        </message>
        <message>
            <source>Vil du lagre det nå?</source>
            <translation>Vil du lagre det no?</translation>
        </message>
        <message>
            <source>&amp;Senere</source>
            <translation>&amp;Seinare</translation>
        </message>
        <message>
            <source>Forbindelsen til databaseserveren er tilbake. Det du skrev, står fortsatt i skjemaet.</source>
            <translation>Sambandet med databaseserveren er tilbake. Det du skreiv, står framleis i skjemaet.</translation>
        </message>
        <message>
            <source>Lagre det nå.</source>
            <translation>Lagre det no.</translation>
        </message>
    </context>
    <context>
        <name>ServicesEditor</name>
        <message>
            <source>Helsestasjon / skolehelsetjeneste</source>
            <translation>Helsestasjon / skulehelseteneste</translation>
        </message>
        <message>
            <source>PPT</source>
            <translation>PPT</translation>
        </message>
        <message>
            <source>Barnehage</source>
            <translation>Barnehage</translation>
        </message>
        <message>
            <source>Skole</source>
            <translation>Skule</translation>
        </message>
        <message>
            <source>Barnevern</source>
            <translation>Barnevern</translation>
        </message>
        <message>
            <source>Fastlege</source>
            <translation>Fastlege</translation>
        </message>
        <message>
            <source>Kommunepsykolog</source>
            <translation>Kommunepsykolog</translation>
        </message>
        <message>
            <source>NAV</source>
            <translation>NAV</translation>
        </message>
        <message>
            <source>Koordinerende enhet</source>
            <translation>Koordinerande eining</translation>
        </message>
        <message>
            <source>BUP</source>
            <translation>BUP</translation>
        </message>
        <message>
            <source>HABU</source>
            <translation>HABU</translation>
        </message>
        <message>
            <source>Barneavdeling</source>
            <translation>Barneavdeling</translation>
        </message>
        <message>
            <source>Annen tjeneste</source>
            <translation>Anna teneste</translation>
        </message>
        <message>
            <source>Tjeneste</source>
            <translation>Teneste</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Nivå</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Tjenester</source>
            <translation>Tenester</translation>
        </message>
        <message>
            <source> (deaktivert)</source>
            <translation> (deaktivert)</translation>
        </message>
        <message>
            <source>Spesialist</source>
            <translation>Spesialist</translation>
        </message>
        <message>
            <source>Kommunal</source>
            <translation>Kommunal</translation>
        </message>
        <message>
            <source>&amp;Deaktiver</source>
            <translation>&amp;Deaktiver</translation>
        </message>
        <message>
            <source>&amp;Aktiver</source>
            <translation>&amp;Aktiver</translation>
        </message>
        <message>
            <source>Na&amp;vn:</source>
            <translation>Na&amp;mn:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>N&amp;ivå:</source>
            <translation>N&amp;ivå:</translation>
        </message>
        <message>
            <source>Spesialisthelsetjenesten (teller i BUP-regelen)</source>
            <translation>Spesialisthelsetenesta (tel i BUP-regelen)</translation>
        </message>
        <message>
            <source>&amp;Telefon:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;E-post:</source>
            <translation>&amp;E-post:</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Tiltak:</source>
            <translation>Tiltak:</translation>
        </message>
        <message>
            <source>Ny &amp;status:</source>
            <translation>Ny &amp;status:</translation>
        </message>
        <message>
            <source>&amp;Begrunnelse:</source>
            <translation>&amp;Grunngjeving:</translation>
        </message>
        <message>
            <source>«Ikke utført» og «Avlyst» må begrunnes. Skal noen andre ta over, bruk «Overlever …» i stedet.</source>
            <translation>«Ikkje utført» og «Avlyst» må grunngjevast. Skal nokon andre ta over, bruk «Overlever …» i staden.</translation>
        </message>
        <message>
            <source>Endre status</source>
            <translation>Endre status</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Begrunnelse</source>
            <translation>Grunngjeving</translation>
        </message>
        <message>
            <source>tiltaket</source>
            <translation>tiltaket</translation>
        </message>
        <message>
            <source>Ikke lagret: noen andre har endret tiltaket samtidig. Det du valgte og skrev står fortsatt her.</source>
            <translation>Ikkje lagra: nokon andre har endra tiltaket samtidig. Det du valde og skreiv, står framleis her.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeMenu</name>
        <message>
            <source>&amp;100 % (som systemet)</source>
            <translation>&amp;100 % (som systemet)</translation>
        </message>
        <message>
            <source>1&amp;25 %</source>
            <translation>1&amp;25 %</translation>
        </message>
        <message>
            <source>1&amp;50 %</source>
            <translation>1&amp;50 %</translation>
        </message>
        <message>
            <source>&amp;200 %</source>
            <translation>&amp;200 %</translation>
        </message>
        <message>
            <source>&amp;Tekststørrelse</source>
            <translation>&amp;Tekststorleik</translation>
        </message>
        <message>
            <source>Tekststørrelse {percent} %.</source>
            <translation>Tekststorleik {percent} %.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Familiemøte er låst</source>
            <translation>Familiemøte er låst</translation>
        </message>
        <message>
            <source>Familiemøte ble låst for å skjule opplysningene om barna.</source>
            <translation>Familiemøte vart låst for å skjule opplysningane om barna.</translation>
        </message>
        <message>
            <source>Familiemøte ble låst for å skjule opplysningene om barna. Trykk Lås opp.</source>
            <translation>Familiemøte vart låst for å skjule opplysningane om barna. Trykk Lås opp.</translation>
        </message>
        <message>
            <source>Passord på databaseserveren</source>
            <translation>Passord på databaseserveren</translation>
        </message>
        <message>
            <source>Passordfrase</source>
            <translation>Passordfrase</translation>
        </message>
        <message>
            <source>&amp;Passord:</source>
            <translation>&amp;Passord:</translation>
        </message>
        <message>
            <source>&amp;Passordfrase:</source>
            <translation>&amp;Passordfrase:</translation>
        </message>
        <message>
            <source>Melding</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>&amp;Lås opp</source>
            <translation>&amp;Lås opp</translation>
        </message>
        <message>
            <source>&amp;Avslutt Familiemøte</source>
            <translation>&amp;Avslutt Familiemøte</translation>
        </message>
        <message>
            <source>A&amp;kutt (F12)</source>
            <translation>A&amp;kutt (F12)</translation>
        </message>
        <message>
            <source>Akutt: hva gjør vi nå?</source>
            <translation>Akutt: kva gjer vi no?</translation>
        </message>
        <message>
            <source>Passordet kan ikke kontrolleres nå, så Familiemøte forblir låst. {reason}</source>
            <translation>Passordet kan ikkje kontrollerast no, så Familiemøte blir verande låst. {reason}</translation>
        </message>
        <message>
            <source>Databaseserveren godtok ikke passordet. Kontroller at Caps Lock er av, og prøv igjen.</source>
            <translation>Databaseserveren godtok ikkje passordet. Kontroller at Caps Lock er av, og prøv igjen.</translation>
        </message>
        <message>
            <source>Feil passordfrase. Kontroller at Caps Lock er av, og prøv igjen.</source>
            <translation>Feil passordfrase. Kontroller at Caps Lock er av, og prøv igjen.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Velkommen til Familiemøte</source>
            <translation>Velkomen til Familiemøte</translation>
        </message>
        <message>
            <source>Hva programmet er til, i tre korte steg.</source>
            <translation>Kva programmet er til, i tre korte steg.</translation>
        </message>
        <message>
            <source>1. Samle familien og tjenestene tidlig</source>
            <translation>1. Samle familien og tenestene tidleg</translation>
        </message>
        <message>
            <source>Familiemøte guider dere gjennom familiemøter i forløpet «Samordning av hjelpetilbud for barn og unge». Familien, kommunens tjenester og BUP møtes tidlig, før en eventuell henvisning, for å finne riktig hjelp på riktig sted til riktig tid.</source>
            <translation>Familiemøte guidar dykk gjennom familiemøte i forløpet «Samordning av hjelpetilbod for barn og unge». Familien, tenestene i kommunen og BUP møtest tidleg, før ei eventuell tilvising, for å finne rett hjelp på rett stad til rett tid.</translation>
        </message>
        <message>
            <source>2. Bli enige om hvem som gjør hva, og når</source>
            <translation>2. Bli samde om kven som gjer kva, og når</translation>
        </message>
        <message>
            <source>Møteguiden tar dere gjennom møtet steg for steg. Hvert tiltak får en ansvarlig og en frist, og et ansvar overleveres, det slippes aldri. Trykk F1 for hjelp til fasen eller steget du står i.</source>
            <translation>Møteguiden tek dykk gjennom møtet steg for steg. Kvart tiltak får ein ansvarleg og ein frist, og eit ansvar blir overlevert, det blir aldri slept. Trykk F1 for hjelp til fasen eller steget du står i.</translation>
        </message>
        <message>
            <source>3. Plan og samtykke på papir, dataene på denne maskinen</source>
            <translation>3. Plan og samtykke på papir, dataa på denne maskinen</translation>
        </message>
        <message>
            <source>Planen og samtykkeskjemaet skrives ut og signeres på papir. Alt lagres kryptert på denne maskinen, og programmet virker uten Internett.</source>
            <translation>Planen og samtykkeskjemaet blir skrivne ut og signerte på papir. Alt blir lagra kryptert på denne maskinen, og programmet verkar utan Internett.</translation>
        </message>
        <message>
            <source>3. Plan og samtykke på papir, dataene på kommunens server</source>
            <translation>3. Plan og samtykke på papir, dataa på serveren til kommunen</translation>
        </message>
        <message>
            <source>Planen og samtykkeskjemaet skrives ut og signeres på papir. Dataene lagres på kommunens databaseserver, ikke på denne maskinen, og IT i kommunen tar sikkerhetskopi av dem. Programmet trenger forbindelse til serveren.</source>
            <translation>Planen og samtykkeskjemaet blir skrivne ut og signerte på papir. Dataa blir lagra på databaseserveren til kommunen, ikkje på denne maskina, og IT i kommunen tek tryggleikskopi av dei. Programmet treng samband med serveren.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <source>&amp;Samtykke:</source>
            <translation>&amp;Samtykke:</translation>
        </message>
        <message>
            <source>&amp;Gjelder:</source>
            <translation>&amp;Gjeld:</translation>
        </message>
        <message>
            <source>&amp;Fra dato:</source>
            <translation>&amp;Frå dato:</translation>
        </message>
        <message>
            <source>Dato samtykket trekkes tilbake fra</source>
            <translation>Dato samtykket blir trekt tilbake frå</translation>
        </message>
        <message>
            <source>&amp;Meddelt:</source>
            <translation>&amp;Meldt:</translation>
        </message>
        <message>
            <source>Muntlig i samtale</source>
            <translation>Munnleg i samtale</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Brev</source>
            <translation>Brev</translation>
        </message>
        <message>
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Digital melding</source>
            <translation>Digital melding</translation>
        </message>
        <message>
            <source>Annet</source>
            <translation>Anna</translation>
        </message>
        <message>
            <source>M&amp;erknad:</source>
            <translation>M&amp;erknad:</translation>
        </message>
        <message>
            <source>For eksempel «Far ringte helsesykepleier»</source>
            <translation>Til dømes «Far ringde helsesjukepleiar»</translation>
        </message>
        <message>
            <source>Trekk tilbake samtykke</source>
            <translation>Trekk tilbake samtykke</translation>
        </message>
        <message>
            <source>&amp;Trekk tilbake</source>
            <translation>&amp;Trekk tilbake</translation>
        </message>
        <message>
            <source>Ingenting slettes. Fra datoen du velger, regnes samtykket som borte: tjenesten får ikke lenger opplysninger og står ikke blant mottakerne av planen.</source>
            <translation>Ingenting blir sletta. Frå datoen du vel, blir samtykket rekna som borte: tenesta får ikkje lenger opplysningar og står ikkje blant mottakarane av planen.</translation>
        </message>
        <message>
            <source>{who}, gitt {date}</source>
            <translation>{who}, gitt {date}</translation>
        </message>
        <message>
            <source>Hele samtykket (alle tjenester)</source>
            <translation>Heile samtykket (alle tenester)</translation>
        </message>
    </context>
    <context>
        <name>_Editor</name>
        <message>
            <source>Lagret</source>
            <translation>Lagra</translation>
        </message>
        <message>
            <source>&amp;Ny</source>
            <translation>&amp;Ny</translation>
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>&amp;Deaktiver</source>
            <translation>&amp;Deaktiver</translation>
        </message>
        <message>
            <source>✓ «{name}» er lagret. Skjemaet er klart for en ny.</source>
            <translation>✓ «{name}» er lagra. Skjemaet er klart for ein ny.</translation>
        </message>
    </context>
</TS>
