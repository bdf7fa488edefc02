<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Apie %1</translation>
    </message>
    <message>
        <source>A prospecting workstation for sales development reps: build lists, check contact data, work your cadences and hand qualified prospects on.</source>
        <translation>Potencialių klientų paieškos darbo vieta pardavimų vystymo atstovams (SDR): kurkite sąrašus, tikrinkite kontaktų duomenis, vykdykite sekas ir perduokite kvalifikuotus potencialius klientus toliau.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Duomenų bazė</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Režimas</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopijuoti informaciją</translation>
    </message>
</context>
<context>
    <name>BackgroundSender</name>
    <message>
        <source>Send emails</source>
        <extracomment>How often the outbox is looked at. keychain account (user@host) -&gt; password, for this session only, when no keychain works.</extracomment>
        <translation>Siųsti el. laiškus</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Scheduled backups are off for a server database: the server&apos;s administrator backs it up.</source>
        <translation>Serverio duomenų bazei suplanuotos atsarginės kopijos išjungtos: ją kopijuoja serverio administratorius.</translation>
    </message>
    <message>
        <source>The scheduled backup to %1 failed: %2</source>
        <translation>Suplanuota atsarginė kopija į %1 nepavyko: %2</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Atsarginė kopija išsaugota: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Atkurti iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 atkurta iš %2.</translation>
    </message>
    <message>
        <source>The previous file was kept as %1.</source>
        <translation>Ankstesnis failas išsaugotas kaip %1.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Atkuriama atsarginė kopija…</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Scheduled backups</source>
        <extracomment>How often the app looks whether a scheduled backup is due. The first look after a database opens (not during the opening rush).</extracomment>
        <translation>Suplanuotos atsarginės kopijos</translation>
    </message>
    <message>
        <source>While Prospect Desk is open it copies the database into this folder on schedule and deletes scheduled copies older than the days kept (the newest one always stays). A server database is backed up by its administrator.</source>
        <translation>Kol Prospect Desk atidarytas, jis pagal tvarkaraštį kopijuoja duomenų bazę į šį aplanką ir ištrina suplanuotas kopijas, senesnes nei nurodytas dienų skaičius (naujausia visada lieka). Serverio duomenų bazę kopijuoja jos administratorius.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Kasdien</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Kas savaitę</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Niekada</translation>
    </message>
    <message>
        <source>Back up:</source>
        <translation>Kopijuoti:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pasirinkti…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Aplankas:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>d.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Laikyti:</translation>
    </message>
    <message>
        <source>Folder for scheduled backups</source>
        <translation>Aplankas suplanuotoms atsarginėms kopijoms</translation>
    </message>
</context>
<context>
    <name>BoardFilters</name>
    <message>
        <source>Owner</source>
        <extracomment>Wait this long after the last keystroke before filtering by the search.</extracomment>
        <translation>Savininkas</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Sąrašas</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>Lead&apos;o tipas</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Ieškoti lentoje</translation>
    </message>
    <message>
        <source>Search name, email, company, title…</source>
        <translation>Ieškoti vardo, el. pašto, įmonės, pareigų…</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Įeinantis</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Išeinantis</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekomendacija</translation>
    </message>
    <message>
        <source>Seeds (referrals)</source>
        <translation>Sėklos (rekomendacijos)</translation>
    </message>
    <message>
        <source>Nets (marketing)</source>
        <translation>Tinklai (rinkodara)</translation>
    </message>
    <message>
        <source>Spears (outbound)</source>
        <translation>Ietys (šalti kontaktai)</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Visi šaltiniai</translation>
    </message>
    <message>
        <source>Any lead type</source>
        <translation>Visi lead&apos;ų tipai</translation>
    </message>
    <message>
        <source>Read the board&apos;s filters</source>
        <translation>Skaitomi lentos filtrai</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Visi savininkai</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>Visi sąrašai</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Visi segmentai</translation>
    </message>
</context>
<context>
    <name>BoardMoves</name>
    <message>
        <source>Move prospect</source>
        <extracomment>The last move made here, for the message bar&apos;s Undo. The running move, if any (a second one waits for it: writes are serialised). The stage settings dialog while it is open.</extracomment>
        <translation>Perkelti potencialų klientą</translation>
    </message>
    <message>
        <source>The hand-off is saved, but its PDF could not be written: %1</source>
        <translation>Perdavimas išsaugotas, bet jo PDF įrašyti nepavyko: %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 perkeltas į „%2“</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Perkelta į „%1“</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anuliuoti</translation>
    </message>
    <message>
        <source>Could not move the prospect: %1</source>
        <translation>Nepavyko perkelti potencialaus kliento: %1</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Piltuvo etapai</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>More actions</source>
        <translation>Daugiau veiksmų</translation>
    </message>
    <message>
        <source>Add to list…</source>
        <translation>Į sąrašą…</translation>
    </message>
    <message>
        <source>New list from selection…</source>
        <translation>Naujas sąrašas…</translation>
    </message>
    <message>
        <source>Enroll in cadence…</source>
        <translation>Į seką…</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Iš sąrašo</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Žymė…</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>Savininkas…</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>Etapas…</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nekontaktuoti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Pause their cadences</source>
        <translation>Pristabdyti jų sekas</translation>
    </message>
    <message>
        <source>Resume their cadences</source>
        <translation>Atnaujinti jų sekas</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln contact(s) from “%1”.</source>
        <translation>
            <numerusform>Iš „%1“ pašalintas %Ln kontaktas.</numerusform>
            <numerusform>Iš „%1“ pašalinti %Ln kontaktai.</numerusform>
            <numerusform>Iš „%1“ pašalinta %Ln kontaktų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag contacts</source>
        <translation>Pažymėti kontaktus žyme</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln contact(s):</source>
        <translation>
            <numerusform>Žymė %Ln kontaktui:</numerusform>
            <numerusform>Žymė %Ln kontaktams:</numerusform>
            <numerusform>Žymė %Ln kontaktų:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln contact(s) “%1”.</source>
        <translation>
            <numerusform>Žyme „%1“ pažymėtas %Ln kontaktas.</numerusform>
            <numerusform>Žyme „%1“ pažymėti %Ln kontaktai.</numerusform>
            <numerusform>Žyme „%1“ pažymėta %Ln kontaktų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round-robin: the next reps in the rotation</source>
        <translation>Paeiliui: kitiems eilės atstovams</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Priskirti savininką</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Savininkas:</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>%1 priskirtas %Ln kontaktas.</numerusform>
            <numerusform>%1 priskirti %Ln kontaktai.</numerusform>
            <numerusform>%1 priskirta %Ln kontaktų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Nustatyti etapą</translation>
    </message>
    <message>
        <source>Stage (Qualified, Disqualified and Nurture are set on the board):</source>
        <translation>Etapas („Kvalifikuotas“, „Diskvalifikuotas“ ir „Brandinimas“ nustatomi lentoje):</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>%Ln kontaktas perkeltas į „%1“.</numerusform>
            <numerusform>%Ln kontaktai perkelti į „%1“.</numerusform>
            <numerusform>%Ln kontaktų perkelta į „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln contact(s) do not contact.</source>
        <translation>
            <numerusform>%Ln kontaktas pažymėtas „Nekontaktuoti“.</numerusform>
            <numerusform>%Ln kontaktai pažymėti „Nekontaktuoti“.</numerusform>
            <numerusform>%Ln kontaktų pažymėta „Nekontaktuoti“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Ištrinti kontaktus</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) with their activities, tasks and list memberships? You can undo this.</source>
        <translation>
            <numerusform>Ištrinti %Ln kontaktą su jo veiklomis, užduotimis ir narystėmis sąrašuose? Tai galima anuliuoti.</numerusform>
            <numerusform>Ištrinti %Ln kontaktus su jų veiklomis, užduotimis ir narystėmis sąrašuose? Tai galima anuliuoti.</numerusform>
            <numerusform>Ištrinti %Ln kontaktų su jų veiklomis, užduotimis ir narystėmis sąrašuose? Tai galima anuliuoti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s).</source>
        <translation>
            <numerusform>Ištrintas %Ln kontaktas.</numerusform>
            <numerusform>Ištrinti %Ln kontaktai.</numerusform>
            <numerusform>Ištrinta %Ln kontaktų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %Ln cadence(s).</source>
        <translation>
            <numerusform>Pristabdyta %Ln seka.</numerusform>
            <numerusform>Pristabdytos %Ln sekos.</numerusform>
            <numerusform>Pristabdyta %Ln sekų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %Ln cadence(s).</source>
        <translation>
            <numerusform>Atnaujinta %Ln seka.</numerusform>
            <numerusform>Atnaujintos %Ln sekos.</numerusform>
            <numerusform>Atnaujinta %Ln sekų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed %Ln contact(s) out round-robin.</source>
        <translation>
            <numerusform>%Ln kontaktas paskirstytas paeiliui.</numerusform>
            <numerusform>%Ln kontaktai paskirstyti paeiliui.</numerusform>
            <numerusform>%Ln kontaktų paskirstyta paeiliui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Įtraukti į sąrašą</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to:</source>
        <translation>
            <numerusform>Įtraukti %Ln kontaktą į:</numerusform>
            <numerusform>Įtraukti %Ln kontaktus į:</numerusform>
            <numerusform>Įtraukti %Ln kontaktų į:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to “%1”.</source>
        <translation>
            <numerusform>Į „%1“ įtrauktas %Ln kontaktas.</numerusform>
            <numerusform>Į „%1“ įtraukti %Ln kontaktai.</numerusform>
            <numerusform>Į „%1“ įtraukta %Ln kontaktų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anuliuoti</translation>
    </message>
    <message>
        <source>Change contacts</source>
        <translation>Keisti kontaktus</translation>
    </message>
    <message>
        <source>Changing contacts…</source>
        <translation>Keičiami kontaktai…</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Anuliuota.</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Naujas sąrašas</translation>
    </message>
    <message>
        <source>List name:</source>
        <translation>Sąrašo pavadinimas:</translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %Ln contact(s).</source>
        <translation>
            <numerusform>Sukurtas „%1“ su %Ln kontaktu.</numerusform>
            <numerusform>Sukurtas „%1“ su %Ln kontaktais.</numerusform>
            <numerusform>Sukurtas „%1“ su %Ln kontaktų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Sąrašai</translation>
    </message>
</context>
<context>
    <name>CadenceListModel</name>
    <message>
        <source>Cadence</source>
        <translation>Seka</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Žingsniai</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dienos</translation>
    </message>
    <message>
        <source>In it now</source>
        <translation>Dabar joje</translation>
    </message>
</context>
<context>
    <name>CadenceWords</name>
    <message>
        <source>Email</source>
        <translation>El. laiškas</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Skambutis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Žinutė</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>%1 diena</translation>
    </message>
    <message>
        <source>The cadence needs a name.</source>
        <translation>Sekai reikia pavadinimo.</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Pridėkite bent vieną žingsnį.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Pažymėkite bent vieną darbo dieną.</translation>
    </message>
    <message>
        <source>Step %step is on day %day; days run from 1 to 365.</source>
        <translation>%step žingsnis yra %day dieną; dienos skaičiuojamos nuo 1 iki 365.</translation>
    </message>
    <message>
        <source>Step %step comes on an earlier day than the step before it.</source>
        <translation>%step žingsnis yra ankstesnę dieną nei prieš jį esantis žingsnis.</translation>
    </message>
    <message>
        <source>Step %step is timed before the step above it on the same day.</source>
        <translation>%step žingsnio laikas tą pačią dieną yra ankstesnis nei virš jo esančio žingsnio.</translation>
    </message>
    <message>
        <source>Step %step is a message: choose its network.</source>
        <translation>%step žingsnis yra žinutė: pasirinkite jos tinklą.</translation>
    </message>
    <message>
        <source>Step %step replies in a thread, but no email comes before it.</source>
        <translation>%step žingsnis atsako gijoje, bet prieš jį nėra el. laiško.</translation>
    </message>
    <message>
        <source>A cadence has at most %max steps.</source>
        <translation>Sekoje gali būti daugiausia %max žingsnių.</translation>
    </message>
    <message>
        <source>A cadence named “%name” exists already.</source>
        <translation>Seka pavadinimu „%name“ jau yra.</translation>
    </message>
    <message>
        <source>The cadence “%name” no longer exists.</source>
        <translation>Sekos „%name“ nebėra.</translation>
    </message>
    <message>
        <source>The cadence is not valid (%1).</source>
        <translation>Seka netinkama (%1).</translation>
    </message>
</context>
<context>
    <name>CadencesPage</name>
    <message>
        <source>Cadences</source>
        <translation>Sekos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nauja</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubliuoti</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuoti…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuoti…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ištrinti…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>What it is for:</source>
        <translation>Kam skirta:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pr</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Tr</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kt</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pn</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Št</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sk</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Darbo dienos:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Žingsniai</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Pridėti žingsnį</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aukštyn</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Žemyn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Neatidaryta jokia duomenų bazė</translation>
    </message>
    <message>
        <source>Open or create a database to build cadences.</source>
        <translation>Atidarykite arba sukurkite duomenų bazę, kad galėtumėte kurti sekas.</translation>
    </message>
    <message>
        <source>Read cadences</source>
        <translation>Skaitomos sekos</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopija)</translation>
    </message>
    <message>
        <source>Save cadence</source>
        <translation>Išsaugoti seką</translation>
    </message>
    <message>
        <source>Delete the cadence “%1”?</source>
        <translation>Ištrinti seką „%1“?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s) are in it now; their remaining steps are dropped.</source>
        <translation>
            <numerusform>Joje dabar yra %Ln potencialus klientas; likę jo žingsniai atšaukiami.</numerusform>
            <numerusform>Joje dabar yra %Ln potencialūs klientai; likę jų žingsniai atšaukiami.</numerusform>
            <numerusform>Joje dabar yra %Ln potencialių klientų; likę jų žingsniai atšaukiami.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cadence</source>
        <translation>Ištrinti seką</translation>
    </message>
    <message>
        <source>Import a cadence</source>
        <translation>Importuoti seką</translation>
    </message>
    <message>
        <source>Cadence files (*.json)</source>
        <translation>Sekų failai (*.json)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Failo perskaityti nepavyko: %1</translation>
    </message>
    <message>
        <source>Import cadence</source>
        <translation>Importuoti seką</translation>
    </message>
    <message>
        <source>Export a cadence</source>
        <translation>Eksportuoti seką</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Failo įrašyti nepavyko: %1</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Close (Esc)</source>
        <extracomment>Digit key -&gt; a call&apos;s outcome; ``call_back_later`` asks when (the page does). What stands in the way of dialling at all (a warning only, for calling hours).</extracomment>
        <translation>Uždaryti (Esc)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Pastaba:</translation>
    </message>
    <message>
        <source>What was said, what to do next…</source>
        <translation>Kas buvo pasakyta, ką daryti toliau…</translation>
    </message>
    <message>
        <source>Call (C)</source>
        <translation>Skambinti (C)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Klavišas: %1</translation>
    </message>
    <message>
        <source>Done (D)</source>
        <translation>Atlikta (D)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Praleisti (S)</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nieko nepasirinkta</translation>
    </message>
    <message>
        <source>no usable phone number</source>
        <translation>nėra tinkamo telefono numerio</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefonas: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>El. paštas: %1</translation>
    </message>
    <message>
        <source>Their time: %1</source>
        <translation>Jų laikas: %1</translation>
    </message>
    <message>
        <source>Do not contact: this prospect asked not to be contacted, or their email, domain or phone is on the suppression list. Calling is disabled.</source>
        <translation>Nekontaktuoti: šis potencialus klientas paprašė su juo nesisiekti arba jo el. paštas, domenas ar telefonas yra draudžiamų kontaktų sąraše. Skambinti negalima.</translation>
    </message>
    <message>
        <source>No usable phone number: nothing to dial.</source>
        <translation>Nėra tinkamo telefono numerio: nėra kur skambinti.</translation>
    </message>
    <message>
        <source>Not a good time to call (%1). Next good time: %2 (your time).</source>
        <translation>Netinkamas laikas skambinti (%1). Kitas tinkamas laikas: %2 (jūsų laiku).</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>Scenarijus: %1</translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation>Instrukcijos: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Šablonas: %1</translation>
    </message>
    <message>
        <source>%1 is on this prospect</source>
        <translation>%1 dirba su šiuo potencialiu klientu</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(iki %1)</translation>
    </message>
    <message>
        <source>Calling and logging are off until their lease ends.</source>
        <translation>Skambinti ir registruoti negalima, kol nesibaigs jų užraktas.</translation>
    </message>
    <message>
        <source>Do not contact: calling is disabled.</source>
        <translation>Nekontaktuoti: skambinti negalima.</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>%1 min</source>
        <extracomment>Space around a card inside its row, and inside the card around its text.</extracomment>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 val.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d.</translation>
    </message>
    <message>
        <source>Not touched yet</source>
        <translation>Dar nekontaktuota</translation>
    </message>
    <message>
        <source>Touched %1 ago</source>
        <translation>Prieš %1</translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n d. etape</numerusform>
            <numerusform>%n d. etape</numerusform>
            <numerusform>%n d. etape</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. laiškas</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Skambutis</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Žinutė</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Žingsnis</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Kito žingsnio nėra</translation>
    </message>
    <message>
        <source>Next: %1 · due now</source>
        <translation>Toliau: %1 · jau laikas</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>MM-dd</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>Toliau: %1 · %2</translation>
    </message>
    <message>
        <source>Inbound: %1 · SLA missed</source>
        <translation>Įeinantis: %1 · SLA viršytas</translation>
    </message>
    <message>
        <source>Inbound: waiting %1</source>
        <translation>Įeinantis: laukia %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>CSV…</source>
        <extracomment>The chart area&apos;s height: tall enough for a week of bars or nine stages.</extracomment>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save this chart&apos;s numbers as a CSV file</source>
        <translation>Išsaugoti šios diagramos skaičius CSV faile</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Išsaugoti šią diagramą kaip paveikslėlį</translation>
    </message>
    <message>
        <source>Save the numbers</source>
        <translation>Išsaugoti skaičius</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Failo įrašyti nepavyko: %1</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Išsaugoti diagramą</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG paveikslėliai (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written.</source>
        <translation>Paveikslėlio įrašyti nepavyko.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Format:</source>
        <extracomment>Rows the preview shows. Below this detector confidence the encoding is called a guess.</extracomment>
        <translation>Formatas:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Koduotė:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Skirtukas:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Lapas:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Skaityti kaip:</translation>
    </message>
    <message>
        <source>Check the file: %1</source>
        <translation>Patikrinkite failą: %1</translation>
    </message>
    <message>
        <source>%1 (you chose it)</source>
        <translation>%1 (jūsų pasirinkta)</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (aptikta)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s) in the workbook</source>
        <translation>
            <numerusform>Darbaknygėje %Ln lapas</numerusform>
            <numerusform>Darbaknygėje %Ln lapai</numerusform>
            <numerusform>Darbaknygėje %Ln lapų</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (byte-order mark, certain)</source>
        <translation>%1 (baitų tvarkos žymė, tikrai)</translation>
    </message>
    <message>
        <source>%1 (detected, %2 sure)</source>
        <translation>%1 (aptikta, tikimybė %2)</translation>
    </message>
    <message>
        <source>%1 (a guess, %2 sure — check the preview)</source>
        <translation>%1 (spėjimas, tikimybė %2 — patikrinkite peržiūrą)</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Kaip aptikta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the first rows cannot be read in this encoding (shown as \x.. codes); pick another encoding under “Read as”.</source>
        <translation>
            <numerusform>%Ln iš pirmųjų eilučių neperskaitoma šia koduote (rodoma \x.. kodais); pasirinkite kitą koduotę ties „Skaityti kaip“.</numerusform>
            <numerusform>%Ln iš pirmųjų eilučių neperskaitomos šia koduote (rodoma \x.. kodais); pasirinkite kitą koduotę ties „Skaityti kaip“.</numerusform>
            <numerusform>%Ln iš pirmųjų eilučių neperskaitoma šia koduote (rodoma \x.. kodais); pasirinkite kitą koduotę ties „Skaityti kaip“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file.</source>
        <translation>
            <numerusform>Pirmoji %Ln failo eilutė.</numerusform>
            <numerusform>Pirmosios %Ln failo eilutės.</numerusform>
            <numerusform>Pirmųjų %Ln failo eilučių.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in red cannot be read; point at one to see why.</source>
        <translation>
            <numerusform>%Ln raudonos eilutės perskaityti nepavyko; užveskite žymeklį, kad pamatytumėte kodėl.</numerusform>
            <numerusform>%Ln raudonų eilučių perskaityti nepavyko; užveskite žymeklį ant eilutės, kad pamatytumėte kodėl.</numerusform>
            <numerusform>%Ln raudonų eilučių perskaityti nepavyko; užveskite žymeklį ant eilutės, kad pamatytumėte kodėl.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Type a command, a contact, a list, a segment or a cadence…</source>
        <extracomment>Wait this long after the last keystroke before searching contacts. How many results show without scrolling. A match found only through the section&apos;s name (&quot;today next&quot;) ranks after title matches.</extracomment>
        <translation>Įveskite komandą, kontaktą, sąrašą, segmentą ar seką…</translation>
    </message>
    <message>
        <source>Command palette search</source>
        <translation>Komandų paletės paieška</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Komandų paletės rezultatai</translation>
    </message>
    <message>
        <source>Searching contacts…</source>
        <translation>Ieškoma kontaktų…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Pagal „%1“ nieko nerasta</translation>
    </message>
    <message>
        <source>↑ ↓ move · Enter runs · Esc closes</source>
        <translation>↑ ↓ judėti · Enter vykdyti · Esc uždaryti</translation>
    </message>
    <message>
        <source>Read lists, segments and cadences</source>
        <translation>Skaityti sąrašus, segmentus ir sekas</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Ieškoti kontaktų</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Write an email</source>
        <translation>Rašyti el. laišką</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Kam:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Šablonas:</translation>
    </message>
    <message>
        <source>The cadence step&apos;s email, ready for your review</source>
        <translation>Sekos žingsnio laiškas, paruoštas jūsų peržiūrai</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Žingsnis:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>Atidaryti pašto programoje</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Į eilę</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Siųsti dabar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>%1 is on this prospect: sending is off until their lease ends.</source>
        <translation>%1 dirba su šiuo potencialiu klientu: siųsti negalima, kol nesibaigs užraktas.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>This email cannot be sent: %1</source>
        <translation>Šio el. laiško išsiųsti negalima: %1</translation>
    </message>
    <message>
        <source>Language: %1 · Variant: %2</source>
        <translation>Kalba: %1 · Variantas: %2</translation>
    </message>
    <message>
        <source>The prospect&apos;s email address is not valid.</source>
        <translation>Potencialaus kliento el. pašto adresas netinkamas.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer.</source>
        <translation>Šiame kompiuteryje nenustatyta jokia pašto programa.</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>Užregistruoti el. laišką</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source> days</source>
        <extracomment>Wait this long after an edit before counting.</extracomment>
        <translation> d.</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Pašalinti šią sąlygą</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>reikšmės, atskirtos kableliais</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Undo import</source>
        <translation>Anuliuoti importą</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) from this import were changed or worked on since. Undo can leave them as they are and take back everything else.</source>
        <translation>
            <numerusform>%Ln šio importo kontaktas nuo to laiko buvo pakeistas arba su juo dirbta. Anuliuojant jį galima palikti tokį, koks yra, o visa kita atšaukti.</numerusform>
            <numerusform>%Ln šio importo kontaktai nuo to laiko buvo pakeisti arba su jais dirbta. Anuliuojant juos galima palikti tokius, kokie yra, o visa kita atšaukti.</numerusform>
            <numerusform>%Ln šio importo kontaktų nuo to laiko buvo pakeista arba su jais dirbta. Anuliuojant juos galima palikti tokius, kokie yra, o visa kita atšaukti.</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>sukurtas</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atnaujintas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>Importas</translation>
    </message>
    <message>
        <source>Since then</source>
        <translation>Nuo to laiko</translation>
    </message>
    <message>
        <source>Undo the rest</source>
        <translation>Anuliuoti likusius</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>ContactCells</name>
    <message>
        <source>Name</source>
        <extracomment>What an unloaded row shows in the name column until its read arrives. A cached row: ``ContactRow``&apos;s fields in a plain tuple. A NamedTuple (a tuple subclass) stays tracked by the garbage collector, and every full pass walked the whole cache. Where each ``ContactRow`` field sits in a ``_Row``. The role that gives a row&apos;s contact id. The text brushes by tone, one set for light and one for dark colours (built once).</extracomment>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Antrasis vardas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>El. pašto būsena</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Telefono būsena</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Vietos laikas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Savininkas</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Atitiktis</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kokybė</translation>
    </message>
    <message>
        <source>Last touched</source>
        <translation>Paskutinis kontaktas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymės</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nekontaktuoti</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pridėta</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Tinkamas</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Rizikingas</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Netinkamas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nežinoma</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (nerūšiuojama)</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>Spustelėkite, kad rūšiuotumėte pagal „%1“</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Do not contact</source>
        <extracomment>The fields the panel edits inline, by the name ``edit_field`` knows them.</extracomment>
        <translation>Nekontaktuoti</translation>
    </message>
    <message>
        <source>This contact asked not to be contacted; every channel is blocked.</source>
        <translation>Šis kontaktas paprašė su juo nesisiekti; visi kanalai užblokuoti.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Antrasis vardas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Nėra el. pašto</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Taisyti</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Nėra telefono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>Lead&apos;o tipas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Savininkas</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Įverčiai</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymės</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Sąrašai</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>Pasirinkite kontaktą, kad pamatytumėte jo informaciją.</translation>
    </message>
    <message>
        <source>Load contact</source>
        <translation>Įkelti kontaktą</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Šio kontakto nebėra.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(be vardo)</translation>
    </message>
    <message>
        <source>%1 is on this prospect until %2</source>
        <translation>%1 dirba su šiuo potencialiu klientu iki %2</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Išsaugota kaip %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Ar turėjote omenyje %1?</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>vid. %1</translation>
    </message>
    <message>
        <source>Local time %1 (%2)</source>
        <translation>Vietos laikas %1 (%2)</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilusis</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fiksuotojo ryšio</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fiksuotojo ryšio arba mobilusis</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>nemokamas</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Įeinantis</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Išeinantis</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekomendacija</translation>
    </message>
    <message>
        <source>Seed (referral)</source>
        <translation>Sėkla (rekomendacija)</translation>
    </message>
    <message>
        <source>Net (marketing)</source>
        <translation>Tinklas (rinkodara)</translation>
    </message>
    <message>
        <source>Spear (targeted outbound)</source>
        <translation>Ietis (tikslinis)</translation>
    </message>
    <message>
        <source>Fit %1 · Quality %2</source>
        <translation>Atitiktis %1 · Kokybė %2</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Išsaugoti kontaktą</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Priimti pasiūlymą</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Load contacts</source>
        <extracomment>Ids in the first page: one screen and some, so the first paint needs one small query. Ids (and rows) in a search&apos;s first screen: every row a tall window shows, and not one row more than the screen&apos;s read-ahead would otherwise fetch at once in a second read (whose arrival repaints the whole table: the view repaints all of it for any change). Ids in the second page (a keyset query of this size takes a few ms at a million contacts). Each later page doubles, up to this many ids (~30-60 ms in the background). Each page inserts rows, and the view answers an insert with a second repaint of the viewport in the same event-loop pass: while the scrollbar is flung, pages of 2,000 ids made every other frame paint twice (the longest GUI-thread ticks). Rows read around a row by ``row_tuple`` (painting reads the visible range plus the margins below instead). Rows read ahead of the scroll direction with every background read. Rows read behind the scroll direction. A painted row this far from the edge of the loaded rows starts the next read early. A search&apos;s follow-up queries (the sorted page, the exact count) wait this long, so the first screen is painted before they compete with it for the CPU. Rows kept in the cache before far-away ones are dropped. How many contacts match the search (None: no search, or not counted yet). False while ``match_count`` is a lower bound (&quot;2,000+&quot;). Called (GUI thread) for every page query; the benchmark times them.</extracomment>
        <translation>Įkelti kontaktus</translation>
    </message>
    <message>
        <source>Count matches</source>
        <translation>Skaičiuoti atitikmenis</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Netikėta klaida</translation>
    </message>
    <message>
        <source>Something went wrong inside Prospect Desk. The last action may not have finished; changes already saved are safe.</source>
        <translation>Prospect Desk viduje įvyko klaida. Paskutinis veiksmas galėjo būti nebaigtas; jau išsaugoti pakeitimai saugūs.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1</source>
        <translation>Išsami informacija įrašyta į žurnalo failą:
