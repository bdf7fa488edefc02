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
    <name>ConditionRow</name>
    <message>
        <source> days</source>
        <extracomment>Wait this long after an edit before counting.</extracomment>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Убрать условие</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>значения через запятую</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Do not contact</source>
        <extracomment>The fields the panel edits inline, by the name ``edit_field`` knows them.</extracomment>
        <translation>Не связываться</translation>
    </message>
    <message>
        <source>This contact asked not to be contacted; every channel is blocked.</source>
        <translation>Контакт просил не связываться с ним; все каналы заблокированы.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Нет email</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Нет телефона</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>Тип лида</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>Выберите контакт, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Load contact</source>
        <translation>Загрузка контакта</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Этого контакта больше нет.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Сохранён как %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Возможно, имелось в виду %1?</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>доб. %1</translation>
    </message>
    <message>
        <source>Local time %1 (%2)</source>
        <translation>Местное время %1 (%2)</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>городской</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>городской или мобильный</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>бесплатный</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Seed (referral)</source>
        <translation>Seed (рекомендация)</translation>
    </message>
    <message>
        <source>Net (marketing)</source>
        <translation>Net (маркетинг)</translation>
    </message>
    <message>
        <source>Spear (targeted outbound)</source>
        <translation>Spear (адресный исходящий)</translation>
    </message>
    <message>
        <source>Fit %1 · Quality %2</source>
        <translation>Соответствие %1 · Качество %2</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Сохранение контакта</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Принять исправление</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Контакт изменён</translation>
    </message>
    <message>
        <source>Someone else changed this contact after you opened it.</source>
        <translation>Кто-то другой изменил этот контакт после того, как вы его открыли.</translation>
    </message>
    <message>
        <source>Reload to see their change (yours is discarded), or keep your change and save it over theirs.</source>
        <translation>Перезагрузите, чтобы увидеть его изменение (ваше будет отброшено), или оставьте своё и сохраните его поверх.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Keep my change</source>
        <translation>Оставить моё</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Ids in the first page: one screen and some, so the first paint needs one small query. Ids per later page (a keyset query of this size takes a few ms at a million contacts). Rows read around a row that is painted before it was loaded. Rows kept in the cache before far-away ones are dropped. The role that gives a row&apos;s contact id. Called (GUI thread) for every page query; the benchmark times them.</extracomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Статус почты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Статус телефона</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Соотв.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Last touched</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Верный</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Сомнительный</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Неверный</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1 (без сортировки)</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>Нажмите, чтобы сортировать по «%1»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Load contacts</source>
        <translation>Загрузка контактов</translation>
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
    <name>IcpDialog</name>
    <message>
        <source>Ideal customer profile</source>
        <translation>Профиль идеального клиента</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>Score contacts against this profile</source>
        <translation>Оценивать контакты по этому профилю</translation>
    </message>
    <message>
        <source>e.g. Software, Logistics</source>
        <translation>например, Software, Logistics</translation>
    </message>
    <message>
        <source>Words in the job title, e.g. sales, vertrieb, продаж</source>
        <translation>Слова в должности, например: sales, vertrieb, продаж</translation>
    </message>
    <message>
        <source>Country or region, e.g. Germany, DE, DACH</source>
        <translation>Страна или регион, например: Germany, DE, DACH</translation>
    </message>
    <message>
        <source>Add a region…</source>
        <translation>Добавить регион…</translation>
    </message>
    <message>
        <source>Competitors, customers: acme.com</source>
        <translation>Конкуренты, клиенты: acme.com</translation>
    </message>
    <message>
        <source>C-level / owner</source>
        <translation>Первые лица / владелец</translation>
    </message>
    <message>
        <source>VP</source>
        <translation>Вице-президент</translation>
    </message>
    <message>
        <source>Director / head</source>
        <translation>Директор / руководитель</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Individual contributor</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>сотрудников</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Industries:</source>
        <translation>Отрасли:</translation>
    </message>
    <message>
        <source>Title keywords:</source>
        <translation>Слова в должности:</translation>
    </message>
    <message>
        <source>Seniority:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Company size:</source>
        <translation>Размер компании:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Страны:</translation>
    </message>
    <message>
        <source>Excluded domains:</source>
        <translation>Исключённые домены:</translation>
    </message>
    <message>
        <source>Who to target</source>
        <translation>Кого ищем</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный подсчёт</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (активный)</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>Считаем совпадения…</translation>
    </message>
    <message>
        <source>Matches about %1 of %2 contacts at ≥ %3 (from a sample of %4)</source>
        <translation>Подходят примерно %1 из %2 контактов при ≥ %3 (по выборке из %4)</translation>
    </message>
    <message>
        <source>Matches %1 of %2 contacts at ≥ %3</source>
        <translation>Подходят %1 из %2 контактов при ≥ %3</translation>
    </message>
    <message>
        <source>Cannot count matches: %1</source>
        <translation>Не удалось посчитать совпадения: %1</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Профиль не сохранён</translation>
    </message>
    <message>
        <source>Saved. Fit scores use the active profile.</source>
        <translation>Сохранено. Оценки соответствия считаются по активному профилю.</translation>
    </message>
    <message>
        <source>Recomputing fit scores in the background…</source>
        <translation>Оценки соответствия пересчитываются в фоне…</translation>
    </message>
    <message>
        <source>Recompute fit scores</source>
        <translation>Пересчёт оценок соответствия</translation>
    </message>
    <message>
        <source>Recomputing fit scores…</source>
        <translation>Пересчитываем оценки соответствия…</translation>
    </message>
    <message>
        <source>Saved. Fit scores recomputed for %1 contacts (%2 changed).</source>
        <translation>Сохранено. Оценки пересчитаны для %1 контактов (изменилось: %2).</translation>
    </message>
    <message>
        <source>Saved, but fit scores were not recomputed: %1</source>
        <translation>Сохранено, но оценки не пересчитаны: %1</translation>
    </message>
    <message>
        <source>Saved. Recomputing was cancelled; fit scores are unchanged.</source>
        <translation>Сохранено. Пересчёт отменён, оценки не изменились.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Удалить профиль</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Fit scores stay until the next recompute.</source>
        <translation>Удалить профиль «%1»? Оценки сохранятся до следующего пересчёта.</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>Профиль не удалён</translation>
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
        <source>New list…</source>
        <extracomment>Wait this long after the last keystroke before searching.</extracomment>
        <translation>Новый список…</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>Новый сегмент…</translation>
    </message>
    <message>
        <source>Search name, email, company, title…</source>
        <translation>Поиск по имени, почте, компании, должности…</translation>
    </message>
    <message>
        <source>Add to list…</source>
        <translation>В список…</translation>
    </message>
    <message>
        <source>New list from selection…</source>
        <translation>Новый список из выбранных…</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Тег…</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>Назначить владельца…</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>Этап…</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
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
    <message>
        <source>Read lists</source>
        <translation>Чтение списков</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Все контакты</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>No lists yet</source>
        <translation>Списков пока нет</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Сегментов пока нет</translation>
    </message>
    <message>
        <source>%1: this filter cannot be read; edit it to fix.</source>
        <translation>%1: фильтр не читается; откройте его, чтобы исправить.</translation>
    </message>
    <message>
        <source>Count segment</source>
        <translation>Подсчёт сегмента</translation>
    </message>
    <message>
        <source>This segment&apos;s filter cannot be read</source>
        <translation>Фильтр этого сегмента не читается</translation>
    </message>
    <message>
        <source>Open it in the segment editor to fix or replace its conditions.</source>
        <translation>Откройте его в редакторе сегментов и исправьте или замените условия.</translation>
    </message>
    <message>
        <source>Edit segment…</source>
        <translation>Изменить сегмент…</translation>
    </message>
    <message>
        <source>Count matches</source>
        <translation>Подсчёт совпадений</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>поиск…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадения</numerusform>
            <numerusform>%Ln совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Нет контактов по запросу «%1»</translation>
    </message>
    <message>
        <source>Search looks at the beginning of words in names, emails, companies and titles. Try fewer letters, or search all contacts.</source>
        <translation>Поиск идёт по началу слов в именах, адресах, компаниях и должностях. Введите меньше букв или ищите по всем контактам.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>This list is empty</source>
        <translation>Список пуст</translation>
    </message>
    <message>
        <source>Select contacts under All contacts or in a segment, then choose “Add to list…”.</source>
        <translation>Выберите контакты во «Всех контактах» или в сегменте и нажмите «В список…».</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Показать все контакты</translation>
    </message>
    <message>
        <source>No contacts match this segment</source>
        <translation>Ни один контакт не подходит под сегмент</translation>
    </message>
    <message>
        <source>Change its conditions in the segment editor to widen it.</source>
        <translation>Ослабьте условия в редакторе сегментов.</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Нет контактов</translation>
    </message>
    <message>
        <source>Could not read contacts: %1</source>
        <translation>Не удалось прочитать контакты: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>выбран %Ln</numerusform>
            <numerusform>выбрано %Ln</numerusform>
            <numerusform>выбрано %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Столбцы по умолчанию</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln contact(s) from “%1”.</source>
        <translation>
            <numerusform>Из «%1» убран %Ln контакт.</numerusform>
            <numerusform>Из «%1» убрано %Ln контакта.</numerusform>
            <numerusform>Из «%1» убрано %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag contacts</source>
        <translation>Тег для контактов</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln contact(s):</source>
        <translation>
            <numerusform>Тег для %Ln контакта:</numerusform>
            <numerusform>Тег для %Ln контактов:</numerusform>
            <numerusform>Тег для %Ln контактов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln contact(s) “%1”.</source>
        <translation>
            <numerusform>Тег «%1» добавлен %Ln контакту.</numerusform>
            <numerusform>Тег «%1» добавлен %Ln контактам.</numerusform>
            <numerusform>Тег «%1» добавлен %Ln контактам.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Назначить владельца</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Владелец:</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>%1 назначен владельцем %Ln контакта.</numerusform>
            <numerusform>%1 назначен владельцем %Ln контактов.</numerusform>
            <numerusform>%1 назначен владельцем %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>%Ln контакт переведён на этап «%1».</numerusform>
            <numerusform>%Ln контакта переведены на этап «%1».</numerusform>
            <numerusform>%Ln контактов переведены на этап «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln contact(s) do not contact.</source>
        <translation>
            <numerusform>%Ln контакт помечен «Не связываться».</numerusform>
            <numerusform>%Ln контакта помечены «Не связываться».</numerusform>
            <numerusform>%Ln контактов помечены «Не связываться».</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Удаление контактов</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) with their activities, tasks and list memberships? You can undo this.</source>
        <translation>
            <numerusform>Удалить %Ln контакт вместе с действиями, задачами и членством в списках? Это можно отменить.</numerusform>
            <numerusform>Удалить %Ln контакта вместе с действиями, задачами и членством в списках? Это можно отменить.</numerusform>
            <numerusform>Удалить %Ln контактов вместе с действиями, задачами и членством в списках? Это можно отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s).</source>
        <translation>
            <numerusform>Удалён %Ln контакт.</numerusform>
            <numerusform>Удалено %Ln контакта.</numerusform>
            <numerusform>Удалено %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Добавить в список</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to:</source>
        <translation>
            <numerusform>Добавить %Ln контакт в:</numerusform>
            <numerusform>Добавить %Ln контакта в:</numerusform>
            <numerusform>Добавить %Ln контактов в:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to “%1”.</source>
        <translation>
            <numerusform>В «%1» добавлен %Ln контакт.</numerusform>
            <numerusform>В «%1» добавлено %Ln контакта.</numerusform>
            <numerusform>В «%1» добавлено %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Change contacts</source>
        <translation>Изменение контактов</translation>
    </message>
    <message>
        <source>Changing contacts…</source>
        <translation>Изменение контактов…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were changed by someone since. Undo the rest and leave those as they are?</source>
        <translation>
            <numerusform>%Ln строку с тех пор изменил кто-то другой. Отменить остальное и оставить её как есть?</numerusform>
            <numerusform>%Ln строки с тех пор изменил кто-то другой. Отменить остальное и оставить их как есть?</numerusform>
            <numerusform>%Ln строк с тех пор изменил кто-то другой. Отменить остальное и оставить их как есть?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Новый список</translation>
    </message>
    <message>
        <source>List name:</source>
        <translation>Название списка:</translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %Ln contact(s).</source>
        <translation>
            <numerusform>Создан список «%1» с %Ln контактом.</numerusform>
            <numerusform>Создан список «%1» с %Ln контактами.</numerusform>
            <numerusform>Создан список «%1» с %Ln контактами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» удалён.</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>&amp;Отменить последнее изменение</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Ideal customer profile…</source>
        <translation>&amp;Профиль идеального клиента…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
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
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
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
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n row(s) restored.</source>
        <translation>
            <numerusform>Отменено: восстановлена %n строка.</numerusform>
            <numerusform>Отменено: восстановлено %n строки.</numerusform>
            <numerusform>Отменено: восстановлено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Duplicates</source>
        <extracomment>Groups the user said are not duplicates, for this run of the application.</extracomment>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Match Cyrillic and Latin spellings</source>
        <translation>Сопоставлять кириллицу и латиницу</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Искать снова</translation>
    </message>
    <message>
        <source>Fill only empty fields</source>
        <translation>Заполнять только пустые поля</translation>
    </message>
    <message>
        <source>Keep the kept contact&apos;s values</source>
        <translation>Оставлять значения основного контакта</translation>
    </message>
    <message>
        <source>Take the other contacts&apos; values</source>
        <translation>Брать значения других контактов</translation>
    </message>
    <message>
        <source>Click a value to keep it. Tags, lists and history move to the kept contact.</source>
        <translation>Щёлкните значение, чтобы оставить его. Метки, списки и история переходят к основному контакту.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Оставить:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Не дубликаты</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Ищем дубликаты…</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дубликатов не найдено.</translation>
    </message>
    <message>
        <source>%1 exact groups, %2 possible duplicates to review.</source>
        <translation>Точных групп: %1, возможных дубликатов на проверку: %2.</translation>
    </message>
    <message>
        <source>Load contacts</source>
        <translation>Загрузка контактов</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединяем…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contact(s) into %1.</source>
        <translation>
            <numerusform>Объединён %Ln контакт в %1.</numerusform>
            <numerusform>Объединены %Ln контакта в %1.</numerusform>
            <numerusform>Объединены %Ln контактов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Не объединено: %1</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Отмена объединения</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Объединение отменено.</translation>
    </message>
    <message>
        <source>Cannot undo: someone changed these contacts after the merge.</source>
        <translation>Отменить нельзя: после объединения эти контакты кто-то изменил.</translation>
    </message>
