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
    <name>BackgroundSender</name>
    <message>
        <source>Send emails</source>
        <extracomment>How often the outbox is looked at. keychain account (user@host) -&gt; password, for this session only, when no keychain works.</extracomment>
        <translation>Отправка писем</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Scheduled backups are off for a server database: the server&apos;s administrator backs it up.</source>
        <translation>Для серверной базы резервное копирование по расписанию отключено: её копирует администратор сервера.</translation>
    </message>
    <message>
        <source>The scheduled backup to %1 failed: %2</source>
        <translation>Резервное копирование по расписанию в %1 не удалось: %2</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>База %1 восстановлена из %2.</translation>
    </message>
    <message>
        <source>The previous file was kept as %1.</source>
        <translation>Прежний файл сохранён как %1.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстанавливаем копию…</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Scheduled backups</source>
        <extracomment>How often the app looks whether a scheduled backup is due. The first look after a database opens (not during the opening rush).</extracomment>
        <translation>Резервное копирование по расписанию</translation>
    </message>
    <message>
        <source>While Prospect Desk is open it copies the database into this folder on schedule and deletes scheduled copies older than the days kept (the newest one always stays). A server database is backed up by its administrator.</source>
        <translation>Пока Prospect Desk открыт, он по расписанию копирует базу в эту папку и удаляет копии по расписанию старше заданного числа дней (самая свежая остаётся всегда). Серверную базу копирует её администратор.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Back up:</source>
        <translation>Копировать:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Хранить:</translation>
    </message>
    <message>
        <source>Folder for scheduled backups</source>
        <translation>Папка для резервных копий по расписанию</translation>
    </message>
</context>
<context>
    <name>BoardFilters</name>
    <message>
        <source>Owner</source>
        <extracomment>Wait this long after the last keystroke before filtering by the search.</extracomment>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
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
        <source>Search the board</source>
        <translation>Поиск по доске</translation>
    </message>
    <message>
        <source>Search name, email, company, title…</source>
        <translation>Поиск по имени, почте, компании, должности…</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Seeds (referrals)</source>
        <translation>Seeds (рекомендации)</translation>
    </message>
    <message>
        <source>Nets (marketing)</source>
        <translation>Nets (маркетинг)</translation>
    </message>
    <message>
        <source>Spears (outbound)</source>
        <translation>Spears (холодные)</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>Any lead type</source>
        <translation>Любой тип лида</translation>
    </message>
    <message>
        <source>Read the board&apos;s filters</source>
        <translation>Чтение фильтров доски</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>Все списки</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
</context>
<context>
    <name>BoardMoves</name>
    <message>
        <source>Move prospect</source>
        <extracomment>The last move made here, for the message bar&apos;s Undo. The running move, if any (a second one waits for it: writes are serialised). The stage settings dialog while it is open.</extracomment>
        <translation>Перемещение контакта</translation>
    </message>
    <message>
        <source>The hand-off is saved, but its PDF could not be written: %1</source>
        <translation>Передача сохранена, но её PDF записать не удалось: %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>Контакт %1 перемещён на этап «%2»</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Перемещено на этап «%1»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Could not move the prospect: %1</source>
        <translation>Не удалось переместить контакт: %1</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Этапы воронки</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <source>Add to list…</source>
        <translation>В список…</translation>
    </message>
    <message>
        <source>New list from selection…</source>
        <translation>В новый список…</translation>
    </message>
    <message>
        <source>Enroll in cadence…</source>
        <translation>Добавить в каденцию…</translation>
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
        <translation>Ответственный…</translation>
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
        <source>Pause their cadences</source>
        <translation>Приостановить их каденции</translation>
    </message>
    <message>
        <source>Resume their cadences</source>
        <translation>Возобновить их каденции</translation>
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
        <source>Round-robin: the next reps in the rotation</source>
        <translation>По кругу: следующим менеджерам в очереди</translation>
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
        <source>Stage (Qualified, Disqualified and Nurture are set on the board):</source>
        <translation>Этап («Квалифицирован», «Отсеян» и «Прогрев» задаются на доске):</translation>
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
    <message numerus="yes">
        <source>Paused %Ln cadence(s).</source>
        <translation>
            <numerusform>Приостановлена %Ln каденция.</numerusform>
            <numerusform>Приостановлены %Ln каденции.</numerusform>
            <numerusform>Приостановлено %Ln каденций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %Ln cadence(s).</source>
        <translation>
            <numerusform>Возобновлена %Ln каденция.</numerusform>
            <numerusform>Возобновлены %Ln каденции.</numerusform>
            <numerusform>Возобновлено %Ln каденций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed %Ln contact(s) out round-robin.</source>
        <translation>
            <numerusform>%Ln контакт распределён по кругу.</numerusform>
            <numerusform>%Ln контакта распределены по кругу.</numerusform>
            <numerusform>%Ln контактов распределено по кругу.</numerusform>
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
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
</context>
<context>
    <name>CadenceListModel</name>
    <message>
        <source>Cadence</source>
        <translation>Каденция</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шагов</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>In it now</source>
        <translation>Сейчас в ней</translation>
    </message>
</context>
<context>
    <name>CadenceWords</name>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>День %1</translation>
    </message>
    <message>
        <source>The cadence needs a name.</source>
        <translation>Дайте каденции название.</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Добавьте хотя бы один шаг.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Отметьте хотя бы один рабочий день.</translation>
    </message>
    <message>
        <source>Step %step is on day %day; days run from 1 to 365.</source>
        <translation>Шаг %step приходится на день %day; дни — от 1 до 365.</translation>
    </message>
    <message>
        <source>Step %step comes on an earlier day than the step before it.</source>
        <translation>Шаг %step стоит на более раннем дне, чем шаг перед ним.</translation>
    </message>
    <message>
        <source>Step %step is timed before the step above it on the same day.</source>
        <translation>Шаг %step назначен раньше предыдущего шага того же дня.</translation>
    </message>
    <message>
        <source>Step %step is a message: choose its network.</source>
        <translation>Шаг %step — сообщение: выберите мессенджер или соцсеть.</translation>
    </message>
    <message>
        <source>Step %step replies in a thread, but no email comes before it.</source>
        <translation>Шаг %step отвечает в цепочке, но перед ним нет ни одного письма.</translation>
    </message>
    <message>
        <source>A cadence has at most %max steps.</source>
        <translation>В каденции может быть не больше %max шагов.</translation>
    </message>
    <message>
        <source>A cadence named “%name” exists already.</source>
        <translation>Каденция «%name» уже есть.</translation>
    </message>
    <message>
        <source>The cadence “%name” no longer exists.</source>
        <translation>Каденции «%name» больше нет.</translation>
    </message>
    <message>
        <source>The cadence is not valid (%1).</source>
        <translation>Каденция составлена с ошибкой (%1).</translation>
    </message>