%1</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Open database</source>
        <translation>Atidaryti duomenų bazę</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Atidaroma %1…</translation>
    </message>
    <message>
        <source>Upgraded the database; the old version was backed up to %1</source>
        <translation>Duomenų bazė atnaujinta; senoji versija nukopijuota į %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Nepavyksta atidaryti duomenų bazės</translation>
    </message>
    <message>
        <source>Database on a shared folder</source>
        <translation>Duomenų bazė bendrinamame aplanke</translation>
    </message>
    <message>
        <source>This database is on a network share or in a sync folder (%1).</source>
        <translation>Ši duomenų bazė yra tinklo bendrinamame arba sinchronizuojamame aplanke (%1).</translation>
    </message>
    <message>
        <source>Prospect Desk works with it, but slower: the fast journal (WAL) is off because it does not work on such folders. Keep it to a handful of people (up to five) working at the same time; bigger teams should use a PostgreSQL server.</source>
        <translation>Prospect Desk su ja veikia, bet lėčiau: greitasis žurnalas (WAL) išjungtas, nes tokiuose aplankuose jis neveikia. Tegul vienu metu dirba tik keli žmonės (iki penkių); didesnėms komandoms reikėtų PostgreSQL serverio.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Nėra naujausių duomenų bazių</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Išvalyti sąrašą</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Atsarginė kopija</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Daroma duomenų bazės atsarginė kopija…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Atsarginė kopija išsaugota: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Atkurti iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Atkuriama atsarginė kopija…</translation>
    </message>
    <message>
        <source>Restored %1 from the backup.</source>
        <translation>%1 atkurta iš atsarginės kopijos.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Sugadintas failas paliktas kaip %1.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Daryti duomenų bazės atsarginę kopiją</translation>
    </message>
    <message>
        <source>Restore this backup in place of the damaged file:</source>
        <translation>Atkurti šią atsarginę kopiją vietoj sugadinto failo:</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Create demo data</source>
        <extracomment>Contacts created by &quot;Start with demo data&quot; in the window (the CLI can make more).</extracomment>
        <translation>Sukurti demonstracinius duomenis</translation>
    </message>
    <message>
        <source>Creating demo contacts…</source>
        <translation>Kuriami demonstraciniai kontaktai…</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify</source>
        <translation>Diskvalifikuoti</translation>
    </message>
    <message>
        <source>Why is %1 disqualified?</source>
        <translation>Kodėl %1 diskvalifikuojamas?</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Pasirinkite priežastį…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Priežastis:</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Kontaktas pakeistas</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Išsaugoti kontaktą</translation>
    </message>
    <message>
        <source>Someone else changed this contact while you were editing it. Your change was not saved; reload the contact to see theirs, then edit again.</source>
        <translation>Kažkas kitas pakeitė šį kontaktą, kol jūs jį redagavote. Jūsų pakeitimas neišsaugotas; įkelkite kontaktą iš naujo, kad pamatytumėte jų pakeitimą, ir redaguokite dar kartą.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this profile while you were editing it. Your change was not saved.</source>
        <translation>Kažkas kitas pakeitė arba ištrynė šį profilį, kol jūs jį redagavote. Jūsų pakeitimas neišsaugotas.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Your change was not saved; reload to see theirs, then edit again.</source>
        <translation>Kažkas kitas pakeitė šį įrašą, kol jūs jį redagavote. Jūsų pakeitimas neišsaugotas; įkelkite iš naujo, kad pamatytumėte jų pakeitimą, ir redaguokite dar kartą.</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Contact changed</source>
        <translation>Kontaktas pakeistas</translation>
    </message>
    <message>
        <source>Someone else changed this contact after you opened it. Nothing was overwritten: choose what to keep.</source>
        <translation>Kažkas kitas pakeitė šį kontaktą, kai jį atidarėte. Niekas neperrašyta: pasirinkite, ką palikti.</translation>
    </message>
    <message>
        <source>You started from</source>
        <translation>Buvo atidarant</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Jų (išsaugota)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mano</translation>
    </message>
    <message>
        <source>Merge takes</source>
        <translation>Sujungiant imama</translation>
    </message>
    <message>
        <source>Your values and theirs are now the same.</source>
        <translation>Jūsų ir jų reikšmės dabar sutampa.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Palikti mano</translation>
    </message>
    <message>
        <source>Save every value as you have it, over theirs.</source>
        <translation>Išsaugoti visas jūsų reikšmes vietoj jų.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Imti jų</translation>
    </message>
    <message>
        <source>Drop your edit and show their values.</source>
        <translation>Atmesti jūsų pakeitimą ir rodyti jų reikšmes.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sujungti</translation>
    </message>
    <message>
        <source>Keep their changes and yours; where you both changed a field, the choice in its row decides.</source>
        <translation>Palikti ir jų, ir jūsų pakeitimus; kur abu pakeitėte tą patį lauką, lemia pasirinkimas jo eilutėje.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nežinoma)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tuščia)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Jų</translation>
    </message>
    <message>
        <source>Mine (only you changed it)</source>
        <translation>Mano (pakeitėte tik jūs)</translation>
    </message>
    <message>
        <source>Theirs (only they changed it)</source>
        <translation>Jų (pakeitė tik jie)</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll in a cadence</source>
        <translation>Įtraukti į seką</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %Ln contact(s):</source>
        <translation>
            <numerusform>Įtraukti %Ln kontaktą:</numerusform>
            <numerusform>Įtraukti %Ln kontaktus:</numerusform>
            <numerusform>Įtraukti %Ln kontaktų:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln žingsnis</numerusform>
            <numerusform>%Ln žingsniai</numerusform>
            <numerusform>%Ln žingsnių</numerusform>
        </translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Seka:</translation>
    </message>
    <message>
        <source>Worked by:</source>
        <translation>Vykdo:</translation>
    </message>
    <message>
        <source>Also enroll contacts another rep owns</source>
        <translation>Įtraukti ir kitam atstovui priklausančius kontaktus</translation>
    </message>
    <message>
        <source>Contacts on the do-not-contact list and those already in a cadence are left out.</source>
        <translation>Kontaktai iš draudžiamų kontaktų sąrašo ir jau esantys sekoje neįtraukiami.</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Įtraukti</translation>
    </message>
</context>
<context>
    <name>EnrollWords</name>
    <message numerus="yes">
        <source>Enrolled %Ln contact(s) in “%1”.</source>
        <translation>
            <numerusform>Į „%1“ įtrauktas %Ln kontaktas.</numerusform>
            <numerusform>Į „%1“ įtraukti %Ln kontaktai.</numerusform>
            <numerusform>Į „%1“ įtraukta %Ln kontaktų.</numerusform>
        </translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nekontaktuoti</translation>
    </message>
    <message>
        <source>already in a cadence</source>
        <translation>jau sekoje</translation>
    </message>
    <message>
        <source>owned by another rep</source>
        <translation>priklauso kitam atstovui</translation>
    </message>
    <message>
        <source>deleted meanwhile</source>
        <translation>per tą laiką ištrinti</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Neįtraukti: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time zone(s) guessed.</source>
        <translation>
            <numerusform>Spėta %Ln laiko juosta.</numerusform>
            <numerusform>Spėtos %Ln laiko juostos.</numerusform>
            <numerusform>Spėta %Ln laiko juostų.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>This file cannot be imported</source>
        <translation>Šio failo importuoti negalima</translation>
    </message>
    <message>
        <source>Prospect Desk imports CSV, TSV and TXT tables, Excel workbooks (XLSX) and vCard files (VCF). Nothing was written to your database.</source>
        <translation>Prospect Desk importuoja CSV, TSV ir TXT lenteles, Excel darbaknyges (XLSX) ir vCard failus (VCF). Į jūsų duomenų bazę nieko neįrašyta.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Pasirinkti kitą failą…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Sveiki atvykę į %1</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Kaip norėtumėte pradėti?</translation>
    </message>
    <message>
        <source>Your database will be created at:
%1</source>
        <translation>Jūsų duomenų bazė bus sukurta čia:
%1</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>Pradėti su demonstraciniais duomenimis</translation>
    </message>
    <message>
        <source>About two thousand realistic prospects, companies and activities to explore the app. Delete the database when you are done.</source>
        <translation>Apie du tūkstančius tikroviškų potencialių klientų, įmonių ir veiklų programai išbandyti. Baigę ištrinkite duomenų bazę.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Pradėti nuo tuščios</translation>
    </message>
    <message>
        <source>An empty database; import your own contacts from CSV, XLSX or vCard.</source>
        <translation>Tuščia duomenų bazė; importuokite savo kontaktus iš CSV, XLSX ar vCard.</translation>
    </message>
    <message>
        <source>Open existing…</source>
        <translation>Atidaryti esamą…</translation>
    </message>
    <message>
        <source>Open a database you or your team already use, for example on a share.</source>
        <translation>Atidarykite duomenų bazę, kurią jau naudojate jūs ar jūsų komanda, pavyzdžiui, bendrinamame aplanke.</translation>
    </message>
    <message>
        <source>Demo data is not available in this version.</source>
        <translation>Šioje versijoje demonstracinių duomenų nėra.</translation>
    </message>
</context>
<context>
    <name>HandoffDecisionDialog</name>
    <message>
        <source>Hand-off decision</source>
        <translation>Sprendimas dėl perdavimo</translation>
    </message>
    <message>
        <source>Does %1 meet the criteria for a meeting?</source>
        <translation>Ar %1 atitinka susitikimo kriterijus?</translation>
    </message>
    <message>
        <source>%1, %2 min (%3)</source>
        <translation>%1, %2 min. (%3)</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Susitikimas:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Santrauka:</translation>
    </message>
    <message>
        <source>Accept: the prospect meets the criteria</source>
        <translation>Priimti: potencialus klientas atitinka kriterijus</translation>
    </message>
    <message>
        <source>Send back to the SDR</source>
        <translation>Grąžinti SDR</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Pasirinkite priežastį…</translation>
    </message>
    <message>
        <source>What the SDR should know (optional)</source>
        <translation>Ką SDR turėtų žinoti (neprivaloma)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Priežastis:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Pastaba:</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Grąžinti</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Priimti</translation>
    </message>
    <message>
        <source>Choose why it goes back.</source>
        <translation>Pasirinkite, kodėl grąžinama.</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Hand off</source>
        <translation>Perduoti</translation>
    </message>
    <message>
        <source>Hand %1 to an account executive: the meeting invitation (.ics) and the hand-off packet are written to the folder below.</source>
        <translation>Perduokite %1 pardavimų vadybininkui (AE): susitikimo kvietimas (.ics) ir perdavimo paketas įrašomi į žemiau nurodytą aplanką.</translation>
    </message>
    <message>
        <source>Choose an account executive…</source>
        <translation>Pasirinkite pardavimų vadybininką…</translation>
    </message>
    <message>
        <source>Account executive:</source>
        <translation>Pardavimų vadybininkas:</translation>
    </message>
    <message>
        <source>Starts at:</source>
        <translation>Pradžia:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Laiko juosta:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Trukmė:</translation>
    </message>
    <message>
        <source>What the AE should know: pains, next steps…</source>
        <translation>Ką AE turėtų žinoti: skausmo taškai, kiti žingsniai…</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Santrauka:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pasirinkti…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Išsaugoti į:</translation>
    </message>
    <message>
        <source>Also save the packet as PDF</source>
        <translation>Paketą išsaugoti ir PDF formatu</translation>
    </message>
    <message>
        <source>Save the hand-off documents to</source>
        <translation>Išsaugoti perdavimo dokumentus į</translation>
    </message>
    <message>
        <source>There is no account executive yet: add a rep with the role “ae” first.</source>
        <translation>Pardavimų vadybininko dar nėra: pirmiausia pridėkite atstovą su vaidmeniu „ae“.</translation>
    </message>
    <message>
        <source>Choose the account executive.</source>
        <translation>Pasirinkite pardavimų vadybininką.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>„%1“ nėra laiko juosta.</translation>
    </message>
    <message>
        <source>The meeting time is in the past.</source>
        <translation>Susitikimo laikas jau praėjo.</translation>
    </message>
    <message>
        <source>Choose a folder for the documents.</source>
        <translation>Pasirinkite aplanką dokumentams.</translation>
    </message>
    <message>
        <source>For the prospect: %1 (%2)</source>
        <translation>Potencialiam klientui: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>IcpDialog</name>
    <message>
        <source>Ideal customer profile</source>
        <translation>Idealaus kliento profilis</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Naujas profilis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profilis:</translation>
    </message>
    <message>
        <source>Score contacts against this profile</source>
        <translation>Vertinti kontaktus pagal šį profilį</translation>
    </message>
    <message>
        <source>e.g. Software, Logistics</source>
        <translation>pvz., Programinė įranga, Logistika</translation>
    </message>
    <message>
        <source>Words in the job title, e.g. sales, vertrieb, продаж</source>
        <translation>Žodžiai pareigose, pvz., sales, vertrieb, продаж</translation>
    </message>
    <message>
        <source>Country or region, e.g. Germany, DE, DACH</source>
        <translation>Šalis ar regionas, pvz., Germany, DE, DACH</translation>
    </message>
    <message>
        <source>Add a region…</source>
        <translation>Pridėti regioną…</translation>
    </message>
    <message>
        <source>Competitors, customers: acme.com</source>
        <translation>Konkurentai, klientai: acme.com</translation>
    </message>
    <message>
        <source>C-level / owner</source>
        <translation>Aukščiausia vadovybė / savininkas</translation>
    </message>
    <message>
        <source>VP</source>
        <translation>Viceprezidentas</translation>
    </message>
    <message>
        <source>Director / head</source>
        <translation>Direktorius / vadovas</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vadybininkas</translation>
    </message>
    <message>
        <source>Individual contributor</source>
        <translation>Specialistas</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bet koks</translation>
    </message>
    <message>
        <source>from</source>
        <translation>nuo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>darbuotojų</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Industries:</source>
        <translation>Pramonės šakos:</translation>
    </message>
    <message>
        <source>Title keywords:</source>
        <translation>Pareigų raktažodžiai:</translation>
    </message>
    <message>
        <source>Seniority:</source>
        <translation>Lygis:</translation>
    </message>
    <message>
        <source>Company size:</source>
        <translation>Įmonės dydis:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Šalys:</translation>
    </message>
    <message>
        <source>Excluded domains:</source>
        <translation>Neįtraukiami domenai:</translation>
    </message>
    <message>
        <source>Who to target</source>
        <translation>Į ką taikyti</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>Atitikties įvertis</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktyvus)</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>Skaičiuojami atitikmenys…</translation>
    </message>
    <message>
        <source>Matches about %1 of %2 contacts at ≥ %3 (from a sample of %4)</source>
        <translation>Atitinka maždaug %1 iš %2 kontaktų, kai ≥ %3 (pagal %4 imtį)</translation>
    </message>
    <message>
        <source>Matches %1 of %2 contacts at ≥ %3</source>
        <translation>Atitinka %1 iš %2 kontaktų, kai ≥ %3</translation>
    </message>
    <message>
        <source>Cannot count matches: %1</source>
        <translation>Nepavyksta suskaičiuoti atitikmenų: %1</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profilis neišsaugotas</translation>
    </message>
    <message>
        <source>Saved. Fit scores use the active profile.</source>
        <translation>Išsaugota. Atitikties įverčiai skaičiuojami pagal aktyvų profilį.</translation>
    </message>
    <message>
        <source>The smallest company size is larger than the largest.</source>
        <translation>Mažiausias įmonės dydis didesnis už didžiausią.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Profiliui reikia pavadinimo.</translation>
    </message>
    <message>
        <source>There is already a profile called &apos;%1&apos;.</source>
        <translation>Profilis pavadinimu „%1“ jau yra.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this profile while you were editing it. Your change was not saved; reopen the profile to see theirs.</source>
        <translation>Kažkas kitas pakeitė arba ištrynė šį profilį, kol jūs jį redagavote. Jūsų pakeitimas neišsaugotas; atidarykite profilį iš naujo, kad pamatytumėte jų pakeitimą.</translation>
    </message>
    <message>
        <source>Recomputing fit scores in the background…</source>
        <translation>Atitikties įverčiai perskaičiuojami fone…</translation>
    </message>
    <message>
        <source>Recompute fit scores</source>
        <translation>Perskaičiuoti atitikties įverčius</translation>
    </message>
    <message>
        <source>Recomputing fit scores…</source>
        <translation>Perskaičiuojami atitikties įverčiai…</translation>
    </message>
    <message>
        <source>Saved. Fit scores recomputed for %1 contacts (%2 changed).</source>
        <translation>Išsaugota. Atitikties įverčiai perskaičiuoti %1 kontaktams (pasikeitė %2).</translation>
    </message>
    <message>
        <source>Saved, but fit scores were not recomputed: %1</source>
        <translation>Išsaugota, bet atitikties įverčiai neperskaičiuoti: %1</translation>
    </message>
    <message>
        <source>Saved. Recomputing was cancelled; fit scores are unchanged.</source>
        <translation>Išsaugota. Perskaičiavimas atšauktas; atitikties įverčiai nepakito.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Ištrinti profilį</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Fit scores stay until the next recompute.</source>
        <translation>Ištrinti profilį „%1“? Atitikties įverčiai liks iki kito perskaičiavimo.</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>Profilis neištrintas</translation>
    </message>
    <message>
        <source>Someone else changed this profile since you opened it; it was not deleted.</source>
        <translation>Kažkas kitas pakeitė šį profilį po to, kai jį atidarėte; jis neištrintas.</translation>
    </message>
