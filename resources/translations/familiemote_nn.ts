<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
    <context>
        <name>AcceptDialog</name>
        <message>
            <source>Godta overlevering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fra:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tatt over av:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Nytt tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hva skal gjøres:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utenom møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avtalt i &amp;møte:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvarlig &amp;tjeneste:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvarlig &amp;person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Andre involvert:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Familiens del:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltaket har en &amp;frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source />
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;rist:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Om 3 måneder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Om 6 måneder (anbefalt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Om 12 måneder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Egen dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Evaluering:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evalueringsdato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluerings&amp;dato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Intern: ikke med i familiens kopi av planen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>Pågående tiltak ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pågående tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen pågående tiltak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avsluttede tiltak ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avsluttede tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stafettholder: {who} (koordinator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stafettholder: {who} (tjenesten som tok initiativet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advarsel: Saken har ingen stafettholder. Velg en koordinator for saken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} pågående</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} forfalt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} overlevering venter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} må få beskjed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nytt tiltak …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endre &amp;status …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;verlever …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Godta overlevering …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Avslå overlevering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eksporter til &amp;kalender (.ics) …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forfalt ({n} d.) – {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frist snart – {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · evaluering forfalt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venter på at {to} tar over (foreslått {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiens del: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andre involvert: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Intern: ikke med i familiens kopi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utenom møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvarlig nå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avtalt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saksliste {kind} {day}: tiltak fra tidligere møter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke behandlet ennå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utfall i møtet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merknad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrer &amp;utfall …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrer utfall for {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sett {n} åpne tiltak på sakslisten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem må få beskjed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke gjort ennå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjort {day} av {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mottaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvorfor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppstått</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merk som gjort …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merk beskjed som gjort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak og ansvar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnonymousCaseDialog</name>
        <message>
            <source>Ny anonym drøfting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start drøftingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken drøftes uten navn. Skriv ikke navn, fødselsdato, adresse eller andre opplysninger som kan identifisere barnet eller familien. Når familien samtykker, kan drøftingen gjøres om til en navngitt sak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets &amp;fødselsår:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ikke valgt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bekymring meldt &amp;av:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Initiativtaker:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Koordinator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For eksempel: jente, 3. klasse, mye fravær, vondt i magen om morgenen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bekymringen (uten navn):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>&amp;Avslutt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Prøv igjen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen «{path}» er ikke kryptert. Familiemøte krypterer dataene med en passordfrase. Vil du kryptere den nå? En kryptert kopi kontrolleres og erstatter så den ukrypterte filen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Det oppstod en uventet feil i Familiemøte. Det som var lagret, er i behold. Start programmet på nytt, og meld fra til IT hvis det skjer igjen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupBanner</name>
        <message>
            <source>Påminnelse om sikkerhetskopi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta sikkerhets&amp;kopi nå …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minn meg på &amp;senere</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Søylediagram, påstand {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source>Eksporter til kalender (.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Velg hva som skal legges i kalenderfilen. Filen kan åpnes i Outlook, Google Kalender eller kalenderen på telefonen, og gir en påminnelse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hendelser:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hendelser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluering {day}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta med barnets &amp;fornavn ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta med &amp;tiltakets tekst i evalueringer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kalendere synkroniseres ofte til skyen. Uten avkrysning inneholder filen ingen personopplysninger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluering av tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lagre kalenderfil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kalenderfil (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kryss av minst én hendelse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen kunne ikke lagres: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseCommands</name>
        <message>
            <source>S&amp;ak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt &amp;møte …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt &amp;oppsummerende møte …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åpne møte&amp;guiden …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Henvisning og sjekkliste …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Flytt til annen fase …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;vslutt saken …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gjenåpne saken …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Katalog over tjenester …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møteguide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken har ingen møter. Planlegg et møte først.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Barn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Koordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Siste møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiktiv eksempelsak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (eksempel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> – avsluttet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonym drøfting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} år</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deler av saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Oversikt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Møter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tiltak og ansvar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;mtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Histori&amp;kk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, {age} år</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonym drøfting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (fiktiv eksempelsak)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChildViewDialog</name>
        <message>
            <source>Barnets syn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre barnets syn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnet er {age} år. Fra {n} år skal barnets synspunkter høres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato barnet ble hørt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hva barnet selv sier, gjerne med egne ord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets &amp;syn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Registrert av:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Registrer samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre samtykket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} selv ({age} år)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hvem samtykker:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjenester samtykket gjelder (fjern haken for tjenester som holdes utenfor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykket gjelder {service}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykket gjelder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriftlig, signert på papir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Muntlig, notert av den som registrerer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato samtykket ble gitt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gitt dato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Har sluttdato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gyldig til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gyldig &amp;til:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Registrert av:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <source>familiemøtet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vedlegg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tverrfaglig team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alle fire formål</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} selv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>barnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} og {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>i dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>i morgen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>om {n} dager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ Ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Ja, men samtykket utløper {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Nei – samtykket utløp {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Nei – trukket tilbake {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Nei – mangler samtykke fra {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Nei – ikke samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Trukket tilbake {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Utløpt {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Utløper {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ Gyldig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem kan få opplysninger i dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonym drøfting: ingen navn er lagret, og ingen har samtykket. Saken kan bare drøftes slik at barnet og familien ikke kan kjennes igjen. Når familien samtykker, gjør du saken om til en navngitt sak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ingen sluttdato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjeneste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kan få opplysninger?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykke fra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gyldig til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjelder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvilke tjenester samtykket dekker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen samtykke registrert. Opplysninger kan bare drøftes anonymt til samtykke er gitt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✔ Punkt 5 i henvisningssjekklisten: dokumentasjon fra andre tjenester kan legges ved henvisningen{to}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ Punkt 5 i henvisningssjekklisten: dokumentasjon kan ikke legges ved henvisningen{to} – mangler gyldig samtykke til vedlegg fra alle som spørres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> til {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Registrer samtykke …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Trekk tilbake …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Barnets syn …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gjør om til navngitt sak …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrerte samtykker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets syn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrert av</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets syn er ikke registrert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Barnets syn er ikke registrert. Barnet er {age} år og skal høres (fra {n} år): bruk «Barnets syn …».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Historikk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} er {age} år og samtykker selv (fra {n} år).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} er {age} år og samtykker sammen med foresatte (fra {n} år): {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} er {age} år. Samtykke gis av hver foresatt: {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ingen foresatte registrert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets syn skal høres (fra {n} år).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En tjeneste får opplysninger bare når alle som spørres har samtykket til den.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (trukket {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{form} {date}, registrert av {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gitt av</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjelder tjenestene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holdt utenfor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gitt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykke gitt for {services}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trukket tilbake for {service}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hele samtykket trukket tilbake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykket utløper (ikke lenger gyldig)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hendelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvordan meddelt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Historikk for samtykke</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentSettingsDialog</name>
        <message>
            <source>Aldersgrenser for samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre aldersgrensene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard: barnets syn skal høres fra 7 år (000:8110-8112), ungdommen samtykker sammen med foresatte fra 15 år (praksis i Stafettloggen) og alene fra 16 år (pasient- og brukerrettighetsloven). Endre bare etter kommunens juridiske vurdering. Innstillingen gjelder alle som bruker denne databasen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets syn &amp;høres fra:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykker &amp;sammen med foresatte fra:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykker &amp;alene fra:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tilbakestill til standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> år</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <source>Katalog over tjenester og personer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kommunen fyller ut katalogen én gang og velger fra den når møter planlegges. En tjeneste eller person som ikke lenger er aktuell, deaktiveres: gamle saker beholder navnet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Personer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjeneste&amp;r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Ingen saker ennå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiemøte hjelper deg å samle familien, barnehagen eller skolen og BUP rundt ett bord, bli enige om hvem som gjør hva og når, og skrive ut en plan før alle går.

Start med en ny sak, eller se hvordan en ferdig sak ser ut i den fiktive eksempelsaken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ny sak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åpne &amp;eksempelsak</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvaluationEntryDialog</name>
        <message>
            <source>Registrer utfylte vurderingsskjemaer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode fra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kommune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode &amp;fra:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periode &amp;til:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kommune (valgfritt):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F = foreldre/foresatt, B = barn/ungdom, tom = ikke krysset av</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Svarte (F/B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem svarte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Alder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets alder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Påstand 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Påstand 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Påstand 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Påstand 4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>K&amp;ommentar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kommentar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Melding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre skjemaet (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ferdig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv ett skjema om gangen: F eller B, alder, så ett siffer 0–5 for hver påstand (la feltet stå tomt hvis påstanden ikke er besvart). Enter lagrer skjemaet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lagret nå: {n} skjemaer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skjemaet er tomt; ingenting er lagret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skjema nr. {n} er lagret.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvaluationOptionsDialog</name>
        <message>
            <source>Skriv ut vurderingsskjema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Antall skjemaer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bokmål</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nynorsk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Målform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Antall:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Målform:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forhåndsvis</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvaluationReportDialog</name>
        <message>
            <source>Vurdering av samtalen: resultater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fra:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fra dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Til:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fordeling per påstand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Påstand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubesvart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forhåndsvis og skriv ut …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Eksporter CSV …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} utfylte skjemaer i perioden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eksporter CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV-filer (*.csv)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Venter i {n} d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fra i dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forfalt for {n} d. siden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I dag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I morgen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Om {n} d.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Når</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjelder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvarlig tjeneste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvarlig person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (eksempel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} {day}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpView</name>
        <message>
            <source>Oppfølging – alle saker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt som haster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Vis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tjeneste:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Oppdater</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppdater oversikten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppfølging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dobbeltklikk eller trykk Enter for å åpne saken. Ctrl+U viser vinduet igjen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingenting å følge opp med disse valgene.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle tjenester</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alle personer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} punkter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} forfalt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Feil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;vbryt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke lagret: {text}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Overlever tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvarlig nå:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til &amp;tjeneste:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til &amp;person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merknad:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvaret går over først når mottakeren har godtatt. Til da er det fortsatt den som har det nå som har ansvaret.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiemedlem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deltaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overføring av ansvar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjennomgang av tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjeneste i samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beslutning om fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvisning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets syn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beskjed til henviser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lagt inn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>endret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slettet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skrevet ut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eksportert til fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lest inn fra fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets fornavn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fødselsår</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fødselsdato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bekymringen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avsluttet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åpnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relasjon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppmøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beskrivelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evalueres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beslutning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beslutningen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gitt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trukket tilbake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gyldig til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formål</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merknad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tekst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nei</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{thing} {done}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(innholdet kan ikke leses)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>⚠ Advarsel: historikken stemmer ikke. {n} oppføringer i loggen er endret eller fjernet utenfor Familiemøte, så historikken kan ikke stoles på. Kontakt IT eller personvernombudet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Historikk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt som er lagret, skrevet ut eller eksportert i saken, nyeste først. Historikken kan ikke endres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingenting er registrert ennå.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endring</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Bekymring og tidlige tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vurdering og henvisning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utredning og diagnostikk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behandling og pasientopplæring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppfølging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åpen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avsluttet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steforelder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fosterforelder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besteforelder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Søsken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiemøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppsummerende møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planlagt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjennomført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avlyst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvise til BUP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvise til HABU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andre tiltak, ikke henvisning nå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt familiemøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avslutte saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjeneste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invitert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til stede</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meldt forfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uteble uten å melde forfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møteleder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Koordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avtalt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pågår</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke utført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlevert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delta i familiemøtet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dele opplysninger mellom tjenestene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legge ved dokumentasjon til henvisning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drøfte saken i tverrfaglig team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriftlig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Muntlig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fortsetter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken har skiftet fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken er avsluttet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak over fristen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak med frist snart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluering av tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlevering venter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møte uten skrevet beslutning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Epikrise ikke sendt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gi beskjed til henviser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fase {n} av 5: {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <source>Familiemøte (låst)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockedPage</name>
        <message>
            <source>Familiemøte er låst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv passordfrasen for å fortsette der du var.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Familiemøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Søk etter barn, foresatt eller koordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Søk i saker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen saker passer søket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Søk:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Velg en sak i listen, eller lag en ny sak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ny sak …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åpne &amp;eksempelsak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Søk i saker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Avslutt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny anonym &amp;drøfting …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Innstillinger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Aldersgrenser for samtykke …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hjelp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Om Familiemøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Om Familiemøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiemøte {version}

For familiemøter i forløpet «Samordning av hjelpetilbud for barn og unge».

Dataene ligger i: {location}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingGuideDialog</name>
        <message>
            <source>Møteguide – {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stegene i møtet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Steg (Alt+tall, Ctrl+PgUp/PgDn):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møtet er &amp;gjennomført</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ &amp;Forrige</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Neste ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forrige steg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neste steg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lagringsstatus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slik gjør du</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvorfor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Skriv her (lagres mens du skriver):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Oppmøte (velg i listen for hver deltaker):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deltaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjeneste / relasjon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppmøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> – drøfter anonymt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppmøte for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Samtykket dekker ikke: {names}. Drøft saken anonymt med dem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beslutning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvise til &amp;BUP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvise til H&amp;ABU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andre &amp;tiltak, ikke henvisning nå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt familie&amp;møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avslutte sak&amp;en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Be&amp;grunnelse og andre tiltak som settes i gang:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Henvisning og sjekkliste …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Av&amp;slutt saken …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Til gjennomgang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avtalt i møtet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvarlig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvorfor på listen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak i dette møtet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen tiltak er registrert for dette møtet ennå.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltakene skrives inn under fanen «Tiltak og ansvar» i saken: hvem gjør hva, og når. Tjenesten som tok initiativ, følger opp beslutningene.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tidspunkt for neste møte er &amp;avtalt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tidspunkt for neste møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hva ble avtalt om neste møte:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Epikrisen er sendt, dato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato epikrisen ble sendt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hvem skal få epikrisen (notat):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, utfylt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endringer lagres …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Ikke lagret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Lagret kl. {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sjekklisten: {n} av 5 punkter krysset av.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvisningen ble sendt {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvisningen er ikke sendt ennå.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gå gjennom sjekklisten «5 kjennetegn på gode henvisninger».</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingPlannerDialog</name>
        <message>
            <source>Endre møtet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt møte for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endre møtet for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planlegg møte for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tidspunkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for eksempel Helsestasjonen, møterom 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Type møte:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tids&amp;punkt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St&amp;ed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deltakere (mellomrom krysser av; en person kan ha flere roller). «Mottar opplysninger» krever samtykke; uten hake drøftes saken anonymt med tjenesten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invitert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjeneste / relasjon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møteleder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Koordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mottar opplysninger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deltakere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legg til i &amp;katalogen …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legg til tjeneste eller person i katalogen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advarsler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Begrunnelse for unntak fra BUP-regelen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begrunnelse for unntak fra BUP-regelen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre møtet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;vbryt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, foresatt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(tjenesten, ingen navngitt person)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>familien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ BUP er invitert, men har allerede deltatt i to familiemøter før henvisning. Registrer henvisningen først, eller skriv en begrunnelse for unntaket nedenfor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Fastlegen er invitert bare {days} dager før møtet. Fastlegen trenger minst 4 uker (28 dager) for å kunne delta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Samtykket dekker ikke at disse får opplysninger: {names}. Fjern haken «Mottar opplysninger», eller registrer samtykke først.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Barnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ingen navngitt person)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvar for oppfølging og journalføring: ingen initiativtaker er valgt for saken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvar for oppfølging og journalføring: {service} (tok initiativ)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvisning er sendt: grensen på to familiemøter med BUP gjelder ikke lenger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BUP har deltatt i {n} av høyst {limit} familiemøter før henvisning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Epikrise: frist {due} (7 dager etter møtet).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Epikrise: ikke sendt ennå, frist {due} ({left} dager igjen).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Epikrise: ikke sendt, fristen {due} er passert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Epikrise sendt {sent} (frist {due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Epikrise sendt {sent}, etter fristen {due}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kilde: {sources}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message>
            <source>Møter ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt familiemøte …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt familiemøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt oppsummerende møte …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt oppsummerende møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen møter ennå.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åpne møteguiden …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Åpne møteguiden for {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endre deltakere og tid …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endre deltakere og tid for {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unntak fra BUP-regelen: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (drøfter anonymt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deltaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjeneste / relasjon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rolle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppmøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deltakere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiens beskrivelse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets stemme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjenestenes vurdering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status fra spesialisthelsetjenesten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen beslutning skrevet ned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beslutning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sjekklisten for henvisning: {n} av 5 punkter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sendt {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Videre tiltak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neste møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ansvarsgruppe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Mappen «{folder}» finnes ikke, så databasen kan ikke åpnes der. Opprett mappen, eller velg en annen plassering med --db.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasefilen «{path}» er skrivebeskyttet, så Familiemøte kan ikke lagre i den. Filen er ikke endret. Gi deg selv skrivetilgang til filen og mappen den ligger i, eller kopier den til en mappe der du kan skrive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen «{path}» er ikke en Familiemøte-database. Filen er ikke endret. Kontroller at du har valgt riktig fil.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen «{path}» er laget av en nyere versjon av Familiemøte enn denne. Filen er ikke endret. Installer den nyeste versjonen av Familiemøte for å åpne den.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen «{path}» er i bruk av et annet program akkurat nå. Lukk det andre programmet og prøv igjen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Får ikke kontakt med databaseserveren «{path}». Kontroller nettverket, adressen og brukernavnet, eller kontakt IT i kommunen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{path}» er ikke en gyldig databaseadresse. Bruk en filsti, eller en adresse som postgresql+psycopg://bruker@server/database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen «{path}» kunne ikke åpnes. Filen er ikke endret. Kontakt IT i kommunen hvis feilen vedvarer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passordfrasen åpner ikke databasen «{path}». Filen er ikke endret. Kontroller at Caps Lock er av, og prøv igjen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen «{path}» er ikke kryptert. Filen er ikke endret. Krypter den med «familiemote passphrase --db {path}», eller åpne den i Familiemøte, som tilbyr å kryptere den.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen «{path}» er skadet (integritetskontrollen feilet). Filen er ikke endret. Gjenopprett fra en sikkerhetskopi, eller kontakt IT i kommunen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen «{path}» er allerede åpen i et annet Familiemøte-vindu. Bruk det vinduet, eller lukk det og prøv igjen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dette kan ikke gjøres med databasen «{path}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen «{path}» ligger på en server. Sikkerhetskopi av den tas på serveren; kontakt IT i kommunen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kunne ikke skrive «{path}». Kontroller at mappen finnes, at du kan skrive i den, og at det er plass på disken. Databasen er ikke endret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{path}» er selve databasen. Velg et annet filnavn for sikkerhetskopien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen «{path}» er åpen i et Familiemøte-vindu. Lukk vinduet og prøv igjen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} må fylles ut.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} kan ha høyst {limit} tegn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} inneholder usynlige kontrolltegn. Skriv teksten på nytt uten å lime inn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} kan ikke være fram i tid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} er utenfor det tillatte området.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} må skrives som dd.mm.åååå, for eksempel 14.03.2017.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} stemmer ikke med fødselsdatoen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} er ikke en gyldig e-postadresse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} er ikke et gyldig telefonnummer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} kan bare ha små bokstaver a–z, sifre og _ (og ikke begynne med et siffer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kryss av for minst ett valg under «{label}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: bare en foresatt, eller ungdommen selv, kan gi samtykke.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: barnet er ikke gammelt nok til å samtykke selv etter aldersinnstillingene. Foresatte må samtykke.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} kan ikke være før datoen samtykket ble gitt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykket er allerede trukket tilbake. Ingenting er endret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aldersgrensene må komme i rekkefølge: høres ≤ samtykker sammen med foresatte ≤ samtykker alene ≤ 18 år.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken er allerede en navngitt sak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fant ikke det du ba om. Det kan være slettet av en annen bruker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noen andre har endret dette samtidig. Ingenting er overskrevet; åpne saken på nytt og gjør endringen igjen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noe gikk galt. Ingen data er endret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BUP har allerede deltatt i {count} familiemøter før henvisning, og kan delta i høyst {limit}. Registrer henvisningen først, eller skriv en begrunnelse for unntaket. Møtet er ikke lagret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykket dekker ikke at denne tjenesten får opplysninger om saken. Fjern haken «Mottar opplysninger» (saken drøftes da anonymt med tjenesten), eller registrer samtykke først. Ingenting er lagret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Punkt 5 krever samtykke fra foresatte til å legge ved dokumentasjon fra andre tjenester. Registrer samtykket først, eller la punktet stå åpent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken er avsluttet. Gjenåpne saken før den flyttes eller avsluttes på nytt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken er allerede åpen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken er allerede i denne fasen. Velg en annen fase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Innholdet i forløpet (pathway_nb.json) mangler eller er skadet. Installer Familiemøte på nytt, eller kontakt IT i kommunen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltaket er avsluttet. Endre status til «Pågår» først hvis det skal følges opp igjen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltaket venter på at en overlevering blir godtatt. Godta eller avslå den først; til da er det den tidligere ansvarlige som har ansvaret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltaket har ingen overlevering som venter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltaket er allerede hos denne tjenesten og personen. Velg en annen mottaker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Et tiltak overleveres med «Overlever …», slik at noen andre tar over ansvaret. Det kan ikke bare merkes som overlevert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltaket har allerede denne statusen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datoen kan ikke være før møtet der tiltaket ble avtalt eller før overleveringen ble foreslått.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personen du valgte hører ikke til den valgte tjenesten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltaket står ikke på sakslisten til dette møtet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Utfallet for dette tiltaket er allerede registrert i dette møtet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møtet er avlyst. Velg et annet møte.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Det er allerede registrert at beskjeden er gitt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>er for langt (høyst {limit} tegn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inneholder usynlige kontrolltegn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>er tomt, men må fylles ut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>er utenfor det tillatte området</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>er ikke en gyldig dato (åååå-mm-dd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ligger fram i tid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stemmer ikke med resten av filen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>har en ugyldig verdi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feltet «{where}» i filen {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingenting er lagret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen «{where}» kunne ikke leses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen er for stor til å være en eksportert sak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen er ikke en gyldig JSON-fil; den kan være skadet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen er ikke en sak eksportert fra Familiemøte (formatet «familiemote-case»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen er laget av en nyere versjon av Familiemøte (formatversjon {limit}). Installer den nyeste versjonen for å lese den inn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen mangler feltet «{where}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen har et felt Familiemøte ikke kjenner: «{where}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feltet «{where}» i filen har feil type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feltet «{where}» viser til noe som ikke finnes i filen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{where}» er brukt to ganger i filen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen kan ikke leses inn.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NameCaseDialog</name>
        <message>
            <source>Gjør om til navngitt sak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre som navngitt sak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjør dette når familien har sagt ja til at saken drøftes med navn. Registrer deretter samtykket fra hver foresatt på fanen Samtykke.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets &amp;fornavn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dd.mm.åååå (valgfritt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fødsels&amp;dato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt {n}, navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt {n}, relasjon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt &amp;{n}:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>Ny sak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrer bare det arbeidet trenger: barnets fornavn og fødselsår er nok. Fødselsnummer skal ikke registreres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feilmelding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets &amp;fornavn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets fornavn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fø&amp;dselsår:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets fødselsår</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fødselsdato (&amp;valgfritt):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dd.mm.åååå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barnets fødselsdato, valgfritt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bekymring &amp;meldt av:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bekymring meldt av</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Initiativtaker:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Initiativtaker, ansvarlig for oppfølging og journalføring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Koordinator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Koordinator (kontaktperson i kommunen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bekymringen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hva er bekymringen, og hvem har sett hva?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bekymringen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt &amp;1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fullt navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt 1, navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt 1, relasjon til barnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt &amp;2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fullt navn (valgfritt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt 2, navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foresatt 2, relasjon til barnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;vbryt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ikke valgt)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotificationDialog</name>
        <message>
            <source>Merk beskjed som gjort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mottaker:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beskjed gitt &amp;av:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hvordan (merknad):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Utfall i møtet {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Utfall:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny &amp;dato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endret &amp;tiltak:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlever til t&amp;jeneste:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overlever til &amp;person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mottakeren &amp;godtok i møtet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Godtatt &amp;av:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merknad / begrunnelse:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewPanel</name>
        <message>
            <source>Forløpet: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bekymringen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beslutninger i forløpet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, foresatt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relasjon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen familiemedlemmer registrert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forløpet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>■ Saken ble avsluttet her</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▶ Saken er her nå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Tidligere fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fase {n}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken ble avsluttet {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neste beslutning: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frist: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvisning til {target}: {n} av 5 punkter i sjekklisten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sendt {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke sendt ennå.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Må få beskjed om beslutninger: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nytt møte …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flytt til annen fase …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvisning og sjekkliste …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avslutt saken …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjenåpne saken …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvem gjør hva i denne fasen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standardtekst: rapportene gir ikke oppgavelistene, så kommunen tilpasser dem lokalt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bekymring meldt av:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Initiativtaker (ansvar for oppfølging og journalføring):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke valgt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Koordinator (kontaktperson):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken åpnet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen beslutninger ennå: saken er i fase {n} siden den ble åpnet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flyttet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avsluttet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjenåpnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} i fase {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: fase {a} → {b} {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beslutning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besluttet av</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvorfor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>For svak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Svak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Middels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>God</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sterk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bruk minst 10 tegn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Denne er for vanlig; velg en annen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ikke gjenta de samme tegnene.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lengre er sterkere: prøv fire vanlige ord med mellomrom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tall eller andre tegn gjør den sterkere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Styrke: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lås opp Familiemøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Velg passordfrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bytt passordfrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv passordfrasen for databasen
{location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dataene i {location} krypteres med en passordfrase som du velger nå. Du må skrive den hver gang du åpner Familiemøte.

Skriv den ned og oppbevar den trygt. Uten passordfrasen kan ingen åpne dataene, heller ikke IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dataene krypteres på nytt med den nye passordfrasen. Sikkerhetskopier du har tatt, åpnes fortsatt med den gamle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nåværende passordfrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjenta passordfrasen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Styrken på passordfrasen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Nåværende passordfrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passordfrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ny passordfrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gjenta passordfrasen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Melding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Åpne</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre passordfrasen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bytt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De to passordfrasene er ikke like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feil passordfrase. Kontroller at Caps Lock er av, og prøv igjen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleEditor</name>
        <message>
            <source>Navn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjeneste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stilling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tj&amp;eneste:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St&amp;illing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Telefon:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-&amp;post:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ingen tjeneste)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (deaktivert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deaktiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Aktiver</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhaseDialog</name>
        <message>
            <source>Flytt saken til en annen fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avslutt saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjenåpne saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken er nå i fase {n}: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saken kan avsluttes i hvilken som helst fase, også etter fase 1 når tiltakene i kommunen er nok. Beslutningen lagres med dato, hvem og hvorfor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny fase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato for beslutningen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besluttet av</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hvorfor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besluttet i møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ikke i et møte)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ny fase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Besluttet av:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hvorfor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Besluttet i &amp;møte:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disse skal få beskjed om beslutningen: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen tjeneste er registrert som melder eller initiativtaker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Flytt saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Avslutt saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gjenåpne saken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;vbryt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beslutningspunkt i fase {n}: {text}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanOptionsDialog</name>
        <message>
            <source>Skriv ut oppfølgingsplan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Møte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Familiens kopi (uten interne notater og tiltak)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiens kopi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Møte:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forhåndsvis</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Forhåndsvisning: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side {n} av {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sidene i dokumentet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} sider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Skriv ut …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre som PDF …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lukk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skriv ut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dokumentet ble ikke skrevet ut. Kontroller at skriveren er på og tilkoblet, eller lagre som PDF og skriv ut senere.

({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lagre som PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF-filer (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filen ble ikke lagret: {detail}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Henvisning for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvisning til BUP eller HABU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BUP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HABU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvises til</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvises &amp;til:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Samtykke til å legge ved dokumentasjon gjelder: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Ingen samtykke til å legge ved dokumentasjon er registrert. Punkt 5 kan ikke krysses av før foresatte har samtykket (se fanen Samtykke).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notater til sjekklisten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otater (hva mangler, hvem gjør det):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henviser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vanligvis fastlegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Henviser:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Henvisningen er &amp;sendt, dato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato henvisningen ble sendt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Flytt saken til fase 2: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre henvisningen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;vbryt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiemøtet besluttet henvisning til {target}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Saker til sletting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avsluttede saker oppbevares i et fastsatt antall år. Når tiden er ute, foreslår Familiemøte å slette dem. Eksporter saken til journalsystemet først hvis den skal tas vare på. Slettingen kan ikke angres: saken og alt i den fjernes, og historikken beholder bare at saken ble slettet, når og av hvem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Oppbevaringstid etter avslutning (år):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oppbevaringstid i år</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bruk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bruk oppbevaringstiden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Saker som kan slettes (kryss av dem som skal slettes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saker som kan slettes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;lett avkryssede saker for godt …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slett avkryssede saker for godt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (født {year}), avsluttet {closed}, kunne slettes fra {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonym drøfting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingen saker har passert oppbevaringstiden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kryss av sakene som skal slettes først.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slette for godt?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} saker slettes for godt med alt de inneholder. Dette kan ikke angres. Vil du slette?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} saker er slettet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saker til s&amp;letting …</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecurityControls</name>
        <message>
            <source>&amp;Lås nå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta &amp;sikkerhetskopi …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Bytt passordfrase …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lås &amp;automatisk etter …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ikkerhet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiemøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Det er ikke tatt sikkerhetskopi av dataene ennå.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Siste sikkerhetskopi ble tatt {date}, for mer enn en uke siden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta en kopi og oppbevar den et annet sted enn maskinen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta sikkerhetskopi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sikkerhetskopien er lagret i {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gjenopprett fra sikkerhetskopi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt i databasen erstattes med innholdet i sikkerhetskopien «{path}». Databasen slik den er nå, tas vare på ved siden av. Vil du fortsette?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passordfrasen for sikkerhetskopien</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Databasen er gjenopprettet fra «{source}». Den forrige databasen er tatt vare på som «{kept}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passordfrasen er byttet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lås automatisk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lås Familiemøte etter så mange minutter uten bruk:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServicesEditor</name>
        <message>
            <source>Tjeneste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nivå</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kontakt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tjenester</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kommunal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spesialisthelsetjenesten (teller i BUP-regelen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ivå:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Telefon:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-post:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (deaktivert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spesialist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deaktiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Aktiver</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Endre status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tiltak:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ny &amp;status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Begrunnelse:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«Ikke utført» og «Avlyst» må begrunnes. Skal noen andre ta over, bruk «Overlever …» i stedet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Familiemøte er låst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiemøte ble låst for å skjule opplysningene om barna.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Familiemøte ble låst for å skjule opplysningene om barna. Trykk Lås opp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passordfrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passordfrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Melding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lås opp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Avslutt Familiemøte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feil passordfrase. Kontroller at Caps Lock er av, og prøv igjen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <source>Trekk tilbake samtykke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Trekk tilbake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingenting slettes. Fra datoen du velger, regnes samtykket som borte: tjenesten får ikke lenger opplysninger og står ikke blant mottakerne av planen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{who}, gitt {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Samtykke:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gjelder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dato samtykket trekkes tilbake fra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fra dato:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Muntlig i samtale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brev</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digital melding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meddelt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For eksempel «Far ringte helsesykepleier»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>M&amp;erknad:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hele samtykket (alle tjenester)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Editor</name>
        <message>
            <source>&amp;Ny</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lagre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deaktiver</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_PersonCombo</name>
        <message>
            <source>Ingen bestemt person</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