</context>
<context>
    <name>CadencesPage</name>
    <message>
        <source>Cadences</source>
        <translation>Каденции</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>What it is for:</source>
        <translation>Для чего:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Рабочие дни:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open or create a database to build cadences.</source>
        <translation>Откройте или создайте базу, чтобы составлять каденции.</translation>
    </message>
    <message>
        <source>Read cadences</source>
        <translation>Чтение каденций</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Save cadence</source>
        <translation>Сохранение каденции</translation>
    </message>
    <message>
        <source>Delete the cadence “%1”?</source>
        <translation>Удалить каденцию «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s) are in it now; their remaining steps are dropped.</source>
        <translation>
            <numerusform>Сейчас в ней %Ln контакт; его оставшиеся шаги отменятся.</numerusform>
            <numerusform>Сейчас в ней %Ln контакта; их оставшиеся шаги отменятся.</numerusform>
            <numerusform>Сейчас в ней %Ln контактов; их оставшиеся шаги отменятся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cadence</source>
        <translation>Удаление каденции</translation>
    </message>
    <message>
        <source>Import a cadence</source>
        <translation>Импорт каденции</translation>
    </message>
    <message>
        <source>Cadence files (*.json)</source>
        <translation>Файлы каденций (*.json)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>Import cadence</source>
        <translation>Импорт каденции</translation>
    </message>
    <message>
        <source>Export a cadence</source>
        <translation>Экспорт каденции</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Close (Esc)</source>
        <extracomment>Digit key -&gt; a call&apos;s outcome; ``call_back_later`` asks when (the page does). What stands in the way of dialling at all (a warning only, for calling hours).</extracomment>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>What was said, what to do next…</source>
        <translation>О чём говорили, что делать дальше…</translation>
    </message>
    <message>
        <source>Call (C)</source>
        <translation>Позвонить (C)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Клавиша: %1</translation>
    </message>
    <message>
        <source>Done (D)</source>
        <translation>Готово (D)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Пропустить (S)</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>no usable phone number</source>
        <translation>нет действительного номера</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Their time: %1</source>
        <translation>Время у клиента: %1</translation>
    </message>
    <message>
        <source>Do not contact: this prospect asked not to be contacted, or their email, domain or phone is on the suppression list. Calling is disabled.</source>
        <translation>Не связываться: клиент отказался от контактов, либо его email, домен или телефон в стоп-листе. Звонки отключены.</translation>
    </message>
    <message>
        <source>No usable phone number: nothing to dial.</source>
        <translation>Нет действительного номера: звонить некуда.</translation>
    </message>
    <message>
        <source>Not a good time to call (%1). Next good time: %2 (your time).</source>
        <translation>Сейчас звонить не стоит (%1). Ближайшее подходящее время: %2 (по вашему времени).</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>Скрипт: %1</translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation>Инструкции: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Шаблон: %1</translation>
    </message>
    <message>
        <source>%1 is on this prospect</source>
        <translation>Контакт закреплён за %1</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(до %1)</translation>
    </message>
    <message>
        <source>Calling and logging are off until their lease ends.</source>
        <translation>Звонить и записывать звонки нельзя, пока не закончится их закрепление.</translation>
    </message>
    <message>
        <source>Do not contact: calling is disabled.</source>
        <translation>Не связываться: звонки отключены.</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>%1 min</source>
        <extracomment>Space around a card inside its row, and inside the card around its text.</extracomment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Not touched yet</source>
        <translation>Без касаний</translation>
    </message>
    <message>
        <source>Touched %1 ago</source>
        <translation>Касание %1 назад</translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n дн. на этапе</numerusform>
            <numerusform>%n дн. на этапе</numerusform>
            <numerusform>%n дн. на этапе</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Шага нет</translation>
    </message>
    <message>
        <source>Next: %1 · due now</source>
        <translation>Далее: %1 · пора</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>Далее: %1 · %2</translation>
    </message>
    <message>
        <source>Inbound: %1 · SLA missed</source>
        <translation>Входящий: %1 · SLA нарушен</translation>
    </message>
    <message>
        <source>Inbound: waiting %1</source>
        <translation>Входящий: ждёт %1</translation>
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
        <translation>Сохранить данные графика в файл CSV</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Сохранить график как изображение</translation>
    </message>
    <message>
        <source>Save the numbers</source>
        <translation>Сохранить данные</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written.</source>
        <translation>Не удалось записать изображение.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Format:</source>
        <extracomment>Rows the preview shows. Below this detector confidence the encoding is called a guess.</extracomment>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Читать как:</translation>
    </message>
    <message>
        <source>Check the file: %1</source>
        <translation>Проверка файла: %1</translation>
    </message>
    <message>
        <source>%1 (you chose it)</source>
        <translation>%1 (выбрано вами)</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (определено)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s) in the workbook</source>
        <translation>
            <numerusform>%Ln лист в книге</numerusform>
            <numerusform>%Ln листа в книге</numerusform>
            <numerusform>%Ln листов в книге</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (byte-order mark, certain)</source>
        <translation>%1 (по метке порядка байтов, точно)</translation>
    </message>
    <message>
        <source>%1 (detected, %2 sure)</source>
        <translation>%1 (определено, уверенность %2)</translation>
    </message>
    <message>
        <source>%1 (a guess, %2 sure — check the preview)</source>
        <translation>%1 (догадка, уверенность %2 — проверьте предпросмотр)</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Как определено</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the first rows cannot be read in this encoding (shown as \x.. codes); pick another encoding under “Read as”.</source>
        <translation>
            <numerusform>%Ln из первых строк не читается в этой кодировке (видны коды \x..); выберите другую кодировку в «Читать как».</numerusform>
            <numerusform>%Ln из первых строк не читаются в этой кодировке (видны коды \x..); выберите другую кодировку в «Читать как».</numerusform>
            <numerusform>%Ln из первых строк не читаются в этой кодировке (видны коды \x..); выберите другую кодировку в «Читать как».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file.</source>
        <translation>
            <numerusform>Первая %Ln строка файла.</numerusform>
            <numerusform>Первые %Ln строки файла.</numerusform>
            <numerusform>Первые %Ln строк файла.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in red cannot be read; point at one to see why.</source>
        <translation>
            <numerusform>%Ln строку, выделенную красным, не удалось прочитать; наведите на неё, чтобы узнать почему.</numerusform>
            <numerusform>%Ln строки, выделенные красным, не удалось прочитать; наведите на строку, чтобы узнать почему.</numerusform>
            <numerusform>%Ln строк, выделенных красным, не удалось прочитать; наведите на строку, чтобы узнать почему.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Type a command, a contact, a list, a segment or a cadence…</source>
        <extracomment>Wait this long after the last keystroke before searching contacts. How many results show without scrolling. A match found only through the section&apos;s name (&quot;today next&quot;) ranks after title matches.</extracomment>
        <translation>Введите команду, контакт, список, сегмент или каденцию…</translation>
    </message>
    <message>
        <source>Command palette search</source>
        <translation>Поиск в палитре команд</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Результаты палитры команд</translation>
    </message>
    <message>
        <source>Searching contacts…</source>
        <translation>Ищем контакты…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
    <message>
        <source>↑ ↓ move · Enter runs · Esc closes</source>
        <translation>↑ ↓ выбор · Enter выполнить · Esc закрыть</translation>
    </message>
    <message>
        <source>Read lists, segments and cadences</source>
        <translation>Загрузка списков, сегментов и каденций</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Write an email</source>
        <translation>Написать письмо</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>The cadence step&apos;s email, ready for your review</source>
        <translation>Письмо шага каденции, готовое к вашей проверке</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Шаг:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>Открыть в почтовой программе</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>В очередь</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 is on this prospect: sending is off until their lease ends.</source>
        <translation>Контакт закреплён за %1: отправка недоступна, пока не закончится закрепление.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>This email cannot be sent: %1</source>
        <translation>Это письмо нельзя отправить: %1</translation>
    </message>
    <message>
        <source>Language: %1 · Variant: %2</source>
        <translation>Язык: %1 · Вариант: %2</translation>
    </message>
    <message>
        <source>The prospect&apos;s email address is not valid.</source>
        <translation>У контакта недействительный email.</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer.</source>
        <translation>На этом компьютере не настроена почтовая программа.</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>Запись письма</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) from this import were changed or worked on since. Undo can leave them as they are and take back everything else.</source>
        <translation>
            <numerusform>%Ln контакт из этого импорта с тех пор изменили или с ним работали. Отмена может оставить его как есть и откатить всё остальное.</numerusform>
            <numerusform>%Ln контакта из этого импорта с тех пор изменили или с ними работали. Отмена может оставить их как есть и откатить всё остальное.</numerusform>
            <numerusform>%Ln контактов из этого импорта с тех пор изменили или с ними работали. Отмена может оставить их как есть и откатить всё остальное.</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлён</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Since then</source>
        <translation>С тех пор</translation>
    </message>
    <message>
        <source>Undo the rest</source>
        <translation>Отменить остальное</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ContactCells</name>
    <message>
        <source>Name</source>
        <extracomment>What an unloaded row shows in the name column until its read arrives. A cached row: ``ContactRow``&apos;s fields in a plain tuple. A NamedTuple (a tuple subclass) stays tracked by the garbage collector, and every full pass walked the whole cache. Where each ``ContactRow`` field sits in a ``_Row``. The role that gives a row&apos;s contact id. The text brushes by tone, one set for light and one for dark colours (built once).</extracomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
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
        <source>Local time</source>
        <translation>Местное время</translation>
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
        <source>Middle name</source>
        <translation>Отчество</translation>
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
        <source>%1 is on this prospect until %2</source>
        <translation>Контакт закреплён за %1 до %2</translation>
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
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Count matches</source>
        <translation>Подсчёт совпадений</translation>
    </message>
    <message>
        <source>Load contacts</source>
        <extracomment>Ids in the first page: one screen and some, so the first paint needs one small query. Ids (and rows) in a search&apos;s first screen: every row a tall window shows, and not one row more than the screen&apos;s read-ahead would otherwise fetch at once in a second read (whose arrival repaints the whole table: the view repaints all of it for any change). Ids in the second page (a keyset query of this size takes a few ms at a million contacts). Each later page doubles, up to this many ids (~30-60 ms in the background). Each page inserts rows, and the view answers an insert with a second repaint of the viewport in the same event-loop pass: while the scrollbar is flung, pages of 2,000 ids made every other frame paint twice (the longest GUI-thread ticks). Rows read around a row by ``row_tuple`` (painting reads the visible range plus the margins below instead). Rows read ahead of the scroll direction with every background read. Rows read behind the scroll direction. A painted row this far from the edge of the loaded rows starts the next read early. A search&apos;s follow-up queries (the sorted page, the exact count) wait this long, so the first screen is painted before they compete with it for the CPU. Rows kept in the cache before far-away ones are dropped. How many contacts match the search (None: no search, or not counted yet). False while ``match_count`` is a lower bound (&quot;2,000+&quot;). Called (GUI thread) for every page query; the benchmark times them.</extracomment>
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
    <name>DatabaseActions</name>
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
        <source>Restore from backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстанавливаем копию…</translation>
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
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <source>Restore this backup in place of the damaged file:</source>
        <translation>Восстановить эту копию вместо повреждённого файла:</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Create demo data</source>
        <extracomment>Contacts created by &quot;Start with demo data&quot; in the window (the CLI can make more).</extracomment>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>Creating demo contacts…</source>
        <translation>Создаём демонстрационные контакты…</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify</source>
        <translation>Отсеять</translation>
    </message>
    <message>
        <source>Why is %1 disqualified?</source>
        <translation>Почему контакт %1 отсеян?</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Контакт изменён</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Сохранение контакта</translation>
    </message>
    <message>
        <source>Someone else changed this contact while you were editing it. Your change was not saved; reload the contact to see theirs, then edit again.</source>
        <translation>Кто-то другой изменил этот контакт, пока вы его редактировали. Ваши изменения не сохранены; загрузите контакт заново, чтобы увидеть чужие, и внесите правку ещё раз.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this profile while you were editing it. Your change was not saved.</source>
        <translation>Кто-то другой изменил или удалил этот профиль, пока вы его редактировали. Ваши изменения не сохранены.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Your change was not saved; reload to see theirs, then edit again.</source>
        <translation>Кто-то другой изменил эту запись, пока вы её редактировали. Ваши изменения не сохранены; обновите данные, чтобы увидеть чужие, и внесите правку ещё раз.</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Contact changed</source>
        <translation>Контакт изменён</translation>
    </message>
    <message>
        <source>Someone else changed this contact after you opened it. Nothing was overwritten: choose what to keep.</source>
        <translation>Кто-то другой изменил этот контакт после того, как вы его открыли. Ничего не перезаписано: выберите, что оставить.</translation>
    </message>
    <message>
        <source>You started from</source>
        <translation>Было при открытии</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Их (сохранено)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Merge takes</source>
        <translation>При слиянии</translation>
    </message>
    <message>
        <source>Your values and theirs are now the same.</source>
        <translation>Ваши и их значения теперь совпадают.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message>
        <source>Save every value as you have it, over theirs.</source>
        <translation>Сохранить все ваши значения поверх их значений.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их</translation>
    </message>
    <message>
        <source>Drop your edit and show their values.</source>
        <translation>Отменить вашу правку и показать их значения.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Keep their changes and yours; where you both changed a field, the choice in its row decides.</source>
        <translation>Сохранить и их изменения, и ваши; если поле изменили оба, решает выбор в его строке.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Mine (only you changed it)</source>
        <translation>Мои (изменили только вы)</translation>
    </message>
    <message>
        <source>Theirs (only they changed it)</source>
        <translation>Их (изменили только они)</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll in a cadence</source>
        <translation>Добавление в каденцию</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %Ln contact(s):</source>
        <translation>
            <numerusform>Добавить %Ln контакт:</numerusform>
            <numerusform>Добавить %Ln контакта:</numerusform>
            <numerusform>Добавить %Ln контактов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln шаг</numerusform>
            <numerusform>%Ln шага</numerusform>
            <numerusform>%Ln шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Каденция:</translation>
    </message>
    <message>
        <source>Worked by:</source>
        <translation>Ведёт:</translation>
    </message>
    <message>
        <source>Also enroll contacts another rep owns</source>
        <translation>Добавить и контакты других менеджеров</translation>
    </message>
    <message>
        <source>Contacts on the do-not-contact list and those already in a cadence are left out.</source>
        <translation>Контакты из списка «не беспокоить» и уже идущие по каденции не добавляются.</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>EnrollWords</name>
    <message numerus="yes">
        <source>Enrolled %Ln contact(s) in “%1”.</source>
        <translation>
            <numerusform>В каденцию «%1» добавлен %Ln контакт.</numerusform>
            <numerusform>В каденцию «%1» добавлено %Ln контакта.</numerusform>
            <numerusform>В каденцию «%1» добавлено %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>не беспокоить</translation>
    </message>
    <message>
        <source>already in a cadence</source>
        <translation>уже в каденции</translation>
    </message>
    <message>
        <source>owned by another rep</source>
        <translation>у другого менеджера</translation>
    </message>
    <message>
        <source>deleted meanwhile</source>
        <translation>удалены за это время</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Не добавлены: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time zone(s) guessed.</source>
        <translation>
            <numerusform>Часовой пояс угадан у %Ln контакта.</numerusform>
            <numerusform>Часовой пояс угадан у %Ln контактов.</numerusform>
            <numerusform>Часовой пояс угадан у %Ln контактов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>This file cannot be imported</source>
        <translation>Этот файл нельзя импортировать</translation>
    </message>
    <message>
        <source>Prospect Desk imports CSV, TSV and TXT tables, Excel workbooks (XLSX) and vCard files (VCF). Nothing was written to your database.</source>
        <translation>Prospect Desk импортирует таблицы CSV, TSV и TXT, книги Excel (XLSX) и файлы vCard (VCF). В базу данных ничего не записано.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Выбрать другой файл…</translation>
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
    <name>HandoffDecisionDialog</name>
    <message>
        <source>Hand-off decision</source>
        <translation>Решение по передаче</translation>
    </message>
    <message>
        <source>Does %1 meet the criteria for a meeting?</source>
        <translation>Соответствует ли контакт %1 критериям для встречи?</translation>
    </message>
    <message>
        <source>%1, %2 min (%3)</source>
        <translation>%1, %2 мин (%3)</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Встреча:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Резюме:</translation>
    </message>
    <message>
        <source>Accept: the prospect meets the criteria</source>
        <translation>Принять: контакт соответствует критериям</translation>
    </message>
    <message>
        <source>Send back to the SDR</source>
        <translation>Вернуть SDR</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>What the SDR should know (optional)</source>
        <translation>Что нужно знать SDR (необязательно)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Choose why it goes back.</source>
        <translation>Укажите причину возврата.</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Hand off</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Hand %1 to an account executive: the meeting invitation (.ics) and the hand-off packet are written to the folder below.</source>
        <translation>Передать контакт %1 менеджеру по продажам (AE): приглашение на встречу (.ics) и пакет передачи будут сохранены в папку ниже.</translation>
    </message>
    <message>
        <source>Choose an account executive…</source>
        <translation>Выберите менеджера по продажам…</translation>
    </message>
    <message>
        <source>Account executive:</source>
        <translation>Менеджер по продажам:</translation>
    </message>
    <message>
        <source>Starts at:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>What the AE should know: pains, next steps…</source>
        <translation>Что нужно знать AE: боли, следующие шаги…</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Резюме:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <source>Also save the packet as PDF</source>
        <translation>Также сохранить пакет в PDF</translation>
    </message>
    <message>
        <source>Save the hand-off documents to</source>
        <translation>Куда сохранить документы передачи</translation>
    </message>
    <message>
        <source>There is no account executive yet: add a rep with the role “ae” first.</source>
        <translation>Менеджеров по продажам пока нет: сначала добавьте сотрудника с ролью «ae».</translation>
    </message>
    <message>
        <source>Choose the account executive.</source>
        <translation>Выберите менеджера по продажам.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>«%1» — не часовой пояс.</translation>
    </message>
    <message>
        <source>The meeting time is in the past.</source>
        <translation>Время встречи уже прошло.</translation>
    </message>
    <message>
        <source>Choose a folder for the documents.</source>
        <translation>Выберите папку для документов.</translation>
    </message>
    <message>
        <source>For the prospect: %1 (%2)</source>
        <translation>У контакта: %1 (%2)</translation>
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
        <source>The smallest company size is larger than the largest.</source>
        <translation>Наименьший размер компании больше наибольшего.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>У профиля должно быть название.</translation>
    </message>
    <message>
        <source>There is already a profile called &apos;%1&apos;.</source>
        <translation>Профиль «%1» уже есть.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this profile while you were editing it. Your change was not saved; reopen the profile to see theirs.</source>
        <translation>Кто-то другой изменил или удалил этот профиль, пока вы его редактировали. Ваши изменения не сохранены; откройте профиль снова, чтобы увидеть чужие.</translation>
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
    <message>
        <source>Someone else changed this profile since you opened it; it was not deleted.</source>
        <translation>Кто-то другой изменил этот профиль после того, как вы его открыли; он не удалён.</translation>
    </message>
