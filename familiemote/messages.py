"""Norwegian wording of the typed errors, shared by the windows and the command line.

Texts go through Qt's translation system (context "Messages"), so nynorsk can be
added as a translation without touching the code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from familiemote.domain.errors import (
    AlreadyDecidedError,
    AttachmentConsentError,
    BackupCode,
    BackupError,
    ConcurrentChangeError,
    ConsentMissingError,
    ContentError,
    DatabaseOpenCode,
    DatabaseOpenError,
    DiskFullError,
    DomainError,
    FollowUpCode,
    FollowUpError,
    NotFoundError,
    PhaseDecisionCode,
    PhaseDecisionError,
    SpecialistLimitError,
    ValidationCode,
    ValidationError,
)
from familiemote.error_report import ServerTrouble


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


# Field names as the user sees them; list items ("family[0].name") use their base name.
FIELD_LABELS: dict[str, Any] = {  # QT_TRANSLATE_NOOP is typed as object
    "child_first_name": QT_TRANSLATE_NOOP("Messages", "Barnets fornavn"),
    "child_birth_year": QT_TRANSLATE_NOOP("Messages", "Barnets fødselsår"),
    "child_birth_date": QT_TRANSLATE_NOOP("Messages", "Barnets fødselsdato"),
    "concern_summary": QT_TRANSLATE_NOOP("Messages", "Bekymringen"),
    "name": QT_TRANSLATE_NOOP("Messages", "Navn"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Telefon"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-post"),
    "title": QT_TRANSLATE_NOOP("Messages", "Stilling"),
    "retention_years": QT_TRANSLATE_NOOP("Messages", "Oppbevaringstid i år"),
    "role": QT_TRANSLATE_NOOP("Messages", "Rollenavnet"),
    # meetings and the pathway
    "starts_at": QT_TRANSLATE_NOOP("Messages", "Tidspunktet"),
    "held_on": QT_TRANSLATE_NOOP("Messages", "Dagen møtet ble holdt"),
    "place": QT_TRANSLATE_NOOP("Messages", "Stedet"),
    "participants": QT_TRANSLATE_NOOP("Messages", "Deltakerlisten"),
    "bup_override_reason": QT_TRANSLATE_NOOP("Messages", "Begrunnelsen for unntak"),
    "family_description": QT_TRANSLATE_NOOP("Messages", "Familiens beskrivelse"),
    "child_voice": QT_TRANSLATE_NOOP("Messages", "Barnets stemme"),
    "services_view": QT_TRANSLATE_NOOP("Messages", "Tjenestenes vurdering"),
    "decision_text": QT_TRANSLATE_NOOP("Messages", "Beslutningen"),
    "next_meeting_note": QT_TRANSLATE_NOOP("Messages", "Neste møte"),
    "next_meeting_at": QT_TRANSLATE_NOOP("Messages", "Tidspunktet for neste møte"),
    "internal_notes": QT_TRANSLATE_NOOP("Messages", "Interne notater"),
    "epikrise_sent_on": QT_TRANSLATE_NOOP("Messages", "Datoen epikrisen ble sendt"),
    "decided_on": QT_TRANSLATE_NOOP("Messages", "Datoen for beslutningen"),
    "decided_by": QT_TRANSLATE_NOOP("Messages", "Hvem som besluttet"),
    "reason": QT_TRANSLATE_NOOP("Messages", "Begrunnelsen"),
    "meeting_id": QT_TRANSLATE_NOOP("Messages", "Møtet"),
    "referred_on": QT_TRANSLATE_NOOP("Messages", "Datoen henvisningen ble sendt"),
    "referred_by": QT_TRANSLATE_NOOP("Messages", "Henviser"),
    "checklist_notes": QT_TRANSLATE_NOOP("Messages", "Notatene til sjekklisten"),
    # consent
    "consent_given_by": QT_TRANSLATE_NOOP("Messages", "Hvem som samtykker"),
    "consent_services": QT_TRANSLATE_NOOP("Messages", "Tjenestene samtykket gjelder"),
    "consent_purposes": QT_TRANSLATE_NOOP("Messages", "Hva samtykket gjelder"),
    "consent_given_on": QT_TRANSLATE_NOOP("Messages", "Datoen samtykket ble gitt"),
    "consent_valid_until": QT_TRANSLATE_NOOP("Messages", "Gyldig til"),
    "consent_recorded_by": QT_TRANSLATE_NOOP("Messages", "Registrert av"),
    "consent_withdrawn_on": QT_TRANSLATE_NOOP("Messages", "Datoen samtykket ble trukket tilbake"),
    "consent_withdrawal_note": QT_TRANSLATE_NOOP(
        "Messages", "Hvordan tilbaketrekkingen ble meddelt"
    ),
    "child_view_text": QT_TRANSLATE_NOOP("Messages", "Barnets syn"),
    "child_view_recorded_on": QT_TRANSLATE_NOOP("Messages", "Datoen barnet ble hørt"),
    "age_heard_from": QT_TRANSLATE_NOOP("Messages", "Alder for å bli hørt"),
    "age_co_consents_from": QT_TRANSLATE_NOOP(
        "Messages", "Alder for å samtykke sammen med foresatte"
    ),
    "age_consents_alone_from": QT_TRANSLATE_NOOP("Messages", "Alder for å samtykke alene"),
    "anonymous_case": QT_TRANSLATE_NOOP("Messages", "Saken"),
    # follow-up (actions, handovers, reviews, notifications)
    "description": QT_TRANSLATE_NOOP("Messages", "Tiltaket"),
    "status_reason": QT_TRANSLATE_NOOP("Messages", "Begrunnelsen"),
    "responsible_service_id": QT_TRANSLATE_NOOP("Messages", "Ansvarlig tjeneste"),
    "to_service_id": QT_TRANSLATE_NOOP("Messages", "Ny ansvarlig tjeneste"),
    "accepted_by": QT_TRANSLATE_NOOP("Messages", "Hvem som tok over"),
    "declined_by": QT_TRANSLATE_NOOP("Messages", "Hvem som avslo"),
    "decline_reason": QT_TRANSLATE_NOOP("Messages", "Begrunnelsen for avslaget"),
    "done_by": QT_TRANSLATE_NOOP("Messages", "Hvem som ga beskjed"),
    "due_date": QT_TRANSLATE_NOOP("Messages", "Fristen"),
    "review_date": QT_TRANSLATE_NOOP("Messages", "Datoen for ny vurdering"),
    "new_date": QT_TRANSLATE_NOOP("Messages", "Ny dato"),
    "others_involved": QT_TRANSLATE_NOOP("Messages", "Andre involverte"),
    "family_part": QT_TRANSLATE_NOOP("Messages", "Familiens del"),
    "note": QT_TRANSLATE_NOOP("Messages", "Merknaden"),
    # rules over several fields (familiemote.domain.validation)
    "search": QT_TRANSLATE_NOOP("Messages", "Søket"),
    "closed_on": QT_TRANSLATE_NOOP("Messages", "Datoen saken ble avsluttet"),
    "participant_family_member": QT_TRANSLATE_NOOP("Messages", "Familiemedlemmet"),
    "participant_professional": QT_TRANSLATE_NOOP("Messages", "Fagpersonen eller tjenesten"),
    "review_meeting": QT_TRANSLATE_NOOP("Messages", "Møtet"),
    "handover_state": QT_TRANSLATE_NOOP("Messages", "Overleveringen"),
    # returned evaluation forms («Vurdering av samtalen») and the report's period
    "child_age": QT_TRANSLATE_NOOP("Messages", "Barnets alder"),
    "period_start": QT_TRANSLATE_NOOP("Messages", "Perioden fra"),
    "period_end": QT_TRANSLATE_NOOP("Messages", "Perioden til"),
    "municipality": QT_TRANSLATE_NOOP("Messages", "Kommunen"),
    "comment": QT_TRANSLATE_NOOP("Messages", "Kommentaren"),
    "q1": QT_TRANSLATE_NOOP("Messages", "Svaret på påstand 1"),
    "q2": QT_TRANSLATE_NOOP("Messages", "Svaret på påstand 2"),
    "q3": QT_TRANSLATE_NOOP("Messages", "Svaret på påstand 3"),
    "q4": QT_TRANSLATE_NOOP("Messages", "Svaret på påstand 4"),
    "family_member_in_use": QT_TRANSLATE_NOOP("Messages", "Familiemedlemmet"),
    # access to a case on a shared server
    "ends_on": QT_TRANSLATE_NOOP("Messages", "Tilgangen varer til"),
    "login": QT_TRANSLATE_NOOP("Messages", "Brukernavnet på serveren"),
    "held_back": QT_TRANSLATE_NOOP("Messages", "Det som holdes tilbake fra innsynskopien"),
}

# The fields of an exported case file (docs/export-format.md) that the forms name
# differently or not at all; the others are found in FIELD_LABELS.
FILE_FIELD_LABELS: dict[str, Any] = {
    "format": QT_TRANSLATE_NOOP("Messages", "Formatet"),
    "version": QT_TRANSLATE_NOOP("Messages", "Formatversjonen"),
    "exported_at": QT_TRANSLATE_NOOP("Messages", "Eksporttidspunktet"),
    "generator": QT_TRANSLATE_NOOP("Messages", "Programmet som laget filen"),
    "ref": QT_TRANSLATE_NOOP("Messages", "Referansen"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Typen"),
    "level": QT_TRANSLATE_NOOP("Messages", "Nivået"),
    "active": QT_TRANSLATE_NOOP("Messages", "Aktiv"),
    "service": QT_TRANSLATE_NOOP("Messages", "Tjenesten"),
    "phase": QT_TRANSLATE_NOOP("Messages", "Fasen"),
    "status": QT_TRANSLATE_NOOP("Messages", "Statusen"),
    "concern_by_family": QT_TRANSLATE_NOOP("Messages", "Bekymring fra familien"),
    "concern_service": QT_TRANSLATE_NOOP("Messages", "Tjenesten som meldte bekymringen"),
    "initiating_service": QT_TRANSLATE_NOOP("Messages", "Tjenesten som tok initiativet"),
    "coordinator": QT_TRANSLATE_NOOP("Messages", "Kontaktpersonen"),
    "opened_on": QT_TRANSLATE_NOOP("Messages", "Datoen saken ble åpnet"),
    "anonymous": QT_TRANSLATE_NOOP("Messages", "Anonym drøfting"),
    "relation": QT_TRANSLATE_NOOP("Messages", "Relasjonen til barnet"),
    "is_guardian": QT_TRANSLATE_NOOP("Messages", "Foresatt"),
    "family_member": QT_TRANSLATE_NOOP("Messages", "Familiemedlemmet"),
    "professional": QT_TRANSLATE_NOOP("Messages", "Fagpersonen"),
    "roles": QT_TRANSLATE_NOOP("Messages", "Rollene i møtet"),
    "attendance": QT_TRANSLATE_NOOP("Messages", "Oppmøtet"),
    "receives_information": QT_TRANSLATE_NOOP("Messages", "Mottar opplysninger"),
    "decision": QT_TRANSLATE_NOOP("Messages", "Beslutningen"),
    "from_service": QT_TRANSLATE_NOOP("Messages", "Tjenesten som overleverte"),
    "from_professional": QT_TRANSLATE_NOOP("Messages", "Fagpersonen som overleverte"),
    "to_service": QT_TRANSLATE_NOOP("Messages", "Ny ansvarlig tjeneste"),
    "to_professional": QT_TRANSLATE_NOOP("Messages", "Ny ansvarlig fagperson"),
    "proposed_on": QT_TRANSLATE_NOOP("Messages", "Datoen overleveringen ble foreslått"),
    "accepted_on": QT_TRANSLATE_NOOP("Messages", "Datoen overleveringen ble godtatt"),
    "declined_on": QT_TRANSLATE_NOOP("Messages", "Datoen overleveringen ble avslått"),
    "meeting": QT_TRANSLATE_NOOP("Messages", "Møtet"),
    "outcome": QT_TRANSLATE_NOOP("Messages", "Utfallet"),
    "responsible_service": QT_TRANSLATE_NOOP("Messages", "Ansvarlig tjeneste"),
    "responsible_professional": QT_TRANSLATE_NOOP("Messages", "Ansvarlig fagperson"),
    "internal": QT_TRANSLATE_NOOP("Messages", "Internt"),
    "given_by": QT_TRANSLATE_NOOP("Messages", "Hvem som samtykker"),
    "given_by_child": QT_TRANSLATE_NOOP("Messages", "Gitt av ungdommen selv"),
    "purposes": QT_TRANSLATE_NOOP("Messages", "Hva samtykket gjelder"),
    "form": QT_TRANSLATE_NOOP("Messages", "Hvordan samtykket ble gitt"),
    "given_on": QT_TRANSLATE_NOOP("Messages", "Datoen samtykket ble gitt"),
    "recorded_by": QT_TRANSLATE_NOOP("Messages", "Registrert av"),
    "valid_until": QT_TRANSLATE_NOOP("Messages", "Gyldig til"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Messages", "Datoen samtykket ble trukket tilbake"),
    "withdrawal_note": QT_TRANSLATE_NOOP("Messages", "Hvordan tilbaketrekkingen ble meddelt"),
    "from_phase": QT_TRANSLATE_NOOP("Messages", "Fra fase"),
    "to_phase": QT_TRANSLATE_NOOP("Messages", "Til fase"),
    "target": QT_TRANSLATE_NOOP("Messages", "Hvor det henvises"),
    "checklist": QT_TRANSLATE_NOOP("Messages", "Sjekklisten"),
    "recorded_on": QT_TRANSLATE_NOOP("Messages", "Datoen barnet ble hørt"),
    "text": QT_TRANSLATE_NOOP("Messages", "Barnets syn"),
    "created_on": QT_TRANSLATE_NOOP("Messages", "Datoen beskjeden ble laget"),
    "recipient_service": QT_TRANSLATE_NOOP("Messages", "Mottakeren"),
    "recipient_text": QT_TRANSLATE_NOOP("Messages", "Mottakeren"),
    "phase_decision": QT_TRANSLATE_NOOP("Messages", "Beslutningen om fase"),
    "done_on": QT_TRANSLATE_NOOP("Messages", "Datoen beskjeden ble gitt"),
}

# The lists of a case file: one entry named with its number ("Tiltak nr. 2").
FILE_LIST_ITEMS: dict[str, Any] = {
    "services": QT_TRANSLATE_NOOP("Messages", "tjeneste nr. {n}"),
    "professionals": QT_TRANSLATE_NOOP("Messages", "fagperson nr. {n}"),
    "family_members": QT_TRANSLATE_NOOP("Messages", "familiemedlem nr. {n}"),
    "meetings": QT_TRANSLATE_NOOP("Messages", "møte nr. {n}"),
    "participants": QT_TRANSLATE_NOOP("Messages", "deltaker nr. {n}"),
    "actions": QT_TRANSLATE_NOOP("Messages", "tiltak nr. {n}"),
    "handovers": QT_TRANSLATE_NOOP("Messages", "overlevering nr. {n}"),
    "reviews": QT_TRANSLATE_NOOP("Messages", "vurdering nr. {n}"),
    "consents": QT_TRANSLATE_NOOP("Messages", "samtykke nr. {n}"),
    "scopes": QT_TRANSLATE_NOOP("Messages", "tjeneste nr. {n} i samtykket"),
    "phase_decisions": QT_TRANSLATE_NOOP("Messages", "beslutning om fase nr. {n}"),
    "referrals": QT_TRANSLATE_NOOP("Messages", "henvisning nr. {n}"),
    "child_views": QT_TRANSLATE_NOOP("Messages", "barnets syn nr. {n}"),
    "notifications": QT_TRANSLATE_NOOP("Messages", "beskjed nr. {n}"),
}
# The same lists as a whole ("Listen over tiltak"), and the case's own fields.
FILE_LISTS: dict[str, Any] = {
    "case": QT_TRANSLATE_NOOP("Messages", "saken"),
    "services": QT_TRANSLATE_NOOP("Messages", "listen over tjenester"),
    "professionals": QT_TRANSLATE_NOOP("Messages", "listen over fagpersoner"),
    "family_members": QT_TRANSLATE_NOOP("Messages", "listen over familiemedlemmer"),
    "meetings": QT_TRANSLATE_NOOP("Messages", "listen over møter"),
    "participants": QT_TRANSLATE_NOOP("Messages", "deltakerlisten"),
    "actions": QT_TRANSLATE_NOOP("Messages", "listen over tiltak"),
    "handovers": QT_TRANSLATE_NOOP("Messages", "overleveringene"),
    "reviews": QT_TRANSLATE_NOOP("Messages", "vurderingene"),
    "consents": QT_TRANSLATE_NOOP("Messages", "listen over samtykker"),
    "scopes": QT_TRANSLATE_NOOP("Messages", "tjenestene i samtykket"),
    "phase_decisions": QT_TRANSLATE_NOOP("Messages", "beslutningene om fase"),
    "referrals": QT_TRANSLATE_NOOP("Messages", "henvisningene"),
    "child_views": QT_TRANSLATE_NOOP("Messages", "barnets syn"),
    "notifications": QT_TRANSLATE_NOOP("Messages", "beskjedene"),
}


def field_label(field: str) -> str:
    base = field.rsplit(".", 1)[-1].split("[", 1)[0]
    if base in FIELD_LABELS:
        return tr(str(FIELD_LABELS[base]))  # i18n: marked
    if base in FILE_FIELD_LABELS:
        return tr(str(FILE_FIELD_LABELS[base]))  # i18n: marked
    return tr("Feltet")


def file_place(where: str) -> tuple[str, str]:
    """Where in a case file, as a reader says it: ("tiltak nr. 2, vurdering nr. 1", label).

    ``where`` is the path the import names ("case.actions[1].reviews[0].note"); the
    first part is the entry, the second the field's label (empty for a whole entry).
    """
    places: list[str] = []
    label = ""
    parts = [p for p in where.split(".") if p]
    for n, part in enumerate(parts):
        name, _, index = part.partition("[")
        last = n == len(parts) - 1
        if index and name in FILE_LIST_ITEMS:
            number = int(index.split("]", 1)[0]) + 1 if index[:-1].isdigit() else 0
            places.append(tr(str(FILE_LIST_ITEMS[name])).format(n=number))  # i18n: marked
        elif index:  # a choice in a list of choices ("purposes[2]")
            label = field_label(name)
        elif last and name in FILE_LISTS and name != "case":
            places.append(tr(str(FILE_LISTS[name])))  # i18n: marked
        elif last:
            label = field_label(name)
    return ", ".join(places), label


def database_error_text(err: DatabaseOpenError) -> str:
    path = err.location
    folder = str(Path(path).parent) if "://" not in path else path
    texts = {
        DatabaseOpenCode.MISSING_FOLDER: tr(
            "Mappen «{folder}» finnes ikke, så databasen kan ikke åpnes der. "
            "Opprett mappen, eller velg en annen plassering med --db."
        ),
        DatabaseOpenCode.READ_ONLY: tr(
            "Databasefilen «{path}» er skrivebeskyttet, så Familiemøte kan ikke lagre i den. "
            "Filen er ikke endret. Gi deg selv skrivetilgang til filen og mappen den ligger i, "
            "eller kopier den til en mappe der du kan skrive."
        ),
        DatabaseOpenCode.NOT_A_DATABASE: tr(
            "Filen «{path}» er ikke en Familiemøte-database. Filen er ikke endret. "
            "Kontroller at du har valgt riktig fil."
        ),
        DatabaseOpenCode.NEWER_SCHEMA: tr(
            "Databasen «{path}» er laget av en nyere versjon av Familiemøte enn denne. "
            "Filen er ikke endret. Installer den nyeste versjonen av Familiemøte for å åpne den."
        ),
        DatabaseOpenCode.LOCKED: tr(
            "Databasen «{path}» er i bruk av et annet program akkurat nå. "
            "Lukk det andre programmet og prøv igjen."
        ),
        DatabaseOpenCode.UNREACHABLE: tr(
            "Får ikke kontakt med databaseserveren «{path}». Kontroller nettverket og "
            "adressen (servernavn og port); IT i kommunen kan kontrollere at serveren kjører, "
            "tar imot tilkoblinger fra nettverket og at brannmuren slipper dem gjennom."
        ),
        DatabaseOpenCode.LOGIN_FAILED: tr(
            "Databaseserveren «{path}» godtok ikke brukernavnet eller passordet. Kontroller "
            "begge (passordet er ditt eget for denne serveren) og at Caps Lock er av, eller "
            "be IT i kommunen sette et nytt passord."
        ),
        DatabaseOpenCode.BAD_URL: tr(
            "«{path}» er ikke en gyldig databaseadresse. Bruk en filsti, eller en adresse som "
            "postgresql+psycopg://bruker@server/database."
        ),
        DatabaseOpenCode.UNKNOWN: tr(
            "Databasen «{path}» kunne ikke åpnes. Filen er ikke endret. "
            "Kontakt IT i kommunen hvis feilen vedvarer."
        ),
        DatabaseOpenCode.WRONG_PASSPHRASE: tr(
            "Passordfrasen åpner ikke databasen «{path}». Filen er ikke endret. "
            "Kontroller at Caps Lock er av, og prøv igjen."
        ),
        DatabaseOpenCode.UNENCRYPTED: tr(
            "Databasen «{path}» er ikke kryptert. Filen er ikke endret. "
            "Krypter den med «familiemote passphrase --db {path}», eller åpne den i "
            "Familiemøte, som tilbyr å kryptere den."
        ),
        DatabaseOpenCode.DAMAGED: tr(
            "Databasen «{path}» er skadet: en del av filen stemmer ikke med kontrollsummen "
            "den ble lagret med, så den kan ikke brukes trygt. Filen er ikke endret. "
            "Gjenopprett den fra den siste sikkerhetskopien (i programmet, eller med "
            "«familiemote restore --db {path} KOPIFIL»), eller kontakt IT i kommunen."
        ),
        DatabaseOpenCode.IN_USE: tr(
            "Databasen «{path}» er allerede åpen i et annet Familiemøte-vindu. "
            "Bruk det vinduet, eller lukk det og prøv igjen."
        ),
        DatabaseOpenCode.NOT_SUPPORTED: tr("Dette kan ikke gjøres med databasen «{path}»."),
        DatabaseOpenCode.NO_SUCH_FILE: tr(
            "Det finnes ingen database i «{path}». Kontroller filnavnet og mappen. "
            "Ingen ny database er laget."
        ),
        DatabaseOpenCode.PASSWORD_MISSING: tr(
            "Databaseserveren «{path}» vil ha passordet ditt, men fikk ikke noe. Skriv "
            "passordet når du blir spurt, eller (for skript) sett PGPASSWORD eller bruk "
            "~/.pgpass."
        ),
        DatabaseOpenCode.CERTIFICATE: tr(
            "Databaseserveren «{path}» kunne ikke bekreftes: sertifikatet den viste, er ikke "
            "utstedt av den sertifiseringsinstansen (CA) denne maskinen stoler på, gjelder et "
            "annet navn, eller CA-filen mangler. Ingenting er sendt til serveren. IT i kommunen "
            "må kontrollere CA-filen (~/.postgresql/root.crt eller sslrootcert i adressen) og "
            "serverens sertifikat."
        ),
        DatabaseOpenCode.REFUSED: tr(
            "Databaseserveren «{path}» tar ikke imot pålogging for denne brukeren fra denne "
            "maskinen. IT i kommunen må legge til en linje for brukeren (eller gruppen) og "
            "maskinen i serverens pg_hba.conf, og laste konfigurasjonen på nytt."
        ),
        DatabaseOpenCode.NO_ACCESS: tr(
            "Du er logget på databaseserveren «{path}», men brukeren din har ikke tilgang til "
            "Familiemøte-databasen. IT i kommunen må legge brukeren inn i gruppen for "
            "Familiemøte (GRANT gruppe TO bruker)."
        ),
        DatabaseOpenCode.NO_SUCH_DATABASE: tr(
            "Databaseserveren «{path}» har ingen database med dette navnet. Kontroller "
            "adressen, eller be IT i kommunen opprette databasen og kjøre «familiemote "
            "migrate --grant-to GRUPPE»."
        ),
        DatabaseOpenCode.NOT_ANSWERING: tr(
            "Databaseserveren «{path}» svarer ikke. Vent litt og prøv igjen; hvis det varer, "
            "kontakt IT i kommunen (serveren kan være overbelastet eller stoppet)."
        ),
    }
    if err.code is DatabaseOpenCode.READ_ONLY and err.detail == "folder":
        return tr(
            "Mappen «{folder}» er skrivebeskyttet, så Familiemøte kan ikke lagre der. "
            "Ingenting er endret. Gi deg selv skrivetilgang til mappen, eller velg en annen."
        ).format(folder=folder)
    return texts[err.code].format(path=path, folder=folder)


def server_trouble_text(kind: ServerTrouble) -> str:
    """What happened to a call to the database server midway, worded by its kind (a
    save, or a read such as opening a case): what became of the work, that what was
    typed is still on screen, and what to do."""
    texts = {
        ServerTrouble.LOST: tr(
            "Forbindelsen til databaseserveren ble brutt. Har du skrevet noe som ikke ble "
            "lagret, står det fortsatt på skjermen. Familiemøte sier fra når forbindelsen er "
            "tilbake; prøv da på nytt. Kontakt IT i kommunen hvis det varer."
        ),
        ServerTrouble.TIMEOUT: tr(
            "Databaseserveren svarer ikke: den svarte ikke innen tidsfristen. Har du skrevet "
            "noe som ikke ble lagret, står det fortsatt på skjermen. Familiemøte sier fra når "
            "serveren svarer igjen; prøv da på nytt. Kontakt IT i kommunen hvis det varer "
            "(serveren kan være overbelastet)."
        ),
        ServerTrouble.DENIED: tr(
            "Databaseserveren avviste dette: påloggingen din har ikke rett til å gjøre det. "
            "Ingenting er endret, og har du skrevet noe, står det fortsatt på skjermen. "
            "Kontakt IT i kommunen hvis du skal ha denne tilgangen."
        ),
        ServerTrouble.CONFLICT: tr(
            "Noen andre endret det samme på databaseserveren i samme øyeblikk, så dette ble "
            "ikke lagret. Ingenting er overskrevet, og har du skrevet noe, står det fortsatt "
            "på skjermen. Prøv igjen om et øyeblikk."
        ),
        ServerTrouble.FULL: tr(
            "Databaseserveren er full (diskplass, minne eller antall tilkoblinger), så dette "
            "ble ikke lagret. Det som var lagret fra før, er i behold, og har du skrevet noe, "
            "står det fortsatt på skjermen. Kontakt IT i kommunen."
        ),
    }
    return texts[kind]


def server_error_text(exc: BaseException) -> str | None:
    """The words for a database server's error met midway (the app's exception hook),
    or None when ``exc`` is not one. A login refused when the connection was made
    again (a changed password, a removed grant) gets its own advice for IT."""
    from familiemote.error_report import server_trouble, server_trouble_kind

    kind = server_trouble_kind(exc)
    refused = server_trouble(exc)
    if refused is not None and refused.code is not DatabaseOpenCode.NOT_ANSWERING:
        return database_error_text(refused)
    if kind is None:
        return None if refused is None else server_trouble_text(ServerTrouble.LOST)
    return server_trouble_text(kind)


def backup_error_text(err: BackupError) -> str:
    texts = {
        BackupCode.NOT_SUPPORTED: tr(
            "Databasen «{path}» ligger på en server. Sikkerhetskopi av den tas på serveren; "
            "kontakt IT i kommunen."
        ),
        BackupCode.CANNOT_WRITE: tr(
            "Kunne ikke skrive «{path}». Kontroller at mappen finnes, at du kan skrive i den, "
            "og at det er plass på disken. Databasen er ikke endret."
        ),
        BackupCode.SAME_FILE: tr(
            "«{path}» er selve databasen. Velg et annet filnavn for sikkerhetskopien."
        ),
        BackupCode.IN_USE: tr(
            "Databasen «{path}» er åpen i et Familiemøte-vindu. Lukk vinduet og prøv igjen."
        ),
        BackupCode.DAMAGED_BACKUP: tr(
            "Sikkerhetskopien «{path}» er skadet og kan ikke brukes. Databasen er ikke endret. "
            "Velg en annen sikkerhetskopi."
        ),
        BackupCode.NOT_VERIFIED: tr(
            "Kontrollen etterpå viste at resultatet ikke ble som det skulle ({path}), så det "
            "er ikke tatt i bruk. Databasen er som før. Kontroller at det er plass på disken, "
            "og prøv igjen."
        ),
    }
    return texts[err.code].format(path=err.location)


def _rule_text(err: ValidationError) -> str | None:
    """The message of a rule whose cause depends on the field, or None for the general one."""
    by_field: dict[tuple[ValidationCode, str], str] = {
        (ValidationCode.INCONSISTENT, "child_birth_year"): tr(
            "Barnets fødselsår stemmer ikke med fødselsdatoen."
        ),
        (ValidationCode.INCONSISTENT, "epikrise_sent_on"): tr(
            "Epikrise sendes bare etter et oppsummerende møte. Dette møtet er et familiemøte."
        ),
        (ValidationCode.INCONSISTENT, "participants"): tr(
            "Deltakerlisten har samme person to ganger, eller et familiemedlem som ikke hører "
            "til saken."
        ),
        (ValidationCode.INCONSISTENT, "meeting_id"): tr(
            "Møtet hører ikke til denne saken. Velg et av sakens møter."
        ),
        (ValidationCode.INCONSISTENT, "closed_on"): tr(
            "En åpen sak har ingen dato for når den ble avsluttet."
        ),
        (ValidationCode.INCONSISTENT, "handover_state"): tr(
            "En overlevering kan ikke være både godtatt og avslått."
        ),
        (ValidationCode.BEFORE_START, "closed_on"): tr(
            "Datoen saken ble avsluttet kan ikke være før datoen saken ble åpnet."
        ),
        (ValidationCode.DATE_IN_FUTURE, "held_on"): tr(
            "Den dagen er ikke kommet ennå. Et møte kan bare registreres som holdt i dag "
            "eller en dag før."
        ),
        (ValidationCode.BEFORE_START, "held_on"): tr(
            "Møtet kan ikke ha vært holdt før saken ble opprettet. Velg en dag fra saken "
            "ble opprettet og fram til i dag."
        ),
        (ValidationCode.REQUIRED, "closed_on"): tr(
            "En avsluttet sak må ha datoen den ble avsluttet (oppbevaringstiden regnes fra den)."
        ),
        (ValidationCode.REQUIRED, "participant_family_member"): tr(
            "En deltaker fra familien må være et av familiemedlemmene i saken."
        ),
        (ValidationCode.REQUIRED, "participant_professional"): tr(
            "En deltaker fra tjenestene må ha en fagperson eller en tjeneste."
        ),
        (ValidationCode.REQUIRED, "consent_given_by"): tr(
            "Et samtykke må være gitt av én foresatt eller av ungdommen selv."
        ),
        (ValidationCode.INCONSISTENT, "anonymous_case"): tr(
            "En anonym drøfting har ingen navn. Når familien har samtykket, gjør du den om "
            "til en navngitt sak under Samtykke («Gjør om til navngitt sak»)."
        ),
        (ValidationCode.INCONSISTENT, "held_back"): tr(
            "Bare opplysninger som står i innsynskopien, kan holdes tilbake, og ikke "
            "opplysningene om selve saken. Velg på nytt i listen."
        ),
        (ValidationCode.INCONSISTENT, "family_member_in_use"): tr(
            "Et familiemedlem som har vært med i et møte eller har gitt samtykke, kan ikke "
            "fjernes fra saken: møtereferatet og samtykket viser til vedkommende. Rett heller "
            "navnet eller kontaktopplysningene."
        ),
        (ValidationCode.DUPLICATE, "review_meeting"): tr(
            "Et tiltak kan bare vurderes én gang i hvert møte."
        ),
        (ValidationCode.DUPLICATE, "handover_state"): tr(
            "Et tiltak kan ha bare én overlevering som venter på svar."
        ),
    }
    return by_field.get((err.code, err.field.rsplit(".", 1)[-1]))


def _range_text(err: ValidationError, label: str) -> str | None:
    """What a field out of range allows, in the words of the screen."""
    field = err.field.rsplit(".", 1)[-1].split("[", 1)[0]
    limit = err.limit
    if field in ("child_birth_year", "child_birth_date"):
        return tr("Barnets alder må være mellom 0 og {limit} år. Kontroller {what}.").format(
            limit=limit if limit is not None else 25, what=label[0].lower() + label[1:]
        )
    if field == "child_age":
        return tr("Barnets alder må være mellom 0 og {limit} år.").format(
            limit=limit if limit is not None else 25
        )
    if field == "period_end":
        return tr("Perioden til kan ikke være før perioden fra. Rett datoene.")
    if field == "ends_on":
        return tr("Tilgangen kan vare fra i dag og høyst ett år fram.")
    if field in ("q1", "q2", "q3", "q4"):
        return tr("{label} må være et tall fra 0 til {limit}, eller stå tomt.").format(
            label=label, limit=5 if limit is None else limit
        )
    if field.startswith("age_"):
        return tr("{label} må være mellom 0 og {limit} år.").format(
            label=label, limit=18 if limit is None else limit
        )
    if field == "review_date" and limit is None:
        return tr("Ny vurdering kan settes 3, 6 eller 12 måneder fram.")
    if field == "retention_years":
        return tr("{label} må være mellom 1 og {limit} år.").format(
            label=label, limit=100 if limit is None else limit
        )
    if limit is not None:
        return tr("{label} må ligge innenfor {limit} år fra i dag.").format(
            label=label, limit=limit
        )
    return None


def validation_text(err: ValidationError, shown: str = "") -> str:
    """The refusal in words. ``shown`` is the field's name as the form on screen shows
    it (its label or box title, in the language on screen); the message names the field
    by it, in «», so the user finds the box by its words. Without it (the command line,
    an imported file) the field's name comes from :data:`FIELD_LABELS`."""
    special = _rule_text(err)
    if special is not None:
        return special
    bare = shown or field_label(err.field)
    label = f"«{shown}»" if shown else bare
    if err.code is ValidationCode.DATE_OUT_OF_RANGE:
        ranged = _range_text(err, label)
        if ranged is not None:
            return ranged
    if err.code is ValidationCode.TOO_LONG and err.limit is None:
        return tr("{label} er for lang. Skriv kortere.").format(label=label)
    if err.code is ValidationCode.NONE_CHOSEN:  # the message quotes the name itself
        return tr("Kryss av for minst ett valg under «{label}».").format(label=bare)
    texts = {
        ValidationCode.REQUIRED: tr("{label} må fylles ut."),
        ValidationCode.TOO_LONG: tr("{label} kan ha høyst {limit} tegn."),
        ValidationCode.CONTROL_CHARACTERS: tr(
            "{label} inneholder usynlige kontrolltegn. Skriv teksten på nytt uten å lime inn."
        ),
        ValidationCode.DATE_IN_FUTURE: tr("{label} kan ikke være fram i tid."),
        ValidationCode.DATE_OUT_OF_RANGE: tr("{label} er utenfor det tillatte området."),
        ValidationCode.INVALID_DATE: tr(
            "{label} må skrives som dd.mm.åååå, for eksempel 14.03.2017."
        ),
        ValidationCode.INCONSISTENT: tr("{label} stemmer ikke med resten av det som er fylt ut."),
        ValidationCode.INVALID_EMAIL: tr("{label} er ikke en gyldig e-postadresse."),
        ValidationCode.INVALID_PHONE: tr("{label} er ikke et gyldig telefonnummer."),
        ValidationCode.INVALID_NAME: tr(
            "{label} kan bare ha små bokstaver a–z, sifre og _ (og ikke begynne med et siffer)."
        ),
        ValidationCode.NOT_A_GUARDIAN: tr(
            "{label}: bare en foresatt, eller ungdommen selv, kan gi samtykke."
        ),
        ValidationCode.TOO_YOUNG: tr(
            "{label}: barnet er ikke gammelt nok til å samtykke selv etter "
            "aldersinnstillingene. Foresatte må samtykke."
        ),
        ValidationCode.BEFORE_START: tr("{label} kan ikke være før datoen samtykket ble gitt."),
        ValidationCode.ALREADY_WITHDRAWN: tr(
            "Samtykket er allerede trukket tilbake. Ingenting er endret."
        ),
        ValidationCode.AGES_OUT_OF_ORDER: tr(
            "Aldersgrensene må komme i rekkefølge: høres ≤ samtykker sammen med foresatte "
            "≤ samtykker alene ≤ 18 år."
        ),
        ValidationCode.NOT_ANONYMOUS: tr("Saken er allerede en navngitt sak."),
        ValidationCode.DUPLICATE: tr("{label} står to ganger."),
    }
    return texts[err.code].format(label=label, limit=err.limit)