</context>
<context>
    <name>MergeModels</name>
    <message>
        <source>same email</source>
        <translation>тот же email</translation>
    </message>
    <message>
        <source>same phone and name</source>
        <translation>тот же телефон и имя</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>та же компания</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>похожее имя</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>уменьшительное имя</translation>
    </message>
    <message>
        <source>different alphabets</source>
        <translation>разные алфавиты</translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation>имя и фамилия переставлены</translation>
    </message>
    <message>
        <source>different emails</source>
        <translation>разные email</translation>
    </message>
    <message>
        <source>fuzzy %1: %2</source>
        <translation>похожи на %1: %2</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <source>Last touched</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>After merge</source>
        <translation>После объединения</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (основной)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <extracomment>How long a message stays when nobody acts on it.</extracomment>
        <translation>Закрыть</translation>
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
        <translation>
            <numerusform>%Ln клиент в воронке</numerusform>
            <numerusform>%Ln клиента в воронке</numerusform>
            <numerusform>%Ln клиентов в воронке</numerusform>
        </translation>
    </message>
    <message>
        <source>The board with a column per stage will be here: drag a prospect to the next stage, qualify it, and hand it to an account executive.</source>
        <translation>Здесь будет доска с колонкой на каждый этап: перетаскивайте клиента на следующий этап, квалифицируйте и передавайте менеджеру по продажам.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Load problems</source>
        <translation>Загрузка проблем</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value as imported</source>
        <translation>Значение при импорте</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>%1 (stored as %2)</source>
        <translation>%1 (сохранено как %2)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновление</translation>
    </message>