</context>
<context>
    <name>ImapForm</name>
    <message>
        <source>Read replies from this mailbox (IMAP)</source>
        <translation>Читать ответы из этого почтового ящика (IMAP)</translation>
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
        <translation>Нет (только локальный)</translation>
    </message>
    <message>
        <source>The sending account&apos;s user name</source>
        <translation>Имя пользователя учётной записи отправки</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Только для сервера с собственным сертификатом</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-сервер</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Доверенный сертификат (SHA-256)</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Сохранён; введите, чтобы заменить</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name / patronymic</source>
        <translation>Отчество</translation>
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
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Вторая эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>Телефон (E.164)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
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
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>Ссылка на LinkedIn</translation>
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
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>Тип лида</translation>
    </message>
    <message>
        <source>Arrived (inbound)</source>
        <translation>Поступил (входящий)</translation>
    </message>
    <message>
        <source>Contact id (export)</source>
        <translation>ID контакта (экспорт)</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Не импортировать этот столбец</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Своё поле: %1</translation>
    </message>
    <message>
        <source>Will be split into first and last name</source>
        <translation>Будет разделено на имя и фамилию</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <source>Kept as a custom field, never dropped</source>
        <translation>Сохранится в своём поле, ничего не теряется</translation>
    </message>
    <message>
        <source>Kept as an extra email of the contact</source>
        <translation>Сохранится как дополнительный адрес контакта</translation>
    </message>
    <message>
        <source>Kept as the contact&apos;s mobile number</source>
        <translation>Сохранится как мобильный номер контакта</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>запомнено</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>ваш выбор</translation>
    </message>
    <message>
        <source>auto · column name</source>
        <translation>авто · по названию</translation>
    </message>
    <message>
        <source>auto · word in the name</source>
        <translation>авто · по слову в названии</translation>
    </message>
    <message>
        <source>auto · values</source>
        <translation>авто · по значениям</translation>
    </message>
    <message>
        <source>auto · unknown column</source>
        <translation>авто · неизвестный столбец</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>авто</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>Encodings always offered for an override, besides the detector&apos;s candidates.</extracomment>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R (кириллица)</translation>
    </message>
    <message>
        <source>DOS cp866 (Cyrillic)</source>
        <translation>DOS cp866 (кириллица)</translation>
    </message>
    <message>
        <source>ISO-8859-5 (Cyrillic)</source>
        <translation>ISO-8859-5 (кириллица)</translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030 (китайский)</translation>
    </message>
    <message>
        <source>GBK (Chinese)</source>
        <translation>GBK (китайский)</translation>
    </message>
    <message>
        <source>Big5 (Chinese, traditional)</source>
        <translation>Big5 (китайский традиционный)</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation>Shift-JIS (японский)</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese, Windows)</source>
        <translation>Shift-JIS (японский, Windows)</translation>
    </message>
    <message>
        <source>EUC-JP (Japanese)</source>
        <translation>EUC-JP (японский)</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (корейский)</translation>
    </message>
    <message>
        <source>Latin-1 (Western European)</source>
        <translation>Latin-1 (западноевропейская)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (центральноевропейская)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Central European)</source>
        <translation>ISO-8859-2 (центральноевропейская)</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (балтийская)</translation>
    </message>
    <message>
        <source>ISO-8859-13 (Baltic)</source>
        <translation>ISO-8859-13 (балтийская)</translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (турецкая)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (арабская)</translation>
    </message>
    <message>
        <source>Mac Roman</source>
        <translation>Mac Roman</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Delimited text (CSV/TSV)</source>
        <translation>Текст с разделителями (CSV/TSV)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (XLS)</source>
        <translation>Книга Excel 97–2003 (XLS)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>Таблица OpenDocument (ODS)</translation>
    </message>
    <message>
        <source>vCard contacts (VCF)</source>
        <translation>Контакты vCard (VCF)</translation>
    </message>
    <message>
        <source>New contacts</source>
        <extracomment>The order the dry run lists its numbers in.</extracomment>
        <translation>Новые контакты</translation>
    </message>
    <message>
        <source>Will update contacts you have</source>
        <translation>Обновят имеющиеся контакты</translation>
    </message>
    <message>
        <source>Duplicates inside the file</source>
        <translation>Дубликаты внутри файла</translation>
    </message>
    <message>
        <source>Duplicates of contacts you have (nothing to add)</source>
        <translation>Дубликаты ваших контактов (без изменений)</translation>
    </message>
    <message>
        <source>Invalid email or phone (imported, raw value kept)</source>
        <translation>Неверная почта или телефон (сохранятся)</translation>
    </message>
    <message>
        <source>Rejected (cannot be stored)</source>
        <translation>Отклонены (нельзя сохранить)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>та же почта</translation>
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
        <translation>разные адреса почты</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>The column mapping was made for a file with other columns; inspect this file again and map its columns.</source>
        <translation>Сопоставление столбцов сделано для файла с другими столбцами; откройте этот файл заново и сопоставьте его столбцы.</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF-документ</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip-архив</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>программа для Windows</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip-архив</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR-архив</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip-архив</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>файл базы данных</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>двоичный файл</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>an old-style Office document</source>
        <translation>старый документ Office (DOC, XLS)</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Файл не удаётся открыть: %1.</translation>
    </message>
    <message>
        <source>The file is a damaged archive (%1).</source>
        <translation>Файл — повреждённый архив (%1).</translation>
    </message>
    <message>
        <source>This is a zip archive, not a spreadsheet. Unpack it and import the CSV or XLSX file inside.</source>
        <translation>Это zip-архив, а не таблица. Распакуйте его и импортируйте CSV- или XLSX-файл из него.</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>В файле нет ни одной карточки vCard (нет строки BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The spreadsheet holds %1 parts; a real workbook has far fewer. It was not opened.</source>
        <translation>Число частей в таблице: %1; в настоящей книге их гораздо меньше. Файл не открыт.</translation>
    </message>
    <message>
        <source>The spreadsheet would unpack to %1 GB, more than the %2 GB limit. It was not opened.</source>
        <translation>Таблица распаковалась бы в %1 ГБ, больше предела в %2 ГБ. Файл не открыт.</translation>
    </message>
    <message>
        <source>The spreadsheet part “%1” is compressed %2 times, which only zip bombs do. It was not opened.</source>
        <translation>Часть таблицы «%1» сжата в %2 раз, так бывает только у zip-бомб. Файл не открыт.</translation>
    </message>
    <message>
        <source>The spreadsheet part “%1” does not match its declared size or checksum. It was not opened.</source>
        <translation>Часть таблицы «%1» не совпадает с заявленным размером или контрольной суммой. Файл не открыт.</translation>
    </message>
    <message>
        <source>The spreadsheet is password-protected; save an unprotected copy first.</source>
        <translation>Таблица защищена паролем; сначала сохраните незащищённую копию.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or not really a spreadsheet.</source>
        <translation>Таблица повреждена или на самом деле не является таблицей.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty. Other sheets: %2.</source>
        <translation>Лист «%1» пуст. Другие листы: %2.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>Лист «%1» пуст.</translation>
    </message>
    <message>
        <source>The sheet “%1” has a header row but no data rows.</source>
        <translation>На листе «%1» есть строка заголовка, но нет строк с данными.</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read.</source>
        <translation>Лист «%1» не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1. Sheets: %2.</source>
        <translation>В книге нет листа %1. Листы: %2.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>В файле нет строк.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>В файле есть строка заголовка, но нет строк с данными.</translation>
    </message>
    <message>
        <source>“%1” is not a text encoding this app knows.</source>
        <translation>«%1» — неизвестная приложению кодировка текста.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>This is %1, not a text table. Export the data as CSV, XLSX or vCard.</source>
        <translation>Это %1, а не текстовая таблица. Экспортируйте данные в CSV, XLSX или vCard.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Some lines are not valid UTF-8 (another encoding was pasted in); those rows will be rejected and listed in the report.</source>
        <translation>Некоторые строки не в UTF-8 (в файл вставлен текст в другой кодировке); такие строки будут отклонены и перечислены в отчёте.</translation>
    </message>
    <message>
        <source>The text encoding is uncertain (guessed %1); check the preview and pick another encoding if names look wrong.</source>
        <translation>Кодировка текста определена неуверенно (предположительно %1); проверьте предпросмотр и выберите другую кодировку, если имена выглядят неправильно.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <source>Formula cells without a saved value: %1 (%2); they are read as empty. Open and save the file in Excel to compute them.</source>
        <translation>Ячеек с формулами без сохранённого значения: %1 (%2); они читаются как пустые. Откройте и сохраните файл в Excel, чтобы их вычислить.</translation>
    </message>
    <message>
        <source>Row %1, cell %2 (%3): a formula saved without its value; the field is left empty.</source>
        <translation>Строка %1, ячейка %2 (%3): формула сохранена без значения; поле останется пустым.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will be empty: formula cells saved without a value. Open and save the file in your spreadsheet program to compute them, then import it again.</source>
        <translation>
            <numerusform>%n поле останется пустым: ячейки с формулами сохранены без значений. Откройте и сохраните файл в программе электронных таблиц, чтобы они вычислились, и импортируйте его снова.</numerusform>
            <numerusform>%n поля останутся пустыми: ячейки с формулами сохранены без значений. Откройте и сохраните файл в программе электронных таблиц, чтобы они вычислились, и импортируйте его снова.</numerusform>
            <numerusform>%n полей останутся пустыми: ячейки с формулами сохранены без значений. Откройте и сохраните файл в программе электронных таблиц, чтобы они вычислились, и импортируйте его снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about rows (they are imported):</source>
        <translation>
            <numerusform>%n предупреждение по строкам (они импортируются):</numerusform>
            <numerusform>%n предупреждения по строкам (они импортируются):</numerusform>
            <numerusform>%n предупреждений по строкам (они импортируются):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>папка доступна только для чтения</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>в папку нельзя записывать</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing contacts</source>
        <extracomment>The progress bar counts in thousandths of the file.</extracomment>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Waiting for other changes to the database to finish…</source>
        <translation>Ожидание завершения других изменений в базе…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Building the indexes and the search index…</source>
        <translation>Построение индексов и поискового индекса…</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Импорт контактов…</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows per second</source>
        <translation>%1 строк · %2 строк в секунду</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Остановить импорт?</translation>
    </message>
    <message>
        <source>A cancelled import leaves the database as it was: nothing from this file is saved, and no report is written.</source>
        <translation>Отменённый импорт оставляет базу как была: из этого файла ничего не сохраняется, отчёт не создаётся.</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Остановить импорт</translation>
    </message>
    <message>
        <source>Continue importing</source>
        <translation>Продолжить импорт</translation>
    </message>
    <message>
        <source>Stopping; putting the database back as it was…</source>
        <translation>Остановка; база возвращается в прежнее состояние…</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>custom fields</source>
        <translation>дополнительные поля</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>quality score</source>
        <translation>оценка качества</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>A new contact.</source>
        <translation>Новый контакт.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>A new contact, stored with an invalid email (%1).</source>
        <translation>Новый контакт, сохранён с недействительным email (%1).</translation>
    </message>
    <message>
        <source>A new contact, stored with an invalid phone (%1).</source>
        <translation>Новый контакт, сохранён с недействительным телефоном (%1).</translation>
    </message>
    <message>
        <source>Stored with an invalid email (%1); the raw value is kept.</source>
        <translation>Сохранён с недействительным email (%1); исходное значение сохранено.</translation>
    </message>
    <message>
        <source>Stored with an invalid phone (%1); the raw value is kept.</source>
        <translation>Сохранён с недействительным телефоном (%1); исходное значение сохранено.</translation>
    </message>
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
        <source>Repeats row %1 (%2).</source>
        <translation>Повторяет строку %1 (%2).</translation>
    </message>
    <message>
        <source>Matches contact %1 like an earlier row of this file.</source>
        <translation>Совпадает с контактом %1, как и более ранняя строка этого файла.</translation>
    </message>
    <message>
        <source>Matches contact %1; nothing new to add.</source>
        <translation>Совпадает с контактом %1; добавить нечего.</translation>
    </message>
    <message>
        <source>Adds contact points or tags.</source>
        <translation>Добавляет контактные данные или теги.</translation>
    </message>
    <message>
        <source>Changes %1.</source>
        <translation>Изменяет: %1.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Полей в строке: %1, в заголовке: %2.</translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation>Значение длиннее %1 символов.</translation>
    </message>
    <message>
        <source>A field is longer than the limit.</source>
        <translation>Поле длиннее допустимого.</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>Поле «%1» длиннее %2 символов.</translation>
    </message>
    <message>
        <source>A quote opens a field that is never closed; this line was skipped and the lines after it were read again.</source>
        <translation>Кавычка открывает поле, которое нигде не закрывается; эта строка пропущена, а следующие за ней строки прочитаны заново.</translation>
    </message>
    <message>
        <source>The card has bytes that are not valid %1.</source>
        <translation>В карточке есть байты, недопустимые в кодировке %1.</translation>
    </message>
    <message>
        <source>The line has bytes that are not valid %1 (shown as \x.. escapes).</source>
        <translation>В строке есть байты, недопустимые в кодировке %1 (показаны как коды \x..).</translation>
    </message>
    <message>
        <source>The card has no END:VCARD line.</source>
        <translation>У карточки нет строки END:VCARD.</translation>
    </message>
    <message>
        <source>The card cannot be read.</source>
        <translation>Карточку не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The line cannot be read as delimited text.</source>
        <translation>Строку не удаётся прочитать как текст с разделителями.</translation>
    </message>
    <message>
        <source>The row has no name, email, phone, company or LinkedIn profile.</source>
        <translation>В строке нет ни имени, ни email, ни телефона, ни компании, ни профиля LinkedIn.</translation>
    </message>
    <message>
        <source>edited since the import</source>
        <translation>изменён после импорта</translation>
    </message>
    <message>
        <source>worked on since the import</source>
        <translation>с ним работали после импорта</translation>
    </message>
    <message>
        <source>deleted since the import</source>
        <translation>удалён после импорта</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Отмена импорта…</translation>
    </message>
    <message>
        <source>This import was undone already.</source>
        <translation>Этот импорт уже отменён.</translation>
    </message>
    <message>
        <source>This import is no longer recorded.</source>
        <translation>Этот импорт больше не записан в истории.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <extracomment>File types the wizard offers (the readers sniff the content; the name only helps).</extracomment>
        <translation>Файлы контактов (*.csv *.tsv *.txt *.xlsx *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <extracomment>Opens a file or folder with the desktop&apos;s program (tests replace it).</extracomment>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Пробный прогон</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Импортировать %Ln строку</numerusform>
            <numerusform>Импортировать %Ln строки</numerusform>
            <numerusform>Импортировать %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Повторное чтение файла…</translation>
    </message>
    <message>
        <source>Checking every row against your contacts…</source>
        <translation>Каждая строка сверяется с вашими контактами…</translation>
    </message>
    <message>
        <source>Checking the rows (nothing is written)…</source>
        <translation>Проверка строк (ничего не записывается)…</translation>
    </message>
    <message>
        <source>The dry run was stopped.</source>
        <translation>Пробный прогон остановлен.</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>Пробный прогон не удался: %1</translation>
    </message>
    <message>
        <source>The import was cancelled. The database is as it was.</source>
        <translation>Импорт отменён. База осталась как была.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Импорт не удался, ничего не записано: %1</translation>
    </message>
</context>
<context>
    <name>InboundWatcher</name>
    <message>
        <source>Speed-to-lead</source>
        <extracomment>How often the SLA is swept. How often the watched folder is rescanned whatever the watcher says. The wait between the two scans that must agree before a file is read. More breaches than this in one look make one summary notification instead. Shows one notification: (title, text).</extracomment>
        <translation>Скорость реакции на лид</translation>
    </message>
    <message>
        <source>Inbound lead waiting</source>
        <translation>Входящий лид ждёт</translation>
    </message>
    <message numerus="yes">
        <source>%n inbound lead(s) broke the speed-to-lead SLA.</source>
        <translation>
            <numerusform>%n входящий лид нарушил SLA реакции.</numerusform>
            <numerusform>%n входящих лида нарушили SLA реакции.</numerusform>
            <numerusform>%n входящих лидов нарушили SLA реакции.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broke the speed-to-lead SLA and went to %2.</source>
        <translation>%1: SLA реакции нарушен, лид передан менеджеру %2.</translation>
    </message>
    <message>
        <source>%1 broke the speed-to-lead SLA: contact them now.</source>
        <translation>%1: SLA реакции нарушен — свяжитесь сейчас.</translation>
    </message>
    <message>
        <source>Inbound leads</source>
        <translation>Входящие лиды</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from web forms.</source>
        <translation>
            <numerusform>%n новый лид из веб-форм.</numerusform>
            <numerusform>%n новых лида из веб-форм.</numerusform>
            <numerusform>%n новых лидов из веб-форм.</numerusform>
        </translation>
    </message>
    <message>
        <source>Web forms</source>
        <translation>Веб-формы</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Отслеживаемая папка</translation>
    </message>
    <message>
        <source>%1 could not be imported; it was moved to the failed folder.</source>
        <translation>%1 не удалось импортировать; файл перемещён в папку failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from %1.</source>
        <translation>
            <numerusform>%n новый лид из %1.</numerusform>
            <numerusform>%n новых лида из %1.</numerusform>
            <numerusform>%n новых лидов из %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Working</source>
        <extracomment>Linux niceness of a background job&apos;s thread, as the import&apos;s check workers.</extracomment>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ListsMessages</name>
    <message>
        <source>A name is required.</source>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <source>The name “%1” is taken.</source>
        <translation>Название «%1» уже занято.</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1+ совпадений</translation>
    </message>
    <message>
        <source>All matches selected</source>
        <translation>Выбраны все совпадения</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln contact(s) selected</source>
        <translation>
            <numerusform>Выбраны все: %Ln контакт</numerusform>
            <numerusform>Выбраны все: %Ln контакта</numerusform>
            <numerusform>Выбраны все: %Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>New list…</source>
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
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV, XLSX or vCard file</source>
        <translation>Импортировать контакты из файла CSV, XLSX или vCard</translation>
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
        <source>Edit segment…</source>
        <translation>Изменить сегмент…</translation>
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
        <source>Lists and segments</source>
        <extracomment>A keystroke made while the previous keystroke&apos;s rows are still on their way waits for this pause in the typing before it searches (the running search is cancelled at once). A keystroke after the rows came searches at once: a first screen takes 5-30 ms at a million contacts, so waiting would be most of keystroke -&gt; rows. Tables whose rows the page shows (the table, the scope tree and its counts). Writes after which the table&apos;s rows themselves may differ, not only their values. The scope &quot;select all&quot; selected (None: the selection is the picked rows). A contact the palette asked to show: selected once a reload brings its row. A scope the palette asked for before the tree had read it.</extracomment>
        <translation>Списки и сегменты</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
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
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>Почтовый ящик</translation>
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
        <translation>Нет (только локальный)</translation>
    </message>
    <message>
        <source>Required in cadence emails</source>
        <translation>Обязателен в письмах каденций</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Только в часы</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Только для сервера с собственным сертификатом</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-сервер</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>At most per hour</source>
        <translation>Не больше в час</translation>
    </message>
    <message>
        <source>At most per day</source>
        <translation>Не больше в день</translation>
    </message>
    <message>
        <source>Pause between emails</source>
        <translation>Пауза между письмами</translation>
    </message>
    <message>
        <source>Sending hours (prospect&apos;s time)</source>
        <translation>Часы отправки (время контакта)</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Доверенный сертификат (SHA-256)</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Страница отписки</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Доверять этому сертификату</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Отправить тестовое письмо</translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation>Проверить DNS</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Сохранён; введите, чтобы заменить</translation>
    </message>
    <message>
        <source>Please check the form: %1</source>
        <translation>Проверьте форму: %1</translation>
    </message>
    <message>
        <source>Please check the mailbox: %1</source>
        <translation>Проверьте почтовый ящик: %1</translation>
    </message>
    <message>
        <source>Saved. No keychain is available, so the password is kept only until you quit.</source>
        <translation>Сохранено. Хранилище паролей недоступно, поэтому пароль хранится только до выхода из программы.</translation>
    </message>
    <message>
        <source>Sending a test email…</source>
        <translation>Отправляем тестовое письмо…</translation>
    </message>
    <message>
        <source>The test email was sent to %1.</source>
        <translation>Тестовое письмо отправлено на %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1). Trust it only if this is your own server.</source>
        <translation>Сертификат сервера не является доверенным (SHA-256 %1). Доверяйте ему, только если это ваш собственный сервер.</translation>
    </message>
    <message>
        <source>The test email was not sent: %1</source>
        <translation>Тестовое письмо не отправлено: %1</translation>
    </message>
    <message>
        <source>Saving pins this certificate; send the test email again.</source>
        <translation>При сохранении этот сертификат будет закреплён; отправьте тестовое письмо ещё раз.</translation>
    </message>
    <message>
        <source>Enter the From address first.</source>
        <translation>Сначала введите адрес отправителя.</translation>
    </message>
    <message>
        <source>Checking the DNS of %1…</source>
        <translation>Проверяем DNS домена %1…</translation>
    </message>
    <message>
        <source>%1 has SPF, DMARC and MX records. Make sure DKIM signing is on too.</source>
        <translation>У домена %1 есть записи SPF, DMARC и MX. Убедитесь, что подпись DKIM тоже включена.</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <source>the SMTP server is empty</source>
        <translation>не указан SMTP-сервер</translation>
    </message>
    <message>
        <source>the port is not valid</source>
        <translation>недопустимый порт</translation>
    </message>
    <message>
        <source>the user name is empty</source>
        <translation>не указано имя пользователя</translation>
    </message>
    <message>
        <source>the From address is not valid</source>
        <translation>недопустимый адрес отправителя</translation>
    </message>
    <message>
        <source>a field holds a line break</source>
        <translation>в поле есть перевод строки</translation>
    </message>
    <message>
        <source>the certificate fingerprint is not 64 hex digits</source>
        <translation>отпечаток сертификата — не 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>the unsubscribe page must start with https://</source>
        <translation>адрес страницы отписки должен начинаться с https://</translation>
    </message>
    <message>
        <source>no keychain is available: type the password</source>
        <translation>хранилище паролей недоступно: введите пароль</translation>
    </message>
    <message>
        <source>type the password</source>
        <translation>введите пароль</translation>
    </message>
    <message>
        <source>Email not queued</source>
        <translation>Письмо не поставлено в очередь</translation>
    </message>
    <message>
        <source>The email was not queued: %1</source>
        <translation>Письмо не поставлено в очередь: %1</translation>
    </message>
    <message>
        <source>Queue email</source>
        <translation>В очередь</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Retrying later</source>
        <translation>Повтор позже</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Не ясно</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>сертификат сервера не является доверенным</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS</source>
        <translation>сервер не поддерживает STARTTLS</translation>
    </message>
    <message>
        <source>the server refused the login</source>
        <translation>сервер отклонил вход</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>сервер недоступен</translation>
    </message>
    <message>
        <source>the server asked to try later</source>
        <translation>сервер попросил повторить позже</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>сервер отклонил письмо</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>адрес не существует</translation>
    </message>
    <message>
        <source>the server cannot send to an international address</source>
        <translation>сервер не может отправлять на международный адрес</translation>
    </message>
    <message>
        <source>a merge value holds a line break</source>
        <translation>в значении поля подстановки есть перевод строки</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>не связываться</translation>
    </message>
    <message>
        <source>no postal address set</source>
        <translation>не указан почтовый адрес</translation>
    </message>
    <message>
        <source>no password for the account</source>
        <translation>нет пароля для ящика</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>нет хранилища паролей</translation>
    </message>
    <message>
        <source>no mail account set up</source>
        <translation>почтовый ящик не настроен</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>нет адреса эл. почты</translation>
    </message>
    <message>
        <source>outside the sending hours</source>
        <translation>вне часов отправки</translation>
    </message>
    <message>
        <source>hourly limit reached</source>
        <translation>достигнут лимит в час</translation>
    </message>
    <message>
        <source>daily limit reached</source>
        <translation>достигнут лимит в день</translation>
    </message>
    <message>
        <source>spacing between emails</source>
        <translation>пауза между письмами</translation>
    </message>
    <message>
        <source>sending was interrupted: check your Sent folder</source>
        <translation>отправка прервана: проверьте папку «Отправленные»</translation>
    </message>
    <message>
        <source>a merge field is empty</source>
        <translation>поле подстановки пустое</translation>
    </message>
    <message>
        <source>the step has no template</source>
        <translation>у шага нет шаблона</translation>
    </message>
    <message>
        <source>the cadence stopped before it went (a reply, a meeting, an opt-out)</source>
        <translation>каденция остановлена до отправки (ответ, встреча, отказ от рассылки)</translation>
    </message>
    <message>
        <source>waiting for your review: press E to read, edit and send it</source>
        <translation>ждёт вашей проверки: нажмите E, чтобы прочитать, изменить и отправить</translation>
    </message>
    <message>
        <source>the step is no longer open (done, skipped or stopped)</source>
        <translation>шаг уже закрыт (выполнен, пропущен или остановлен)</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted. If this is your own server, trust its certificate (SHA-256 %1) in the mail account settings.</source>
        <translation>Сертификат почтового сервера не является доверенным. Если это ваш собственный сервер, отметьте его сертификат (SHA-256 %1) как доверенный в настройках почтового ящика.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the mail password. Enter it in the mail account settings; it is kept until you quit.</source>
        <translation>Хранилище паролей недоступно, пароль от почты негде сохранить. Введите его в настройках почтового ящика; он будет храниться до выхода из программы.</translation>
    </message>
    <message>
        <source>The mail password is missing: enter it in the mail account settings.</source>
        <translation>Нет пароля от почты: введите его в настройках почтового ящика.</translation>
    </message>
    <message>
        <source>No SPF record on %1: receivers cannot tell which servers may send its mail.</source>
        <translation>У домена %1 нет записи SPF: получатели не могут проверить, каким серверам разрешено отправлять его почту.</translation>
    </message>
    <message>
        <source>No DMARC record on %1: Gmail and Yahoo require SPF, DKIM and DMARC from bulk senders since 2024.</source>
        <translation>У домена %1 нет записи DMARC: с 2024 года Gmail и Yahoo требуют SPF, DKIM и DMARC от массовых отправителей.</translation>
    </message>
    <message>
        <source>No MX record on %1: replies and bounces cannot come back.</source>
        <translation>У домена %1 нет записи MX: ответы и недоставленные письма не смогут вернуться.</translation>
    </message>
    <message>
        <source>The DNS lookup for %1 failed; try again later.</source>
        <translation>Не удалось проверить DNS домена %1; повторите позже.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lists</source>
        <extracomment>Operations that change contacts&apos; fields but never how many there are.</extracomment>
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
        <source>Cadences</source>
        <translation>Каденции</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
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
        <source>&amp;Import contacts…</source>
        <translation>&amp;Импорт контактов…</translation>
    </message>
    <message>
        <source>Recent im&amp;ports…</source>
        <translation>Последние и&amp;мпорты…</translation>
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
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>Scheduled &amp;backups…</source>
        <translation>Резервное &amp;копирование…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
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
        <source>&amp;Mail account…</source>
        <translation>&amp;Почтовый ящик…</translation>
    </message>
    <message>
        <source>&amp;Reps…</source>
        <translation>&amp;Менеджеры…</translation>
    </message>
    <message>
        <source>Inbound &amp;routing…</source>
        <translation>&amp;Распределение входящих…</translation>
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
        <source>Count</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Replies could not be checked: %1</source>
        <translation>Не удалось проверить ответы: %1</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <extracomment>Longest cell text shown in a table; the tooltip has the rest.</extracomment>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Выбрано</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>Each column of the file goes to a contact field. Columns nobody recognised become custom fields, so nothing is dropped; choose “Ignore this column” to leave one out. Prospect Desk remembers this mapping for the next file with the same columns.</source>
        <translation>Каждый столбец файла попадает в поле контакта. Нераспознанные столбцы становятся своими полями, поэтому ничего не теряется; чтобы пропустить столбец, выберите «Не импортировать этот столбец». Prospect Desk запомнит это сопоставление для следующего файла с такими же столбцами.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Match Cyrillic and Latin spellings</source>
        <extracomment>What the message bar&apos;s Undo undoes: &quot;merge&quot; or &quot;dismiss&quot;.</extracomment>
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
        <source>Find possible duplicates</source>
        <translation>Поиск возможных дубликатов</translation>
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
        <source>Could not load more: %1</source>
        <translation>Не удалось загрузить остальные: %1</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Exact groups: %1. Looking for possible duplicates… %2%</source>
        <translation>Точных групп: %1. Ищем возможные дубликаты… %2%</translation>
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
        <source>Groups shown: %1 of %2. Scroll down for more.</source>
        <translation>Показано групп: %1 из %2. Прокрутите вниз, чтобы увидеть остальные.</translation>
    </message>
    <message>
        <source>Groups shown: %1. Still looking for more…</source>
        <translation>Показано групп: %1. Поиск продолжается…</translation>
    </message>
    <message>
        <source>Groups shown: %1 (all).</source>
        <translation>Показано групп: %1 (все).</translation>
    </message>
    <message>
        <source>Load contacts</source>
        <translation>Загрузка контактов</translation>
    </message>
    <message>
        <source>These contacts will not be suggested as duplicates again.</source>
        <translation>Эти контакты больше не будут предлагаться как дубликаты.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
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
        <source>They are suggested as duplicates again.</source>
        <translation>Они снова предлагаются как дубликаты.</translation>
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
        <source>Not merged: a contact of this group no longer exists (someone deleted or merged it). Search again.</source>
        <translation>Не объединено: одного из контактов группы больше нет (его удалили или объединили). Запустите поиск заново.</translation>
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
        <source>one imported row matched both (not merged)</source>
        <translation>одна импортированная строка совпала с обоими (не объединены)</translation>
    </message>
    <message>
        <source>fuzzy %1: %2</source>
        <extracomment>Groups shown per page; a page&apos;s names are one small query. Every group known, shown or not, in the finder&apos;s order. Height of a row; the view sets it from its font (two lines, room for CJK).</extracomment>
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
        <source>%1 ext. %2</source>
        <translation>%1 доб. %2</translation>
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
    <name>NavigationActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Палитра команд…</translation>
    </message>
    <message>
        <source>Find any command, contact, list, segment or cadence (Ctrl+K)</source>
        <translation>Найти любую команду, контакт, список, сегмент или каденцию (Ctrl+K)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
</context>
<context>
    <name>NurtureDialog</name>
    <message>
        <source>Nurture</source>
        <translation>Прогрев</translation>
    </message>
    <message>
        <source>When should %1 be revisited? A reminder appears in the Today queue that day.</source>
        <translation>Когда вернуться к контакту %1? В этот день в очереди «Сегодня» появится напоминание.</translation>
    </message>
    <message>
        <source>Revisit on:</source>
        <translation>Когда вернуться:</translation>
    </message>
    <message>
        <source>Move to Nurture</source>
        <translation>В прогрев</translation>
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
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <extracomment>The columns, by key, left to right. The role that gives a row&apos;s message id. The role that gives a row&apos;s status code. A status -&gt; the tone its text is in (see :func:`app.ui.theme.tone`).</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation>Отправлено / след. попытка</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>It did not arrive (it is not in your Sent folder): send it again.</source>
        <translation>Письмо не дошло (его нет в папке «Отправленные»): отправить ещё раз.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Отметить как отправленное</translation>
    </message>
    <message>
        <source>It is in your Sent folder: record it as sent.</source>
        <translation>Письмо есть в папке «Отправленные»: считать его отправленным.</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>Почтовый ящик…</translation>
    </message>
    <message>
        <source>Nothing in the outbox. Cadence emails are queued here when their step falls due, and sent within your hourly and daily limits and the prospect&apos;s sending hours.</source>
        <translation>В исходящих пусто. Письма каденций попадают сюда в очередь, когда наступает срок шага, и отправляются с учётом лимитов в час и в день и часов отправки по времени контакта.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Emails on their way out appear here, with why any of them waits, once a database is open.</source>
        <translation>Когда база открыта, здесь видны письма на отправку и причина, по которой какое-либо из них ждёт.</translation>
    </message>
    <message>
        <source>Load the outbox</source>
        <translation>Загрузка исходящих</translation>
    </message>
    <message>
        <source>%1 queued · %2 retrying later · %3 sent · %4 failed · %5 in doubt</source>
        <translation>В очереди: %1 · повтор позже: %2 · отправлено: %3 · ошибка: %4 · не ясно: %5</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Пароль от почты</translation>
    </message>
    <message>
        <source>No keychain is available to keep the mail password. Password for %1 (kept until you quit):</source>
        <translation>Хранилище паролей недоступно. Пароль для %1 (хранится до выхода из программы):</translation>
    </message>
</context>
<context>
    <name>PageKeys</name>
    <message>
        <source>Next item</source>
        <translation>Следующий пункт</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Предыдущий пункт</translation>
    </message>
    <message>
        <source>Open the call panel</source>
        <translation>Открыть панель звонка</translation>
    </message>
    <message>
        <source>Close the call panel</source>
        <translation>Закрыть панель звонка</translation>
    </message>
    <message>
        <source>Call the prospect</source>
        <translation>Позвонить контакту</translation>
    </message>
    <message>
        <source>Mark the step done</source>
        <translation>Отметить шаг выполненным</translation>
    </message>
    <message>
        <source>Skip the step</source>
        <translation>Пропустить шаг</translation>
    </message>
    <message>
        <source>Snooze the step</source>
        <translation>Отложить шаг</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Add a task or reminder</source>
        <translation>Добавить задачу или напоминание</translation>
    </message>
    <message>
        <source>Open a message step&apos;s profile</source>
        <translation>Открыть профиль для шага-сообщения</translation>
    </message>
    <message>
        <source>Review and send an email step in the composer</source>
        <translation>Проверить и отправить письмо шага в редакторе</translation>
    </message>
    <message>
        <source>Start or stop the power hour</source>
        <translation>Начать или закончить час звонков</translation>
    </message>
    <message>
        <source>Show or hide the Today keys</source>
        <translation>Показать или скрыть клавиши страницы «Сегодня»</translation>
    </message>
    <message>
        <source>Log the call: %1</source>
        <translation>Записать звонок: %1</translation>
    </message>
    <message>
        <source>Move the selected card to stage 1–9</source>
        <translation>Переместить выбранную карточку на этап 1–9</translation>
    </message>
    <message>
        <source>Go to the column before or after</source>
        <translation>Перейти в предыдущую или следующую колонку</translation>
    </message>
    <message>
        <source>Select every contact in the view</source>
        <translation>Выбрать все контакты в представлении</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Contact</source>
        <extracomment>The kinds of entry, in the order the palette lists them.</extracomment>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Каденция</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Stages…</source>
        <extracomment>Tables whose changes can change what a card shows or where it is. Tables that matter only while a filter reads them (a list, a segment&apos;s tags and lists). A write touching more contacts than this re-reads the board instead of the cards. How often the inbound clocks are repainted.</extracomment>
        <translation>Этапы…</translation>
    </message>
    <message>
        <source>Rename, reorder, add or remove pipeline stages</source>
        <translation>Переименовать, упорядочить, добавить или удалить этапы воронки</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>В стороне</translation>
    </message>
    <message>
        <source>Prospects parked for later or ruled out: off the main path</source>
        <translation>Контакты, отложенные на потом или отсеянные: вне основного пути</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a database or create a new one from the File menu.</source>
        <translation>Откройте базу или создайте новую в меню «Файл».</translation>
    </message>
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
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Could not read the board: %1</source>
        <translation>Не удалось прочитать доску: %1</translation>
    </message>
    <message>
        <source>No pipeline stages yet</source>
        <translation>Этапов воронки пока нет</translation>
    </message>
    <message>
        <source>Stages are the board&apos;s columns: New, Researching, Attempting and so on. Set them up to start moving prospects along.</source>
        <translation>Этапы — это колонки доски: «Новый», «Изучение», «Попытки связаться» и так далее. Настройте их, чтобы вести контакты по воронке.</translation>
    </message>
    <message>
        <source>Create the default stages</source>
        <translation>Создать этапы по умолчанию</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without a stage</source>
        <translation>%1 без этапа</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
</context>
<context>
    <name>PipelineWords</name>
    <message>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Нет потребности</translation>
    </message>
    <message>
        <source>Not a decision maker</source>
        <translation>Не ЛПР</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Неподходящее время</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>Выбрал конкурента</translation>
    </message>
    <message>
        <source>Bad data (wrong person or contact details)</source>
        <translation>Неверные данные (не тот человек или контакты)</translation>
    </message>
    <message>
        <source>Never responded</source>
        <translation>Так и не ответил</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Does not meet the criteria</source>
        <translation>Не соответствует критериям</translation>
    </message>
    <message>
        <source>Belongs to another AE</source>
        <translation>Закреплён за другим менеджером по продажам (AE)</translation>
    </message>
    <message>
        <source>Did not show up</source>
        <translation>Не пришёл на встречу</translation>
    </message>
    <message>
        <source>Company size fits</source>
        <translation>Размер компании подходит</translation>
    </message>
    <message>
        <source>Industry fits</source>
        <translation>Отрасль подходит</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Authority (decision maker)</source>
        <translation>Полномочия (ЛПР)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Do we serve companies like this?</source>
        <translation>Работаем ли мы с такими компаниями?</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Этого контакта больше нет.</translation>
    </message>
    <message>
        <source>This stage no longer exists; somebody deleted it meanwhile.</source>
        <translation>Этого этапа больше нет: его кто-то удалил.</translation>
    </message>
    <message>
        <source>The prospect is in this stage already.</source>
        <translation>Контакт уже на этом этапе.</translation>
    </message>
    <message>
        <source>Required answers are missing: %1</source>
        <translation>Нет обязательных ответов: %1</translation>
    </message>
    <message>
        <source>These questions are not on the checklist: %1</source>
        <translation>Этих вопросов нет в чек-листе: %1</translation>
    </message>
    <message>
        <source>The answer to “%1” must be text, a number or yes/no.</source>
        <translation>Ответ на «%1» должен быть текстом, числом или «да/нет».</translation>
    </message>
    <message>
        <source>Choose why the prospect is disqualified.</source>
        <translation>Выберите, почему контакт отсеян.</translation>
    </message>
    <message>
        <source>“%1” is not a known reason.</source>
        <translation>«%1» — неизвестная причина.</translation>
    </message>
    <message>
        <source>Choose when to revisit the prospect.</source>
        <translation>Выберите, когда вернуться к контакту.</translation>
    </message>
    <message>
        <source>The revisit date is in the past.</source>
        <translation>Дата возврата к контакту уже прошла.</translation>
    </message>
    <message>
        <source>A prospect is handed off through the hand-off dialog.</source>
        <translation>Контакт передаётся через окно передачи.</translation>
    </message>
    <message>
        <source>The qualification checklist is damaged; check the settings.</source>
        <translation>Чек-лист квалификации повреждён; проверьте настройки.</translation>
    </message>
    <message>
        <source>Move the prospects out of this stage before deleting it.</source>
        <translation>Перед удалением этапа переведите с него все контакты.</translation>
    </message>
    <message>
        <source>Prospects can be moved in bulk only to a stage without a gate.</source>
        <translation>Массово переводить контакты можно только на этап без условий перехода.</translation>
    </message>
    <message>
        <source>There is no rep with the address %1.</source>
        <translation>Нет менеджера с адресом %1.</translation>
    </message>
    <message>
        <source>%1 is not an account executive.</source>
        <translation>%1 — не менеджер по продажам (AE).</translation>
    </message>
    <message>
        <source>The meeting time is in the past.</source>
        <translation>Время встречи уже прошло.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>«%1» — не часовой пояс.</translation>
    </message>
    <message>
        <source>The meeting must last %1 to %2 minutes.</source>
        <translation>Встреча должна длиться от %1 до %2 минут.</translation>
    </message>
    <message>
        <source>The prospect was handed off already.</source>
        <translation>Контакт уже передан.</translation>
    </message>
    <message>
        <source>This hand-off no longer exists.</source>
        <translation>Этой передачи больше нет.</translation>
    </message>
    <message>
        <source>This hand-off was decided already.</source>
        <translation>По этой передаче уже принято решение.</translation>
    </message>
    <message>
        <source>Hand-off: {prospect}</source>
        <translation>Передача: {prospect}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
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
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
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
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Менеджер по продажам (AE)</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Назначил</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <source>Meeting: {prospect}</source>
        <translation>Встреча: {prospect}</translation>
    </message>
    <message>
        <source>Meeting: {prospect} ({company})</source>
        <translation>Встреча: {prospect} ({company})</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Передача</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Dry run: what the import would do</source>
        <extracomment>Regions offered for national numbers (the file&apos;s own reading comes first).</extracomment>
        <translation>Пробный прогон: что сделает импорт</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Fill only empty fields (recommended)</source>
        <translation>Заполнять только пустые поля (рекомендуется)</translation>
    </message>
    <message>
        <source>Keep what I have</source>
        <translation>Оставлять мои данные</translation>
    </message>
    <message>
        <source>Take the file&apos;s values</source>
        <translation>Брать значения из файла</translation>
    </message>
    <message>
        <source>Add to list:</source>
        <translation>Добавить в список:</translation>
    </message>
    <message>
        <source>Read it from the file</source>
        <translation>Взять из файла</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Как указано в файле</translation>
    </message>
    <message>
        <source>Inbound (arrival time from the file, else now)</source>
        <translation>Входящий (время поступления из файла, иначе текущее)</translation>
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
        <source>Create reps for owners you don&apos;t have</source>
        <translation>Создать менеджеров для неизвестных ответственных</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>When a row matches a contact you have:</source>
        <translation>Если строка совпадает с вашим контактом:</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from:</source>
        <translation>Номера без кода страны считать номерами страны:</translation>
    </message>
    <message>
        <source>Lead source of rows that name none:</source>
        <translation>Источник лида для строк без источника:</translation>
    </message>
    <message>
        <source>These rows look like the same person but no email or phone proves it. They will be imported as separate contacts; review them later in Tools → Find duplicates…</source>
        <translation>Эти строки похожи на одного человека, но ни почта, ни телефон этого не подтверждают. Они будут импортированы как отдельные контакты; проверьте их позже в меню Инструменты → Найти дубликаты…</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Похоже на</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read. Nothing has been written yet.</source>
        <translation>
            <numerusform>Прочитана %Ln строка. Пока ничего не записано.</numerusform>
            <numerusform>Прочитано %Ln строки. Пока ничего не записано.</numerusform>
            <numerusform>Прочитано %Ln строк. Пока ничего не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a number to see its rows.</source>
        <translation>Нажмите на число, чтобы увидеть строки.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 phone number(s) read</source>
        <translation>
            <numerusform>Распознан %n номер телефона из %1</numerusform>
            <numerusform>Распознано %n номера телефона из %1</numerusform>
            <numerusform>Распознано %n номеров телефона из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, read from the file)</source>
        <translation>(%1, из файла)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Owners you don&apos;t have</source>
        <translation>Неизвестные ответственные</translation>
    </message>
    <message>
        <source>Stages not recognised</source>
        <translation>Нераспознанные этапы</translation>
    </message>
    <message>
        <source>Sources not recognised</source>
        <translation>Нераспознанные источники</translation>
    </message>
    <message>
        <source>Lead types not recognised</source>
        <translation>Нераспознанные типы лидов</translation>
    </message>
    <message>
        <source>Dates not recognised</source>
        <translation>Нераспознанные даты</translation>
    </message>
    <message>
        <source>They are kept as written, in the contact&apos;s custom fields.</source>
        <translation>Они сохраняются как есть, в дополнительных полях контакта.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phone and name</source>
        <translation>телефон и имя</translation>
    </message>
    <message>
        <source>phone and name with an initial</source>
        <translation>телефон и имя с инициалом</translation>
    </message>
    <message>
        <source>the same invalid email</source>
        <translation>тот же неверный адрес эл. почты</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>имя и компания</translation>
    </message>
    <message>
        <source>contact id (export)</source>
        <translation>ID контакта (экспорт)</translation>
    </message>
    <message>
        <source>Matched by: %1.</source>
        <translation>Совпадение по: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match two different contacts: they are left for you to review in Tools → Find duplicates…</source>
        <translation>
            <numerusform>%n строка совпадает с двумя разными контактами: проверьте её в меню «Инструменты → Найти дубликаты…»</numerusform>
            <numerusform>%n строки совпадают с двумя разными контактами: проверьте их в меню «Инструменты → Найти дубликаты…»</numerusform>
            <numerusform>%n строк совпадают с двумя разными контактами: проверьте их в меню «Инструменты → Найти дубликаты…»</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2 rows</source>
        <translation>первые %1 из %2 строк</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates to review (%Ln)</source>
        <translation>
            <numerusform>Возможные дубликаты для проверки (%Ln)</numerusform>
            <numerusform>Возможные дубликаты для проверки (%Ln)</numerusform>
            <numerusform>Возможные дубликаты для проверки (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>your contact %1</source>
        <translation>ваш контакт %1</translation>
    </message>
</context>
<context>
    <name>PowerHourBar</name>
    <message>
        <source>Power hour</source>
        <translation>Час звонков</translation>
    </message>
    <message>
        <source>Stop (P)</source>
        <translation>Стоп (P)</translation>
    </message>
    <message>
        <source>Dials: %1 · Connects: %2 · Talk time: %3 · Meetings: %4</source>
        <translation>Наборов: %1 · Дозвонов: %2 · Разговоров: %3 · Встреч: %4</translation>
    </message>
    <message>
        <source>no more calls can be placed now</source>
        <translation>сейчас звонить больше некому</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>The combo box&apos;s value for &quot;follow the system&apos;s language&quot; (stored as an empty setting).</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>“Same as the system” switches between light and dark when the operating system does.</source>
        <translation>Вариант «Как в системе» переключает светлую и тёмную тему вместе с операционной системой.</translation>
    </message>
    <message>
        <source>The new language is used the next time Prospect Desk starts.</source>
        <translation>Новый язык будет применён при следующем запуске Prospect Desk.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview for:</source>
        <extracomment>Renders a draft for a contact on a worker thread: (db, draft, contact id) -&gt; email. The language of the variant the editor shows, to say when the prospect gets another.</extracomment>
        <translation>Просмотр:</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Просмотр для</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Написать…</translation>
    </message>
    <message>
        <source>Write to this prospect from the saved template</source>
        <translation>Написать этому контакту по сохранённому шаблону</translation>
    </message>
    <message>
        <source>Add or import contacts to preview an email for them.</source>
        <translation>Добавьте или импортируйте контакты, чтобы посмотреть, какое письмо они получат.</translation>
    </message>
    <message>
        <source>Load contacts</source>
        <translation>Загрузка контактов</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>This email cannot be sent: %1</source>
        <translation>Это письмо нельзя отправить: %1</translation>
    </message>
    <message>
        <source>Language: %1 · Variant: %2</source>
        <translation>Язык: %1 · Вариант: %2</translation>
    </message>
    <message>
        <source>This prospect gets the %1 variant, not the one you are editing.</source>
        <translation>Этот контакт получит вариант на языке «%1», а не тот, что вы редактируете.</translation>
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
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Qualify</source>
        <translation>Квалифицировать</translation>
    </message>
    <message>
        <source>Qualify %1: answer the checklist. Questions marked * are required.</source>
        <translation>Квалификация контакта %1: ответьте на вопросы чек-листа. Вопросы со звёздочкой (*) обязательны.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Ещё нужны ответы: %1</translation>
    </message>
</context>
<context>
    <name>ReasonFilter</name>
    <message>
        <source>Problems by reason</source>
        <translation>Проблемы по причинам</translation>
    </message>
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
    <name>RecentImportsDialog</name>
    <message>
        <source>Recent imports</source>
        <translation>Последние импорты</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новых</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликатов</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Импортов пока не было.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <source>Reminder</source>
        <extracomment>How often the reminders are looked for. Shows one notification: (title, text).</extracomment>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Call %1 back now: they asked for this time.</source>
        <translation>Перезвоните контакту %1 сейчас: это время назначено по его просьбе.</translation>
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
        <translation>Новый менеджер</translation>
    </message>
    <message>
        <source>Edit rep</source>
        <translation>Изменение менеджера</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>None (no holidays skipped)</source>
        <translation>Нет (праздники не пропускаются)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Works here (untick for someone who left)</source>
        <translation>Работает здесь (снимите флажок, если сотрудник ушёл)</translation>
    </message>
    <message>
        <source>The time zone says when the rep&apos;s day ends. The country&apos;s public holidays are not business days of the rep&apos;s cadences.</source>
        <translation>По часовому поясу видно, когда заканчивается день менеджера. Праздники его страны не считаются рабочими днями в его каденциях.</translation>
    </message>
</context>
<context>
    <name>RepWords</name>
    <message>
        <source>The rep needs a name.</source>
        <translation>Укажите имя менеджера.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» — не адрес эл. почты.</translation>
    </message>
    <message>
        <source>A rep with %1 exists already.</source>
        <translation>Менеджер с адресом %1 уже есть.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; pick one from the list.</source>
        <translation>«%1» — не часовой пояс; выберите его из списка.</translation>
    </message>
    <message>
        <source>“%1” is not a country.</source>
        <translation>«%1» — не страна.</translation>
    </message>
    <message>
        <source>This rep was removed meanwhile.</source>
        <translation>Тем временем этого менеджера удалили.</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Менеджер по продажам (AE)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
</context>
<context>
    <name>RepliesChecker</name>
    <message>
        <source>Check replies</source>
        <extracomment>Minutes between checks when the server has no IDLE. Seconds one IDLE lasts before it is renewed (servers end IDLE after 30 minutes).</extracomment>
        <translation>Проверка ответов</translation>
    </message>
    <message>
        <source>Wait for replies</source>
        <translation>Ожидание ответов</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>d MMM</source>
        <extracomment>One colour per touch channel, kept in every chart that shows channels. Colours for series that are not channels, in order. Beyond this many categories the axis labels are turned to stay readable.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Daily goal (%1)</source>
        <translation>Дневная цель (%1)</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>Наборы</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответили</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Дозвоны</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>Доля дозвонов</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Доля ответов</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Назначено встреч</translation>
    </message>
    <message>
        <source>Hand-offs accepted</source>
        <translation>Принято передач</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Reached in the range</source>
        <translation>Попали на этап за период</translation>
    </message>
    <message>
        <source>Inbound leads</source>
        <translation>Входящие лиды</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Дозвон</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Голосовая почта</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Встреча назначена</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Не интересно</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Перезвонить позже</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ответил</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Отписался</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Без результата</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Nets</source>
        <translation>Nets</translation>
    </message>
    <message>
        <source>Spears</source>
        <translation>Spears</translation>
    </message>
    <message>
        <source>≤ 5 min</source>
        <translation>≤ 5 мин</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 мин</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15–60 мин</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 ч</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 ч</translation>
    </message>
    <message>
        <source>&gt; 1 day</source>
        <translation>&gt; 1 дня</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last (%2).</source>
        <translation>Первый день (%1) позже последнего (%2).</translation>
    </message>
    <message>
        <source>There is no rep with the address %1.</source>
        <translation>Нет менеджера с адресом %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>From:</source>
        <extracomment>Tables whose changes can change a figure.</extracomment>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Whose work:</source>
        <translation>Чья работа:</translation>
    </message>
    <message>
        <source>Whose work</source>
        <translation>Чья работа</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Touches per day against the daily goal</source>
        <translation>Касания в день и дневная цель</translation>
    </message>
    <message>
        <source>Calls: reach → connect → conversation</source>
        <translation>Звонки: ответ → дозвон → разговор</translation>
    </message>
    <message>
        <source>Connect rate and reply rate</source>
        <translation>Доля дозвонов и доля ответов</translation>
    </message>
    <message>
        <source>Meetings booked and hand-offs accepted per week</source>
        <translation>Назначенные встречи и принятые передачи по неделям</translation>
    </message>
    <message>
        <source>Meetings and accepted hand-offs per rep</source>
        <translation>Встречи и принятые передачи по менеджерам</translation>
    </message>
    <message>
        <source>Stage funnel, with median days in each stage</source>
        <translation>Воронка по этапам и медиана дней на каждом этапе</translation>
    </message>
    <message>
        <source>Speed-to-lead: first touch of inbound leads</source>
        <translation>Скорость реакции на лид: первое касание входящих лидов</translation>
    </message>
    <message>
        <source>Calls by disposition</source>
        <translation>Звонки по результату</translation>
    </message>
    <message>
        <source>Results by lead source</source>
        <translation>Результаты по источникам лидов</translation>
    </message>
    <message>
        <source>Results by lead type (seeds, nets, spears)</source>
        <translation>Результаты по типам лидов (seeds, nets, spears)</translation>
    </message>
    <message>
        <source>No activity to report yet</source>
        <translation>Пока нечего показать</translation>
    </message>
    <message>
        <source>Touches per day against your goal, connect and reply rates, meetings booked, the stage funnel and speed-to-lead appear here once a database is open. File → Open, or create demo data to look around.</source>
        <translation>Когда база открыта, здесь видны касания в день относительно цели, доли дозвонов и ответов, назначенные встречи, воронка по этапам и скорость реакции на лид. Откройте базу через «Файл → Открыть» или создайте демо-данные, чтобы осмотреться.</translation>
    </message>
    <message>
        <source>This database has no contacts. Import your prospects and work them from Today: touches, rates, meetings and speed-to-lead appear here. Or create demo data to see every chart filled in.</source>
        <translation>В этой базе нет контактов. Импортируйте контакты и работайте с ними на странице «Сегодня» — здесь появятся касания, доли, встречи и скорость реакции на лид. Или создайте демо-данные, чтобы увидеть все графики заполненными.</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>Создать демо-данные</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Считаем показатели…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Read the report</source>
        <translation>Загрузка отчёта</translation>
    </message>
    <message>
        <source>Nothing happened in this range. Pick earlier days, or log calls and emails from Today.</source>
        <translation>За этот период ничего не было. Выберите более ранние дни или отмечайте звонки и письма на странице «Сегодня».</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Касания</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 в день</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>Наборы</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>ответили: %1</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Дозвоны</translation>
    </message>
    <message>
        <source>%1 of dials</source>
        <translation>%1 от наборов</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>%1 of emails sent</source>
        <translation>%1 от отправленных писем</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Назначено встреч</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>разговоров: %1</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>принято: %1</translation>
    </message>
    <message>
        <source>Speed-to-lead</source>
        <translation>Скорость реакции на лид</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>median of %1 leads</source>
        <translation>медиана по лидам: %1</translation>
    </message>
    <message>
        <source>No calls in this range. Calls logged from Today appear here.</source>
        <translation>За этот период звонков нет. Здесь появятся звонки, отмеченные на странице «Сегодня».</translation>
    </message>
    <message>
        <source>%1 touches, %2 a day on average; goal %3 a day.</source>
        <translation>Касаний: %1, в среднем %2 в день; цель — %3 в день.</translation>
    </message>
    <message>
        <source>No touches in this range. Work the queue on Today, or pick other days.</source>
        <translation>За этот период касаний нет. Работайте с очередью на странице «Сегодня» или выберите другие дни.</translation>
    </message>
    <message>
        <source>Answered: anyone picked up; connect: the prospect; conversation: a connect of a minute or more, or a meeting booked.</source>
        <translation>Ответ — трубку взял кто угодно; дозвон — ответил сам контакт; разговор — дозвон от минуты или назначенная встреча.</translation>
    </message>
    <message>
        <source>Connects per dial %1; replies per email sent %2.</source>
        <translation>Дозвонов на набор: %1; ответов на отправленное письмо: %2.</translation>
    </message>
    <message>
        <source>No calls or emails in this range.</source>
        <translation>За этот период нет звонков и писем.</translation>
    </message>
    <message>
        <source>%1 meetings booked; %2 of %3 hand-offs accepted.</source>
        <translation>Назначено встреч: %1; принято передач: %2 из %3.</translation>
    </message>
    <message>
        <source>No meetings booked in this range. Book one from a call&apos;s outcome.</source>
        <translation>За этот период встреч не назначено. Назначьте встречу по итогам звонка.</translation>
    </message>
    <message>
        <source>No meetings or hand-offs in this range.</source>
        <translation>За этот период нет встреч и передач.</translation>
    </message>
    <message>
        <source>Contacts moved into each stage in the range; the median days they stayed before the next move.</source>
        <translation>Сколько контактов перешло на каждый этап за период и медиана дней до следующего перехода.</translation>
    </message>
    <message>
        <source>No stage moves in this range. Move prospects on the Pipeline board.</source>
        <translation>За этот период переходов между этапами не было. Переводите контакты на доске «Воронка».</translation>
    </message>
    <message>
        <source>Median %1 minutes from arrival to first call, email or message.</source>
        <translation>Медиана от поступления до первого звонка, письма или сообщения — %1 мин.</translation>
    </message>
    <message>
        <source>No inbound leads arrived in this range. Import them with source inbound to time the first touch.</source>
        <translation>За этот период входящих лидов не поступало. Импортируйте их с источником «входящий», чтобы измерить время до первого касания.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: no work on contacts in this range.</source>
        <translation>Пока нечего сравнивать: за этот период работы с контактами не было.</translation>
    </message>
</context>
<context>
    <name>RepsDialog</name>
    <message>
        <source>Reps</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
</context>
<context>
    <name>RepsModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Country (holidays)</source>
        <translation>Страна (праздники)</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ушёл)</translation>
    </message>
    <message>
        <source>UTC (not set)</source>
        <translation>UTC (не задан)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the open database. The current file is kept first as a safety copy (it appears in this list), so the restore can be undone.</source>
        <translation>Выберите копию, которая заменит открытую базу. Текущий файл сначала сохраняется как страховочная копия (она появится в этом списке), так что восстановление можно отменить.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Резервных копий этой базы пока нет.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>По расписанию</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Страховочная копия перед восстановлением</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Damaged file set aside</source>
        <translation>Отложенный повреждённый файл</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Сделана вручную</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Rows read:</source>
        <translation>Прочитано строк:</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>Новых контактов:</translation>
    </message>
    <message>
        <source>Contacts updated:</source>
        <translation>Обновлено контактов:</translation>
    </message>
    <message>
        <source>Duplicates (nothing new):</source>
        <translation>Дубликатов (ничего нового):</translation>
    </message>
    <message>
        <source>Invalid email or phone (kept as written):</source>
        <translation>Неверная почта или телефон (сохранены как есть):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Отклонено строк:</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Открыть отчёт</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Show imported contacts</source>
        <translation>Показать импортированные контакты</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) created</source>
        <translation>
            <numerusform>Создан %Ln контакт</numerusform>
            <numerusform>Создано %Ln контакта</numerusform>
            <numerusform>Создано %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>обновлён %Ln</numerusform>
            <numerusform>обновлено %Ln</numerusform>
            <numerusform>обновлено %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>and added to the list “%1”</source>
        <translation>и добавлены в список «%1»</translation>
    </message>
    <message>
        <source>%1 s, %2 rows per second.</source>
        <translation>%1 с, %2 строк в секунду.</translation>
    </message>
    <message>
        <source>Done in under a second.</source>
        <translation>Готово меньше чем за секунду.</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason for each, are in %1</source>
        <translation>Отклонённые строки с причиной для каждой — в файле %1</translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2), so it went to the app&apos;s data folder.</source>
        <translation>Отчёт не удалось записать в %1 (%2), поэтому он сохранён в папку данных приложения.</translation>
    </message>
    <message>
        <source>The rejected-rows report could not be written (%1); the import itself is complete.</source>
        <translation>Отчёт об отклонённых строках записать не удалось (%1); сам импорт завершён.</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Импорт отменён</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) removed</source>
        <translation>
            <numerusform>Удалён %Ln контакт</numerusform>
            <numerusform>Удалено %Ln контакта</numerusform>
            <numerusform>Удалено %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored as they were</source>
        <translation>
            <numerusform>%Ln восстановлен как был</numerusform>
            <numerusform>%Ln восстановлено как было</numerusform>
            <numerusform>%Ln восстановлено как было</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed since the import were left as they are.</source>
        <translation>
            <numerusform>%Ln контакт, изменённый после импорта, оставлен как есть.</numerusform>
            <numerusform>%Ln контакта, изменённые после импорта, оставлены как есть.</numerusform>
            <numerusform>%Ln контактов, изменённых после импорта, оставлены как есть.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationModel</name>
    <message>
        <source>Rep</source>
        <extracomment>Column numbers.</extracomment>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>По кругу</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Share of new leads: %1</source>
        <translation>Доля новых лидов: %1</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Inbound routing</source>
        <translation>Распределение входящих</translation>
    </message>
    <message>
        <source>New inbound leads go to the reps in the round-robin in turn, by weight: a rep of weight 2 gets twice the leads of a rep of weight 1. Away reps are skipped until they are back.</source>
        <translation>Новые входящие лиды распределяются между менеджерами по кругу с учётом веса: менеджер с весом 2 получает вдвое больше лидов, чем с весом 1. Отсутствующих менеджеров пропускаем, пока они не вернутся.</translation>
    </message>
    <message>
        <source>No reps yet. Add the team&apos;s reps first (rep add on the command line).</source>
        <translation>Менеджеров пока нет. Сначала добавьте менеджеров команды (rep add в командной строке).</translation>
    </message>
    <message>
        <source>Route new inbound leads round-robin at once</source>
        <translation>Сразу распределять новые входящие лиды по кругу</translation>
    </message>
    <message>
        <source>Hand a lead that breaks the SLA to the next rep</source>
        <translation>Передавать лид, нарушивший SLA, следующему менеджеру</translation>
    </message>
    <message>
        <source>For the whole team</source>
        <translation>Для всей команды</translation>
    </message>
    <message>
        <source>No folder: files are imported by hand</source>
        <translation>Без папки: файлы импортируются вручную</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>CSV and vCard files dropped here are imported as inbound leads once they stop changing, then moved to processed/ (or failed/, with the reason).</source>
        <translation>Файлы CSV и vCard, положенные сюда, импортируются как входящие лиды, когда перестают меняться, а затем перемещаются в processed/ (или в failed/ с указанием причины).</translation>
    </message>
    <message>
        <source>On this computer: the watched folder</source>
        <translation>На этом компьютере: отслеживаемая папка</translation>
    </message>
    <message numerus="yes">
        <source>The SLA is %n minute(s) of working time (Pipeline → Stages…).</source>
        <translation>
            <numerusform>SLA — %n минута рабочего времени (Воронка → Этапы…).</numerusform>
            <numerusform>SLA — %n минуты рабочего времени (Воронка → Этапы…).</numerusform>
            <numerusform>SLA — %n минут рабочего времени (Воронка → Этапы…).</numerusform>
        </translation>
    </message>
    <message>
        <source>The watched folder</source>
        <translation>Отслеживаемая папка</translation>
    </message>