def error_text(err: DomainError, shown: str = "") -> str:
    """The error in words; ``shown``: the field's name on screen (see :func:`validation_text`)."""
    if isinstance(err, DatabaseOpenError):
        return database_error_text(err)
    if isinstance(err, BackupError):
        return backup_error_text(err)
    if isinstance(err, DiskFullError):
        return tr(
            "Endringen ble ikke lagret: det er ikke plass på disken der databasen «{path}» "
            "ligger (eller disken avviste skrivingen). Det som var lagret fra før, er i behold. "
            "Frigjør plass, eller kontakt IT i kommunen, og lagre på nytt."
        ).format(path=err.location)
    if isinstance(err, ValidationError):
        return validation_text(err, shown)
    if isinstance(err, NotFoundError):
        return tr("Fant ikke det du ba om. Det kan være slettet av en annen bruker.")
    if isinstance(err, ConcurrentChangeError):
        return tr(
            "Noen andre har endret dette samtidig. Ingenting er overskrevet; "
            "åpne saken på nytt og gjør endringen igjen."
        )
    transfer_text = transfer_error_text(err)
    if transfer_text is not None:
        return transfer_text
    tally_text = tally_file_error_text(err)
    if tally_text is not None:
        return tally_text
    if isinstance(err, FollowUpError):
        return followup_error_text(err)
    meeting_text = meeting_error_text(err)
    if meeting_text is not None:
        return meeting_text
    return tr("Noe gikk galt. Ingen data er endret.")