</context>
<context>
    <name>ReasonFilter</name>
    <message>
        <source>Count</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Все проблемы</translation>
    </message>
    <message>
        <source>Every invalid, risky or unverified email and phone.</source>
        <translation>Все недействительные, рискованные и непроверенные email и телефоны.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n contact(s)</source>
        <translation>
            <numerusform>%1 — %n контакт</numerusform>
            <numerusform>%1 — %n контакта</numerusform>
            <numerusform>%1 — %n контактов</numerusform>
        </translation>
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
    <name>SegmentEditor</name>
    <message>
        <source>Edit segment</source>
        <translation>Изменить сегмент</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <source>e.g. VPs in Germany, not touched for 2 weeks</source>
        <translation>напр. вице-президенты в Германии без касаний 2 недели</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>всем условиям</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>любому из условий</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Contacts matching</source>
        <translation>Контакты, подходящие</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Статус почты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Статус телефона</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>Тип лида</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>Соответствие ICP</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <source>Last touched</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>не содержит</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>заканчивается на</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>одно из</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ни одно из</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>не пусто</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>меньше</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <source>is above</source>
        <translation>больше</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>между</translation>
    </message>
    <message>
        <source>more than … ago</source>
        <translation>давнее чем</translation>
    </message>
    <message>
        <source>within the last</source>
        <translation>за последние</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>раньше</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>позже</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>has</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>есть любой из</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>есть все из</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>нет ни одного из</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>Подходит %Ln контакт</numerusform>
            <numerusform>Подходят %Ln контакта</numerusform>
            <numerusform>Подходят %Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Сохранение сегмента</translation>
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
    <name>TermList</name>
    <message>
        <source>Add</source>
        <extracomment>Wait this long after the last edit before recomputing the preview. The largest company size the spin boxes offer. Region shortcuts in the order the menu shows them, with their display names.</extracomment>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>UndoChange</name>
    <message>
        <source>Contact</source>
        <extracomment>Rows listed in the conflict dialog before &quot;and N more&quot;.</extracomment>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Do-not-contact entry</source>
        <translation>Запись «не связываться»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed after this fix. Undoing would overwrite somebody&apos;s edit.</source>
        <translation>
            <numerusform>%n строка изменилась после этого исправления. Отмена затёрла бы чужую правку.</numerusform>
            <numerusform>%n строки изменились после этого исправления. Отмена затёрла бы чужую правку.</numerusform>
            <numerusform>%n строк изменились после этого исправления. Отмена затёрла бы чужую правку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the rest leaves those rows as they are now and undoes everything else.</source>
        <translation>«Отменить остальное» оставит эти строки как есть и отменит всё прочее.</translation>
    </message>
    <message>
        <source>Undo the rest</source>
        <translation>Отменить остальное</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Check:</source>
        <translation>Проверять:</translation>
    </message>
    <message>
        <source>Whole database</source>
        <translation>Вся база</translation>
    </message>
    <message>
        <source>Validate now</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Check the contacts not yet checked with the current rules.</source>
        <translation>Проверить контакты, ещё не проверенные по текущим правилам.</translation>
    </message>
    <message>
        <source>Revalidate all</source>
        <translation>Проверить всё заново</translation>
    </message>
    <message>
        <source>Check every contact in scope again.</source>
        <translation>Проверить заново все контакты в выборке.</translation>
    </message>
    <message>
        <source>Check mail domains (DNS)</source>
        <translation>Проверить почтовые домены (DNS)</translation>
    </message>
    <message>
        <source>Ask DNS whether each email domain accepts mail. Needs the network; answers are cached. A lookup that cannot finish marks the address Unknown, never Invalid.</source>
        <translation>Спросить DNS, принимает ли каждый домен почту. Нужна сеть; ответы кэшируются. Незавершённая проверка помечает адрес как «Неизвестно», а не «Недействителен».</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Принять исправление</translation>
    </message>
    <message>
        <source>Mark do-not-contact</source>
        <translation>Не связываться</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Apply to all with this reason…</source>
        <translation>Ко всем с этой причиной…</translation>
    </message>
    <message>
        <source>Accept the suggestions</source>
        <translation>Принять исправления</translation>
    </message>
    <message>
        <source>Delete the contacts</source>
        <translation>Удалить контакты</translation>
    </message>
    <message>
        <source>Nothing to check yet</source>
        <translation>Проверять пока нечего</translation>
    </message>
    <message>
        <source>This page checks your contacts&apos; emails, phones, names and companies and fixes what it can in bulk. Add contacts on the Lists page first.</source>
        <translation>Здесь проверяются адреса, телефоны, имена и компании ваших контактов, а всё, что можно, исправляется разом. Сначала добавьте контакты на странице «Списки».</translation>
    </message>
    <message>
        <source>Go to Lists</source>
        <translation>К спискам</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Список: %1</translation>
    </message>
    <message>
        <source>Load lists</source>
        <translation>Загрузка списков</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Checking mail domains in DNS…</source>
        <translation>Проверка почтовых доменов в DNS…</translation>
    </message>
    <message>
        <source>Validating contacts…</source>
        <translation>Проверка контактов…</translation>
    </message>
    <message>
        <source>Revalidating every contact…</source>
        <translation>Повторная проверка всех контактов…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) checked</source>
        <translation>
            <numerusform>Проверен %n контакт</numerusform>
            <numerusform>Проверено %n контакта</numerusform>
            <numerusform>Проверено %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed.</source>
        <translation>
            <numerusform>изменён %n.</numerusform>
            <numerusform>изменено %n.</numerusform>
            <numerusform>изменено %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Остановлено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Check mail domains</source>
        <translation>Проверка почтовых доменов</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Проверка</translation>
    </message>
    <message numerus="yes">
        <source>Fix all %n contact(s) with this reason at once.</source>
        <translation>
            <numerusform>Исправить сразу %n контакт с этой причиной.</numerusform>
            <numerusform>Исправить сразу %n контакта с этой причиной.</numerusform>
            <numerusform>Исправить сразу %n контактов с этой причиной.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a reason on the left first.</source>
        <translation>Сначала выберите причину слева.</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (прокрутите, чтобы увидеть ещё)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>Показана %n строка</numerusform>
            <numerusform>Показано %n строки</numerusform>
            <numerusform>Показано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) accepted.</source>
        <translation>
            <numerusform>Принято %n исправление.</numerusform>
            <numerusform>Принято %n исправления.</numerusform>
            <numerusform>Принято %n исправлений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked on the Validate page</source>
        <translation>Отмечено на странице проверки</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked do-not-contact.</source>
        <translation>
            <numerusform>%n контакт помечен «не связываться».</numerusform>
            <numerusform>%n контакта помечены «не связываться».</numerusform>
            <numerusform>%n контактов помечены «не связываться».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>Удалён %n контакт.</numerusform>
            <numerusform>Удалено %n контакта.</numerusform>
            <numerusform>Удалено %n контактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the suggested correction for all %n contact(s) with this reason?</source>
        <translation>
            <numerusform>Принять исправление для %n контакта с этой причиной?</numerusform>
            <numerusform>Принять исправления для всех %n контактов с этой причиной?</numerusform>
            <numerusform>Принять исправления для всех %n контактов с этой причиной?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n contact(s) with this reason do-not-contact?</source>
        <translation>
            <numerusform>Пометить %n контакт с этой причиной «не связываться»?</numerusform>
            <numerusform>Пометить все %n контакта с этой причиной «не связываться»?</numerusform>
            <numerusform>Пометить все %n контактов с этой причиной «не связываться»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n contact(s) with this reason?</source>
        <translation>
            <numerusform>Удалить %n контакт с этой причиной?</numerusform>
            <numerusform>Удалить все %n контакта с этой причиной?</numerusform>
            <numerusform>Удалить все %n контактов с этой причиной?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to all with this reason</source>
        <translation>Применить ко всем с этой причиной</translation>
    </message>
    <message>
        <source>This is one change: you can undo it afterwards.</source>
        <translation>Это одно изменение: его можно будет отменить.</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n contact(s)</source>
        <translation>
            <numerusform>Применить к %n контакту</numerusform>
            <numerusform>Применить к %n контактам</numerusform>
            <numerusform>Применить к %n контактам</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Исправление</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n row(s) restored.</source>
        <translation>
            <numerusform>Отменено: восстановлена %n строка.</numerusform>
            <numerusform>Отменено: восстановлено %n строки.</numerusform>
            <numerusform>Отменено: восстановлено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Контакт изменён</translation>
    </message>
    <message>
        <source>Someone else changed this contact after you opened it.</source>
        <translation>Кто-то другой изменил этот контакт после того, как вы его открыли.</translation>
    </message>
    <message>
        <source>Reload to see their change (yours is discarded), or keep your change and save it over theirs.</source>
        <translation>Перезагрузите, чтобы увидеть его изменение (ваше будет отброшено), или оставьте своё и сохраните его поверх.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Keep my change</source>
        <translation>Оставить моё</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <source>Valid</source>
        <extracomment>Statuses in the order the summary and chart show them (&quot;unchecked&quot;: never validated). Colours readable as text on a light background and as bar fills.</extracomment>
        <translation>Действителен</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>Рискованный</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недействителен</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверен</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <source>Not an address</source>
        <translation>Не адрес</translation>
    </message>
    <message>
        <source>Quoted name part</source>
        <translation>Имя в кавычках</translation>
    </message>
    <message>
        <source>Comment in address</source>
        <translation>Комментарий в адресе</translation>
    </message>
    <message>
        <source>Invisible characters</source>
        <translation>Невидимые символы</translation>
    </message>
    <message>
        <source>Bad characters before @</source>
        <translation>Недопустимые символы до @</translation>
    </message>
    <message>
        <source>Name part too long</source>
        <translation>Слишком длинное имя до @</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Слишком длинный</translation>
    </message>
    <message>
        <source>IP address as domain</source>
        <translation>IP-адрес вместо домена</translation>
    </message>
    <message>
        <source>Domain without a dot</source>
        <translation>Домен без точки</translation>
    </message>
    <message>
        <source>Invalid domain</source>
        <translation>Недопустимый домен</translation>
    </message>
    <message>
        <source>Numeric top-level domain</source>
        <translation>Числовой домен верхнего уровня</translation>
    </message>
    <message>
        <source>Unknown top-level domain</source>
        <translation>Неизвестный домен верхнего уровня</translation>
    </message>
    <message>
        <source>Reserved domain</source>
        <translation>Зарезервированный домен</translation>
    </message>
    <message>
        <source>No mail server</source>
        <translation>Нет почтового сервера</translation>
    </message>
    <message>
        <source>Domain refuses mail</source>
        <translation>Домен не принимает почту</translation>
    </message>
    <message>
        <source>Role mailbox (info@, sales@…)</source>
        <translation>Общий ящик (info@, sales@…)</translation>
    </message>
    <message>
        <source>Disposable domain</source>
        <translation>Одноразовый домен</translation>
    </message>
    <message>
        <source>Probable typo</source>
        <translation>Вероятная опечатка</translation>
    </message>
    <message>
        <source>Non-ASCII name part</source>
        <translation>Не-ASCII символы до @</translation>
    </message>
    <message>
        <source>DNS timed out</source>
        <translation>Тайм-аут DNS</translation>
    </message>
    <message>
        <source>DNS failed</source>
        <translation>Ошибка DNS</translation>
    </message>
    <message>
        <source>Free mail provider</source>
        <translation>Бесплатная почта</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>Нет MX-записи</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Не номер телефона</translation>
    </message>
    <message>
        <source>Mangled by a spreadsheet</source>
        <translation>Испорчен электронной таблицей</translation>
    </message>
    <message>
        <source>Placeholder number</source>
        <translation>Номер-заглушка</translation>
    </message>
    <message>
        <source>No country code</source>
        <translation>Нет кода страны</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Неизвестный код страны</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Слишком короткий</translation>
    </message>
    <message>
        <source>Wrong length</source>
        <translation>Неверная длина</translation>
    </message>
    <message>
        <source>Not an assigned range</source>
        <translation>Номер не из выделенного диапазона</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>This value has not been validated yet.</source>
        <translation>Это значение ещё не проверялось.</translation>
    </message>