</context>
<context>
    <name>ImapForm</name>
    <message>
        <source>Read replies from this mailbox (IMAP)</source>
        <translation>Skaityti atsakymus iš šios pašto dėžutės (IMAP)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (local only)</source>
        <translation>Nėra (tik vietinis)</translation>
    </message>
    <message>
        <source>The sending account&apos;s user name</source>
        <translation>Siuntimo paskyros naudotojo vardas</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Tik serveriui su savo sertifikatu</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP serveris</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sauga</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Prievadas</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Aplankas</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Patikimas sertifikatas (SHA-256)</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Išsaugotas; įveskite, kad pakeistumėte</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import contacts</source>
        <translation>Importuoti kontaktus</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Middle name / patronymic</source>
        <translation>Antrasis vardas / tėvavardis</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Antras el. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobilusis telefonas</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Telefonas (E.164)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Pramonės šaka</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn nuoroda</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Savininkas</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead&apos;o šaltinis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymės</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>Lead&apos;o tipas</translation>
    </message>
    <message>
        <source>Arrived (inbound)</source>
        <translation>Gautas (įeinantis)</translation>
    </message>
    <message>
        <source>Contact id (export)</source>
        <translation>Kontakto ID (eksportas)</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignoruoti šį stulpelį</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Pasirinktinis laukas: %1</translation>
    </message>
    <message>
        <source>Will be split into first and last name</source>
        <translation>Bus padalyta į vardą ir pavardę</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Neimportuojama</translation>
    </message>
    <message>
        <source>Kept as a custom field, never dropped</source>
        <translation>Išsaugoma kaip pasirinktinis laukas, niekada neišmetama</translation>
    </message>
    <message>
        <source>Kept as an extra email of the contact</source>
        <translation>Išsaugoma kaip papildomas kontakto el. paštas</translation>
    </message>
    <message>
        <source>Kept as the contact&apos;s mobile number</source>
        <translation>Išsaugoma kaip kontakto mobiliojo telefono numeris</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>įsiminta</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>jūsų</translation>
    </message>
    <message>
        <source>auto · column name</source>
        <translation>auto · stulpelio pavadinimas</translation>
    </message>
    <message>
        <source>auto · word in the name</source>
        <translation>auto · žodis pavadinime</translation>
    </message>
    <message>
        <source>auto · values</source>
        <translation>auto · reikšmės</translation>
    </message>
    <message>
        <source>auto · unknown column</source>
        <translation>auto · nežinomas stulpelis</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>Encodings always offered for an override, besides the detector&apos;s candidates.</extracomment>
        <translation>Windows-1251 (kirilica)</translation>
    </message>
    <message>
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R (kirilica)</translation>
    </message>
    <message>
        <source>DOS cp866 (Cyrillic)</source>
        <translation>DOS cp866 (kirilica)</translation>
    </message>
    <message>
        <source>ISO-8859-5 (Cyrillic)</source>
        <translation>ISO-8859-5 (kirilica)</translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030 (kinų)</translation>
    </message>
    <message>
        <source>GBK (Chinese)</source>
        <translation>GBK (kinų)</translation>
    </message>
    <message>
        <source>Big5 (Chinese, traditional)</source>
        <translation>Big5 (tradicinė kinų)</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation>Shift-JIS (japonų)</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese, Windows)</source>
        <translation>Shift-JIS (japonų, Windows)</translation>
    </message>
    <message>
        <source>EUC-JP (Japanese)</source>
        <translation>EUC-JP (japonų)</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (korėjiečių)</translation>
    </message>
    <message>
        <source>Latin-1 (Western European)</source>
        <translation>Latin-1 (Vakarų Europos)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Vakarų Europos)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Vidurio Europos)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Central European)</source>
        <translation>ISO-8859-2 (Vidurio Europos)</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (Baltijos)</translation>
    </message>
    <message>
        <source>ISO-8859-13 (Baltic)</source>
        <translation>ISO-8859-13 (Baltijos)</translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (turkų)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (arabų)</translation>
    </message>
    <message>
        <source>Mac Roman</source>
        <translation>Mac Roman</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Kablelis ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Kabliataškis ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabuliacija</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Vertikalus brūkšnys ( | )</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>Delimited text (CSV/TSV)</source>
        <translation>Tekstas su skirtukais (CSV/TSV)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel darbaknygė (XLSX)</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (XLS)</source>
        <translation>Excel 97–2003 darbaknygė (XLS)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>OpenDocument skaičiuoklė (ODS)</translation>
    </message>
    <message>
        <source>vCard contacts (VCF)</source>
        <translation>vCard kontaktai (VCF)</translation>
    </message>
    <message>
        <source>New contacts</source>
        <extracomment>The order the dry run lists its numbers in.</extracomment>
        <translation>Nauji kontaktai</translation>
    </message>
    <message>
        <source>Will update contacts you have</source>
        <translation>Atnaujins esamus kontaktus</translation>
    </message>
    <message>
        <source>Duplicates inside the file</source>
        <translation>Dublikatai faile</translation>
    </message>
    <message>
        <source>Duplicates of contacts you have (nothing to add)</source>
        <translation>Esamų kontaktų dublikatai (nėra ką pridėti)</translation>
    </message>
    <message>
        <source>Invalid email or phone (imported, raw value kept)</source>
        <translation>Netinkamas el. paštas ar telefonas (importuota, pradinė reikšmė išsaugota)</translation>
    </message>
    <message>
        <source>Rejected (cannot be stored)</source>
        <translation>Atmesta (negalima išsaugoti)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>tas pats el. paštas</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>ta pati įmonė</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>tas pats vardas</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>panašus vardas</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>mažybinis vardas</translation>
    </message>
    <message>
        <source>different alphabets</source>
        <translation>skirtingos abėcėlės</translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation>sukeisti vardas ir pavardė</translation>
    </message>
    <message>
        <source>different emails</source>
        <translation>skirtingi el. pašto adresai</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>a PDF document</source>
        <translation>PDF dokumentas</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG paveikslėlis</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG paveikslėlis</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF paveikslėlis</translation>
    </message>
    <message>
        <source>an old-style Office document</source>
        <translation>senojo formato Office dokumentas</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip archyvas</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>Windows programa</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip archyvas</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR archyvas</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip archyvas</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>duomenų bazės failas</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>dvejetainis failas</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Tai aplankas, o ne failas.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Failo atidaryti nepavyksta: %1.</translation>
    </message>
    <message>
        <source>The file is a damaged archive (%1).</source>
        <translation>Failas yra sugadintas archyvas (%1).</translation>
    </message>
    <message>
        <source>This is a zip archive, not a spreadsheet. Unpack it and import the CSV or XLSX file inside.</source>
        <translation>Tai zip archyvas, o ne skaičiuoklė. Išpakuokite jį ir importuokite viduje esantį CSV ar XLSX failą.</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>Faile nėra vCard (nėra eilutės BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The spreadsheet holds %1 parts; a real workbook has far fewer. It was not opened.</source>
        <translation>Skaičiuoklėje yra %1 dalių; tikroje darbaknygėje jų kur kas mažiau. Ji neatidaryta.</translation>
    </message>
    <message>
        <source>The spreadsheet would unpack to %1 GB, more than the %2 GB limit. It was not opened.</source>
        <translation>Išpakuota skaičiuoklė užimtų %1 GB – daugiau nei %2 GB riba. Ji neatidaryta.</translation>
    </message>
    <message>
        <source>The spreadsheet part “%1” is compressed %2 times, which only zip bombs do. It was not opened.</source>
        <translation>Skaičiuoklės dalis „%1“ suspausta %2 kartų – taip daro tik zip bombos. Ji neatidaryta.</translation>
    </message>
    <message>
        <source>The spreadsheet part “%1” does not match its declared size or checksum. It was not opened.</source>
        <translation>Skaičiuoklės dalis „%1“ neatitinka nurodyto dydžio ar kontrolinės sumos. Ji neatidaryta.</translation>
    </message>
    <message>
        <source>The spreadsheet is password-protected; save an unprotected copy first.</source>
        <translation>Skaičiuoklė apsaugota slaptažodžiu; pirmiausia išsaugokite neapsaugotą kopiją.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or not really a spreadsheet.</source>
        <translation>Skaičiuoklė sugadinta arba tai ne skaičiuoklė.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty. Other sheets: %2.</source>
        <translation>Lapas „%1“ tuščias. Kiti lapai: %2.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>Lapas „%1“ tuščias.</translation>
    </message>
    <message>
        <source>The sheet “%1” has a header row but no data rows.</source>
        <translation>Lape „%1“ yra antraštės eilutė, bet nėra duomenų eilučių.</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read.</source>
        <translation>Lapo „%1“ perskaityti nepavyksta.</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1. Sheets: %2.</source>
        <translation>Darbaknygėje nėra lapo %1. Lapai: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Faile nėra eilučių.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Faile yra antraštės eilutė, bet nėra duomenų eilučių.</translation>
    </message>
    <message>
        <source>“%1” is not a text encoding this app knows.</source>
        <translation>„%1“ nėra šiai programai žinoma teksto koduotė.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Failas tuščias.</translation>
    </message>
    <message>
        <source>This is %1, not a text table. Export the data as CSV, XLSX or vCard.</source>
        <translation>Tai %1, o ne teksto lentelė. Eksportuokite duomenis kaip CSV, XLSX ar vCard.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importas atšauktas; nieko neįrašyta.</translation>
    </message>
    <message>
        <source>The column mapping was made for a file with other columns; inspect this file again and map its columns.</source>
        <translation>Stulpelių susiejimas buvo sudarytas failui su kitais stulpeliais; patikrinkite šį failą iš naujo ir susiekite jo stulpelius.</translation>
    </message>
    <message>
        <source>Some lines are not valid UTF-8 (another encoding was pasted in); those rows will be rejected and listed in the report.</source>
        <translation>Kai kurios eilutės nėra tinkamas UTF-8 (įklijuota kita koduotė); tos eilutės bus atmestos ir nurodytos ataskaitoje.</translation>
    </message>
    <message>
        <source>The text encoding is uncertain (guessed %1); check the preview and pick another encoding if names look wrong.</source>
        <translation>Teksto koduotė neaiški (spėjama %1); patikrinkite peržiūrą ir, jei vardai atrodo netaisyklingai, pasirinkite kitą koduotę.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ir dar %2</translation>
    </message>
    <message>
        <source>Formula cells without a saved value: %1 (%2); they are read as empty. Open and save the file in Excel to compute them.</source>
        <translation>Formulių langeliai be išsaugotos reikšmės: %1 (%2); jie skaitomi kaip tušti. Atidarykite ir išsaugokite failą programoje Excel, kad jie būtų apskaičiuoti.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 (%3): a formula saved without its value; the field is left empty.</source>
        <translation>%1 eilutė, langelis %2 (%3): formulė išsaugota be reikšmės; laukas paliekamas tuščias.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 eilutė: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will be empty: formula cells saved without a value. Open and save the file in your spreadsheet program to compute them, then import it again.</source>
        <translation>
            <numerusform>%n laukas bus tuščias: formulių langeliai išsaugoti be reikšmių. Atidarykite ir išsaugokite failą skaičiuoklės programoje, kad jos būtų apskaičiuotos, ir importuokite iš naujo.</numerusform>
            <numerusform>%n laukai bus tušti: formulių langeliai išsaugoti be reikšmių. Atidarykite ir išsaugokite failą skaičiuoklės programoje, kad jos būtų apskaičiuotos, ir importuokite iš naujo.</numerusform>
            <numerusform>%n laukų bus tušti: formulių langeliai išsaugoti be reikšmių. Atidarykite ir išsaugokite failą skaičiuoklės programoje, kad jos būtų apskaičiuotos, ir importuokite iš naujo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about rows (they are imported):</source>
        <translation>
            <numerusform>%n įspėjimas dėl eilučių (jos importuojamos):</numerusform>
            <numerusform>%n įspėjimai dėl eilučių (jos importuojamos):</numerusform>
            <numerusform>%n įspėjimų dėl eilučių (jos importuojamos):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ir dar %n.</numerusform>
            <numerusform>… ir dar %n.</numerusform>
            <numerusform>… ir dar %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>aplankas tik skaitymui</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>diskas pilnas</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>į aplanką negalima rašyti</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing contacts</source>
        <extracomment>The progress bar counts in thousandths of the file.</extracomment>
        <translation>Importuojami kontaktai</translation>
    </message>
    <message>
        <source>Waiting for other changes to the database to finish…</source>
        <translation>Laukiama, kol bus baigti kiti duomenų bazės pakeitimai…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Building the indexes and the search index…</source>
        <translation>Kuriami indeksai ir paieškos indeksas…</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importuojami kontaktai…</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows per second</source>
        <translation>%1 eil. · %2 eil. per sekundę</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Sustabdyti importą?</translation>
    </message>
    <message>
        <source>A cancelled import leaves the database as it was: nothing from this file is saved, and no report is written.</source>
        <translation>Atšauktas importas palieka duomenų bazę tokią, kokia buvo: niekas iš šio failo neišsaugoma ir ataskaita nerašoma.</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Sustabdyti importą</translation>
    </message>
    <message>
        <source>Continue importing</source>
        <translation>Tęsti importą</translation>
    </message>
    <message>
        <source>Stopping; putting the database back as it was…</source>
        <translation>Stabdoma; duomenų bazė grąžinama į ankstesnę būseną…</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>custom fields</source>
        <translation>pasirinktiniai laukai</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>laiko juosta</translation>
    </message>
    <message>
        <source>quality score</source>
        <translation>kokybės įvertis</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>patikra</translation>
    </message>
    <message>
        <source>A new contact.</source>
        <translation>Naujas kontaktas.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>priežastis nenurodyta</translation>
    </message>
    <message>
        <source>A new contact, stored with an invalid email (%1).</source>
        <translation>Naujas kontaktas, išsaugotas su netinkamu el. paštu (%1).</translation>
    </message>
    <message>
        <source>A new contact, stored with an invalid phone (%1).</source>
        <translation>Naujas kontaktas, išsaugotas su netinkamu telefonu (%1).</translation>
    </message>
    <message>
        <source>Stored with an invalid email (%1); the raw value is kept.</source>
        <translation>Išsaugota su netinkamu el. paštu (%1); pradinė reikšmė išlaikyta.</translation>
    </message>
    <message>
        <source>Stored with an invalid phone (%1); the raw value is kept.</source>
        <translation>Išsaugota su netinkamu telefonu (%1); pradinė reikšmė išlaikyta.</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>tas pats el. paštas</translation>
    </message>
    <message>
        <source>same phone and name</source>
        <translation>tas pats telefonas ir vardas</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>ta pati įmonė</translation>
    </message>
    <message>
        <source>Repeats row %1 (%2).</source>
        <translation>Kartoja %1 eilutę (%2).</translation>
    </message>
    <message>
        <source>Matches contact %1 like an earlier row of this file.</source>
        <translation>Atitinka kontaktą %1, kaip ir ankstesnė šio failo eilutė.</translation>
    </message>
    <message>
        <source>Matches contact %1; nothing new to add.</source>
        <translation>Atitinka kontaktą %1; nėra ką pridėti.</translation>
    </message>
    <message>
        <source>Adds contact points or tags.</source>
        <translation>Prideda kontaktinių duomenų ar žymių.</translation>
    </message>
    <message>
        <source>Changes %1.</source>
        <translation>Keičia: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Eilutėje yra %1 laukų; antraštėje – %2.</translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation>Reikšmė ilgesnė nei %1 simbolių.</translation>
    </message>
    <message>
        <source>A field is longer than the limit.</source>
        <translation>Laukas viršija ilgio ribą.</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>Laukas „%1“ ilgesnis nei %2 simbolių.</translation>
    </message>
    <message>
        <source>A quote opens a field that is never closed; this line was skipped and the lines after it were read again.</source>
        <translation>Kabutė atveria lauką, kuris niekada neuždaromas; ši eilutė praleista, o po jos esančios eilutės perskaitytos iš naujo.</translation>
    </message>
    <message>
        <source>The card has bytes that are not valid %1.</source>
        <translation>Kortelėje yra baitų, kurie nėra tinkamas %1.</translation>
    </message>
    <message>
        <source>The line has bytes that are not valid %1 (shown as \x.. escapes).</source>
        <translation>Eilutėje yra baitų, kurie nėra tinkamas %1 (rodoma \\x.. kodais).</translation>
    </message>
    <message>
        <source>The card has no END:VCARD line.</source>
        <translation>Kortelėje nėra eilutės END:VCARD.</translation>
    </message>
    <message>
        <source>The card cannot be read.</source>
        <translation>Kortelės perskaityti nepavyksta.</translation>
    </message>
    <message>
        <source>The line cannot be read as delimited text.</source>
        <translation>Eilutės nepavyksta perskaityti kaip teksto su skirtukais.</translation>
    </message>
    <message>
        <source>The row has no name, email, phone, company or LinkedIn profile.</source>
        <translation>Eilutėje nėra vardo, el. pašto, telefono, įmonės ar LinkedIn profilio.</translation>
    </message>
    <message>
        <source>edited since the import</source>
        <translation>redaguotas po importo</translation>
    </message>
    <message>
        <source>worked on since the import</source>
        <translation>su juo dirbta po importo</translation>
    </message>
    <message>
        <source>deleted since the import</source>
        <translation>ištrintas po importo</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Undo import</source>
        <translation>Anuliuoti importą</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Anuliuojamas importas…</translation>
    </message>
    <message>
        <source>This import was undone already.</source>
        <translation>Šis importas jau anuliuotas.</translation>
    </message>
    <message>
        <source>This import is no longer recorded.</source>
        <translation>Šis importas nebėra užregistruotas.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <extracomment>File types the wizard offers (the readers sniff the content; the name only helps).</extracomment>
        <translation>Kontaktų failai (*.csv *.tsv *.txt *.xlsx *.vcf);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importuoti kontaktus</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <extracomment>Opens a file or folder with the desktop&apos;s program (tests replace it).</extracomment>
        <translation>&lt; Atgal</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Toliau &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Patikra</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stulpeliai</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Bandomasis paleidimas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultatas</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importuoti %Ln eilutę</numerusform>
            <numerusform>Importuoti %Ln eilutes</numerusform>
            <numerusform>Importuoti %Ln eilučių</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuoti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Skaitomas failas…</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Skaityti failą</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Failas skaitomas iš naujo…</translation>
    </message>
    <message>
        <source>Checking every row against your contacts…</source>
        <translation>Kiekviena eilutė tikrinama pagal jūsų kontaktus…</translation>
    </message>
    <message>
        <source>Checking the rows (nothing is written)…</source>
        <translation>Tikrinamos eilutės (niekas neįrašoma)…</translation>
    </message>
    <message>
        <source>The dry run was stopped.</source>
        <translation>Bandomasis paleidimas sustabdytas.</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>Bandomasis paleidimas nepavyko: %1</translation>
    </message>
    <message>
        <source>The import was cancelled. The database is as it was.</source>
        <translation>Importas atšauktas. Duomenų bazė tokia, kokia buvo.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Importas nepavyko ir nieko neįrašyta: %1</translation>
    </message>
</context>
<context>
    <name>InboundWatcher</name>
    <message>
        <source>Speed-to-lead</source>
        <extracomment>How often the SLA is swept. How often the watched folder is rescanned whatever the watcher says. The wait between the two scans that must agree before a file is read. More breaches than this in one look make one summary notification instead. Shows one notification: (title, text).</extracomment>
        <translation>Reakcijos greitis</translation>
    </message>
    <message>
        <source>Inbound lead waiting</source>
        <translation>Laukia įeinantis lead&apos;as</translation>
    </message>
    <message numerus="yes">
        <source>%n inbound lead(s) broke the speed-to-lead SLA.</source>
        <translation>
            <numerusform>%n įeinantis lead&apos;as viršijo reakcijos SLA.</numerusform>
            <numerusform>%n įeinantys lead&apos;ai viršijo reakcijos SLA.</numerusform>
            <numerusform>%n įeinančių lead&apos;ų viršijo reakcijos SLA.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broke the speed-to-lead SLA and went to %2.</source>
        <translation>%1 viršijo reakcijos SLA ir perduotas %2.</translation>
    </message>
    <message>
        <source>%1 broke the speed-to-lead SLA: contact them now.</source>
        <translation>%1 viršijo reakcijos SLA: susisiekite dabar.</translation>
    </message>
    <message>
        <source>Inbound leads</source>
        <translation>Įeinantys lead&apos;ai</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from web forms.</source>
        <translation>
            <numerusform>%n naujas lead&apos;as iš žiniatinklio formų.</numerusform>
            <numerusform>%n nauji lead&apos;ai iš žiniatinklio formų.</numerusform>
            <numerusform>%n naujų lead&apos;ų iš žiniatinklio formų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Web forms</source>
        <translation>Žiniatinklio formos</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Stebimas aplankas</translation>
    </message>
    <message>
        <source>%1 could not be imported; it was moved to the failed folder.</source>
        <translation>%1 importuoti nepavyko; failas perkeltas į aplanką failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from %1.</source>
        <translation>
            <numerusform>%n naujas lead&apos;as iš %1.</numerusform>
            <numerusform>%n nauji lead&apos;ai iš %1.</numerusform>
            <numerusform>%n naujų lead&apos;ų iš %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Working</source>
        <extracomment>Linux niceness of a background job&apos;s thread, as the import&apos;s check workers.</extracomment>
        <translation>Vykdoma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>ListsMessages</name>
    <message>
        <source>A name is required.</source>
        <translation>Reikia pavadinimo.</translation>
    </message>
    <message>
        <source>The name “%1” is taken.</source>
        <translation>Pavadinimas „%1“ užimtas.</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Lists and segments</source>
        <extracomment>A keystroke made while the previous keystroke&apos;s rows are still on their way waits for this pause in the typing before it searches (the running search is cancelled at once). A keystroke after the rows came searches at once: a first screen takes 5-30 ms at a million contacts, so waiting would be most of keystroke -&gt; rows. Tables whose rows the page shows (the table, the scope tree and its counts). Writes after which the table&apos;s rows themselves may differ, not only their values. The scope &quot;select all&quot; selected (None: the selection is the picked rows). A contact the palette asked to show: selected once a reload brings its row. A scope the palette asked for before the tree had read it.</extracomment>
        <translation>Sąrašai ir segmentai</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Naujas sąrašas…</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>Naujas segmentas…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Ieškoti kontaktų</translation>
    </message>
    <message>
        <source>Search name, email, company, title…</source>
        <translation>Ieškoti vardo, el. pašto, įmonės, pareigų…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Pažymėti viską</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuoti…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV, XLSX or vCard file</source>
        <translation>Importuoti kontaktus iš CSV, XLSX ar vCard failo</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Neatidaryta jokia duomenų bazė</translation>
    </message>
    <message>
        <source>Open a database or create a new one from the File menu.</source>
        <translation>Atidarykite duomenų bazę arba sukurkite naują per meniu „Failas“.</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Kontaktų dar nėra</translation>
    </message>
    <message>
        <source>Import a CSV, XLSX or vCard file, or create demo data to try the app. Your contacts, lists and saved segments will be here.</source>
        <translation>Importuokite CSV, XLSX ar vCard failą arba sukurkite demonstracinius duomenis, kad išbandytumėte programą. Čia bus jūsų kontaktai, sąrašai ir išsaugoti segmentai.</translation>
    </message>
    <message>
        <source>Create demo data…</source>
        <translation>Sukurti demonstracinius duomenis…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontaktas</numerusform>
            <numerusform>%Ln kontaktai</numerusform>
            <numerusform>%Ln kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>ieškoma…</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1+ atitikmenų</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln atitikmuo</numerusform>
            <numerusform>%Ln atitikmenys</numerusform>
            <numerusform>%Ln atitikmenų</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Nė vienas kontaktas neatitinka „%1“</translation>
    </message>
    <message>
        <source>Search looks at the beginning of words in names, emails, companies and titles. Try fewer letters, or search all contacts.</source>
        <translation>Paieška tikrina žodžių pradžią varduose, el. pašto adresuose, įmonėse ir pareigose. Įveskite mažiau raidžių arba ieškokite tarp visų kontaktų.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Išvalyti paiešką</translation>
    </message>
    <message>
        <source>This list is empty</source>
        <translation>Šis sąrašas tuščias</translation>
    </message>
    <message>
        <source>Select contacts under All contacts or in a segment, then choose “Add to list…”.</source>
        <translation>Pažymėkite kontaktus skiltyje „Visi kontaktai“ arba segmente, tada pasirinkite „Į sąrašą…“.</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Rodyti visus kontaktus</translation>
    </message>
    <message>
        <source>No contacts match this segment</source>
        <translation>Nė vienas kontaktas neatitinka šio segmento</translation>
    </message>
    <message>
        <source>Change its conditions in the segment editor to widen it.</source>
        <translation>Norėdami jį išplėsti, pakeiskite sąlygas segmento rengyklėje.</translation>
    </message>
    <message>
        <source>Edit segment…</source>
        <translation>Redaguoti segmentą…</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Kontaktų nėra</translation>
    </message>
    <message>
        <source>Could not read contacts: %1</source>
        <translation>Nepavyko perskaityti kontaktų: %1</translation>
    </message>
    <message>
        <source>All matches selected</source>
        <translation>Pažymėti visi atitikmenys</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln contact(s) selected</source>
        <translation>
            <numerusform>Pažymėtas visas %Ln kontaktas</numerusform>
            <numerusform>Pažymėti visi %Ln kontaktai</numerusform>
            <numerusform>Pažymėti visi %Ln kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>Pažymėtas %Ln</numerusform>
            <numerusform>Pažymėti %Ln</numerusform>
            <numerusform>Pažymėta %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>Pašto paskyra</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (local only)</source>
        <translation>Nėra (tik vietinis)</translation>
    </message>
    <message>
        <source>Required in cadence emails</source>
        <translation>Privalomas sekos el. laiškuose</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Tik tarp</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Tik serveriui su savo sertifikatu</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP serveris</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sauga</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Prievadas</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Siuntėjo adresas</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jūsų vardas</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Parašas</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Pašto adresas</translation>
    </message>
    <message>
        <source>At most per hour</source>
        <translation>Daugiausia per valandą</translation>
    </message>
    <message>
        <source>At most per day</source>
        <translation>Daugiausia per dieną</translation>
    </message>
    <message>
        <source>Pause between emails</source>
        <translation>Pauzė tarp laiškų</translation>
    </message>
    <message>
        <source>Sending hours (prospect&apos;s time)</source>
        <translation>Siuntimo valandos (potencialaus kliento laiku)</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Patikimas sertifikatas (SHA-256)</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Atsisakymo puslapis</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Pasitikėti šiuo sertifikatu</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Siųsti bandomąjį laišką</translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation>Tikrinti DNS</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Išsaugotas; įveskite, kad pakeistumėte</translation>
    </message>
    <message>
        <source>Please check the form: %1</source>
        <translation>Patikrinkite formą: %1</translation>
    </message>
    <message>
        <source>Please check the mailbox: %1</source>
        <translation>Patikrinkite pašto dėžutę: %1</translation>
    </message>
    <message>
        <source>Saved. No keychain is available, so the password is kept only until you quit.</source>
        <translation>Išsaugota. Slaptažodžių saugyklos nėra, todėl slaptažodis saugomas tik iki išeisite iš programos.</translation>
    </message>
    <message>
        <source>Sending a test email…</source>
        <translation>Siunčiamas bandomasis laiškas…</translation>
    </message>
    <message>
        <source>The test email was sent to %1.</source>
        <translation>Bandomasis laiškas išsiųstas adresu %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1). Trust it only if this is your own server.</source>
        <translation>Serverio sertifikatas nepatikimas (SHA-256 %1). Pasitikėkite juo tik tada, jei tai jūsų serveris.</translation>
    </message>
    <message>
        <source>The test email was not sent: %1</source>
        <translation>Bandomasis laiškas neišsiųstas: %1</translation>
    </message>
    <message>
        <source>Saving pins this certificate; send the test email again.</source>
        <translation>Išsaugojus šis sertifikatas bus prisegtas; išsiųskite bandomąjį laišką dar kartą.</translation>
    </message>
    <message>
        <source>Enter the From address first.</source>
        <translation>Pirmiausia įveskite siuntėjo adresą.</translation>
    </message>
    <message>
        <source>Checking the DNS of %1…</source>
        <translation>Tikrinamas %1 DNS…</translation>
    </message>
    <message>
        <source>%1 has SPF, DMARC and MX records. Make sure DKIM signing is on too.</source>
        <translation>%1 turi SPF, DMARC ir MX įrašus. Įsitikinkite, kad įjungtas ir DKIM parašas.</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <source>the SMTP server is empty</source>
        <translation>nenurodytas SMTP serveris</translation>
    </message>
    <message>
        <source>the port is not valid</source>
        <translation>netinkamas prievadas</translation>
    </message>
    <message>
        <source>the user name is empty</source>
        <translation>nenurodytas naudotojo vardas</translation>
    </message>
    <message>
        <source>the From address is not valid</source>
        <translation>netinkamas siuntėjo adresas</translation>
    </message>
    <message>
        <source>a field holds a line break</source>
        <translation>lauke yra eilutės lūžis</translation>
    </message>
    <message>
        <source>the certificate fingerprint is not 64 hex digits</source>
        <translation>sertifikato kontrolinis kodas nėra 64 šešioliktainiai skaitmenys</translation>
    </message>
    <message>
        <source>the unsubscribe page must start with https://</source>
        <translation>atsisakymo puslapis turi prasidėti https://</translation>
    </message>
    <message>
        <source>no keychain is available: type the password</source>
        <translation>slaptažodžių saugyklos nėra: įveskite slaptažodį</translation>
    </message>
    <message>
        <source>type the password</source>
        <translation>įveskite slaptažodį</translation>
    </message>
    <message>
        <source>Email not queued</source>
        <translation>Laiškas neįtrauktas į eilę</translation>
    </message>
    <message>
        <source>The email was not queued: %1</source>
        <translation>Laiškas neįtrauktas į eilę: %1</translation>
    </message>
    <message>
        <source>Queue email</source>
        <translation>Į eilę</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eilėje</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Siunčiama</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <source>Retrying later</source>
        <translation>Bus bandoma vėliau</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Neaišku</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>serverio sertifikatas nepatikimas</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS</source>
        <translation>serveris nesiūlo STARTTLS</translation>
    </message>
    <message>
        <source>the server refused the login</source>
        <translation>serveris atmetė prisijungimą</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>nepavyko pasiekti serverio</translation>
    </message>
    <message>
        <source>the server asked to try later</source>
        <translation>serveris paprašė bandyti vėliau</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>serveris atmetė laišką</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>adresas neegzistuoja</translation>
    </message>
    <message>
        <source>the server cannot send to an international address</source>
        <translation>serveris negali siųsti tarptautiniu adresu</translation>
    </message>
    <message>
        <source>a merge value holds a line break</source>
        <translation>sujungimo lauko reikšmėje yra eilutės lūžis</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nekontaktuoti</translation>
    </message>
    <message>
        <source>no postal address set</source>
        <translation>nenurodytas pašto adresas</translation>
    </message>
    <message>
        <source>no password for the account</source>
        <translation>paskyrai nėra slaptažodžio</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>nėra slaptažodžių saugyklos</translation>
    </message>
    <message>
        <source>no mail account set up</source>
        <translation>pašto paskyra nenustatyta</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>nėra el. pašto adreso</translation>
    </message>
    <message>
        <source>outside the sending hours</source>
        <translation>ne siuntimo valandomis</translation>
    </message>
    <message>
        <source>hourly limit reached</source>
        <translation>pasiekta valandos riba</translation>
    </message>
    <message>
        <source>daily limit reached</source>
        <translation>pasiekta dienos riba</translation>
    </message>
    <message>
        <source>spacing between emails</source>
        <translation>pauzė tarp laiškų</translation>
    </message>
    <message>
        <source>sending was interrupted: check your Sent folder</source>
        <translation>siuntimas nutrūko: patikrinkite aplanką „Išsiųsti“</translation>
    </message>
    <message>
        <source>a merge field is empty</source>
        <translation>sujungimo laukas tuščias</translation>
    </message>
    <message>
        <source>the step has no template</source>
        <translation>žingsnis neturi šablono</translation>
    </message>
    <message>
        <source>the cadence stopped before it went (a reply, a meeting, an opt-out)</source>
        <translation>seka sustojo prieš išsiunčiant (atsakymas, susitikimas, atsisakymas)</translation>
    </message>
    <message>
        <source>waiting for your review: press E to read, edit and send it</source>
        <translation>laukia jūsų peržiūros: paspauskite E, kad perskaitytumėte, redaguotumėte ir išsiųstumėte</translation>
    </message>
    <message>
        <source>the step is no longer open (done, skipped or stopped)</source>
        <translation>žingsnis nebeatviras (atliktas, praleistas ar sustabdytas)</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted. If this is your own server, trust its certificate (SHA-256 %1) in the mail account settings.</source>
        <translation>Pašto serverio sertifikatas nepatikimas. Jei tai jūsų serveris, pašto paskyros nustatymuose pasitikėkite jo sertifikatu (SHA-256 %1).</translation>
    </message>
    <message>
        <source>No keychain is available to keep the mail password. Enter it in the mail account settings; it is kept until you quit.</source>
        <translation>Nėra slaptažodžių saugyklos pašto slaptažodžiui laikyti. Įveskite jį pašto paskyros nustatymuose; jis bus saugomas iki išeisite iš programos.</translation>
    </message>
    <message>
        <source>The mail password is missing: enter it in the mail account settings.</source>
        <translation>Trūksta pašto slaptažodžio: įveskite jį pašto paskyros nustatymuose.</translation>
    </message>
    <message>
        <source>No SPF record on %1: receivers cannot tell which servers may send its mail.</source>
        <translation>%1 neturi SPF įrašo: gavėjai negali nustatyti, kurie serveriai gali siųsti jo laiškus.</translation>
    </message>
    <message>
        <source>No DMARC record on %1: Gmail and Yahoo require SPF, DKIM and DMARC from bulk senders since 2024.</source>
        <translation>%1 neturi DMARC įrašo: nuo 2024 m. Gmail ir Yahoo reikalauja iš masinių siuntėjų SPF, DKIM ir DMARC.</translation>
    </message>
    <message>
        <source>No MX record on %1: replies and bounces cannot come back.</source>
        <translation>%1 neturi MX įrašo: atsakymai ir grįžę laiškai negali sugrįžti.</translation>
    </message>
    <message>
        <source>The DNS lookup for %1 failed; try again later.</source>
        <translation>%1 DNS užklausa nepavyko; bandykite vėliau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lists</source>
        <extracomment>Operations that change contacts&apos; fields but never how many there are.</extracomment>
        <translation>Sąrašai</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Tikrinimas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Cadences</source>
        <translation>Sekos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Šablonai</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Siunčiamieji</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Piltuvas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ataskaitos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nauja duomenų bazė…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Atidaryti duomenų bazę…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Naujausios</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importuoti kontaktus…</translation>
    </message>
    <message>
        <source>Recent im&amp;ports…</source>
        <translation>Naujausi im&amp;portai…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Daryti atsarginę kopiją…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Išeiti</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Atkurti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <source>Scheduled &amp;backups…</source>
        <translation>Suplanuotos atsarginės &amp;kopijos…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Keisti</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Į&amp;rankiai</translation>
    </message>
    <message>
        <source>&amp;Ideal customer profile…</source>
        <translation>&amp;Idealaus kliento profilis…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rasti &amp;dublikatus…</translation>
    </message>
    <message>
        <source>&amp;Mail account…</source>
        <translation>&amp;Pašto paskyra…</translation>
    </message>
    <message>
        <source>&amp;Reps…</source>
        <translation>&amp;Atstovai…</translation>
    </message>
    <message>
        <source>Inbound &amp;routing…</source>
        <translation>Įeinančių &amp;skirstymas…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Žinynas</translation>
    </message>
    <message>
        <source>&amp;About Prospect Desk</source>
        <translation>&amp;Apie Prospect Desk</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Skaičiuoti</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>Replies could not be checked: %1</source>
        <translation>Nepavyko patikrinti atsakymų: %1</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <extracomment>Longest cell text shown in a table; the tooltip has the rest.</extracomment>
        <translation>Stulpelis faile</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Reikšmių pavyzdžiai</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importuoti kaip</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Pasirinkta</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Kas nutiks</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Susiekite stulpelius</translation>
    </message>
    <message>
        <source>Each column of the file goes to a contact field. Columns nobody recognised become custom fields, so nothing is dropped; choose “Ignore this column” to leave one out. Prospect Desk remembers this mapping for the next file with the same columns.</source>
        <translation>Kiekvienas failo stulpelis atitenka kontakto laukui. Neatpažinti stulpeliai tampa pasirinktiniais laukais, todėl niekas neprarandama; norėdami stulpelį praleisti, pasirinkite „Ignoruoti šį stulpelį“. Prospect Desk įsimena šį susiejimą kitam failui su tokiais pačiais stulpeliais.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Dublikatai</translation>
    </message>
    <message>
        <source>Match Cyrillic and Latin spellings</source>
        <extracomment>What the message bar&apos;s Undo undoes: &quot;merge&quot; or &quot;dismiss&quot;.</extracomment>
        <translation>Sutapatinti kirilicos ir lotynų rašybą</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Ieškoti iš naujo</translation>
    </message>
    <message>
        <source>Fill only empty fields</source>
        <translation>Pildyti tik tuščius laukus</translation>
    </message>
    <message>
        <source>Keep the kept contact&apos;s values</source>
        <translation>Palikti paliekamo kontakto reikšmes</translation>
    </message>
    <message>
        <source>Take the other contacts&apos; values</source>
        <translation>Imti kitų kontaktų reikšmes</translation>
    </message>
    <message>
        <source>Click a value to keep it. Tags, lists and history move to the kept contact.</source>
        <translation>Spustelėkite reikšmę, kad ją paliktumėte. Žymės, sąrašai ir istorija perkeliami paliekamam kontaktui.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Palikti:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Taisyklė:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sujungti</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Ne dublikatai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Ieškoma dublikatų…</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Rasti dublikatus</translation>
    </message>
    <message>
        <source>Find possible duplicates</source>
        <translation>Rasti galimus dublikatus</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Paieška nepavyko: %1</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Paieška atšaukta.</translation>
    </message>
    <message>
        <source>Could not load more: %1</source>
        <translation>Nepavyko įkelti daugiau: %1</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Įkeliama daugiau…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Įkelti</translation>
    </message>
    <message>
        <source>Exact groups: %1. Looking for possible duplicates… %2%</source>
        <translation>Tikslios grupės: %1. Ieškoma galimų dublikatų… %2%</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Dublikatų nerasta.</translation>
    </message>
    <message>
        <source>%1 exact groups, %2 possible duplicates to review.</source>
        <translation>%1 tikslios grupės, %2 galimi dublikatai peržiūrai.</translation>
    </message>
    <message>
        <source>Groups shown: %1 of %2. Scroll down for more.</source>
        <translation>Rodoma grupių: %1 iš %2. Slinkite žemyn, kad pamatytumėte daugiau.</translation>
    </message>
    <message>
        <source>Groups shown: %1. Still looking for more…</source>
        <translation>Rodoma grupių: %1. Vis dar ieškoma daugiau…</translation>
    </message>
    <message>
        <source>Groups shown: %1 (all).</source>
        <translation>Rodoma grupių: %1 (visos).</translation>
    </message>
    <message>
        <source>Load contacts</source>
        <translation>Įkelti kontaktus</translation>
    </message>
    <message>
        <source>These contacts will not be suggested as duplicates again.</source>
        <translation>Šie kontaktai daugiau nebus siūlomi kaip dublikatai.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anuliuoti</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Neišsaugota: %1</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Sujungti kontaktus</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Sujungiama…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contact(s) into %1.</source>
        <translation>
            <numerusform>%Ln kontaktas sujungtas į %1.</numerusform>
            <numerusform>%Ln kontaktai sujungti į %1.</numerusform>
            <numerusform>%Ln kontaktų sujungta į %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not merged: a contact of this group no longer exists (someone deleted or merged it). Search again.</source>
        <translation>Nesujungta: šios grupės kontakto nebėra (kažkas jį ištrynė arba sujungė). Ieškokite iš naujo.</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Nesujungta: %1</translation>
    </message>
    <message>
        <source>They are suggested as duplicates again.</source>
        <translation>Jie vėl siūlomi kaip dublikatai.</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Sujungimas anuliuotas.</translation>
    </message>
    <message>
        <source>Cannot undo: someone changed these contacts after the merge.</source>
        <translation>Anuliuoti negalima: po sujungimo kažkas pakeitė šiuos kontaktus.</translation>
    </message>
