<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>A prospecting workstation for sales development reps: build lists, check contact data, work your cadences and hand qualified prospects on.</source>
        <translation>Рабочее место для поиска клиентов: составляйте списки, проверяйте контактные данные, ведите цепочки касаний и передавайте квалифицированных клиентов дальше.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать сведения</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside Prospect Desk. The last action may not have finished; changes already saved are safe.</source>
        <translation>В Prospect Desk что-то пошло не так. Последнее действие могло не завершиться; уже сохранённые изменения в безопасности.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1</source>
        <translation>Подробности записаны в журнал:
%1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Добро пожаловать в %1</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>С чего начнём?</translation>
    </message>
    <message>
        <source>Your database will be created at:
%1</source>
        <translation>База данных будет создана здесь:
%1</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>Начать с демонстрационных данных</translation>
    </message>
    <message>
        <source>About two thousand realistic prospects, companies and activities to explore the app. Delete the database when you are done.</source>
        <translation>Около двух тысяч правдоподобных контактов, компаний и действий, чтобы освоиться. Когда закончите, просто удалите базу.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Начать с пустой базы</translation>
    </message>
    <message>
        <source>An empty database; import your own contacts from CSV, XLSX or vCard.</source>
        <translation>Пустая база; импортируйте свои контакты из CSV, XLSX или vCard.</translation>
    </message>
    <message>
        <source>Open existing…</source>
        <translation>Открыть существующую…</translation>
    </message>
    <message>
        <source>Open a database you or your team already use, for example on a share.</source>
        <translation>Откройте базу, с которой уже работаете вы или ваша команда, например в общей папке.</translation>
    </message>
    <message>
        <source>Demo data is not available in this version.</source>
        <translation>В этой версии нет демонстрационных данных.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a database or create a new one from the File menu.</source>
        <translation>Откройте базу или создайте новую через меню «Файл».</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Контактов пока нет</translation>
    </message>
    <message>
        <source>Import a CSV, XLSX or vCard file, or create demo data to try the app. Your contacts, lists and saved segments will be here.</source>
        <translation>Импортируйте файл CSV, XLSX или vCard или создайте демонстрационные данные, чтобы попробовать программу. Здесь будут ваши контакты, списки и сохранённые сегменты.</translation>
    </message>
    <message>
        <source>Create demo data…</source>
        <translation>Создать демо-данные…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) in this database</source>
        <translation><numerusform>%Ln контакт в базе</numerusform><numerusform>%Ln контакта в базе</numerusform><numerusform>%Ln контактов в базе</numerusform></translation>
    </message>
    <message>
        <source>The contact table with instant search, your lists and saved segments will be here. Meanwhile, check your contacts' emails and phones.</source>
        <translation>Здесь появятся таблица контактов с мгновенным поиском, ваши списки и сохранённые сегменты. А пока проверьте адреса и телефоны контактов.</translation>
    </message>
    <message>
        <source>Go to Validate</source>
        <translation>К проверке</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;базы</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Prospect Desk</source>
        <translation>&amp;О программе Prospect Desk</translation>
    </message>
    <message>
        <source>Solo</source>
        <translation>Один пользователь</translation>
    </message>
    <message>
        <source>Shared file</source>
        <translation>Общий файл</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Сервер команды</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу…</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База не открыта</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln контакт</numerusform><numerusform>%Ln контакта</numerusform><numerusform>%Ln контактов</numerusform></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открываем %1…</translation>
    </message>
    <message>
        <source>Upgraded the database; the old version was backed up to %1</source>
        <translation>База обновлена; копия прежней версии сохранена в %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу</translation>
    </message>
    <message>
        <source>Database on a shared folder</source>
        <translation>База в общей папке</translation>
    </message>
    <message>
        <source>This database is on a network share or in a sync folder (%1).</source>
        <translation>Эта база лежит в сетевой или синхронизируемой папке (%1).</translation>
    </message>
    <message>
        <source>Prospect Desk works with it, but slower: the fast journal (WAL) is off because it does not work on such folders. Keep it to a handful of people (up to five) working at the same time; bigger teams should use a PostgreSQL server.</source>
        <translation>Prospect Desk работает с ней, но медленнее: быстрый журнал (WAL) выключен, потому что в таких папках он не работает. Одновременно с ней должны работать не больше пяти человек; большим командам лучше перейти на сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Restore this backup in place of the damaged file:</source>
        <translation>Восстановить эту копию вместо повреждённого файла:</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Недавних баз нет</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Создаём резервную копию…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстанавливаем копию…</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>Demo data is not available in this version.</source>
        <translation>В этой версии нет демонстрационных данных.</translation>
    </message>
    <message>
        <source>Creating demo contacts…</source>
        <translation>Создаём демонстрационные контакты…</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <source>Restored %1 from the backup.</source>
        <translation>База %1 восстановлена из резервной копии.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Повреждённый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>OpenErrorDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Создать новую базу</translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation>Резервных копий этой базы не найдено.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Файл не изменён.</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it without changes.</source>
        <translation>Его можно открыть только для чтения и посмотреть, ничего не меняя.</translation>
    </message>
    <message>
        <source>You can restore the latest backup in its place.</source>
        <translation>Вместо него можно восстановить последнюю резервную копию.</translation>
    </message>
    <message>
        <source>No backup of it was found in the backup folder.</source>
        <translation>В папке резервных копий его копий не найдено.</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>The pipeline is empty</source>
        <translation>Воронка пуста</translation>
    </message>
    <message>
        <source>Prospects move across stages here: New, Researching, Attempting, Connected, Qualified, Meeting booked and Handed off. Add contacts on the Lists page to start.</source>
        <translation>Здесь клиенты проходят этапы: новый, изучение, попытки связаться, на связи, квалифицирован, встреча назначена, передан. Чтобы начать, добавьте контакты на странице «Списки».</translation>
    </message>
    <message>
        <source>Go to Lists</source>
        <translation>К спискам</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s) in the pipeline</source>
        <translation><numerusform>%Ln клиент в воронке</numerusform><numerusform>%Ln клиента в воронке</numerusform><numerusform>%Ln клиентов в воронке</numerusform></translation>
    </message>
    <message>
        <source>The board with a column per stage will be here: drag a prospect to the next stage, qualify it, and hand it to an account executive.</source>
        <translation>Здесь будет доска с колонкой на каждый этап: перетаскивайте клиента на следующий этап, квалифицируйте и передавайте менеджеру по продажам.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>No activity to report yet</source>
        <translation>Пока нечего показать</translation>
    </message>
    <message>
        <source>Touches per day against your goal, connect and reply rates, meetings booked, the stage funnel and speed-to-lead appear here after your first calls and emails.</source>
        <translation>Касания за день против цели, доля дозвонов и ответов, назначенные встречи, воронка по этапам и скорость реакции на лиды появятся здесь после первых звонков и писем.</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Nothing to check yet</source>
        <translation>Проверять пока нечего</translation>
    </message>
    <message>
        <source>This page checks your contacts' emails, phones, names and companies and fixes what it can in bulk. Add contacts on the Lists page first.</source>
        <translation>Здесь проверяются адреса, телефоны, имена и компании ваших контактов, а всё, что можно, исправляется разом. Сначала добавьте контакты на странице «Списки».</translation>
    </message>
    <message>
        <source>Go to Lists</source>
        <translation>К спискам</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) ready to check</source>
        <translation><numerusform>%Ln контакт можно проверить</numerusform><numerusform>%Ln контакта можно проверить</numerusform><numerusform>%Ln контактов можно проверить</numerusform></translation>
    </message>
    <message>
        <source>Email and phone checks, quality scores and bulk fixes will be here. The values you imported are always kept as they were.</source>
        <translation>Здесь будут проверка адресов и телефонов, оценки качества и массовые исправления. Импортированные значения всегда сохраняются в исходном виде.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Go to Lists</source>
        <translation>К спискам</translation>
    </message>
    <message>
        <source>Your calls, emails and LinkedIn touches for the day appear here, ordered by priority and each prospect's local time. Add contacts on the Lists page to start.</source>
        <translation>Здесь появятся звонки, письма и касания в LinkedIn на день — по приоритету и местному времени клиента. Чтобы начать, добавьте контакты на странице «Списки».</translation>
    </message>
    <message>
        <source>Your calls, emails and LinkedIn touches for the day appear here, ordered by priority and each prospect's local time, once prospects are enrolled in a cadence.</source>
        <translation>Здесь появятся звонки, письма и касания в LinkedIn на день — по приоритету и местному времени клиента, как только клиенты попадут в цепочку касаний.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>На сегодня ничего нет</translation>
    </message>
</context>
</TS>