</context>
<context>
    <name>ValidationSummaryView</name>
    <message>
        <source>Emails</source>
        <extracomment>The statuses with a tile (and a chart segment), in this order.</extracomment>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Missing fields</source>
        <translation>Пустые поля</translation>
    </message>
    <message>
        <source>Avg. quality</source>
        <translation>Ср. качество</translation>
    </message>
    <message>
        <source>%1 share an email address, %2 share a phone number and last name.</source>
        <translation>У %1 общий email, у %2 общие телефон и фамилия.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>No %1: %2</source>
        <translation>Нет поля «%1»: %2</translation>
    </message>
    <message>
        <source>Average data quality score of the checked contacts, 0–100.</source>
        <translation>Средняя оценка качества данных проверенных контактов, 0–100.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in scope</source>
        <translation>
            <numerusform>%n контакт в выборке</numerusform>
            <numerusform>%n контакта в выборке</numerusform>
            <numerusform>%n контактов в выборке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked with the current rules — use Validate now</source>
        <translation>
            <numerusform>%n не проверен по текущим правилам — нажмите «Проверить»</numerusform>
            <numerusform>%n не проверены по текущим правилам — нажмите «Проверить»</numerusform>
            <numerusform>%n не проверены по текущим правилам — нажмите «Проверить»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Go to Lists</source>
        <translation>К спискам</translation>
    </message>
    <message>
        <source>Your calls, emails and LinkedIn touches for the day appear here, ordered by priority and each prospect&apos;s local time. Add contacts on the Lists page to start.</source>
        <translation>Здесь появятся звонки, письма и касания в LinkedIn на день — по приоритету и местному времени клиента. Чтобы начать, добавьте контакты на странице «Списки».</translation>
    </message>
    <message>
        <source>Your calls, emails and LinkedIn touches for the day appear here, ordered by priority and each prospect&apos;s local time, once prospects are enrolled in a cadence.</source>
        <translation>Здесь появятся звонки, письма и касания в LinkedIn на день — по приоритету и местному времени клиента, как только клиенты попадут в цепочку касаний.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>На сегодня ничего нет</translation>
    </message>
</context>
</TS>