def meeting_error_text(err: DomainError) -> str | None:
    """The meeting and pathway rules, or None for another error."""
    if isinstance(err, SpecialistLimitError):
        return QCoreApplication.translate(
            "Messages",
            "BUP er allerede med på %n familiemøter før henvisning (holdt eller satt opp), "
            "og kan delta i høyst {limit}. Registrer henvisningen først, eller skriv en "
            "begrunnelse for unntaket. Møtet er ikke lagret.",
            None,
            err.count,
        ).format(limit=err.limit)
    if isinstance(err, ConsentMissingError):
        return tr(
            "Samtykket dekker ikke at denne tjenesten får opplysninger om saken. Fjern haken "
            "«Mottar opplysninger» (saken drøftes da anonymt med tjenesten), eller registrer "
            "samtykke først. Ingenting er lagret."
        )
    if isinstance(err, AttachmentConsentError):
        return tr(
            "Punkt 5 krever samtykke fra foresatte til å legge ved dokumentasjon fra andre "
            "tjenester. Registrer samtykket først, eller la punktet stå åpent."
        )
    if isinstance(err, PhaseDecisionError):
        texts = {
            PhaseDecisionCode.CASE_CLOSED: tr(
                "Saken er avsluttet. Gjenåpne saken før den flyttes eller avsluttes på nytt."
            ),
            PhaseDecisionCode.CASE_OPEN: tr("Saken er allerede åpen."),
            PhaseDecisionCode.SAME_PHASE: tr(
                "Saken er allerede i denne fasen. Velg en annen fase."
            ),
        }
        return texts[err.code]
    if isinstance(err, ContentError):
        return tr(
            "Innholdet i forløpet (pathway_nb.json) mangler eller er skadet. "
            "Installer Familiemøte på nytt, eller kontakt IT i kommunen."
        )
    return None