</context>
<context>
    <name>ScopeTree</name>
    <message>
        <source>Read lists</source>
        <extracomment>Where an entry of the tree keeps its ``ScopeRef``.</extracomment>
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
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
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
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
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
    <message>
        <source>The conditions are not complete.</source>
        <translation>Условия заполнены не до конца.</translation>
    </message>
    <message>
        <source>Condition %1: enter a value that fits the field.</source>
        <translation>Условие %1: введите значение, подходящее для поля.</translation>
    </message>
    <message>
        <source>Condition %1 is not complete.</source>
        <translation>Условие %1 заполнено не до конца.</translation>
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
    <name>ShellStatus</name>
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
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <source>Snippets</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>empty: every language</source>
        <translation>пусто — для всех языков</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все языки</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>Сохранение фрагмента</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>Удаление фрагмента</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Select a card and press %1 to move it here</source>
        <extracomment>A column&apos;s width: room for &quot;Touched 25 h ago&quot; beside &quot;36 d in stage&quot;.</extracomment>
        <translation>Выберите карточку и нажмите %1, чтобы переместить её сюда</translation>
    </message>
    <message>
        <source>%1 prospects; the first %2 are loaded, more load as you scroll</source>
        <translation>Контактов: %1; загружены первые %2, остальные подгрузятся при прокрутке</translation>
    </message>
    <message>
        <source>No prospects here match the filters</source>
        <translation>Здесь нет контактов, подходящих под фильтры</translation>
    </message>
    <message>
        <source>No prospects in this stage.