</context>
<context>
    <name>MergeModels</name>
    <message>
        <source>same email</source>
        <translation>tas pats el. paštas</translation>
    </message>
    <message>
        <source>same phone and name</source>
        <translation>tas pats telefonas ir vardas</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>ta pati įmonė</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>tas pats vardas</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>panašus vardas</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>mažybinis vardas</translation>
    </message>
    <message>
        <source>different alphabets</source>
        <translation>skirtingos abėcėlės</translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation>sukeisti vardas ir pavardė</translation>
    </message>
    <message>
        <source>different emails</source>
        <translation>skirtingi el. pašto adresai</translation>
    </message>
    <message>
        <source>one imported row matched both (not merged)</source>
        <translation>viena importuota eilutė atitiko abu (nesujungta)</translation>
    </message>
    <message>
        <source>fuzzy %1: %2</source>
        <extracomment>Groups shown per page; a page&apos;s names are one small query. Every group known, shown or not, in the finder&apos;s order. Height of a row; the view sets it from its font (two lines, room for CJK).</extracomment>
        <translation>panašus %1: %2</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Savininkas</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nekontaktuoti</translation>
    </message>
    <message>
        <source>Last touched</source>
        <translation>Paskutinis kontaktas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymės</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Sąrašai</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Veiklos</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 pap. %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <source>After merge</source>
        <translation>Po sujungimo</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (paliekamas)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <extracomment>How long a message stays when nobody acts on it.</extracomment>
        <translation>Uždaryti</translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Komandų paletė…</translation>
    </message>
    <message>
        <source>Find any command, contact, list, segment or cadence (Ctrl+K)</source>
        <translation>Rasti bet kurią komandą, kontaktą, sąrašą, segmentą ar seką (Ctrl+K)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Puslapiai</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nuostatos…</translation>
    </message>
</context>
<context>
    <name>NurtureDialog</name>
    <message>
        <source>Nurture</source>
        <translation>Brandinimas</translation>
    </message>
    <message>
        <source>When should %1 be revisited? A reminder appears in the Today queue that day.</source>
        <translation>Kada grįžti prie %1? Tą dieną priminimas atsiras eilėje „Šiandien“.</translation>
    </message>
    <message>
        <source>Revisit on:</source>
        <translation>Grįžti:</translation>
    </message>
    <message>
        <source>Move to Nurture</source>
        <translation>Perkelti į brandinimą</translation>
    </message>
</context>
<context>
    <name>OpenErrorDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Nepavyksta atidaryti duomenų bazės</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Atidaryti tik skaitymui</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Atkurti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Sukurti naują duomenų bazę</translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation>Šios duomenų bazės atsarginės kopijos nerasta.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Failas nepakeistas.</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it without changes.</source>
        <translation>Galite jį atidaryti tik skaitymui ir peržiūrėti nieko nekeisdami.</translation>
    </message>
    <message>
        <source>You can restore the latest backup in its place.</source>
        <translation>Galite jo vietoje atkurti naujausią atsarginę kopiją.</translation>
    </message>
    <message>
        <source>No backup of it was found in the backup folder.</source>
        <translation>Atsarginių kopijų aplanke jo kopijos nerasta.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <extracomment>The columns, by key, left to right. The role that gives a row&apos;s message id. The role that gives a row&apos;s status code. A status -&gt; the tone its text is in (see :func:`app.ui.theme.tone`).</extracomment>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kodėl</translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation>Išsiųsta / kitas bandymas</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Send now</source>
        <translation>Siųsti dabar</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Siųsti iš naujo</translation>
    </message>
    <message>
        <source>It did not arrive (it is not in your Sent folder): send it again.</source>
        <translation>Laiškas nepasiekė adresato (jo nėra aplanke „Išsiųsti“): išsiųskite dar kartą.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Pažymėti kaip išsiųstą</translation>
    </message>
    <message>
        <source>It is in your Sent folder: record it as sent.</source>
        <translation>Laiškas yra aplanke „Išsiųsti“: užregistruokite jį kaip išsiųstą.</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>Pašto paskyra…</translation>
    </message>
    <message>
        <source>Nothing in the outbox. Cadence emails are queued here when their step falls due, and sent within your hourly and daily limits and the prospect&apos;s sending hours.</source>
        <translation>Siunčiamųjų aplankas tuščias. Sekos laiškai į eilę patenka, kai ateina jų žingsnio laikas, ir siunčiami neviršijant valandos ir dienos ribų bei potencialaus kliento siuntimo valandomis.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Siunčiamieji</translation>
    </message>
    <message>
        <source>Emails on their way out appear here, with why any of them waits, once a database is open.</source>
        <translation>Kai atidaryta duomenų bazė, čia rodomi išsiunčiami laiškai ir kodėl kuris nors iš jų laukia.</translation>
    </message>
    <message>
        <source>Load the outbox</source>
        <translation>Įkelti siunčiamuosius</translation>
    </message>
    <message>
        <source>%1 queued · %2 retrying later · %3 sent · %4 failed · %5 in doubt</source>
        <translation>eilėje %1 · bus bandoma vėliau %2 · išsiųsta %3 · nepavyko %4 · neaišku %5</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Pašto slaptažodis</translation>
    </message>
    <message>
        <source>No keychain is available to keep the mail password. Password for %1 (kept until you quit):</source>
        <translation>Nėra slaptažodžių saugyklos pašto slaptažodžiui laikyti. %1 slaptažodis (saugomas iki išeisite iš programos):</translation>
    </message>