def followup_error_text(err: FollowUpError) -> str:
    texts = {
        FollowUpCode.ACTION_CLOSED: tr(
            "Tiltaket er avsluttet. Endre status til «Pågår» først hvis det skal følges opp igjen."
        ),
        FollowUpCode.HANDOVER_PENDING: tr(
            "Tiltaket venter på at en overlevering blir godtatt. Godta eller avslå den først; "
            "til da er det den tidligere ansvarlige som har ansvaret."
        ),
        FollowUpCode.NO_PENDING_HANDOVER: tr("Tiltaket har ingen overlevering som venter."),
        FollowUpCode.SAME_HOLDER: tr(
            "Tiltaket er allerede hos denne tjenesten og personen. Velg en annen mottaker."
        ),
        FollowUpCode.STATUS_BY_HANDOVER_ONLY: tr(
            "Et tiltak overleveres med «Overlever …», slik at noen andre tar over ansvaret. "
            "Det kan ikke bare merkes som overlevert."
        ),
        FollowUpCode.STATUS_UNCHANGED: tr("Tiltaket har allerede denne statusen."),
        FollowUpCode.DATE_BEFORE_START: tr(
            "Datoen kan ikke være før møtet der tiltaket ble avtalt eller før overleveringen "
            "ble foreslått."
        ),
        FollowUpCode.PERSON_NOT_IN_SERVICE: tr(
            "Personen du valgte hører ikke til den valgte tjenesten."
        ),
        FollowUpCode.NOT_ON_AGENDA: tr("Tiltaket står ikke på sakslisten til dette møtet."),
        FollowUpCode.OUTCOME_RECORDED: tr(
            "Utfallet for dette tiltaket er allerede registrert i dette møtet."
        ),
        FollowUpCode.MEETING_CANCELLED: tr("Møtet er avlyst. Velg et annet møte."),
        FollowUpCode.ALREADY_DONE: tr("Det er allerede registrert at beskjeden er gitt."),
        FollowUpCode.HANDOVER_ACCEPTED: tr(
            "Overleveringen er allerede godtatt. Den nye ansvarlige har tiltaket nå."
        ),
        FollowUpCode.HANDOVER_DECLINED: tr(
            "Overleveringen er allerede avslått. Den tidligere ansvarlige har fortsatt tiltaket."
        ),
    }
    if isinstance(err, AlreadyDecidedError) and err.by:
        return already_decided_text(err)
    return texts[err.code]