Drag a card here.</source>
        <translation>На этом этапе контактов нет.
Перетащите сюда карточку.</translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message>
        <source>Load the board</source>
        <extracomment>The drag payload: the dragged contact&apos;s id and the stage it comes from. The card (a :class:`Card`) of a row. The contact id of a row. The column&apos;s full count under the filters (set by the board), None until read.</extracomment>
        <translation>Загрузка доски</translation>
    </message>
</context>
<context>
    <name>StageNames</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>Изучение</translation>
    </message>
    <message>
        <source>Attempting</source>
        <translation>Попытки связаться</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Есть контакт</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Встреча назначена</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Передан</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Прогрев</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Отсеян</translation>
    </message>
</context>
<context>
    <name>StageSettingsDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>Этапы воронки</translation>
    </message>
    <message>
        <source>The board shows a column per stage, in this order. Keys 1–9 move a selected card to the stage with that number.</source>
        <translation>На доске по колонке на каждый этап, в этом порядке. Клавиши 1–9 перемещают выбранную карточку на этап с этим номером.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Ends the prospect&apos;s active life</source>
        <translation>Завершает работу с контактом</translation>
    </message>
    <message>
        <source>Terminal stages (Handed off, Disqualified) are where prospects end up</source>
        <translation>Конечные этапы («Передан», «Отсеян») — там, где путь контакта заканчивается</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>An inbound lead nobody has touched turns red on the board after this many minutes of working time (weekdays 09:00–18:00 in its owner&apos;s zone).</source>
        <translation>Входящий лид, которого никто не коснулся, краснеет на доске через столько минут рабочего времени (будни 09:00–18:00 в часовом поясе ответственного).</translation>
    </message>
    <message>
        <source>Inbound speed-to-lead SLA:</source>
        <translation>SLA реакции на входящий лид:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>конечный</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Этапу нужно название.</translation>
    </message>
    <message>
        <source>There is a stage with this name already.</source>
        <translation>Этап с таким названием уже есть.</translation>
    </message>
    <message>
        <source>This name cannot be made into a stage key.</source>
        <translation>Из этого названия не получается ключ этапа.</translation>
    </message>
    <message>
        <source>The stages changed meanwhile; try again.</source>
        <translation>Этапы за это время изменились; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Переименование этапа</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message>
        <source>Delete the stage “%1”?</source>
        <translation>Удалить этап «%1»?</translation>
    </message>
    <message>
        <source>Its prospects need a stage without questions to go to; add one first.</source>
        <translation>Его контактам нужен этап без вопросов, куда их перенести; сначала добавьте такой.</translation>
    </message>
    <message>
        <source>“%1” holds %2 prospects. Move them to:</source>
        <translation>На этапе «%1» контактов: %2. Перенести их на:</translation>
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
        <translation>Рабочий день каденции: 1 — день добавления</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>At</source>
        <translation>В</translation>
    </message>
    <message>
        <source>Time (theirs)</source>
        <translation>Время (у клиента)</translation>
    </message>
    <message>
        <source>Time (theirs):</source>
        <translation>Время (у клиента):</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Новая цепочка</translation>
    </message>
    <message>
        <source>Reply in the last thread</source>
        <translation>Ответ в последней цепочке</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Цепочка:</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Сеть:</translation>
    </message>
    <message>
        <source>A template&apos;s name, or the text itself</source>
        <translation>Название шаблона или сам текст</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Review before sending</source>
        <translation>Проверять перед отправкой</translation>
    </message>
    <message>
        <source>Ticked, the email waits in Today until you edit and send it; unticked, it goes to the outbox by itself when it falls due.</source>
        <translation>С отметкой письмо ждёт на странице «Сегодня», пока вы его не измените и не отправите; без отметки оно само уходит в исходящие, когда подходит срок.</translation>
    </message>
    <message>
        <source>What to say on the call</source>
        <translation>Что сказать в разговоре</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Сценарий:</translation>
    </message>
    <message>
        <source>What the rep does, e.g. voicemail: leave a message and set a reminder</source>
        <translation>Что делает менеджер, например: автоответчик — оставить сообщение и поставить напоминание</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Указания:</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Успеть за:</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>%1 already holds %2 prospects; demo data is only added to an empty database.</source>
        <translation>В базе %1 уже %2 потенциальных клиентов; демо-данные добавляются только в пустую базу.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .csv, .xlsx or .vcf.</source>
        <translation>Нельзя экспортировать в %1: имя файла должно оканчиваться на .csv, .xlsx или .vcf.</translation>
    </message>
    <message>
        <source>Refusing to export over the database file %1.</source>
        <translation>Экспорт поверх файла базы данных %1 не выполнен.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>There is no list named &quot;%1&quot;: this database has no lists.</source>
        <translation>Списка «%1» нет: в этой базе нет ни одного списка.</translation>
    </message>
    <message>
        <source>There is no list named &quot;%1&quot;. Lists: %2.</source>
        <translation>Списка «%1» нет. Списки: %2.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>Резервная копия не может заменить базу, которую копирует.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Не удалось создать резервную копию %1: %2</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Серверная база копируется средствами самого сервера (pg_dump).</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Базу нельзя восстановить из неё самой.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Click to see the rows behind this number</source>
        <translation>Нажмите, чтобы увидеть строки за этим числом</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Reset columns</source>
        <extracomment>Room around a column title: the style&apos;s margins and the sort arrow.</extracomment>
        <translation>Столбцы по умолчанию</translation>
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
        <translation>Также в базе: %1</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 на %2, с %3</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Name:</source>
        <extracomment>How long typing must pause before the template is checked again (milliseconds). The database is open read-only: edits can be previewed, never saved.</extracomment>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Language variant</source>
        <translation>Языковой вариант</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <source>Add A/B variant</source>
        <translation>Добавить A/B</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Вариант:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Insert a merge field</source>
        <translation>Вставить поле подстановки</translation>
    </message>
    <message>
        <source>Insert field…</source>
        <translation>Вставить поле…</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>Вставить фрагмент</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>Фрагменты…</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Email body</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Insert snippet…</source>
        <translation>Вставить фрагмент…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>TemplateMessages</name>
    <message>
        <source>the subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>текст письма</translation>
    </message>
    <message>
        <source>snippet “%1”</source>
        <translation>фрагмент «%1»</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>литовский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <source>The field “%field” has no value for this prospect. Fill it in, or give a fallback: {{ %field | default(&quot;…&quot;) }}.</source>
        <translation>У этого контакта не заполнено поле «%field». Заполните его или задайте значение по умолчанию: {{ %field | default(&quot;…&quot;) }}.</translation>
    </message>
    <message>
        <source>Line %line of %part: %message</source>
        <translation>%part, строка %line: %message</translation>
    </message>
    <message>
        <source>%part is too long (%size characters; at most %limit).</source>
        <translation>Слишком длинно — %part (символов: %size; не больше %limit).</translation>
    </message>
    <message>
        <source>%part would produce more than %limit characters.</source>
        <translation>Слишком длинный результат — %part: больше %limit символов.</translation>
    </message>
    <message>
        <source>A loop runs too long (more than %limit steps).</source>
        <translation>Цикл выполняется слишком долго (больше %limit шагов).</translation>
    </message>
    <message>
        <source>A snippet or macro includes itself without end.</source>
        <translation>Фрагмент или макрос бесконечно включает сам себя.</translation>
    </message>
    <message>
        <source>The value of “%field” has a line break and cannot go into the subject line.</source>
        <translation>В значении поля «%field» есть перевод строки, его нельзя вставить в тему.</translation>
    </message>
    <message>
        <source>There is no snippet called “%name”.</source>
        <translation>Нет фрагмента «%name».</translation>
    </message>
    <message>
        <source>The template uses something templates may not use: %message</source>
        <translation>В шаблоне использовано то, что в шаблонах запрещено: %message</translation>
    </message>
    <message>
        <source>The template fails on %part: %message</source>
        <translation>Ошибка шаблона — %part: %message</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Тема пустая.</translation>
    </message>
    <message>
        <source>There is no template called “%name”.</source>
        <translation>Нет шаблона «%name».</translation>
    </message>
    <message>
        <source>The prospect no longer exists.</source>
        <translation>Этого контакта больше нет.</translation>
    </message>
    <message>
        <source>The cadence enrollment no longer exists.</source>
        <translation>Этого включения в каденцию больше нет.</translation>
    </message>
    <message>
        <source>The prospect has finished the cadence.</source>
        <translation>Контакт уже прошёл каденцию.</translation>
    </message>
    <message>
        <source>Step %step of the cadence is not an email.</source>
        <translation>Шаг %step каденции — не письмо.</translation>
    </message>
    <message>
        <source>Step %step of the cadence names no template.</source>
        <translation>Для шага %step каденции не указан шаблон.</translation>
    </message>
    <message>
        <source>The step is no longer open: it was done, skipped or stopped.</source>
        <translation>Шаг уже закрыт: он выполнен, пропущен или остановлен.</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>Этого шаблона больше нет.</translation>
    </message>
    <message>
        <source>The name “%name” is taken.</source>
        <translation>Имя «%name» уже занято.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <source>Someone saved “%name” after you opened it (version %current). Reload it and make your change again; nothing was overwritten.</source>
        <translation>Кто-то сохранил «%name» после того, как вы его открыли (версия %current). Загрузите заново и повторите изменения; ничего не перезаписано.</translation>
    </message>
    <message>
        <source>Variant A in the default language is required.</source>
        <translation>Нужен вариант A на языке по умолчанию.</translation>
    </message>
    <message>
        <source>Variant %label in %language exists twice.</source>
        <translation>Вариант %label (%language) указан дважды.</translation>
    </message>
    <message>
        <source>“%label” is not a variant label: use letters such as A, B, C.</source>
        <translation>«%label» — не метка варианта: используйте буквы A, B, C.</translation>
    </message>
    <message>
        <source>“%language” is not a language code such as en, ru, zh or lt.</source>
        <translation>«%language» — не код языка (например, en, ru, zh или lt).</translation>
    </message>
    <message>
        <source>The snippet “%name” no longer exists.</source>
        <translation>Фрагмента «%name» больше нет.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>Template</source>
        <extracomment>The columns, by key, left to right. The role that gives a row&apos;s template id.</extracomment>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <extracomment>Tables whose changes the page shows.</extracomment>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <source>Templates hold the emails of your cadences, with merge fields, language variants and A/B variants. Open a database to edit them.</source>
        <translation>В шаблонах хранятся письма ваших каденций — с полями подстановки, языковыми вариантами и вариантами A/B. Чтобы их редактировать, откройте базу данных.</translation>
    </message>
    <message>
        <source>Load templates</source>
        <translation>Загрузка шаблонов</translation>
    </message>
    <message>
        <source>Open template</source>
        <translation>Открытие шаблона</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <source>Delete “%1”? Cadence steps that name it will be blocked until it is restored or replaced.</source>
        <translation>Удалить «%1»? Шаги каденций, которые на него ссылаются, будут заблокированы, пока шаблон не восстановят или не заменят.</translation>
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
    <name>TodayFollowUps</name>
    <message>
        <source>Snooze until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>A note on %1:</source>
        <translation>Заметка о контакте %1:</translation>
    </message>
    <message>
        <source>Task or reminder</source>
        <translation>Задача или напоминание</translation>
    </message>
    <message>
        <source>What to do for %1:</source>
        <translation>Что сделать по контакту %1:</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>%1 is on this prospect</source>
        <translation>Контакт закреплён за %1</translation>
    </message>
    <message>
        <source>No browser opened the link.</source>
        <translation>Ссылку не открыл ни один браузер.</translation>
    </message>
    <message>
        <source>%1 has no email address.</source>
        <translation>У контакта %1 нет адреса эл. почты.</translation>
    </message>
    <message>
        <source>%1 is on the do-not-contact list.</source>
        <translation>%1 в списке «Не связываться».</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Due</source>
        <extracomment>The columns, by key, left to right. The role that gives a row&apos;s item id. contact id -&gt; another rep&apos;s live lease (one&apos;s own leases are not shown).</extracomment>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Their time</source>
        <translation>Время клиента</translation>
    </message>
    <message>
        <source>Call now?</source>
        <translation>Звонить сейчас?</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>Кто работает</translation>
    </message>
    <message>
        <source>%1. Guessed: nothing on the contact tells their time zone; check it.</source>
        <translation>%1. Предположительно: в данных контакта нет часового пояса — проверьте.</translation>
    </message>
    <message>
        <source>%1 is on this prospect until %2</source>
        <translation>Контакт закреплён за %1 до %2</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today for:</source>
        <extracomment>Tables whose changes can change the queue or the day&apos;s count.</extracomment>
        <translation>Сегодня для:</translation>
    </message>
    <message>
        <source>Today for</source>
        <translation>Сегодня для</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>Клавиши (?)</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Очередь на сегодня</translation>
    </message>
    <message>
        <source>J / K: next / previous item</source>
        <translation>J / K: следующая / предыдущая задача</translation>
    </message>
    <message>
        <source>Enter: open the call panel · Esc: close it</source>
        <translation>Enter: открыть панель звонка · Esc: закрыть её</translation>
    </message>
    <message>
        <source>C: call · D: done · S: skip · Z: snooze · N: note · T: task or reminder</source>
        <translation>C: позвонить · D: готово · S: пропустить · Z: отложить · N: заметка · T: задача или напоминание</translation>
    </message>
    <message>
        <source>M: open a message step&apos;s profile · P: power hour (calls one after another)</source>
        <translation>M: открыть профиль для сообщения · P: час звонков (звонки подряд)</translation>
    </message>
    <message>
        <source>E: write an email (a cadence email step opens ready to review and send)</source>
        <translation>E: написать письмо (письмо шага каденции откроется готовым к проверке и отправке)</translation>
    </message>
    <message>
        <source>In a call: %1</source>
        <translation>Во время звонка: %1</translation>
    </message>
    <message>
        <source>?: show or hide these keys</source>
        <translation>?: показать или скрыть подсказку по клавишам</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>На сегодня ничего нет</translation>
    </message>
    <message>
        <source>Your calls, emails and LinkedIn touches for the day appear here, ordered by priority and each prospect&apos;s local time, once a database is open.</source>
        <translation>Откройте базу данных — и здесь появятся ваши звонки, письма и касания в LinkedIn на день, упорядоченные по приоритету и местному времени каждого клиента.</translation>
    </message>
    <message>
        <source>Reading today&apos;s queue…</source>
        <translation>Чтение очереди на сегодня…</translation>
    </message>
    <message>
        <source>Load today&apos;s queue</source>
        <translation>Загрузка очереди на сегодня</translation>
    </message>
    <message>
        <source>Who are you? Pick yourself in the list above; this computer remembers it. A manager can look at any rep&apos;s day from the same list.</source>
        <translation>Кто вы? Выберите себя в списке выше — этот компьютер запомнит выбор. Руководитель может открыть в том же списке день любого сотрудника.</translation>
    </message>
    <message>
        <source>%1 of %2 touches today</source>
        <translation>Касаний сегодня: %1 из %2</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <source>Today shows one rep&apos;s queue: the calls, emails and touches due for the prospects they enrolled in a cadence. This database has no reps yet: add yourself (your name, address, time zone and country), then enroll prospects from the Lists page.</source>
        <translation>На странице «Сегодня» — очередь одного менеджера: звонки, письма и касания, запланированные по контактам, которых он добавил в каденцию. В этой базе пока нет менеджеров: добавьте себя (имя, адрес, часовой пояс и страну), затем добавляйте контакты в каденции на странице «Списки».</translation>
    </message>
    <message>
        <source>Add me…</source>
        <translation>Добавить меня…</translation>
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
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation>Выберите себя…</translation>
    </message>
    <message>
        <source>Nothing due today. New steps appear here when they fall due; enroll prospects in a cadence to fill tomorrow&apos;s queue.</source>
        <translation>На сегодня ничего нет. Новые шаги появятся здесь, когда подойдёт их срок; добавьте клиентов в каденцию, чтобы заполнить очередь на завтра.</translation>
    </message>
    <message>
        <source>No program on this computer handles %1: links.</source>
        <translation>Ссылки %1: на этом компьютере открыть нечем.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Log the outcome</source>
        <translation>Запись результата</translation>
    </message>
    <message>
        <source>Saving the outcome…</source>
        <translation>Сохранение результата…</translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>public holiday: %1</source>
        <translation>праздник: %1</translation>
    </message>
    <message>
        <source>outside calling hours</source>
        <translation>вне часов для звонков</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>праздник</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>не связываться</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>нет телефона</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1 (предположительно)</translation>
    </message>
    <message>
        <source>Callable now</source>
        <translation>Можно звонить</translation>
    </message>
    <message>
        <source>%1 · next: %2</source>
        <translation>%1 · можно с %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Дозвон</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Голосовая почта</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Не интересно</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Встреча назначена</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Перезвонить позже</translation>
    </message>
    <message>
        <source>This item was already completed (perhaps on another computer).</source>
        <translation>Эта задача уже выполнена (возможно, на другом компьютере).</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Этой задачи больше нет.</translation>
    </message>
    <message>
        <source>That outcome is only for calls.</source>
        <translation>Такой результат можно указать только для звонка.</translation>
    </message>
    <message>
        <source>The phone number %1 cannot be dialled.</source>
        <translation>Номер %1 набрать нельзя.</translation>
    </message>
    <message>
        <source>There is no number to dial.</source>
        <translation>Нет номера для набора.</translation>
    </message>
    <message>
        <source>Calls cannot be placed with %1.</source>
        <translation>Звонки через %1 не поддерживаются.</translation>
    </message>