</context>
<context>
    <name>PageKeys</name>
    <message>
        <source>Next item</source>
        <translation>Kitas įrašas</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Ankstesnis įrašas</translation>
    </message>
    <message>
        <source>Open the call panel</source>
        <translation>Atidaryti skambučio skydelį</translation>
    </message>
    <message>
        <source>Close the call panel</source>
        <translation>Uždaryti skambučio skydelį</translation>
    </message>
    <message>
        <source>Call the prospect</source>
        <translation>Skambinti potencialiam klientui</translation>
    </message>
    <message>
        <source>Mark the step done</source>
        <translation>Pažymėti žingsnį atliktu</translation>
    </message>
    <message>
        <source>Skip the step</source>
        <translation>Praleisti žingsnį</translation>
    </message>
    <message>
        <source>Snooze the step</source>
        <translation>Atidėti žingsnį</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Pridėti pastabą</translation>
    </message>
    <message>
        <source>Add a task or reminder</source>
        <translation>Pridėti užduotį ar priminimą</translation>
    </message>
    <message>
        <source>Open a message step&apos;s profile</source>
        <translation>Atidaryti žinutės žingsnio profilį</translation>
    </message>
    <message>
        <source>Review and send an email step in the composer</source>
        <translation>Peržiūrėti ir išsiųsti laiško žingsnį rengyklėje</translation>
    </message>
    <message>
        <source>Start or stop the power hour</source>
        <translation>Pradėti ar baigti skambučių valandą</translation>
    </message>
    <message>
        <source>Show or hide the Today keys</source>
        <translation>Rodyti arba slėpti puslapio „Šiandien“ klavišus</translation>
    </message>
    <message>
        <source>Log the call: %1</source>
        <translation>Registruoti skambutį: %1</translation>
    </message>
    <message>
        <source>Move the selected card to stage 1–9</source>
        <translation>Perkelti pasirinktą kortelę į 1–9 etapą</translation>
    </message>
    <message>
        <source>Go to the column before or after</source>
        <translation>Pereiti į ankstesnį ar kitą stulpelį</translation>
    </message>
    <message>
        <source>Select every contact in the view</source>
        <translation>Pažymėti visus rodinio kontaktus</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Contact</source>
        <extracomment>The kinds of entry, in the order the palette lists them.</extracomment>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Sąrašas</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentas</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Seka</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Stages…</source>
        <extracomment>Tables whose changes can change what a card shows or where it is. Tables that matter only while a filter reads them (a list, a segment&apos;s tags and lists). A write touching more contacts than this re-reads the board instead of the cards. How often the inbound clocks are repainted.</extracomment>
        <translation>Etapai…</translation>
    </message>
    <message>
        <source>Rename, reorder, add or remove pipeline stages</source>
        <translation>Pervadinti, pertvarkyti, pridėti ar pašalinti piltuvo etapus</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Atidėti</translation>
    </message>
    <message>
        <source>Prospects parked for later or ruled out: off the main path</source>
        <translation>Vėlesniam laikui atidėti arba atmesti potencialūs klientai: ne pagrindiniame kelyje</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Neatidaryta jokia duomenų bazė</translation>
    </message>
    <message>
        <source>Open a database or create a new one from the File menu.</source>
        <translation>Atidarykite duomenų bazę arba sukurkite naują per meniu „Failas“.</translation>
    </message>
    <message>
        <source>The pipeline is empty</source>
        <translation>Piltuvas tuščias</translation>
    </message>
    <message>
        <source>Prospects move across stages here: New, Researching, Attempting, Connected, Qualified, Meeting booked and Handed off. Add contacts on the Lists page to start.</source>
        <translation>Čia potencialūs klientai juda per etapus: Nauji, Tyrinėjama, Bandoma susisiekti, Susisiekta, Kvalifikuotas, Susitikimas suplanuotas ir Perduota. Norėdami pradėti, pridėkite kontaktų puslapyje „Sąrašai“.</translation>
    </message>
    <message>
        <source>Go to Lists</source>
        <translation>Eiti į sąrašus</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <source>Could not read the board: %1</source>
        <translation>Nepavyko perskaityti lentos: %1</translation>
    </message>
    <message>
        <source>No pipeline stages yet</source>
        <translation>Piltuvo etapų dar nėra</translation>
    </message>
    <message>
        <source>Stages are the board&apos;s columns: New, Researching, Attempting and so on. Set them up to start moving prospects along.</source>
        <translation>Etapai yra lentos stulpeliai: Nauji, Tyrinėjama, Bandoma susisiekti ir t. t. Nustatykite juos, kad galėtumėte stumti potencialius klientus toliau.</translation>
    </message>
    <message>
        <source>Create the default stages</source>
        <translation>Sukurti numatytuosius etapus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln kontaktas</numerusform>
            <numerusform>%Ln kontaktai</numerusform>
            <numerusform>%Ln kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without a stage</source>
        <translation>%1 be etapo</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Skaičiuojama…</translation>
    </message>
</context>
<context>
    <name>PipelineWords</name>
    <message>
        <source>No budget</source>
        <translation>Nėra biudžeto</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Nėra poreikio</translation>
    </message>
    <message>
        <source>Not a decision maker</source>
        <translation>Ne sprendimų priėmėjas</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Netinkamas laikas</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>Pasirinko konkurentą</translation>
    </message>
    <message>
        <source>Bad data (wrong person or contact details)</source>
        <translation>Blogi duomenys (ne tas asmuo arba kontaktiniai duomenys)</translation>
    </message>
    <message>
        <source>Never responded</source>
        <translation>Taip ir neatsakė</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Does not meet the criteria</source>
        <translation>Neatitinka kriterijų</translation>
    </message>
    <message>
        <source>Belongs to another AE</source>
        <translation>Priklauso kitam AE</translation>
    </message>
    <message>
        <source>Did not show up</source>
        <translation>Neatvyko</translation>
    </message>
    <message>
        <source>Company size fits</source>
        <translation>Įmonės dydis tinka</translation>
    </message>
    <message>
        <source>Industry fits</source>
        <translation>Pramonės šaka tinka</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Biudžetas</translation>
    </message>
    <message>
        <source>Authority (decision maker)</source>
        <translation>Įgaliojimai (sprendimų priėmėjas)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Poreikis</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Terminai</translation>
    </message>
    <message>
        <source>Do we serve companies like this?</source>
        <translation>Ar aptarnaujame tokias įmones?</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Šio kontakto nebėra.</translation>
    </message>
    <message>
        <source>This stage no longer exists; somebody deleted it meanwhile.</source>
        <translation>Šio etapo nebėra; kažkas jį per tą laiką ištrynė.</translation>
    </message>
    <message>
        <source>The prospect is in this stage already.</source>
        <translation>Potencialus klientas jau yra šiame etape.</translation>
    </message>
    <message>
        <source>Required answers are missing: %1</source>
        <translation>Trūksta privalomų atsakymų: %1</translation>
    </message>
    <message>
        <source>These questions are not on the checklist: %1</source>
        <translation>Šių klausimų nėra kontroliniame sąraše: %1</translation>
    </message>
    <message>
        <source>The answer to “%1” must be text, a number or yes/no.</source>
        <translation>Atsakymas į „%1“ turi būti tekstas, skaičius arba taip/ne.</translation>
    </message>
    <message>
        <source>Choose why the prospect is disqualified.</source>
        <translation>Pasirinkite, kodėl potencialus klientas diskvalifikuojamas.</translation>
    </message>
    <message>
        <source>“%1” is not a known reason.</source>
        <translation>„%1“ nėra žinoma priežastis.</translation>
    </message>
    <message>
        <source>Choose when to revisit the prospect.</source>
        <translation>Pasirinkite, kada grįžti prie potencialaus kliento.</translation>
    </message>
    <message>
        <source>The revisit date is in the past.</source>
        <translation>Grįžimo data jau praėjo.</translation>
    </message>
    <message>
        <source>A prospect is handed off through the hand-off dialog.</source>
        <translation>Potencialus klientas perduodamas per perdavimo dialogą.</translation>
    </message>
    <message>
        <source>The qualification checklist is damaged; check the settings.</source>
        <translation>Kvalifikavimo kontrolinis sąrašas sugadintas; patikrinkite nustatymus.</translation>
    </message>
    <message>
        <source>Move the prospects out of this stage before deleting it.</source>
        <translation>Prieš ištrindami šį etapą, perkelkite iš jo potencialius klientus.</translation>
    </message>
    <message>
        <source>Prospects can be moved in bulk only to a stage without a gate.</source>
        <translation>Potencialius klientus masiškai galima perkelti tik į etapą be vartų.</translation>
    </message>
    <message>
        <source>There is no rep with the address %1.</source>
        <translation>Nėra atstovo adresu %1.</translation>
    </message>
    <message>
        <source>%1 is not an account executive.</source>
        <translation>%1 nėra pardavimų vadybininkas (AE).</translation>
    </message>
    <message>
        <source>The meeting time is in the past.</source>
        <translation>Susitikimo laikas jau praėjo.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>„%1“ nėra laiko juosta.</translation>
    </message>
    <message>
        <source>The meeting must last %1 to %2 minutes.</source>
        <translation>Susitikimas turi trukti nuo %1 iki %2 minučių.</translation>
    </message>
    <message>
        <source>The prospect was handed off already.</source>
        <translation>Potencialus klientas jau perduotas.</translation>
    </message>
    <message>
        <source>This hand-off no longer exists.</source>
        <translation>Šio perdavimo nebėra.</translation>
    </message>
    <message>
        <source>This hand-off was decided already.</source>
        <translation>Dėl šio perdavimo jau nuspręsta.</translation>
    </message>
    <message>
        <source>Hand-off: {prospect}</source>
        <translation>Perdavimas: {prospect}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Pramonės šaka</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Trukmė</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Pardavimų vadybininkas (AE)</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Suplanavo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalifikavimas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologija</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Kol kas nėra</translation>
    </message>
    <message>
        <source>Meeting: {prospect}</source>
        <translation>Susitikimas: {prospect}</translation>
    </message>
    <message>
        <source>Meeting: {prospect} ({company})</source>
        <translation>Susitikimas: {prospect} ({company})</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Skambutis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Žinutė</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Perdavimas</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Dry run: what the import would do</source>
        <extracomment>Regions offered for national numbers (the file&apos;s own reading comes first).</extracomment>
        <translation>Bandomasis paleidimas: ką padarytų importas</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Tikrinti iš naujo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kodėl</translation>
    </message>
    <message>
        <source>Fill only empty fields (recommended)</source>
        <translation>Pildyti tik tuščius laukus (rekomenduojama)</translation>
    </message>
    <message>
        <source>Keep what I have</source>
        <translation>Palikti mano duomenis</translation>
    </message>
    <message>
        <source>Take the file&apos;s values</source>
        <translation>Imti failo reikšmes</translation>
    </message>
    <message>
        <source>Add to list:</source>
        <translation>Įtraukti į sąrašą:</translation>
    </message>
    <message>
        <source>Read it from the file</source>
        <translation>Skaityti iš failo</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Kaip nurodyta faile</translation>
    </message>
    <message>
        <source>Inbound (arrival time from the file, else now)</source>
        <translation>Įeinantis (gavimo laikas iš failo, kitaip – dabar)</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Išeinantis</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekomendacija</translation>
    </message>
    <message>
        <source>Create reps for owners you don&apos;t have</source>
        <translation>Sukurti atstovus savininkams, kurių neturite</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Parinktys</translation>
    </message>
    <message>
        <source>When a row matches a contact you have:</source>
        <translation>Kai eilutė atitinka turimą kontaktą:</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from:</source>
        <translation>Telefono numeriai be šalies kodo yra iš:</translation>
    </message>
    <message>
        <source>Lead source of rows that name none:</source>
        <translation>Lead&apos;o šaltinis eilutėms, kuriose jis nenurodytas:</translation>
    </message>
    <message>
        <source>These rows look like the same person but no email or phone proves it. They will be imported as separate contacts; review them later in Tools → Find duplicates…</source>
        <translation>Šios eilutės atrodo kaip tas pats asmuo, bet tai įrodančio el. pašto ar telefono nėra. Jos bus importuotos kaip atskiri kontaktai; vėliau peržiūrėkite jas per Įrankiai → Rasti dublikatus…</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Panašus į</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Panašumas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read. Nothing has been written yet.</source>
        <translation>
            <numerusform>Perskaityta %Ln eilutė. Kol kas nieko neįrašyta.</numerusform>
            <numerusform>Perskaitytos %Ln eilutės. Kol kas nieko neįrašyta.</numerusform>
            <numerusform>Perskaityta %Ln eilučių. Kol kas nieko neįrašyta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a number to see its rows.</source>
        <translation>Spustelėkite skaičių, kad pamatytumėte jo eilutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 phone number(s) read</source>
        <translation>
            <numerusform>Perskaitytas %n iš %1 telefono numerių</numerusform>
            <numerusform>Perskaityti %n iš %1 telefono numerių</numerusform>
            <numerusform>Perskaityta %n iš %1 telefono numerių</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, read from the file)</source>
        <translation>(%1, perskaityta iš failo)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Owners you don&apos;t have</source>
        <translation>Savininkai, kurių neturite</translation>
    </message>
    <message>
        <source>Stages not recognised</source>
        <translation>Neatpažinti etapai</translation>
    </message>
    <message>
        <source>Sources not recognised</source>
        <translation>Neatpažinti šaltiniai</translation>
    </message>
    <message>
        <source>Lead types not recognised</source>
        <translation>Neatpažinti lead&apos;ų tipai</translation>
    </message>
    <message>
        <source>Dates not recognised</source>
        <translation>Neatpažintos datos</translation>
    </message>
    <message>
        <source>They are kept as written, in the contact&apos;s custom fields.</source>
        <translation>Jie išsaugomi taip, kaip parašyti, kontakto pasirinktiniuose laukuose.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>el. paštas</translation>
    </message>
    <message>
        <source>phone and name</source>
        <translation>telefonas ir vardas</translation>
    </message>
    <message>
        <source>phone and name with an initial</source>
        <translation>telefonas ir vardas su inicialu</translation>
    </message>
    <message>
        <source>the same invalid email</source>
        <translation>tas pats netinkamas el. paštas</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>vardas ir įmonė</translation>
    </message>
    <message>
        <source>contact id (export)</source>
        <translation>kontakto ID (eksportas)</translation>
    </message>
    <message>
        <source>Matched by: %1.</source>
        <translation>Sutapo pagal: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match two different contacts: they are left for you to review in Tools → Find duplicates…</source>
        <translation>
            <numerusform>%n eilutė atitinka du skirtingus kontaktus: ją peržiūrėsite per Įrankiai → Rasti dublikatus…</numerusform>
            <numerusform>%n eilutės atitinka du skirtingus kontaktus: jas peržiūrėsite per Įrankiai → Rasti dublikatus…</numerusform>
            <numerusform>%n eilučių atitinka du skirtingus kontaktus: jas peržiūrėsite per Įrankiai → Rasti dublikatus…</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2 rows</source>
        <translation>pirmosios %1 iš %2 eilučių</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates to review (%Ln)</source>
        <translation>
            <numerusform>Galimi dublikatai peržiūrai (%Ln)</numerusform>
            <numerusform>Galimi dublikatai peržiūrai (%Ln)</numerusform>
            <numerusform>Galimi dublikatai peržiūrai (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 eilutė</translation>
    </message>
    <message>
        <source>your contact %1</source>
        <translation>jūsų kontaktas %1</translation>
    </message>
</context>
<context>
    <name>PowerHourBar</name>
    <message>
        <source>Power hour</source>
        <translation>Skambučių valanda</translation>
    </message>
    <message>
        <source>Stop (P)</source>
        <translation>Stabdyti (P)</translation>
    </message>
    <message>
        <source>Dials: %1 · Connects: %2 · Talk time: %3 · Meetings: %4</source>
        <translation>Rinkta: %1 · Prisiskambinta: %2 · Pokalbių laikas: %3 · Susitikimai: %4</translation>
    </message>
    <message>
        <source>no more calls can be placed now</source>
        <translation>dabar daugiau skambinti negalima</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>The combo box&apos;s value for &quot;follow the system&apos;s language&quot; (stored as an empty setting).</extracomment>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Kaip sistemoje</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Šviesi</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tamsi</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Išvaizda:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistemos kalba</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <source>“Same as the system” switches between light and dark when the operating system does.</source>
        <translation>„Kaip sistemoje“ perjungia šviesią ir tamsią išvaizdą kartu su operacine sistema.</translation>
    </message>
    <message>
        <source>The new language is used the next time Prospect Desk starts.</source>
        <translation>Nauja kalba bus naudojama kitą kartą paleidus Prospect Desk.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview for:</source>
        <extracomment>Renders a draft for a contact on a worker thread: (db, draft, contact id) -&gt; email. The language of the variant the editor shows, to say when the prospect gets another.</extracomment>
        <translation>Peržiūra kam:</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Peržiūra kam</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Rašyti…</translation>
    </message>
    <message>
        <source>Write to this prospect from the saved template</source>
        <translation>Rašyti šiam potencialiam klientui pagal išsaugotą šabloną</translation>
    </message>
    <message>
        <source>Add or import contacts to preview an email for them.</source>
        <translation>Pridėkite arba importuokite kontaktų, kad galėtumėte peržiūrėti jiems skirtą laišką.</translation>
    </message>
    <message>
        <source>Load contacts</source>
        <translation>Įkelti kontaktus</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>This email cannot be sent: %1</source>
        <translation>Šio el. laiško išsiųsti negalima: %1</translation>
    </message>
    <message>
        <source>Language: %1 · Variant: %2</source>
        <translation>Kalba: %1 · Variantas: %2</translation>
    </message>
    <message>
        <source>This prospect gets the %1 variant, not the one you are editing.</source>
        <translation>Šis potencialus klientas gauna %1 variantą, o ne tą, kurį redaguojate.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Load problems</source>
        <translation>Įkelti problemas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <source>Value as imported</source>
        <translation>Importuota reikšmė</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Pasiūlymas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>%1 (stored as %2)</source>
        <translation>%1 (išsaugota kaip %2)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Tuščia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atnaujinti</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Išsaugoti viską</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;visiems</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e visiems</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytuosius</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Qualify</source>
        <translation>Kvalifikuoti</translation>
    </message>
    <message>
        <source>Qualify %1: answer the checklist. Questions marked * are required.</source>
        <translation>Kvalifikuokite %1: atsakykite į kontrolinį sąrašą. Klausimai, pažymėti *, privalomi.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Privaloma</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Neprivaloma</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Dar reikia: %1</translation>
    </message>
</context>
<context>
    <name>ReasonFilter</name>
    <message>
        <source>Problems by reason</source>
        <translation>Problemos pagal priežastį</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Skaičiuoti</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Visos problemos</translation>
    </message>
    <message>
        <source>Every invalid, risky or unverified email and phone.</source>
        <translation>Visi netinkami, rizikingi ar nepatikrinti el. pašto adresai ir telefonai.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n contact(s)</source>
        <translation>
            <numerusform>%1 — %n kontaktas</numerusform>
            <numerusform>%1 — %n kontaktai</numerusform>
            <numerusform>%1 — %n kontaktų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <source>Recent imports</source>
        <translation>Naujausi importai</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Eilutės</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nauji</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atnaujinti</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dublikatai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Importų dar nebuvo.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Anuliuoti importą</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>anuliuotas</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importuotas</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <source>Reminder</source>
        <extracomment>How often the reminders are looked for. Shows one notification: (title, text).</extracomment>
        <translation>Priminimas</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Priminimai</translation>
    </message>
    <message>
        <source>Call %1 back now: they asked for this time.</source>
        <translation>Perskambinkite %1 dabar: jie prašė paskambinti šiuo metu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <source>Add a rep</source>
        <translation>Pridėti atstovą</translation>
    </message>
    <message>
        <source>Edit rep</source>
        <translation>Redaguoti atstovą</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vardas:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;El. paštas:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vaidmuo:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Laiko juosta:</translation>
    </message>
    <message>
        <source>None (no holidays skipped)</source>
        <translation>Nėra (šventės nepraleidžiamos)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ša&amp;lis:</translation>
    </message>
    <message>
        <source>Works here (untick for someone who left)</source>
        <translation>Dirba čia (nužymėkite išėjusiam)</translation>
    </message>
    <message>
        <source>The time zone says when the rep&apos;s day ends. The country&apos;s public holidays are not business days of the rep&apos;s cadences.</source>
        <translation>Laiko juosta rodo, kada baigiasi atstovo diena. Šalies valstybinės šventės nėra atstovo sekų darbo dienos.</translation>
    </message>
</context>
<context>
    <name>RepWords</name>
    <message>
        <source>The rep needs a name.</source>
        <translation>Atstovui reikia vardo.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ nėra el. pašto adresas.</translation>
    </message>
    <message>
        <source>A rep with %1 exists already.</source>
        <translation>Atstovas su %1 jau yra.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; pick one from the list.</source>
        <translation>„%1“ nėra laiko juosta; pasirinkite iš sąrašo.</translation>
    </message>
    <message>
        <source>“%1” is not a country.</source>
        <translation>„%1“ nėra šalis.</translation>
    </message>
    <message>
        <source>This rep was removed meanwhile.</source>
        <translation>Šis atstovas tuo metu buvo pašalintas.</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Pardavimų vadybininkas (AE)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vadovas</translation>
    </message>
</context>
<context>
    <name>RepliesChecker</name>
    <message>
        <source>Check replies</source>
        <extracomment>Minutes between checks when the server has no IDLE. Seconds one IDLE lasts before it is renewed (servers end IDLE after 30 minutes).</extracomment>
        <translation>Tikrinti atsakymus</translation>
    </message>
    <message>
        <source>Wait for replies</source>
        <translation>Laukti atsakymų</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>d MMM</source>
        <extracomment>One colour per touch channel, kept in every chart that shows channels. Colours for series that are not channels, in order. Beyond this many categories the axis labels are turned to stay readable.</extracomment>
        <translation>MM-dd</translation>
    </message>
    <message>
        <source>Daily goal (%1)</source>
        <translation>Dienos tikslas (%1)</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>Rinkta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atsiliepė</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Prisiskambinta</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Pokalbiai</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Skambučiai</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>Prisiskambinimo dalis</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Atsakymų dalis</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Suplanuoti susitikimai</translation>
    </message>
    <message>
        <source>Hand-offs accepted</source>
        <translation>Priimti perdavimai</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d.</translation>
    </message>
    <message>
        <source>Reached in the range</source>
        <translation>Pateko per laikotarpį</translation>
    </message>
    <message>
        <source>Inbound leads</source>
        <translation>Įeinantys lead&apos;ai</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Atsakymai</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>El. laiškai</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Žinutės</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Užduotys</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Prisiskambinta</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Neatsiliepė</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Užimta</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Sekretorius</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Balso paštas</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Neteisingas numeris</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Susitikimas suplanuotas</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Nesuinteresuotas</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Perskambinti vėliau</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Atsakė</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Atsisakė</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Be rezultato</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Įeinantys</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Išeinantys</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekomendacijos</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nenurodyta</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Sėklos</translation>
    </message>
    <message>
        <source>Nets</source>
        <translation>Tinklai</translation>
    </message>
    <message>
        <source>Spears</source>
        <translation>Ietys</translation>
    </message>
    <message>
        <source>≤ 5 min</source>
        <translation>≤ 5 min.</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 min.</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15–60 min.</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 val.</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 val.</translation>
    </message>
    <message>
        <source>&gt; 1 day</source>
        <translation>&gt; 1 d.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Dar nekontaktuoti</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last (%2).</source>
        <translation>Pirmoji diena (%1) vėlesnė už paskutinę (%2).</translation>
    </message>
    <message>
        <source>There is no rep with the address %1.</source>
        <translation>Nėra atstovo adresu %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>From:</source>
        <extracomment>Tables whose changes can change a figure.</extracomment>
        <translation>Nuo:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Iki:</translation>
    </message>
    <message>
        <source>Whose work:</source>
        <translation>Kieno darbas:</translation>
    </message>
    <message>
        <source>Whose work</source>
        <translation>Kieno darbas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atnaujinti</translation>
    </message>
    <message>
        <source>Touches per day against the daily goal</source>
        <translation>Kontaktai per dieną, palyginti su dienos tikslu</translation>
    </message>
    <message>
        <source>Calls: reach → connect → conversation</source>
        <translation>Skambučiai: rinkta → prisiskambinta → pokalbis</translation>
    </message>
    <message>
        <source>Connect rate and reply rate</source>
        <translation>Prisiskambinimo ir atsakymų dalis</translation>
    </message>
    <message>
        <source>Meetings booked and hand-offs accepted per week</source>
        <translation>Suplanuoti susitikimai ir priimti perdavimai per savaitę</translation>
    </message>
    <message>
        <source>Meetings and accepted hand-offs per rep</source>
        <translation>Susitikimai ir priimti perdavimai pagal atstovą</translation>
    </message>
    <message>
        <source>Stage funnel, with median days in each stage</source>
        <translation>Etapų piltuvas su dienų etape mediana</translation>
    </message>
    <message>
        <source>Speed-to-lead: first touch of inbound leads</source>
        <translation>Reakcijos greitis: pirmas įeinančių lead&apos;ų kontaktas</translation>
    </message>
    <message>
        <source>Calls by disposition</source>
        <translation>Skambučiai pagal rezultatą</translation>
    </message>
    <message>
        <source>Results by lead source</source>
        <translation>Rezultatai pagal lead&apos;o šaltinį</translation>
    </message>
    <message>
        <source>Results by lead type (seeds, nets, spears)</source>
        <translation>Rezultatai pagal lead&apos;o tipą (sėklos, tinklai, ietys)</translation>
    </message>
    <message>
        <source>No activity to report yet</source>
        <translation>Ataskaitai veiklos dar nėra</translation>
    </message>
    <message>
        <source>Touches per day against your goal, connect and reply rates, meetings booked, the stage funnel and speed-to-lead appear here once a database is open. File → Open, or create demo data to look around.</source>
        <translation>Kai atidaryta duomenų bazė, čia rodomi kontaktai per dieną, palyginti su tikslu, prisiskambinimo ir atsakymų dalis, suplanuoti susitikimai, etapų piltuvas ir reakcijos greitis. Failas → Atidaryti arba sukurkite demonstracinius duomenis, kad apsižvalgytumėte.</translation>
    </message>
    <message>
        <source>This database has no contacts. Import your prospects and work them from Today: touches, rates, meetings and speed-to-lead appear here. Or create demo data to see every chart filled in.</source>
        <translation>Šioje duomenų bazėje nėra kontaktų. Importuokite potencialius klientus ir dirbkite su jais puslapyje „Šiandien“: čia atsiras kontaktai, rodikliai, susitikimai ir reakcijos greitis. Arba sukurkite demonstracinius duomenis ir pamatykite visas užpildytas diagramas.</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>Sukurti demonstracinius duomenis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ataskaitos</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Skaitomi rodikliai…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Skaitoma…</translation>
    </message>
    <message>
        <source>Read the report</source>
        <translation>Skaityti ataskaitą</translation>
    </message>
    <message>
        <source>Nothing happened in this range. Pick earlier days, or log calls and emails from Today.</source>
        <translation>Šiuo laikotarpiu nieko nevyko. Pasirinkite ankstesnes dienas arba registruokite skambučius ir laiškus puslapyje „Šiandien“.</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 per dieną</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>Rinkta</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>atsiliepė %1</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Prisiskambinta</translation>
    </message>
    <message>
        <source>%1 of dials</source>
        <translation>%1 rinktų</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Atsakymai</translation>
    </message>
    <message>
        <source>%1 of emails sent</source>
        <translation>%1 išsiųstų laiškų</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Suplanuoti susitikimai</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>pokalbių: %1</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Perdavimai</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>priimta %1</translation>
    </message>
    <message>
        <source>Speed-to-lead</source>
        <translation>Reakcijos greitis</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>median of %1 leads</source>
        <translation>%1 lead&apos;ų mediana</translation>
    </message>
    <message>
        <source>No calls in this range. Calls logged from Today appear here.</source>
        <translation>Šiuo laikotarpiu skambučių nėra. Čia rodomi puslapyje „Šiandien“ užregistruoti skambučiai.</translation>
    </message>
    <message>
        <source>%1 touches, %2 a day on average; goal %3 a day.</source>
        <translation>%1 kontaktų, vidutiniškai %2 per dieną; tikslas – %3 per dieną.</translation>
    </message>
    <message>
        <source>No touches in this range. Work the queue on Today, or pick other days.</source>
        <translation>Šiuo laikotarpiu kontaktų nėra. Dirbkite su eile puslapyje „Šiandien“ arba pasirinkite kitas dienas.</translation>
    </message>
    <message>
        <source>Answered: anyone picked up; connect: the prospect; conversation: a connect of a minute or more, or a meeting booked.</source>
        <translation>Atsiliepė: kas nors pakėlė ragelį; prisiskambinta: atsiliepė potencialus klientas; pokalbis: minutės ar ilgesnis prisiskambinimas arba suplanuotas susitikimas.</translation>
    </message>
    <message>
        <source>Connects per dial %1; replies per email sent %2.</source>
        <translation>Prisiskambinimų per skambutį %1; atsakymų per išsiųstą laišką %2.</translation>
    </message>
    <message>
        <source>No calls or emails in this range.</source>
        <translation>Šiuo laikotarpiu skambučių ar laiškų nėra.</translation>
    </message>
    <message>
        <source>%1 meetings booked; %2 of %3 hand-offs accepted.</source>
        <translation>Suplanuota susitikimų: %1; priimta %2 iš %3 perdavimų.</translation>
    </message>
    <message>
        <source>No meetings booked in this range. Book one from a call&apos;s outcome.</source>
        <translation>Šiuo laikotarpiu susitikimų nesuplanuota. Suplanuokite susitikimą pagal skambučio rezultatą.</translation>
    </message>
    <message>
        <source>No meetings or hand-offs in this range.</source>
        <translation>Šiuo laikotarpiu susitikimų ar perdavimų nėra.</translation>
    </message>
    <message>
        <source>Contacts moved into each stage in the range; the median days they stayed before the next move.</source>
        <translation>Kontaktai, per laikotarpį patekę į kiekvieną etapą; dienų, kurias jie jame praleido iki kito perkėlimo, mediana.</translation>
    </message>
    <message>
        <source>No stage moves in this range. Move prospects on the Pipeline board.</source>
        <translation>Šiuo laikotarpiu etapų pakeitimų nėra. Perkelkite potencialius klientus piltuvo lentoje.</translation>
    </message>
    <message>
        <source>Median %1 minutes from arrival to first call, email or message.</source>
        <translation>Mediana – %1 min. nuo gavimo iki pirmo skambučio, laiško ar žinutės.</translation>
    </message>
    <message>
        <source>No inbound leads arrived in this range. Import them with source inbound to time the first touch.</source>
        <translation>Šiuo laikotarpiu įeinančių lead&apos;ų negauta. Importuokite juos su šaltiniu „įeinantis“, kad būtų matuojamas pirmas kontaktas.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: no work on contacts in this range.</source>
        <translation>Dar nėra ko lyginti: šiuo laikotarpiu su kontaktais nedirbta.</translation>
    </message>
</context>
<context>
    <name>RepsDialog</name>
    <message>
        <source>Reps</source>
        <translation>Atstovai</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Pridėti…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaguoti…</translation>
    </message>
</context>
<context>
    <name>RepsModel</name>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Country (holidays)</source>
        <translation>Šalis (šventės)</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (išėjo)</translation>
    </message>
    <message>
        <source>UTC (not set)</source>
        <translation>UTC (nenustatyta)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Atkurti iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the open database. The current file is kept first as a safety copy (it appears in this list), so the restore can be undone.</source>
        <translation>Pasirinkite atsarginę kopiją, kuri pakeis atidarytą duomenų bazę. Dabartinis failas pirma išsaugomas kaip saugos kopija (ji atsiras šiame sąraše), todėl atkūrimą galima atšaukti.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Šios duomenų bazės atsarginių kopijų dar nėra.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Suplanuota</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Saugos kopija prieš atkūrimą</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Prieš atnaujinimą</translation>
    </message>
    <message>
        <source>Damaged file set aside</source>
        <translation>Atidėtas sugadintas failas</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Sukurta rankiniu būdu</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Rows read:</source>
        <translation>Perskaityta eilučių:</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>Nauji kontaktai:</translation>
    </message>
    <message>
        <source>Contacts updated:</source>
        <translation>Atnaujinti kontaktai:</translation>
    </message>
    <message>
        <source>Duplicates (nothing new):</source>
        <translation>Dublikatai (nieko naujo):</translation>
    </message>
    <message>
        <source>Invalid email or phone (kept as written):</source>
        <translation>Netinkamas el. paštas ar telefonas (išlaikyta kaip parašyta):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Atmestos eilutės:</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Atidaryti ataskaitą</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Rodyti aplanke</translation>
    </message>
    <message>
        <source>Show imported contacts</source>
        <translation>Rodyti importuotus kontaktus</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Anuliuoti importą</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importas baigtas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) created</source>
        <translation>
            <numerusform>Sukurtas %Ln kontaktas</numerusform>
            <numerusform>Sukurti %Ln kontaktai</numerusform>
            <numerusform>Sukurta %Ln kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>atnaujintas %Ln</numerusform>
            <numerusform>atnaujinti %Ln</numerusform>
            <numerusform>atnaujinta %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>and added to the list “%1”</source>
        <translation>ir įtraukti į sąrašą „%1“</translation>
    </message>
    <message>
        <source>%1 s, %2 rows per second.</source>
        <translation>%1 s, %2 eil. per sekundę.</translation>
    </message>
    <message>
        <source>Done in under a second.</source>
        <translation>Atlikta greičiau nei per sekundę.</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason for each, are in %1</source>
        <translation>Atmestos eilutės su kiekvienos priežastimi yra čia: %1</translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2), so it went to the app&apos;s data folder.</source>
        <translation>Ataskaitos nepavyko įrašyti į %1 (%2), todėl ji įrašyta į programos duomenų aplanką.</translation>
    </message>
    <message>
        <source>The rejected-rows report could not be written (%1); the import itself is complete.</source>
        <translation>Atmestų eilučių ataskaitos įrašyti nepavyko (%1); pats importas baigtas.</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importas anuliuotas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) removed</source>
        <translation>
            <numerusform>Pašalintas %Ln kontaktas</numerusform>
            <numerusform>Pašalinti %Ln kontaktai</numerusform>
            <numerusform>Pašalinta %Ln kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored as they were</source>
        <translation>
            <numerusform>%Ln atkurtas, koks buvo</numerusform>
            <numerusform>%Ln atkurti, kokie buvo</numerusform>
            <numerusform>%Ln atkurta, kokie buvo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed since the import were left as they are.</source>
        <translation>
            <numerusform>%Ln po importo pakeistas kontaktas paliktas toks, koks yra.</numerusform>
            <numerusform>%Ln po importo pakeisti kontaktai palikti tokie, kokie yra.</numerusform>
            <numerusform>%Ln po importo pakeistų kontaktų palikta tokie, kokie yra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationModel</name>
    <message>
        <source>Rep</source>
        <extracomment>Column numbers.</extracomment>
        <translation>Atstovas</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Paeiliui</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Svoris</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Išvykęs</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Dalis</translation>
    </message>
    <message>
        <source>Share of new leads: %1</source>
        <translation>Naujų lead&apos;ų dalis: %1</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Inbound routing</source>
        <translation>Įeinančių skirstymas</translation>
    </message>
    <message>
        <source>New inbound leads go to the reps in the round-robin in turn, by weight: a rep of weight 2 gets twice the leads of a rep of weight 1. Away reps are skipped until they are back.</source>
        <translation>Nauji įeinantys lead&apos;ai paeiliui skiriami atstovams pagal svorį: atstovas, kurio svoris 2, gauna dvigubai daugiau lead&apos;ų nei turintis svorį 1. Nesantys atstovai praleidžiami, kol sugrįš.</translation>
    </message>
    <message>
        <source>No reps yet. Add the team&apos;s reps first (rep add on the command line).</source>
        <translation>Atstovų dar nėra. Pirma pridėkite komandos atstovus (komandinėje eilutėje rep add).</translation>
    </message>
    <message>
        <source>Route new inbound leads round-robin at once</source>
        <translation>Iš karto skirstyti naujus įeinančius lead&apos;us paeiliui</translation>
    </message>
    <message>
        <source>Hand a lead that breaks the SLA to the next rep</source>
        <translation>Perduoti SLA viršijusį lead&apos;ą kitam atstovui</translation>
    </message>
    <message>
        <source>For the whole team</source>
        <translation>Visai komandai</translation>
    </message>
    <message>
        <source>No folder: files are imported by hand</source>
        <translation>Be aplanko: failai importuojami rankiniu būdu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Naršyti…</translation>
    </message>
    <message>
        <source>CSV and vCard files dropped here are imported as inbound leads once they stop changing, then moved to processed/ (or failed/, with the reason).</source>
        <translation>Čia įdėti CSV ir vCard failai, kai nustoja keistis, importuojami kaip įeinantys lead&apos;ai ir perkeliami į processed/ (arba failed/ su priežastimi).</translation>
    </message>
    <message>
        <source>On this computer: the watched folder</source>
        <translation>Šiame kompiuteryje: stebimas aplankas</translation>
    </message>
    <message numerus="yes">
        <source>The SLA is %n minute(s) of working time (Pipeline → Stages…).</source>
        <translation>
            <numerusform>SLA – %n darbo laiko minutė (Piltuvas → Etapai…).</numerusform>
            <numerusform>SLA – %n darbo laiko minutės (Piltuvas → Etapai…).</numerusform>
            <numerusform>SLA – %n darbo laiko minučių (Piltuvas → Etapai…).</numerusform>
        </translation>
    </message>
    <message>
        <source>The watched folder</source>
        <translation>Stebimas aplankas</translation>
    </message>