def already_decided_text(err: AlreadyDecidedError) -> str:
    """Someone (usually another user, a moment earlier) already decided: who and when."""
    texts = {
        FollowUpCode.HANDOVER_ACCEPTED: tr(
            "Overleveringen er allerede godtatt av {by}{on}. Den nye ansvarlige har tiltaket "
            "nå. Det du valgte er ikke lagret."
        ),
        FollowUpCode.HANDOVER_DECLINED: tr(
            "Overleveringen er allerede avslått av {by}{on}. Den tidligere ansvarlige har "
            "fortsatt tiltaket. Det du valgte er ikke lagret."
        ),
        FollowUpCode.OUTCOME_RECORDED: tr(
            "Utfallet for dette tiltaket er allerede registrert i dette møtet, av {by}{on}. "
            "Det du valgte og skrev er ikke lagret, og det som var registrert er ikke endret."
        ),
        FollowUpCode.ALREADY_DONE: tr(
            "Det er allerede registrert at beskjeden er gitt, av {by}{on}. "
            "Det du skrev er ikke lagret."
        ),
    }
    text = texts.get(err.code)
    if text is None:
        return followup_error_text(FollowUpError(err.code))
    on = " ({day})".format(day=err.on.strftime("%d.%m.%Y")) if err.on is not None else ""
    return text.format(by=err.by, on=on)