</context>
<context>
    <name>UndoChange</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <extracomment>Rows listed in the conflict dialog before &quot;and N more&quot;.</extracomment>
        <translation>
            <numerusform>удаление %n контакта</numerusform>
            <numerusform>удаление %n контактов</numerusform>
            <numerusform>удаление %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge of %n contact(s)</source>
        <translation>
            <numerusform>объединение %n контакта</numerusform>
            <numerusform>объединение %n контактов</numerusform>
            <numerusform>объединение %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix of %n contact(s)</source>
        <translation>
            <numerusform>исправление %n контакта</numerusform>
            <numerusform>исправление %n контактов</numerusform>
            <numerusform>исправление %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n contact(s)</source>
        <translation>
            <numerusform>изменение %n контакта</numerusform>
            <numerusform>изменение %n контактов</numerusform>
            <numerusform>изменение %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do not contact (%n contact(s))</source>
        <translation>
            <numerusform>запрет контактов (%n контакт)</numerusform>
            <numerusform>запрет контактов (%n контакта)</numerusform>
            <numerusform>запрет контактов (%n контактов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow contact (%n contact(s))</source>
        <translation>
            <numerusform>снятие запрета (%n контакт)</numerusform>
            <numerusform>снятие запрета (%n контакта)</numerusform>
            <numerusform>снятие запрета (%n контактов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Не дубликаты</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n contact(s)</source>
        <translation>
            <numerusform>импорт %n контакта</numerusform>
            <numerusform>импорт %n контактов</numerusform>
            <numerusform>импорт %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged outcome</source>
        <translation>запись результата</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>смена этапа</translation>
    </message>
    <message>
        <source>Pipeline stages change</source>
        <translation>изменение этапов воронки</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>передача</translation>
    </message>
    <message>
        <source>Hand-off accepted</source>
        <translation>принятие передачи</translation>
    </message>
    <message>
        <source>Hand-off sent back</source>
        <translation>возврат контакта SDR</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>создание шаблона</translation>
    </message>
    <message>
        <source>Template edit</source>
        <translation>изменение шаблона</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>удаление шаблона</translation>
    </message>
    <message>
        <source>Snippet edit</source>
        <translation>изменение фрагмента</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>удаление фрагмента</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n contact(s)</source>
        <translation>
            <numerusform>добавление %n контакта в каденцию</numerusform>
            <numerusform>добавление %n контактов в каденцию</numerusform>
            <numerusform>добавление %n контактов в каденцию</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n cadence(s)</source>
        <translation>
            <numerusform>приостановка %n каденции</numerusform>
            <numerusform>приостановка %n каденций</numerusform>
            <numerusform>приостановка %n каденций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n cadence(s)</source>
        <translation>
            <numerusform>возобновление %n каденции</numerusform>
            <numerusform>возобновление %n каденций</numerusform>
            <numerusform>возобновление %n каденций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change of %n row(s)</source>
        <translation>
            <numerusform>изменение %n строки</numerusform>
            <numerusform>изменение %n строк</numerusform>
            <numerusform>изменение %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo is not available: an undone change cannot be re-applied safely. Do the action again instead.</source>
        <translation>Повтор недоступен: отменённое изменение нельзя безопасно применить снова. Выполните действие ещё раз.</translation>
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
    <message numerus="yes">
        <source>Undone: %n row(s) restored.</source>
        <translation>
            <numerusform>Отменено: восстановлена %n строка.</numerusform>
            <numerusform>Отменено: восстановлено %n строки.</numerusform>
            <numerusform>Отменено: восстановлено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
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
    <message>
        <source>Undo the rest leaves those rows as they are now and undoes everything else.</source>
        <translation>«Отменить остальное» оставит эти строки как есть и отменит всё прочее.</translation>
    </message>
    <message>
        <source>Undo the rest</source>
        <translation>Отменить остальное</translation>
    </message>
    <message>
        <source>This change was undone already.</source>
        <translation>Это изменение уже отменено.</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Check:</source>
        <translation>Проверять:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
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
        <source>Contacts with problems</source>
        <translation>Контакты с проблемами</translation>
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
    <message>
        <source>Save</source>
        <translation>Сохранение</translation>
    </message>
</context>
<context>
    <name>ValidationFixes</name>
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
</context>
<context>
    <name>ValidationReasons</name>
    <message>
        <source>The field is empty.</source>
        <extracomment>The explanation of each reason code in the user&apos;s language. The English texts are ``app.core.validation.REASONS``&apos;s (the CLI prints those); one lambda per code keeps each text a literal for lupdate, translated when it is shown.</extracomment>
        <translation>Поле пустое.</translation>
    </message>
    <message>
        <source>This is not an email address (no @, stray characters or spaces).</source>
        <translation>Это не адрес электронной почты (нет @, лишние символы или пробелы).</translation>
    </message>
    <message>
        <source>The part before the @ is quoted (&quot;john doe&quot;@…); few systems accept it.</source>
        <translation>Часть до @ взята в кавычки (&quot;john doe&quot;@…); такие адреса принимают немногие системы.</translation>
    </message>
    <message>
        <source>The address contains a comment in parentheses or folded white space.</source>
        <translation>В адресе есть комментарий в скобках или перенос строки с пробелами.</translation>
    </message>
    <message>
        <source>The address contains invisible control characters.</source>
        <translation>В адресе есть невидимые управляющие символы.</translation>
    </message>
    <message>
        <source>The part before the @ has characters or dots that are not allowed.</source>
        <translation>В части до @ есть недопустимые символы или точки.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Часть до @ длиннее 64 символов.</translation>
    </message>
    <message>
        <source>The number is too long for its country.</source>
        <translation>Номер слишком длинный для своей страны.</translation>
    </message>
    <message>
        <source>The domain is an IP address, not a name.</source>
        <translation>Домен — это IP-адрес, а не имя.</translation>
    </message>
    <message>
        <source>The domain has no dot (e.g. john@localhost).</source>
        <translation>В домене нет точки (например, john@localhost).</translation>
    </message>
    <message>
        <source>The domain is not a valid host name.</source>
        <translation>Домен не является допустимым именем хоста.</translation>
    </message>
    <message>
        <source>The domain ends in a number, which is never a top-level domain.</source>
        <translation>Домен оканчивается цифрой, а таких доменов верхнего уровня не бывает.</translation>
    </message>
    <message>
        <source>The domain does not end in a known top-level domain.</source>
        <translation>Домен не оканчивается известным доменом верхнего уровня.</translation>
    </message>
    <message>
        <source>The domain is reserved for special use (.local, .test, .invalid…).</source>
        <translation>Домен зарезервирован для особых целей (.local, .test, .invalid…).</translation>
    </message>
    <message>
        <source>The domain does not exist or has neither an MX nor an A/AAAA record.</source>
        <translation>Домен не существует или у него нет ни MX-, ни A/AAAA-записи.</translation>
    </message>
    <message>
        <source>The domain publishes a null MX: it states that it accepts no mail.</source>
        <translation>Домен публикует нулевую MX-запись: он заявляет, что не принимает почту.</translation>
    </message>
    <message>
        <source>A role or shared mailbox (info@, sales@, noreply@…), not a person.</source>
        <translation>Общий или ролевой ящик (info@, sales@, noreply@…), а не человек.</translation>
    </message>
    <message>
        <source>A disposable / throwaway mail domain.</source>
        <translation>Одноразовый почтовый домен.</translation>
    </message>
    <message>
        <source>The domain looks like a typo of a popular mail domain.</source>
        <translation>Домен похож на опечатку в названии популярного почтового домена.</translation>
    </message>
    <message>
        <source>The part before the @ has non-ASCII letters; the sender must support SMTPUTF8.</source>
        <translation>В части до @ есть не-ASCII буквы; сервер отправителя должен поддерживать SMTPUTF8.</translation>
    </message>
    <message>
        <source>The DNS check timed out; deliverability is unknown.</source>
        <translation>Проверка DNS не уложилась во время; доставляемость неизвестна.</translation>
    </message>
    <message>
        <source>The DNS check failed (offline or no DNS server answered).</source>
        <translation>Проверка DNS не удалась (нет сети или ни один DNS-сервер не ответил).</translation>
    </message>
    <message>
        <source>A free mail provider (gmail.com, mail.ru, qq.com…): not a company address.</source>
        <translation>Бесплатная почта (gmail.com, mail.ru, qq.com…): не корпоративный адрес.</translation>
    </message>
    <message>
        <source>The domain has no MX record; mail goes to its A/AAAA address.</source>
        <translation>У домена нет MX-записи; почта идёт на его адрес A/AAAA.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Это не похоже на номер телефона.</translation>
    </message>
    <message>
        <source>A spreadsheet turned the number into scientific notation (4.15555E+09).</source>
        <translation>Таблица превратила номер в экспоненциальную запись (4.15555E+09).</translation>
    </message>
    <message>
        <source>A placeholder such as 0000000 rather than a real number.</source>
        <translation>Заглушка вроде 0000000, а не настоящий номер.</translation>
    </message>
    <message>
        <source>The number has no + country code and the contact&apos;s country is unknown.</source>
        <translation>У номера нет кода страны с +, а страна контакта неизвестна.</translation>
    </message>
    <message>
        <source>The country calling code does not exist.</source>
        <translation>Такого кода страны не существует.</translation>
    </message>
    <message>
        <source>The number is too short for its country.</source>
        <translation>Номер слишком короткий для своей страны.</translation>
    </message>
    <message>
        <source>The number&apos;s length does not fit any number type of its country.</source>
        <translation>Длина номера не подходит ни к одному типу номеров его страны.</translation>
    </message>
    <message>
        <source>The length is possible but the number is not in an assigned range.</source>
        <translation>Длина возможна, но номер не из выделенного диапазона.</translation>
    </message>
    <message>
        <source>No email address.</source>
        <translation>Нет адреса электронной почты.</translation>
    </message>
    <message>
        <source>The email address is invalid.</source>
        <translation>Адрес электронной почты недействителен.</translation>
    </message>
    <message>
        <source>The email address is risky.</source>
        <translation>Адрес электронной почты рискованный.</translation>
    </message>
    <message>
        <source>The email address could not be verified.</source>
        <translation>Адрес электронной почты не удалось проверить.</translation>
    </message>
    <message>
        <source>The email address is on a free mail provider, not the company&apos;s domain.</source>
        <translation>Адрес на бесплатной почте, а не на домене компании.</translation>
    </message>
    <message>
        <source>No phone number.</source>
        <translation>Нет номера телефона.</translation>
    </message>
    <message>
        <source>The phone number is invalid.</source>
        <translation>Номер телефона недействителен.</translation>
    </message>
    <message>
        <source>The phone number may not be assigned.</source>
        <translation>Номер телефона, возможно, не выделен.</translation>
    </message>
    <message>
        <source>No first name.</source>
        <translation>Нет имени.</translation>
    </message>
    <message>
        <source>No last name.</source>
        <translation>Нет фамилии.</translation>
    </message>
    <message>
        <source>No company.</source>
        <translation>Нет компании.</translation>
    </message>
    <message>
        <source>No job title.</source>
        <translation>Нет должности.</translation>
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
    <name>WebFormRulesBox</name>
    <message>
        <source>Web-form mails (from the IMAP account)</source>
        <translation>Письма веб-форм (из IMAP-ящика)</translation>
    </message>
    <message>
        <source>The IMAP folder form mails land in (none: off)</source>
        <translation>Папка IMAP, куда приходят письма форм (нет — выключено)</translation>
    </message>
    <message>
        <source>Sender contains</source>
        <translation>Отправитель содержит</translation>
    </message>
    <message>
        <source>Subject contains</source>
        <translation>Тема содержит</translation>
    </message>
    <message>
        <source>Labels (Label = field; …)</source>
        <translation>Метки (Метка = поле; …)</translation>
    </message>
    <message>
        <source>Add form</source>
        <translation>Добавить форму</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Without rules every mail in the folder is read by the usual labels (Name, Email, Phone, Company, Message…). Fields: %1. Read mails move to the folder&apos;s “– done” sibling.</source>
        <translation>Без правил каждое письмо в папке читается по обычным меткам (Name, Email, Phone, Company, Message…). Поля: %1. Прочитанные письма перемещаются в соседнюю папку «– done».</translation>
    </message>
    <message>
        <source>Row %1: write the labels as Label = field; fields are %2.</source>
        <translation>Строка %1: записывайте метки как Метка = поле; поля: %2.</translation>
    </message>
</context>
<context>
    <name>WhenDialog</name>
    <message>
        <source>%1&apos;s local time (%2)</source>
        <extracomment>Call outcomes where a person answered: the power hour&apos;s connects.</extracomment>
        <translation>Местное время контакта %1 (%2)</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Через час</translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation>Через 3 часа</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Завтра в 9:00</translation>
    </message>
</context>
</TS>