</context>
<context>
    <name>ScopeTree</name>
    <message>
        <source>Read lists</source>
        <extracomment>Where an entry of the tree keeps its ``ScopeRef``.</extracomment>
        <translation>Skaityti sąrašus</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Visi kontaktai</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Sąrašai</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentai</translation>
    </message>
    <message>
        <source>No lists yet</source>
        <translation>Sąrašų dar nėra</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Segmentų dar nėra</translation>
    </message>
    <message>
        <source>%1: this filter cannot be read; edit it to fix.</source>
        <translation>%1: šio filtro perskaityti nepavyksta; redaguokite, kad pataisytumėte.</translation>
    </message>
    <message>
        <source>Count segment</source>
        <translation>Skaičiuoti segmentą</translation>
    </message>
    <message>
        <source>This segment&apos;s filter cannot be read</source>
        <translation>Šio segmento filtro perskaityti nepavyksta</translation>
    </message>
    <message>
        <source>Open it in the segment editor to fix or replace its conditions.</source>
        <translation>Atidarykite jį segmento rengyklėje, kad pataisytumėte ar pakeistumėte sąlygas.</translation>
    </message>
    <message>
        <source>Edit segment…</source>
        <translation>Redaguoti segmentą…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Pervadinti…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Pervadinti</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Naujas pavadinimas:</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ ištrintas.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anuliuoti</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Edit segment</source>
        <translation>Redaguoti segmentą</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Naujas segmentas</translation>
    </message>
    <message>
        <source>e.g. VPs in Germany, not touched for 2 weeks</source>
        <translation>pvz., VP Vokietijoje, nekontaktuoti 2 savaites</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>visas šias sąlygas</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>bet kurią iš šių sąlygų</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Pridėti sąlygą</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Contacts matching</source>
        <translation>Kontaktai, atitinkantys</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Pramonės šaka</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>El. pašto būsena</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Telefono būsena</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>Lead&apos;o tipas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Savininkas</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>Atitikties įvertis</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kokybė</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nekontaktuoti</translation>
    </message>
    <message>
        <source>Last touched</source>
        <translation>Paskutinis kontaktas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atnaujinta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymės</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Sąrašai</translation>
    </message>
    <message>
        <source>is</source>
        <translation>yra</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>turi</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>neturi</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>prasideda</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>baigiasi</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>yra vienas iš</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>nėra nė vienas iš</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>tuščias</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>netuščias</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>mažiau nei</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>daugiausia</translation>
    </message>
    <message>
        <source>is above</source>
        <translation>daugiau nei</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>mažiausiai</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>tarp</translation>
    </message>
    <message>
        <source>more than … ago</source>
        <translation>seniau nei prieš</translation>
    </message>
    <message>
        <source>within the last</source>
        <translation>per paskutines</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>prieš</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>po</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>has</source>
        <translation>turi</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>turi bet kurią iš</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>turi visas iš</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>neturi nė vienos iš</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Skaičiuojama…</translation>
    </message>
    <message>
        <source>The conditions are not complete.</source>
        <translation>Sąlygos užpildytos ne iki galo.</translation>
    </message>
    <message>
        <source>Condition %1: enter a value that fits the field.</source>
        <translation>%1 sąlyga: įveskite laukui tinkamą reikšmę.</translation>
    </message>
    <message>
        <source>Condition %1 is not complete.</source>
        <translation>%1 sąlyga užpildyta ne iki galo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>Atitinka %Ln kontaktas</numerusform>
            <numerusform>Atitinka %Ln kontaktai</numerusform>
            <numerusform>Atitinka %Ln kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Skaičiuoti</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Išsaugoti segmentą</translation>
    </message>
</context>
<context>
    <name>ShellStatus</name>
    <message>
        <source>Solo</source>
        <translation>Vienas naudotojas</translation>
    </message>
    <message>
        <source>Shared file</source>
        <translation>Bendras failas</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Komandos serveris</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Tik skaityti</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Atidaroma duomenų bazė…</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Neatidaryta jokia duomenų bazė</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontaktas</numerusform>
            <numerusform>%Ln kontaktai</numerusform>
            <numerusform>%Ln kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (tik skaityti)</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <source>Snippets</source>
        <translation>Fragmentai</translation>
    </message>
    <message>
        <source>empty: every language</source>
        <translation>tuščia: visos kalbos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kalba:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Naujas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>all</source>
        <translation>visos</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>Išsaugoti fragmentą</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>Ištrinti fragmentą</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Select a card and press %1 to move it here</source>
        <extracomment>A column&apos;s width: room for &quot;Touched 25 h ago&quot; beside &quot;36 d in stage&quot;.</extracomment>
        <translation>Pažymėkite kortelę ir paspauskite %1, kad ją perkeltumėte čia</translation>
    </message>
    <message>
        <source>%1 prospects; the first %2 are loaded, more load as you scroll</source>
        <translation>%1 potencialių klientų; įkelti pirmieji %2, kiti įkeliami slenkant</translation>
    </message>
    <message>
        <source>No prospects here match the filters</source>
        <translation>Čia nėra filtrus atitinkančių potencialių klientų</translation>
    </message>
    <message>
        <source>No prospects in this stage.
Drag a card here.</source>
        <translation>Šiame etape potencialių klientų nėra.
Vilkite kortelę čia.</translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message>
        <source>Load the board</source>
        <extracomment>The drag payload: the dragged contact&apos;s id and the stage it comes from. The card (a :class:`Card`) of a row. The contact id of a row. The column&apos;s full count under the filters (set by the board), None until read.</extracomment>
        <translation>Įkelti lentą</translation>
    </message>
</context>
<context>
    <name>StageNames</name>
    <message>
        <source>New</source>
        <translation>Nauji</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>Tyrinėjama</translation>
    </message>
    <message>
        <source>Attempting</source>
        <translation>Bandoma susisiekti</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Susisiekta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikuotas</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Susitikimas suplanuotas</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Perduota</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Brandinimas</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Diskvalifikuotas</translation>
    </message>
</context>
<context>
    <name>StageSettingsDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>Piltuvo etapai</translation>
    </message>
    <message>
        <source>The board shows a column per stage, in this order. Keys 1–9 move a selected card to the stage with that number.</source>
        <translation>Lentoje kiekvienas etapas rodomas kaip stulpelis šia tvarka. Klavišai 1–9 perkelia pažymėtą kortelę į etapą tuo numeriu.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Pridėti…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Pervadinti…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Perkelti aukštyn</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Perkelti žemyn</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ištrinti…</translation>
    </message>
    <message>
        <source>Ends the prospect&apos;s active life</source>
        <translation>Užbaigia aktyvų darbą su potencialiu klientu</translation>
    </message>
    <message>
        <source>Terminal stages (Handed off, Disqualified) are where prospects end up</source>
        <translation>Galutiniai etapai (Perduota, Diskvalifikuotas) – ten potencialūs klientai baigia kelią</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>An inbound lead nobody has touched turns red on the board after this many minutes of working time (weekdays 09:00–18:00 in its owner&apos;s zone).</source>
        <translation>Įeinantis lead&apos;as, su kuriuo niekas nesusisiekė, lentoje parausta po tiek darbo laiko minučių (darbo dienomis 09:00–18:00 jo savininko laiko juostoje).</translation>
    </message>
    <message>
        <source>Inbound speed-to-lead SLA:</source>
        <translation>Įeinančių lead&apos;ų reakcijos SLA:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln potencialus klientas</numerusform>
            <numerusform>%Ln potencialūs klientai</numerusform>
            <numerusform>%Ln potencialių klientų</numerusform>
        </translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>galutinis</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Etapui reikia pavadinimo.</translation>
    </message>
    <message>
        <source>There is a stage with this name already.</source>
        <translation>Etapas tokiu pavadinimu jau yra.</translation>
    </message>
    <message>
        <source>This name cannot be made into a stage key.</source>
        <translation>Iš šio pavadinimo negalima sudaryti etapo rakto.</translation>
    </message>
    <message>
        <source>The stages changed meanwhile; try again.</source>
        <translation>Etapai per tą laiką pasikeitė; bandykite dar kartą.</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Pridėti etapą</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Pervadinti etapą</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Ištrinti etapą</translation>
    </message>
    <message>
        <source>Delete the stage “%1”?</source>
        <translation>Ištrinti etapą „%1“?</translation>
    </message>
    <message>
        <source>Its prospects need a stage without questions to go to; add one first.</source>
        <translation>Jo potencialiems klientams reikia etapo be klausimų, į kurį juos perkelti; pirmiausia pridėkite tokį.</translation>
    </message>
    <message>
        <source>“%1” holds %2 prospects. Move them to:</source>
        <translation>„%1“ yra %2 potencialių klientų. Perkelti juos į:</translation>
    </message>