def tally_file_error_text(err: DomainError) -> str | None:
    """A refused tally file of evaluation forms, or None for another error."""
    from familiemote.domain.evaluation_tally import TallyFileCode, TallyFileError

    if not isinstance(err, TallyFileError):
        return None
    texts = {
        TallyFileCode.NOT_JSON: tr("Filen kan ikke leses som samletall; den kan være skadet."),
        TallyFileCode.WRONG_FORMAT: tr(
            "Filen er ikke samletall fra Familiemøte (formatet «familiemote-evaluation-tally»)."
        ),
        TallyFileCode.NEWER_VERSION: tr(
            "Filen er laget av en nyere versjon av Familiemøte. Installer den nyeste versjonen "
            "for å lese den inn."
        ),
        TallyFileCode.WRONG_CHECKSUM: tr(
            "Kontrollsummen i filen stemmer ikke: filen er endret eller skadet etter at den ble "
            "laget. Be om en ny eksport."
        ),
        TallyFileCode.INVALID: tr("Tallene i filen henger ikke sammen. Be om en ny eksport."),
        TallyFileCode.ALREADY_IMPORTED: tr(
            "Akkurat denne filen fra {where} er lest inn før. Tallene telles ikke to ganger."
        ),
        TallyFileCode.OWN_MUNICIPALITY: tr(
            "Skjemaene fra {where} for denne perioden er registrert i denne databasen, eller "
            "filen er eksportert herfra. De ville blitt telt to ganger."
        ),
        TallyFileCode.NO_MUNICIPALITY: tr("Skriv hvilken kommune tallene er fra."),
    }
    text = texts[err.code].format(where=err.where)
    return text + " " + tr("Ingenting er lest inn.") if err.code is not (
        TallyFileCode.NO_MUNICIPALITY
    ) else text