</context>
<context>
    <name>StatusBarChart</name>
    <message>
        <source>%1 — %2: %3 (%4%)</source>
        <translation>%1 — %2: %3 (%4%)</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Business day of the cadence: 1 is the day of enrolling</source>
        <translation>Sekos darbo diena: 1 – įtraukimo diena</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Diena:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanalas:</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>Time (theirs)</source>
        <translation>Laikas (jų)</translation>
    </message>
    <message>
        <source>Time (theirs):</source>
        <translation>Laikas (jų):</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Nauja gija</translation>
    </message>
    <message>
        <source>Reply in the last thread</source>
        <translation>Atsakyti paskutinėje gijoje</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Gija:</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Tinklas:</translation>
    </message>
    <message>
        <source>A template&apos;s name, or the text itself</source>
        <translation>Šablono pavadinimas arba pats tekstas</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Šablonas:</translation>
    </message>
    <message>
        <source>Review before sending</source>
        <translation>Peržiūrėti prieš siunčiant</translation>
    </message>
    <message>
        <source>Ticked, the email waits in Today until you edit and send it; unticked, it goes to the outbox by itself when it falls due.</source>
        <translation>Pažymėjus laiškas laukia puslapyje „Šiandien“, kol jį pataisysite ir išsiųsite; nepažymėjus jis pats patenka į siunčiamų eilę, kai ateina laikas.</translation>
    </message>
    <message>
        <source>What to say on the call</source>
        <translation>Ką sakyti skambinant</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Scenarijus:</translation>
    </message>
    <message>
        <source>What the rep does, e.g. voicemail: leave a message and set a reminder</source>
        <translation>Ką daro atstovas, pvz., balso paštas: palikite žinutę ir nustatykite priminimą</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instrukcijos:</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>be termino</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Per:</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>%1 already holds %2 prospects; demo data is only added to an empty database.</source>
        <translation>%1 jau turi %2 potencialių klientų; demonstraciniai duomenys pridedami tik į tuščią duomenų bazę.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .csv, .xlsx or .vcf.</source>
        <translation>Eksportuoti į %1 negalima: failo pavadinimas turi baigtis .csv, .xlsx arba .vcf.</translation>
    </message>
    <message>
        <source>Refusing to export over the database file %1.</source>
        <translation>Atsisakoma eksportuoti ant duomenų bazės failo %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Nepavyksta įrašyti %1: %2.</translation>
    </message>
    <message>
        <source>There is no list named &quot;%1&quot;: this database has no lists.</source>
        <translation>Sąrašo pavadinimu „%1“ nėra: šioje duomenų bazėje sąrašų nėra.</translation>
    </message>
    <message>
        <source>There is no list named &quot;%1&quot;. Lists: %2.</source>
        <translation>Sąrašo pavadinimu „%1“ nėra. Sąrašai: %2.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>Atsarginė kopija negali perrašyti duomenų bazės, kurią kopijuoja.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Atsarginė kopija į %1 nepavyko: %2</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Serverio duomenų bazės atsarginė kopija daroma paties serverio įrankiais (pg_dump).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Duomenų bazės negalima atkurti iš jos pačios.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Click to see the rows behind this number</source>
        <translation>Spustelėkite, kad pamatytumėte eilutes už šio skaičiaus</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Ką padarytų importas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Eilutės</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Reset columns</source>
        <extracomment>Room around a column title: the style&apos;s margins and the sort arrow.</extracomment>
        <translation>Atkurti stulpelius</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>+%1</source>
        <extracomment>How many names the status bar shows before &quot;+N&quot;. Other people&apos;s writes heard by the listener thread (RESYNC: refresh everything).</extracomment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>Taip pat čia: %1</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 kompiuteryje %2 nuo %3</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Name:</source>
        <extracomment>How long typing must pause before the template is checked again (milliseconds). The database is open read-only: edits can be previewed, never saved.</extracomment>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Language variant</source>
        <translation>Kalbos variantas</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Pridėti kalbą…</translation>
    </message>
    <message>
        <source>Add A/B variant</source>
        <translation>Pridėti A/B</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variantas:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Insert a merge field</source>
        <translation>Įterpti sujungimo lauką</translation>
    </message>
    <message>
        <source>Insert field…</source>
        <translation>Įterpti lauką…</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Įterpti fragmentą</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>Fragmentai…</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Email body</source>
        <translation>Laiško tekstas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Insert snippet…</source>
        <translation>Įterpti fragmentą…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neišsaugoti pakeitimai</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(numatytoji)</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Pridėti kalbą</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kalba:</translation>
    </message>
</context>
<context>
    <name>TemplateMessages</name>
    <message>
        <source>the subject</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>laiško turinys</translation>
    </message>
    <message>
        <source>snippet “%1”</source>
        <translation>fragmentas „%1“</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglų</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rusų</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>kinų</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lietuvių</translation>
    </message>
    <message>
        <source>German</source>
        <translation>vokiečių</translation>
    </message>
    <message>
        <source>French</source>
        <translation>prancūzų</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>ispanų</translation>
    </message>
    <message>
        <source>The field “%field” has no value for this prospect. Fill it in, or give a fallback: {{ %field | default(&quot;…&quot;) }}.</source>
        <translation>Laukas „%field“ šiam potencialiam klientui neturi reikšmės. Užpildykite jį arba nurodykite atsarginę reikšmę: {{ %field | default(&quot;…&quot;) }}.</translation>
    </message>
    <message>
        <source>Line %line of %part: %message</source>
        <translation>%part, %line eilutė: %message</translation>
    </message>
    <message>
        <source>%part is too long (%size characters; at most %limit).</source>
        <translation>%part per ilga (%size simbolių; daugiausia %limit).</translation>
    </message>
    <message>
        <source>%part would produce more than %limit characters.</source>
        <translation>%part sudarytų daugiau nei %limit simbolių.</translation>
    </message>
    <message>
        <source>A loop runs too long (more than %limit steps).</source>
        <translation>Ciklas vykdomas per ilgai (daugiau nei %limit žingsnių).</translation>
    </message>
    <message>
        <source>A snippet or macro includes itself without end.</source>
        <translation>Fragmentas ar makrokomanda be galo įtraukia pati save.</translation>
    </message>
    <message>
        <source>The value of “%field” has a line break and cannot go into the subject line.</source>
        <translation>„%field“ reikšmėje yra eilutės lūžis, todėl jos negalima įrašyti į temos eilutę.</translation>
    </message>
    <message>
        <source>There is no snippet called “%name”.</source>
        <translation>Fragmento pavadinimu „%name“ nėra.</translation>
    </message>
    <message>
        <source>The template uses something templates may not use: %message</source>
        <translation>Šablone naudojama tai, ko šablonuose naudoti negalima: %message</translation>
    </message>
    <message>
        <source>The template fails on %part: %message</source>
        <translation>Šablonas nepavyksta ties %part: %message</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Tema tuščia.</translation>
    </message>
    <message>
        <source>There is no template called “%name”.</source>
        <translation>Šablono pavadinimu „%name“ nėra.</translation>
    </message>
    <message>
        <source>The prospect no longer exists.</source>
        <translation>Potencialaus kliento nebėra.</translation>
    </message>
    <message>
        <source>The cadence enrollment no longer exists.</source>
        <translation>Įtraukimo į seką nebėra.</translation>
    </message>
    <message>
        <source>The prospect has finished the cadence.</source>
        <translation>Potencialus klientas jau baigė seką.</translation>
    </message>
    <message>
        <source>Step %step of the cadence is not an email.</source>
        <translation>Sekos %step žingsnis nėra el. laiškas.</translation>
    </message>
    <message>
        <source>Step %step of the cadence names no template.</source>
        <translation>Sekos %step žingsnyje nenurodytas šablonas.</translation>
    </message>
    <message>
        <source>The step is no longer open: it was done, skipped or stopped.</source>
        <translation>Žingsnis nebeatviras: jis atliktas, praleistas ar sustabdytas.</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>Šablono nebėra.</translation>
    </message>
    <message>
        <source>The name “%name” is taken.</source>
        <translation>Pavadinimas „%name“ užimtas.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Suteikite pavadinimą.</translation>
    </message>
    <message>
        <source>Someone saved “%name” after you opened it (version %current). Reload it and make your change again; nothing was overwritten.</source>
        <translation>Kažkas išsaugojo „%name“ po to, kai jį atidarėte (versija %current). Įkelkite iš naujo ir pakeiskite dar kartą; niekas nebuvo perrašyta.</translation>
    </message>
    <message>
        <source>Variant A in the default language is required.</source>
        <translation>Būtinas A variantas numatytąja kalba.</translation>
    </message>
    <message>
        <source>Variant %label in %language exists twice.</source>
        <translation>Variantas %label kalba %language yra du kartus.</translation>
    </message>
    <message>
        <source>“%label” is not a variant label: use letters such as A, B, C.</source>
        <translation>„%label“ nėra varianto žymė: naudokite raides, pvz., A, B, C.</translation>
    </message>
    <message>
        <source>“%language” is not a language code such as en, ru, zh or lt.</source>
        <translation>„%language“ nėra kalbos kodas, pvz., en, ru, zh ar lt.</translation>
    </message>
    <message>
        <source>The snippet “%name” no longer exists.</source>
        <translation>Fragmento „%name“ nebėra.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>Template</source>
        <extracomment>The columns, by key, left to right. The role that gives a row&apos;s template id.</extracomment>
        <translation>Šablonas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kalbos</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <extracomment>Tables whose changes the page shows.</extracomment>
        <translation>Šablonai</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Naujas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>El. laiškų šablonai</translation>
    </message>
    <message>
        <source>Templates hold the emails of your cadences, with merge fields, language variants and A/B variants. Open a database to edit them.</source>
        <translation>Šablonuose laikomi jūsų sekų el. laiškai su sujungimo laukais, kalbų variantais ir A/B variantais. Atidarykite duomenų bazę, kad galėtumėte juos redaguoti.</translation>
    </message>
    <message>
        <source>Load templates</source>
        <translation>Įkelti šablonus</translation>
    </message>
    <message>
        <source>Open template</source>
        <translation>Atidaryti šabloną</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Naujas šablonas</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Išsaugoti šabloną</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Ištrinti šabloną</translation>
    </message>
    <message>
        <source>Delete “%1”? Cadence steps that name it will be blocked until it is restored or replaced.</source>
        <translation>Ištrinti „%1“? Jį nurodantys sekų žingsniai bus blokuojami, kol šablonas bus atkurtas arba pakeistas.</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>Add</source>
        <extracomment>Wait this long after the last edit before recomputing the preview. The largest company size the spin boxes offer. Region shortcuts in the order the menu shows them, with their display names.</extracomment>
        <translation>Pridėti</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
</context>
<context>
    <name>TodayFollowUps</name>
    <message>
        <source>Snooze until</source>
        <translation>Atidėti iki</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Atidėti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>A note on %1:</source>
        <translation>Pastaba apie %1:</translation>
    </message>
    <message>
        <source>Task or reminder</source>
        <translation>Užduotis ar priminimas</translation>
    </message>
    <message>
        <source>What to do for %1:</source>
        <translation>Ką padaryti dėl %1:</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Priminti</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>%1 is on this prospect</source>
        <translation>%1 dirba su šiuo potencialiu klientu</translation>
    </message>
    <message>
        <source>No browser opened the link.</source>
        <translation>Nė viena naršyklė neatidarė nuorodos.</translation>
    </message>
    <message>
        <source>%1 has no email address.</source>
        <translation>%1 neturi el. pašto adreso.</translation>
    </message>
    <message>
        <source>%1 is on the do-not-contact list.</source>
        <translation>%1 yra sąraše „Nekontaktuoti“.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Due</source>
        <extracomment>The columns, by key, left to right. The role that gives a row&apos;s item id. contact id -&gt; another rep&apos;s live lease (one&apos;s own leases are not shown).</extracomment>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanalas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Žingsnis</translation>
    </message>
    <message>
        <source>Their time</source>
        <translation>Jų laikas</translation>
    </message>
    <message>
        <source>Call now?</source>
        <translation>Skambinti dabar?</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>Kas dirba</translation>
    </message>
    <message>
        <source>%1. Guessed: nothing on the contact tells their time zone; check it.</source>
        <translation>%1. Spėta: kontakto duomenys nenurodo jo laiko juostos; patikrinkite.</translation>
    </message>
    <message>
        <source>%1 is on this prospect until %2</source>
        <translation>%1 dirba su šiuo potencialiu klientu iki %2</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today for:</source>
        <extracomment>Tables whose changes can change the queue or the day&apos;s count.</extracomment>
        <translation>Šiandien kam:</translation>
    </message>
    <message>
        <source>Today for</source>
        <translation>Šiandien kam</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>Klavišai (?)</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Šiandienos eilė</translation>
    </message>
    <message>
        <source>J / K: next / previous item</source>
        <translation>J / K: kitas / ankstesnis įrašas</translation>
    </message>
    <message>
        <source>Enter: open the call panel · Esc: close it</source>
        <translation>Enter: atidaryti skambučio skydelį · Esc: uždaryti</translation>
    </message>
    <message>
        <source>C: call · D: done · S: skip · Z: snooze · N: note · T: task or reminder</source>
        <translation>C: skambinti · D: atlikta · S: praleisti · Z: atidėti · N: pastaba · T: užduotis ar priminimas</translation>
    </message>
    <message>
        <source>M: open a message step&apos;s profile · P: power hour (calls one after another)</source>
        <translation>M: atidaryti žinutės žingsnio profilį · P: skambučių valanda (skambučiai vienas po kito)</translation>
    </message>
    <message>
        <source>E: write an email (a cadence email step opens ready to review and send)</source>
        <translation>E: rašyti laišką (sekos laiško žingsnis atsidaro paruoštas peržiūrai ir siuntimui)</translation>
    </message>
    <message>
        <source>In a call: %1</source>
        <translation>Skambučio metu: %1</translation>
    </message>
    <message>
        <source>?: show or hide these keys</source>
        <translation>?: rodyti arba slėpti šiuos klavišus</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Šiandien nieko nėra</translation>
    </message>
    <message>
        <source>Your calls, emails and LinkedIn touches for the day appear here, ordered by priority and each prospect&apos;s local time, once a database is open.</source>
        <translation>Kai atidaryta duomenų bazė, čia rodomi dienos skambučiai, el. laiškai ir LinkedIn kontaktai, surikiuoti pagal prioritetą ir kiekvieno potencialaus kliento vietos laiką.</translation>
    </message>
    <message>
        <source>Reading today&apos;s queue…</source>
        <translation>Skaitoma šiandienos eilė…</translation>
    </message>
    <message>
        <source>Load today&apos;s queue</source>
        <translation>Įkelti šiandienos eilę</translation>
    </message>
    <message>
        <source>Who are you? Pick yourself in the list above; this computer remembers it. A manager can look at any rep&apos;s day from the same list.</source>
        <translation>Kas jūs? Pasirinkite save sąraše viršuje; šis kompiuteris tai įsimins. Vadovas tame pačiame sąraše gali peržiūrėti bet kurio atstovo dieną.</translation>
    </message>
    <message>
        <source>%1 of %2 touches today</source>
        <translation>Šiandien kontaktų: %1 iš %2</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Kas jūs?</translation>
    </message>
    <message>
        <source>Today shows one rep&apos;s queue: the calls, emails and touches due for the prospects they enrolled in a cadence. This database has no reps yet: add yourself (your name, address, time zone and country), then enroll prospects from the Lists page.</source>
        <translation>Puslapyje „Šiandien“ rodoma vieno atstovo eilė: skambučiai, laiškai ir kontaktai, numatyti potencialiems klientams, kuriuos jis įtraukė į seką. Šioje duomenų bazėje atstovų dar nėra: pridėkite save (vardą, adresą, laiko juostą ir šalį), tada įtraukite potencialius klientus į sekas puslapyje „Sąrašai“.</translation>
    </message>
    <message>
        <source>Add me…</source>
        <translation>Pridėti mane…</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>AE</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vadovas</translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation>Pasirinkite, kas jūs…</translation>
    </message>
    <message>
        <source>Nothing due today. New steps appear here when they fall due; enroll prospects in a cadence to fill tomorrow&apos;s queue.</source>
        <translation>Šiandien nieko nėra. Nauji žingsniai čia atsiras, kai ateis jų laikas; įtraukite potencialius klientus į seką, kad užpildytumėte rytojaus eilę.</translation>
    </message>
    <message>
        <source>No program on this computer handles %1: links.</source>
        <translation>Šiame kompiuteryje nėra programos, kuri atidarytų %1: nuorodas.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Perskambinti</translation>
    </message>
    <message>
        <source>Log the outcome</source>
        <translation>Užregistruoti rezultatą</translation>
    </message>
    <message>
        <source>Saving the outcome…</source>
        <translation>Išsaugomas rezultatas…</translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>Call</source>
        <translation>Skambutis</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El. laiškas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Žinutė</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>public holiday: %1</source>
        <translation>valstybinė šventė: %1</translation>
    </message>
    <message>
        <source>outside calling hours</source>
        <translation>ne skambinimo valandos</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>savaitgalis</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>valstybinė šventė</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nekontaktuoti</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>nėra telefono</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1 (spėta)</translation>
    </message>
    <message>
        <source>Callable now</source>
        <translation>Galima skambinti dabar</translation>
    </message>
    <message>
        <source>%1 · next: %2</source>
        <translation>%1 · kitas: %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vėluojama</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Naujas lead&apos;as</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atlikta</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Praleisti</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Prisiskambinta</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Neatsiliepė</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Balso paštas</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Užimta</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Neteisingas numeris</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Sekretorius</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Nesuinteresuotas</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Susitikimas suplanuotas</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Perskambinti vėliau</translation>
    </message>
    <message>
        <source>This item was already completed (perhaps on another computer).</source>
        <translation>Šis įrašas jau atliktas (galbūt kitame kompiuteryje).</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Šio įrašo nebėra.</translation>
    </message>
    <message>
        <source>That outcome is only for calls.</source>
        <translation>Šis rezultatas skirtas tik skambučiams.</translation>
    </message>
    <message>
        <source>The phone number %1 cannot be dialled.</source>
        <translation>Telefono numerio %1 surinkti negalima.</translation>
    </message>
    <message>
        <source>There is no number to dial.</source>
        <translation>Nėra numerio, kurį būtų galima surinkti.</translation>
    </message>
    <message>
        <source>Calls cannot be placed with %1.</source>
        <translation>Su %1 skambinti negalima.</translation>
    </message>
</context>
<context>
    <name>UndoChange</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <extracomment>Rows listed in the conflict dialog before &quot;and N more&quot;.</extracomment>
        <translation>
            <numerusform>Ištrinti %n kontaktą</numerusform>
            <numerusform>Ištrinti %n kontaktus</numerusform>
            <numerusform>Ištrinti %n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge of %n contact(s)</source>
        <translation>
            <numerusform>%n kontakto sujungimas</numerusform>
            <numerusform>%n kontaktų sujungimas</numerusform>
            <numerusform>%n kontaktų sujungimas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix of %n contact(s)</source>
        <translation>
            <numerusform>%n kontakto pataisymas</numerusform>
            <numerusform>%n kontaktų pataisymas</numerusform>
            <numerusform>%n kontaktų pataisymas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n contact(s)</source>
        <translation>
            <numerusform>%n kontakto redagavimas</numerusform>
            <numerusform>%n kontaktų redagavimas</numerusform>
            <numerusform>%n kontaktų redagavimas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do not contact (%n contact(s))</source>
        <translation>
            <numerusform>Nekontaktuoti (%n kontaktas)</numerusform>
            <numerusform>Nekontaktuoti (%n kontaktai)</numerusform>
            <numerusform>Nekontaktuoti (%n kontaktų)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow contact (%n contact(s))</source>
        <translation>
            <numerusform>Leisti kontaktuoti (%n kontaktas)</numerusform>
            <numerusform>Leisti kontaktuoti (%n kontaktai)</numerusform>
            <numerusform>Leisti kontaktuoti (%n kontaktų)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Ne dublikatai</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n contact(s)</source>
        <translation>
            <numerusform>%n kontakto importas</numerusform>
            <numerusform>%n kontaktų importas</numerusform>
            <numerusform>%n kontaktų importas</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged outcome</source>
        <translation>Užregistruotas rezultatas</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Etapo pakeitimas</translation>
    </message>
    <message>
        <source>Pipeline stages change</source>
        <translation>Piltuvo etapų pakeitimas</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Perdavimas</translation>
    </message>
    <message>
        <source>Hand-off accepted</source>
        <translation>Perdavimas priimtas</translation>
    </message>
    <message>
        <source>Hand-off sent back</source>
        <translation>Perdavimas grąžintas</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Naujas šablonas</translation>
    </message>
    <message>
        <source>Template edit</source>
        <translation>Šablono redagavimas</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Šablono ištrynimas</translation>
    </message>
    <message>
        <source>Snippet edit</source>
        <translation>Fragmento redagavimas</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>Fragmento ištrynimas</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n contact(s)</source>
        <translation>
            <numerusform>%n kontakto įtraukimas į seką</numerusform>
            <numerusform>%n kontaktų įtraukimas į seką</numerusform>
            <numerusform>%n kontaktų įtraukimas į seką</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n cadence(s)</source>
        <translation>
            <numerusform>%n sekos pristabdymas</numerusform>
            <numerusform>%n sekų pristabdymas</numerusform>
            <numerusform>%n sekų pristabdymas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n cadence(s)</source>
        <translation>
            <numerusform>%n sekos atnaujinimas</numerusform>
            <numerusform>%n sekų atnaujinimas</numerusform>
            <numerusform>%n sekų atnaujinimas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change of %n row(s)</source>
        <translation>
            <numerusform>%n eilutės pakeitimas</numerusform>
            <numerusform>%n eilučių pakeitimas</numerusform>
            <numerusform>%n eilučių pakeitimas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Anuliuoti: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anuliuoti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Grąžinti</translation>
    </message>
    <message>
        <source>Redo is not available: an undone change cannot be re-applied safely. Do the action again instead.</source>
        <translation>Grąžinti negalima: anuliuoto pakeitimo saugiai pritaikyti iš naujo nepavyks. Geriau atlikite veiksmą dar kartą.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed after this fix. Undoing would overwrite somebody&apos;s edit.</source>
        <translation>
            <numerusform>Po šio pataisymo pasikeitė %n eilutė. Anuliuojant būtų perrašytas kažkieno pakeitimas.</numerusform>
            <numerusform>Po šio pataisymo pasikeitė %n eilutės. Anuliuojant būtų perrašytas kažkieno pakeitimas.</numerusform>
            <numerusform>Po šio pataisymo pasikeitė %n eilučių. Anuliuojant būtų perrašytas kažkieno pakeitimas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ir dar %n</numerusform>
            <numerusform>… ir dar %n</numerusform>
            <numerusform>… ir dar %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n row(s) restored.</source>
        <translation>
            <numerusform>Anuliuota: atkurta %n eilutė.</numerusform>
            <numerusform>Anuliuota: atkurtos %n eilutės.</numerusform>
            <numerusform>Anuliuota: atkurta %n eilučių.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <source>Do-not-contact entry</source>
        <translation>Įrašas „Nekontaktuoti“</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anuliuoti</translation>
    </message>
    <message>
        <source>Undo the rest leaves those rows as they are now and undoes everything else.</source>
        <translation>„Anuliuoti likusius“ palieka tas eilutes tokias, kokios yra dabar, o visa kita anuliuoja.</translation>
    </message>
    <message>
        <source>Undo the rest</source>
        <translation>Anuliuoti likusius</translation>
    </message>
    <message>
        <source>This change was undone already.</source>
        <translation>Šis pakeitimas jau anuliuotas.</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Check:</source>
        <translation>Tikrinti:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Patikra</translation>
    </message>
    <message>
        <source>Whole database</source>
        <translation>Visa duomenų bazė</translation>
    </message>
    <message>
        <source>Validate now</source>
        <translation>Tikrinti dabar</translation>
    </message>
    <message>
        <source>Check the contacts not yet checked with the current rules.</source>
        <translation>Patikrinti kontaktus, dar netikrintus pagal dabartines taisykles.</translation>
    </message>
    <message>
        <source>Revalidate all</source>
        <translation>Tikrinti viską iš naujo</translation>
    </message>
    <message>
        <source>Check every contact in scope again.</source>
        <translation>Dar kartą patikrinti visus apimties kontaktus.</translation>
    </message>
    <message>
        <source>Check mail domains (DNS)</source>
        <translation>Tikrinti pašto domenus (DNS)</translation>
    </message>
    <message>
        <source>Ask DNS whether each email domain accepts mail. Needs the network; answers are cached. A lookup that cannot finish marks the address Unknown, never Invalid.</source>
        <translation>Per DNS paklausti, ar kiekvienas el. pašto domenas priima laiškus. Reikia tinklo; atsakymai saugomi podėlyje. Nepavykusi užklausa adresą pažymi kaip „Nežinoma“, niekada – „Netinkamas“.</translation>
    </message>
    <message>
        <source>Contacts with problems</source>
        <translation>Kontaktai su problemomis</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Priimti pasiūlymą</translation>
    </message>
    <message>
        <source>Mark do-not-contact</source>
        <translation>Pažymėti „Nekontaktuoti“</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Apply to all with this reason…</source>
        <translation>Taikyti visiems su šia priežastimi…</translation>
    </message>
    <message>
        <source>Accept the suggestions</source>
        <translation>Priimti pasiūlymus</translation>
    </message>
    <message>
        <source>Delete the contacts</source>
        <translation>Ištrinti kontaktus</translation>
    </message>
    <message>
        <source>Nothing to check yet</source>
        <translation>Kol kas nėra ką tikrinti</translation>
    </message>
    <message>
        <source>This page checks your contacts&apos; emails, phones, names and companies and fixes what it can in bulk. Add contacts on the Lists page first.</source>
        <translation>Šis puslapis tikrina jūsų kontaktų el. pašto adresus, telefonus, vardus ir įmones ir masiškai ištaiso, ką gali. Pirmiausia pridėkite kontaktų puslapyje „Sąrašai“.</translation>
    </message>
    <message>
        <source>Go to Lists</source>
        <translation>Eiti į sąrašus</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Sąrašas: %1</translation>
    </message>
    <message>
        <source>Load lists</source>
        <translation>Įkelti sąrašus</translation>
    </message>
    <message>
        <source>Checking mail domains in DNS…</source>
        <translation>Pašto domenai tikrinami per DNS…</translation>
    </message>
    <message>
        <source>Validating contacts…</source>
        <translation>Tikrinami kontaktai…</translation>
    </message>
    <message>
        <source>Revalidating every contact…</source>
        <translation>Iš naujo tikrinami visi kontaktai…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) checked</source>
        <translation>
            <numerusform>Patikrintas %n kontaktas</numerusform>
            <numerusform>Patikrinti %n kontaktai</numerusform>
            <numerusform>Patikrinta %n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed.</source>
        <translation>
            <numerusform>pasikeitė %n.</numerusform>
            <numerusform>pasikeitė %n.</numerusform>
            <numerusform>pasikeitė %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Sustabdyta. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>Check mail domains</source>
        <translation>Tikrinti pašto domenus</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Tikrinimas</translation>
    </message>
    <message numerus="yes">
        <source>Fix all %n contact(s) with this reason at once.</source>
        <translation>
            <numerusform>Iš karto pataisyti visą %n kontaktą su šia priežastimi.</numerusform>
            <numerusform>Iš karto pataisyti visus %n kontaktus su šia priežastimi.</numerusform>
            <numerusform>Iš karto pataisyti visus %n kontaktų su šia priežastimi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a reason on the left first.</source>
        <translation>Pirmiausia kairėje pasirinkite priežastį.</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (slinkite, kad pamatytumėte daugiau)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>Rodoma %n eilutė</numerusform>
            <numerusform>Rodomos %n eilutės</numerusform>
            <numerusform>Rodoma %n eilučių</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Suvestinė</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
</context>
<context>
    <name>ValidationFixes</name>
    <message numerus="yes">
        <source>%n suggestion(s) accepted.</source>
        <translation>
            <numerusform>Priimtas %n pasiūlymas.</numerusform>
            <numerusform>Priimti %n pasiūlymai.</numerusform>
            <numerusform>Priimta %n pasiūlymų.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked on the Validate page</source>
        <translation>Pažymėta puslapyje „Tikrinimas“</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked do-not-contact.</source>
        <translation>
            <numerusform>%n kontaktas pažymėtas „Nekontaktuoti“.</numerusform>
            <numerusform>%n kontaktai pažymėti „Nekontaktuoti“.</numerusform>
            <numerusform>%n kontaktų pažymėta „Nekontaktuoti“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>Ištrintas %n kontaktas.</numerusform>
            <numerusform>Ištrinti %n kontaktai.</numerusform>
            <numerusform>Ištrinta %n kontaktų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the suggested correction for all %n contact(s) with this reason?</source>
        <translation>
            <numerusform>Priimti siūlomą pataisymą %n kontaktui su šia priežastimi?</numerusform>
            <numerusform>Priimti siūlomą pataisymą visiems %n kontaktams su šia priežastimi?</numerusform>
            <numerusform>Priimti siūlomą pataisymą visiems %n kontaktų su šia priežastimi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n contact(s) with this reason do-not-contact?</source>
        <translation>
            <numerusform>Pažymėti %n kontaktą su šia priežastimi „Nekontaktuoti“?</numerusform>
            <numerusform>Pažymėti visus %n kontaktus su šia priežastimi „Nekontaktuoti“?</numerusform>
            <numerusform>Pažymėti visus %n kontaktų su šia priežastimi „Nekontaktuoti“?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n contact(s) with this reason?</source>
        <translation>
            <numerusform>Ištrinti %n kontaktą su šia priežastimi?</numerusform>
            <numerusform>Ištrinti visus %n kontaktus su šia priežastimi?</numerusform>
            <numerusform>Ištrinti visus %n kontaktų su šia priežastimi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to all with this reason</source>
        <translation>Taikyti visiems su šia priežastimi</translation>
    </message>
    <message>
        <source>This is one change: you can undo it afterwards.</source>
        <translation>Tai vienas pakeitimas: vėliau jį galėsite anuliuoti.</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n contact(s)</source>
        <translation>
            <numerusform>Taikyti %n kontaktui</numerusform>
            <numerusform>Taikyti %n kontaktams</numerusform>
            <numerusform>Taikyti %n kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anuliuoti</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Pataisymas</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n row(s) restored.</source>
        <translation>
            <numerusform>Anuliuota: atkurta %n eilutė.</numerusform>
            <numerusform>Anuliuota: atkurtos %n eilutės.</numerusform>
            <numerusform>Anuliuota: atkurta %n eilučių.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationReasons</name>
    <message>
        <source>The field is empty.</source>
        <extracomment>The explanation of each reason code in the user&apos;s language. The English texts are ``app.core.validation.REASONS``&apos;s (the CLI prints those); one lambda per code keeps each text a literal for lupdate, translated when it is shown.</extracomment>
        <translation>Laukas tuščias.</translation>
    </message>
    <message>
        <source>This is not an email address (no @, stray characters or spaces).</source>
        <translation>Tai ne el. pašto adresas (nėra @, pašalinių simbolių ar tarpų).</translation>
    </message>
    <message>
        <source>The part before the @ is quoted (&quot;john doe&quot;@…); few systems accept it.</source>
        <translation>Dalis prieš @ yra kabutėse (&quot;john doe&quot;@…); tokius adresus priima nedaug sistemų.</translation>
    </message>
    <message>
        <source>The address contains a comment in parentheses or folded white space.</source>
        <translation>Adrese yra komentaras skliaustuose arba perkeltas tarpas.</translation>
    </message>
    <message>
        <source>The address contains invisible control characters.</source>
        <translation>Adrese yra nematomų valdymo simbolių.</translation>
    </message>
    <message>
        <source>The part before the @ has characters or dots that are not allowed.</source>
        <translation>Dalyje prieš @ yra neleistinų simbolių ar taškų.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Dalis prieš @ ilgesnė nei 64 simboliai.</translation>
    </message>
    <message>
        <source>The number is too long for its country.</source>
        <translation>Numeris per ilgas savo šaliai.</translation>
    </message>
    <message>
        <source>The domain is an IP address, not a name.</source>
        <translation>Domenas yra IP adresas, o ne vardas.</translation>
    </message>
    <message>
        <source>The domain has no dot (e.g. john@localhost).</source>
        <translation>Domene nėra taško (pvz., john@localhost).</translation>
    </message>
    <message>
        <source>The domain is not a valid host name.</source>
        <translation>Domenas nėra tinkamas serverio vardas.</translation>
    </message>
    <message>
        <source>The domain ends in a number, which is never a top-level domain.</source>
        <translation>Domenas baigiasi skaičiumi, o aukščiausio lygio domenas niekada nebūna skaičius.</translation>
    </message>
    <message>
        <source>The domain does not end in a known top-level domain.</source>
        <translation>Domenas nesibaigia žinomu aukščiausio lygio domenu.</translation>
    </message>
    <message>
        <source>The domain is reserved for special use (.local, .test, .invalid…).</source>
        <translation>Domenas rezervuotas specialiai paskirčiai (.local, .test, .invalid…).</translation>
    </message>
    <message>
        <source>The domain does not exist or has neither an MX nor an A/AAAA record.</source>
        <translation>Domenas neegzistuoja arba neturi nei MX, nei A/AAAA įrašo.</translation>
    </message>
    <message>
        <source>The domain publishes a null MX: it states that it accepts no mail.</source>
        <translation>Domenas skelbia nulinį MX įrašą: jis nurodo, kad pašto nepriima.</translation>
    </message>
    <message>
        <source>A role or shared mailbox (info@, sales@, noreply@…), not a person.</source>
        <translation>Bendrasis ar pareigybės adresas (info@, sales@, noreply@…), o ne žmogus.</translation>
    </message>
    <message>
        <source>A disposable / throwaway mail domain.</source>
        <translation>Vienkartinio pašto domenas.</translation>
    </message>
    <message>
        <source>The domain looks like a typo of a popular mail domain.</source>
        <translation>Domenas panašus į populiaraus pašto domeno rašybos klaidą.</translation>
    </message>
    <message>
        <source>The part before the @ has non-ASCII letters; the sender must support SMTPUTF8.</source>
        <translation>Dalyje prieš @ yra ne ASCII raidžių; siuntėjo serveris turi palaikyti SMTPUTF8.</translation>
    </message>
    <message>
        <source>The DNS check timed out; deliverability is unknown.</source>
        <translation>Baigėsi DNS patikros laikas; ar laiškas bus pristatytas, nežinoma.</translation>
    </message>
    <message>
        <source>The DNS check failed (offline or no DNS server answered).</source>
        <translation>DNS patikra nepavyko (nėra ryšio arba neatsakė nė vienas DNS serveris).</translation>
    </message>
    <message>
        <source>A free mail provider (gmail.com, mail.ru, qq.com…): not a company address.</source>
        <translation>Nemokamas pašto teikėjas (gmail.com, mail.ru, qq.com…): ne įmonės adresas.</translation>
    </message>
    <message>
        <source>The domain has no MX record; mail goes to its A/AAAA address.</source>
        <translation>Domenas neturi MX įrašo; paštas siunčiamas jo A/AAAA adresu.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Tai nepanašu į telefono numerį.</translation>
    </message>
    <message>
        <source>A spreadsheet turned the number into scientific notation (4.15555E+09).</source>
        <translation>Skaičiuoklė numerį pavertė moksliniu užrašu (4.15555E+09).</translation>
    </message>
    <message>
        <source>A placeholder such as 0000000 rather than a real number.</source>
        <translation>Užpildas, pvz., 0000000, o ne tikras numeris.</translation>
    </message>
    <message>
        <source>The number has no + country code and the contact&apos;s country is unknown.</source>
        <translation>Numeris neturi šalies kodo su +, o kontakto šalis nežinoma.</translation>
    </message>
    <message>
        <source>The country calling code does not exist.</source>
        <translation>Tokio šalies telefono kodo nėra.</translation>
    </message>
    <message>
        <source>The number is too short for its country.</source>
        <translation>Numeris per trumpas savo šaliai.</translation>
    </message>
    <message>
        <source>The number&apos;s length does not fit any number type of its country.</source>
        <translation>Numerio ilgis netinka jokiam jo šalies numerių tipui.</translation>
    </message>
    <message>
        <source>The length is possible but the number is not in an assigned range.</source>
        <translation>Ilgis galimas, bet numeris ne iš suteikto intervalo.</translation>
    </message>
    <message>
        <source>No email address.</source>
        <translation>Nėra el. pašto adreso.</translation>
    </message>
    <message>
        <source>The email address is invalid.</source>
        <translation>El. pašto adresas netinkamas.</translation>
    </message>
    <message>
        <source>The email address is risky.</source>
        <translation>El. pašto adresas rizikingas.</translation>
    </message>
    <message>
        <source>The email address could not be verified.</source>
        <translation>El. pašto adreso patikrinti nepavyko.</translation>
    </message>
    <message>
        <source>The email address is on a free mail provider, not the company&apos;s domain.</source>
        <translation>El. pašto adresas nemokamo pašto teikėjo, o ne įmonės domene.</translation>
    </message>
    <message>
        <source>No phone number.</source>
        <translation>Nėra telefono numerio.</translation>
    </message>
    <message>
        <source>The phone number is invalid.</source>
        <translation>Telefono numeris netinkamas.</translation>
    </message>
    <message>
        <source>The phone number may not be assigned.</source>
        <translation>Telefono numeris gali būti nesuteiktas.</translation>
    </message>
    <message>
        <source>No first name.</source>
        <translation>Nėra vardo.</translation>
    </message>
    <message>
        <source>No last name.</source>
        <translation>Nėra pavardės.</translation>
    </message>
    <message>
        <source>No company.</source>
        <translation>Nėra įmonės.</translation>
    </message>
    <message>
        <source>No job title.</source>
        <translation>Nėra pareigų.</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <source>Valid</source>
        <extracomment>Statuses in the order the summary and chart show them (&quot;unchecked&quot;: never validated). Colours readable as text on a light background and as bar fills.</extracomment>
        <translation>Tinkamas</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Rizikingas</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Netinkamas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nežinoma</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Netikrinta</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Tuščia</translation>
    </message>
    <message>
        <source>Not an address</source>
        <translation>Ne adresas</translation>
    </message>
    <message>
        <source>Quoted name part</source>
        <translation>Vardo dalis kabutėse</translation>
    </message>
    <message>
        <source>Comment in address</source>
        <translation>Komentaras adrese</translation>
    </message>
    <message>
        <source>Invisible characters</source>
        <translation>Nematomi simboliai</translation>
    </message>
    <message>
        <source>Bad characters before @</source>
        <translation>Netinkami simboliai prieš @</translation>
    </message>
    <message>
        <source>Name part too long</source>
        <translation>Per ilga vardo dalis</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Per ilgas</translation>
    </message>
    <message>
        <source>IP address as domain</source>
        <translation>IP adresas vietoj domeno</translation>
    </message>
    <message>
        <source>Domain without a dot</source>
        <translation>Domenas be taško</translation>
    </message>
    <message>
        <source>Invalid domain</source>
        <translation>Netinkamas domenas</translation>
    </message>
    <message>
        <source>Numeric top-level domain</source>
        <translation>Skaitinis aukščiausio lygio domenas</translation>
    </message>
    <message>
        <source>Unknown top-level domain</source>
        <translation>Nežinomas aukščiausio lygio domenas</translation>
    </message>
    <message>
        <source>Reserved domain</source>
        <translation>Rezervuotas domenas</translation>
    </message>
    <message>
        <source>No mail server</source>
        <translation>Nėra pašto serverio</translation>
    </message>
    <message>
        <source>Domain refuses mail</source>
        <translation>Domenas nepriima laiškų</translation>
    </message>
    <message>
        <source>Role mailbox (info@, sales@…)</source>
        <translation>Bendrasis adresas (info@, sales@…)</translation>
    </message>
    <message>
        <source>Disposable domain</source>
        <translation>Vienkartinis domenas</translation>
    </message>
    <message>
        <source>Probable typo</source>
        <translation>Tikėtina rašybos klaida</translation>
    </message>
    <message>
        <source>Non-ASCII name part</source>
        <translation>Ne ASCII vardo dalis</translation>
    </message>
    <message>
        <source>DNS timed out</source>
        <translation>Baigėsi DNS laukimo laikas</translation>
    </message>
    <message>
        <source>DNS failed</source>
        <translation>DNS klaida</translation>
    </message>
    <message>
        <source>Free mail provider</source>
        <translation>Nemokamas pašto teikėjas</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>Nėra MX įrašo</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Ne telefono numeris</translation>
    </message>
    <message>
        <source>Mangled by a spreadsheet</source>
        <translation>Sugadintas skaičiuoklės</translation>
    </message>
    <message>
        <source>Placeholder number</source>
        <translation>Numeris užpildas</translation>
    </message>
    <message>
        <source>No country code</source>
        <translation>Nėra šalies kodo</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Nežinomas šalies kodas</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Per trumpas</translation>
    </message>
    <message>
        <source>Wrong length</source>
        <translation>Netinkamas ilgis</translation>
    </message>
    <message>
        <source>Not an assigned range</source>
        <translation>Ne iš suteikto intervalo</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Problemų nerasta.</translation>
    </message>
    <message>
        <source>This value has not been validated yet.</source>
        <translation>Ši reikšmė dar netikrinta.</translation>
    </message>
</context>
<context>
    <name>ValidationSummaryView</name>
    <message>
        <source>Emails</source>
        <extracomment>The statuses with a tile (and a chart segment), in this order.</extracomment>
        <translation>El. paštai</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonai</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dublikatai</translation>
    </message>
    <message>
        <source>Missing fields</source>
        <translation>Trūkstami laukai</translation>
    </message>
    <message>
        <source>Avg. quality</source>
        <translation>Vid. kokybė</translation>
    </message>
    <message>
        <source>%1 share an email address, %2 share a phone number and last name.</source>
        <translation>%1 turi bendrą el. pašto adresą, %2 – bendrą telefono numerį ir pavardę.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>el. paštas</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefonas</translation>
    </message>
    <message>
        <source>name</source>
        <translation>vardas</translation>
    </message>
    <message>
        <source>company</source>
        <translation>įmonė</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>pareigos</translation>
    </message>
    <message>
        <source>No %1: %2</source>
        <translation>Nėra lauko „%1“: %2</translation>
    </message>
    <message>
        <source>Average data quality score of the checked contacts, 0–100.</source>
        <translation>Patikrintų kontaktų vidutinis duomenų kokybės įvertis, 0–100.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in scope</source>
        <translation>
            <numerusform>Apimtyje %n kontaktas</numerusform>
            <numerusform>Apimtyje %n kontaktai</numerusform>
            <numerusform>Apimtyje %n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked with the current rules — use Validate now</source>
        <translation>
            <numerusform>%n netikrintas pagal dabartines taisykles – spauskite „Tikrinti dabar“</numerusform>
            <numerusform>%n netikrinti pagal dabartines taisykles – spauskite „Tikrinti dabar“</numerusform>
            <numerusform>%n netikrinta pagal dabartines taisykles – spauskite „Tikrinti dabar“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebFormRulesBox</name>
    <message>
        <source>Web-form mails (from the IMAP account)</source>
        <translation>Žiniatinklio formų laiškai (iš IMAP paskyros)</translation>
    </message>
    <message>
        <source>The IMAP folder form mails land in (none: off)</source>
        <translation>IMAP aplankas, į kurį patenka formų laiškai (nėra – išjungta)</translation>
    </message>
    <message>
        <source>Sender contains</source>
        <translation>Siuntėjas turi</translation>
    </message>
    <message>
        <source>Subject contains</source>
        <translation>Tema turi</translation>
    </message>
    <message>
        <source>Labels (Label = field; …)</source>
        <translation>Žymės (Žymė = laukas; …)</translation>
    </message>
    <message>
        <source>Add form</source>
        <translation>Pridėti formą</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Without rules every mail in the folder is read by the usual labels (Name, Email, Phone, Company, Message…). Fields: %1. Read mails move to the folder&apos;s “– done” sibling.</source>
        <translation>Be taisyklių kiekvienas aplanko laiškas skaitomas pagal įprastas žymes (Name, Email, Phone, Company, Message…). Laukai: %1. Perskaityti laiškai perkeliami į gretimą aplanką „– done“.</translation>
    </message>
    <message>
        <source>Row %1: write the labels as Label = field; fields are %2.</source>
        <translation>%1 eilutė: žymes rašykite kaip Žymė = laukas; laukai: %2.</translation>
    </message>
</context>
<context>
    <name>WhenDialog</name>
    <message>
        <source>%1&apos;s local time (%2)</source>
        <extracomment>Call outcomes where a person answered: the power hour&apos;s connects.</extracomment>
        <translation>%1 vietos laikas (%2)</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Po 1 valandos</translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation>Po 3 valandų</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Rytoj 9:00</translation>
    </message>
</context>
</TS>