def transfer_error_text(err: DomainError) -> str | None:
    """A refused case file on import, or None for another error.

    The place in the file is said as a reader says it ("tiltak nr. 2: Tiltaket"),
    never as the file's own field names, and a bad key is quoted only in part.
    """
    from familiemote.domain.errors import TransferCode, TransferError

    if not isinstance(err, TransferError):
        return None
    nothing = " " + tr("Ingenting er lagret.")
    where = err.where
    if err.key and where.endswith(err.key):
        where = where[: -len(err.key)].rstrip(".")
    place, label = file_place(where)
    prefix = tr("I filen, {place}: ").format(place=place) if place else tr("I filen: ")
    if err.code is TransferCode.INVALID_VALUE:
        if err.reason is ValidationCode.INVALID_DATE:
            text = tr(
                "{label} er ikke en gyldig dato eller et gyldig tidspunkt (åååå-mm-dd, eller "
                "åååå-mm-ddTtt:mm i lokal tid uten tidssone)."
            ).format(
                label=label or tr("Feltet")
            )
        elif err.reason is not None:
            field = err.field or (where.rsplit(".", 1)[-1] if where else "")
            text = validation_text(ValidationError(field, err.reason, err.limit))
        else:
            text = tr("{label} har en verdi Familiemøte ikke kjenner.").format(
                label=label or tr("Feltet")
            )
        return prefix + text + nothing
    if err.code is TransferCode.UNKNOWN_FIELD:
        return (
            prefix + tr("Filen har et felt Familiemøte ikke kjenner: «{key}».").format(key=err.key)
        ) + nothing
    if err.code is TransferCode.DUPLICATE_KEY:
        known = err.key in FIELD_LABELS or err.key in FILE_FIELD_LABELS
        if known:
            return (
                tr(
                    "{label} står to ganger på samme sted i filen, så det er uklart hva som "
                    "gjelder."
                ).format(label=field_label(err.key))
                + nothing
            )
        return (
            tr(
                "Feltet «{key}» står to ganger på samme sted i filen, så det er uklart hva som "
                "gjelder."
            ).format(key=err.key)
            + nothing
        )
    if place and not label:  # a whole entry or list: it is the subject of the sentence
        prefix, label = tr("I filen: "), place[:1].upper() + place[1:]
    texts = {
        TransferCode.UNREADABLE: tr("Filen «{where}» kunne ikke leses."),
        TransferCode.NOT_A_FILE: tr(
            "«{where}» er ikke en vanlig fil (det kan være en mappe, en enhet eller en kø). "
            "Velg en vanlig fil."
        ),
        TransferCode.CANNOT_WRITE: tr(
            "Kunne ikke skrive «{where}». Kontroller at mappen finnes, at du kan skrive i den, "
            "og at det er plass på disken."
        ),
        TransferCode.TOO_LARGE: tr("Filen er for stor til å være en eksportert sak."),
        TransferCode.NOT_JSON: tr("Filen er ikke en gyldig JSON-fil; den kan være skadet."),
        TransferCode.WRONG_FORMAT: tr(
            "Filen er ikke en sak eksportert fra Familiemøte (formatet «familiemote-case»)."
        ),
        TransferCode.NEWER_VERSION: tr(
            "Filen er laget av en nyere versjon av Familiemøte (formatversjon {limit}). "
            "Installer den nyeste versjonen for å lese den inn."
        ),
        TransferCode.MISSING_FIELD: tr("{prefix}{label} mangler."),
        TransferCode.WRONG_TYPE: tr("{prefix}{label} har feil type."),
        TransferCode.DANGLING_REFERENCE: tr(
            "{prefix}{label} viser til noe som ikke finnes i filen."
        ),
        TransferCode.DUPLICATE_REFERENCE: tr("{prefix}Referansen er brukt to ganger i filen."),
    }
    text = texts.get(err.code, tr("Filen kan ikke leses inn.")).format(
        where=err.where, limit=err.limit, prefix=prefix, label=label or tr("Oppføringen")
    )
    return text + nothing
