<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>Removed %Ln contact(s) from “%1”.</source>
        <translation>
            <numerusform>Removed %Ln contact from “%1”.</numerusform>
            <numerusform>Removed %Ln contacts from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln contact(s):</source>
        <translation>
            <numerusform>Tag for %Ln contact:</numerusform>
            <numerusform>Tag for %Ln contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln contact(s) “%1”.</source>
        <translation>
            <numerusform>Tagged %Ln contact “%1”.</numerusform>
            <numerusform>Tagged %Ln contacts “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>Assigned %Ln contact to %1.</numerusform>
            <numerusform>Assigned %Ln contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>Moved %Ln contact to %1.</numerusform>
            <numerusform>Moved %Ln contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln contact(s) do not contact.</source>
        <translation>
            <numerusform>Marked %Ln contact do not contact.</numerusform>
            <numerusform>Marked %Ln contacts do not contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) with their activities, tasks and list memberships? You can undo this.</source>
        <translation>
            <numerusform>Delete %Ln contact with their activities, tasks and list memberships? You can undo this.</numerusform>
            <numerusform>Delete %Ln contacts with their activities, tasks and list memberships? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s).</source>
        <translation>
            <numerusform>Deleted %Ln contact.</numerusform>
            <numerusform>Deleted %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %Ln cadence(s).</source>
        <translation>
            <numerusform>Paused %Ln cadence.</numerusform>
            <numerusform>Paused %Ln cadences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %Ln cadence(s).</source>
        <translation>
            <numerusform>Resumed %Ln cadence.</numerusform>
            <numerusform>Resumed %Ln cadences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed %Ln contact(s) out round-robin.</source>
        <translation>
            <numerusform>Handed %Ln contact out round-robin.</numerusform>
            <numerusform>Handed %Ln contacts out round-robin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to:</source>
        <translation>
            <numerusform>Add %Ln contact to:</numerusform>
            <numerusform>Add %Ln contacts to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to “%1”.</source>
        <translation>
            <numerusform>Added %Ln contact to “%1”.</numerusform>
            <numerusform>Added %Ln contacts to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %Ln contact(s).</source>
        <translation>
            <numerusform>Created “%1” with %Ln contact.</numerusform>
            <numerusform>Created “%1” with %Ln contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CadencesPage</name>
    <message numerus="yes">
        <source>%Ln prospect(s) are in it now; their remaining steps are dropped.</source>
        <translation>
            <numerusform>%Ln prospect is in it now; their remaining steps are dropped.</numerusform>
            <numerusform>%Ln prospects are in it now; their remaining steps are dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n d in stage</numerusform>
            <numerusform>%n d in stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%Ln sheet(s) in the workbook</source>
        <translation>
            <numerusform>%Ln sheet in the workbook</numerusform>
            <numerusform>%Ln sheets in the workbook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the first rows cannot be read in this encoding (shown as \x.. codes); pick another encoding under “Read as”.</source>
        <translation>
            <numerusform>%Ln of the first rows cannot be read in this encoding (shown as \x.. codes); pick another encoding under “Read as”.</numerusform>
            <numerusform>%Ln of the first rows cannot be read in this encoding (shown as \x.. codes); pick another encoding under “Read as”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file.</source>
        <translation>
            <numerusform>The first row of the file.</numerusform>
            <numerusform>The first %Ln rows of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in red cannot be read; point at one to see why.</source>
        <translation>
            <numerusform>%Ln row in red cannot be read; point at it to see why.</numerusform>
            <numerusform>%Ln rows in red cannot be read; point at one to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>%Ln contact(s) from this import were changed or worked on since. Undo can leave them as they are and take back everything else.</source>
        <translation>
            <numerusform>%Ln contact from this import was changed or worked on since. Undo can leave it as it is and take back everything else.</numerusform>
            <numerusform>%Ln contacts from this import were changed or worked on since. Undo can leave them as they are and take back everything else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message numerus="yes">
        <source>Enroll %Ln contact(s):</source>
        <translation>
            <numerusform>Enroll %Ln contact:</numerusform>
            <numerusform>Enroll %Ln contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollWords</name>
    <message numerus="yes">
        <source>Enrolled %Ln contact(s) in “%1”.</source>
        <translation>
            <numerusform>Enrolled %Ln contact in “%1”.</numerusform>
            <numerusform>Enrolled %Ln contacts in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time zone(s) guessed.</source>
        <translation>
            <numerusform>%Ln time zone guessed.</numerusform>
            <numerusform>%Ln time zones guessed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message numerus="yes">
        <source>%n field(s) will be empty: formula cells saved without a value. Open and save the file in your spreadsheet program to compute them, then import it again.</source>
        <translation>
            <numerusform>%n field will be empty: a formula cell saved without a value. Open and save the file in your spreadsheet program to compute it, then import it again.</numerusform>
            <numerusform>%n fields will be empty: formula cells saved without a value. Open and save the file in your spreadsheet program to compute them, then import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about rows (they are imported):</source>
        <translation>
            <numerusform>%n warning about rows (they are imported):</numerusform>
            <numerusform>%n warnings about rows (they are imported):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Import %Ln row</numerusform>
            <numerusform>Import %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboundWatcher</name>
    <message numerus="yes">
        <source>%n inbound lead(s) broke the speed-to-lead SLA.</source>
        <translation>
            <numerusform>%n inbound lead broke the speed-to-lead SLA.</numerusform>
            <numerusform>%n inbound leads broke the speed-to-lead SLA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from web forms.</source>
        <translation>
            <numerusform>%n new lead from web forms.</numerusform>
            <numerusform>%n new leads from web forms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from %1.</source>
        <translation>
            <numerusform>%n new lead from %1.</numerusform>
            <numerusform>%n new leads from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message numerus="yes">
        <source>All %Ln contact(s) selected</source>
        <translation>
            <numerusform>All %Ln contact selected</numerusform>
            <numerusform>All %Ln contacts selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Merged %Ln contact(s) into %1.</source>
        <translation>
            <numerusform>Merged %Ln contact into %1.</numerusform>
            <numerusform>Merged %Ln contacts into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln prospect</numerusform>
            <numerusform>%Ln prospects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>%Ln row(s) read. Nothing has been written yet.</source>
        <translation>
            <numerusform>%Ln row read. Nothing has been written yet.</numerusform>
            <numerusform>%Ln rows read. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 phone number(s) read</source>
        <translation>
            <numerusform>%n of %1 phone number read</numerusform>
            <numerusform>%n of %1 phone numbers read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match two different contacts: they are left for you to review in Tools → Find duplicates…</source>
        <translation>
            <numerusform>%n row matches two different contacts: it is left for you to review in Tools → Find duplicates…</numerusform>
            <numerusform>%n rows match two different contacts: they are left for you to review in Tools → Find duplicates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates to review (%Ln)</source>
        <translation>
            <numerusform>Possible duplicates to review (%Ln)</numerusform>
            <numerusform>Possible duplicates to review (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonFilter</name>
    <message numerus="yes">
        <source>%1 — %n contact(s)</source>
        <translation>
            <numerusform>%1 — %n contact</numerusform>
            <numerusform>%1 — %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>%Ln contact(s) created</source>
        <translation>
            <numerusform>%Ln contact created</numerusform>
            <numerusform>%Ln contacts created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) removed</source>
        <translation>
            <numerusform>%Ln contact removed</numerusform>
            <numerusform>%Ln contacts removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored as they were</source>
        <translation>
            <numerusform>%Ln restored as they were</numerusform>
            <numerusform>%Ln restored as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed since the import were left as they are.</source>
        <translation>
            <numerusform>%Ln contact changed since the import was left as it is.</numerusform>
            <numerusform>%Ln contacts changed since the import were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message numerus="yes">
        <source>The SLA is %n minute(s) of working time (Pipeline → Stages…).</source>
        <translation>
            <numerusform>The SLA is %n minute of working time (Pipeline → Stages…).</numerusform>
            <numerusform>The SLA is %n minutes of working time (Pipeline → Stages…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln contact match</numerusform>
            <numerusform>%Ln contacts match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellStatus</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageSettingsDialog</name>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln prospect</numerusform>
            <numerusform>%Ln prospects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoChange</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <extracomment>Rows listed in the conflict dialog before &quot;and N more&quot;.</extracomment>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge of %n contact(s)</source>
        <translation>
            <numerusform>Merge of %n contact</numerusform>
            <numerusform>Merge of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix of %n contact(s)</source>
        <translation>
            <numerusform>Fix of %n contact</numerusform>
            <numerusform>Fix of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n contact(s)</source>
        <translation>
            <numerusform>Edit of %n contact</numerusform>
            <numerusform>Edit of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do not contact (%n contact(s))</source>
        <translation>
            <numerusform>Do not contact (%n contact)</numerusform>
            <numerusform>Do not contact (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow contact (%n contact(s))</source>
        <translation>
            <numerusform>Allow contact (%n contact)</numerusform>
            <numerusform>Allow contact (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n contact(s)</source>
        <translation>
            <numerusform>Import of %n contact</numerusform>
            <numerusform>Import of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n contact(s)</source>
        <translation>
            <numerusform>Enroll %n contact</numerusform>
            <numerusform>Enroll %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n cadence(s)</source>
        <translation>
            <numerusform>Pause %n cadence</numerusform>
            <numerusform>Pause %n cadences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n cadence(s)</source>
        <translation>
            <numerusform>Resume %n cadence</numerusform>
            <numerusform>Resume %n cadences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change of %n row(s)</source>
        <translation>
            <numerusform>Change of %n row</numerusform>
            <numerusform>Change of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed after this fix. Undoing would overwrite somebody&apos;s edit.</source>
        <translation>
            <numerusform>%n row changed after this fix. Undoing would overwrite somebody&apos;s edit.</numerusform>
            <numerusform>%n rows changed after this fix. Undoing would overwrite somebody&apos;s edit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n row(s) restored.</source>
        <translation>
            <numerusform>Undone: %n row restored.</numerusform>
            <numerusform>Undone: %n rows restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message numerus="yes">
        <source>%n contact(s) checked</source>
        <translation>
            <numerusform>%n contact checked</numerusform>
            <numerusform>%n contacts checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed.</source>
        <translation>
            <numerusform>%n changed.</numerusform>
            <numerusform>%n changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix all %n contact(s) with this reason at once.</source>
        <translation>
            <numerusform>Fix all %n contact with this reason at once.</numerusform>
            <numerusform>Fix all %n contacts with this reason at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n row shown</numerusform>
            <numerusform>%n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationFixes</name>
    <message numerus="yes">
        <source>%n suggestion(s) accepted.</source>
        <translation>
            <numerusform>%n suggestion accepted.</numerusform>
            <numerusform>%n suggestions accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked do-not-contact.</source>
        <translation>
            <numerusform>%n contact marked do-not-contact.</numerusform>
            <numerusform>%n contacts marked do-not-contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the suggested correction for all %n contact(s) with this reason?</source>
        <translation>
            <numerusform>Accept the suggested correction for all %n contact with this reason?</numerusform>
            <numerusform>Accept the suggested correction for all %n contacts with this reason?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n contact(s) with this reason do-not-contact?</source>
        <translation>
            <numerusform>Mark all %n contact with this reason do-not-contact?</numerusform>
            <numerusform>Mark all %n contacts with this reason do-not-contact?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n contact(s) with this reason?</source>
        <translation>
            <numerusform>Delete all %n contact with this reason?</numerusform>
            <numerusform>Delete all %n contacts with this reason?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n contact(s)</source>
        <translation>
            <numerusform>Apply to %n contact</numerusform>
            <numerusform>Apply to %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n row(s) restored.</source>
        <translation>
            <numerusform>Undone: %n row restored.</numerusform>
            <numerusform>Undone: %n rows restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationSummaryView</name>
    <message numerus="yes">
        <source>%n contact(s) in scope</source>
        <translation>
            <numerusform>%n contact in scope</numerusform>
            <numerusform>%n contacts in scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked with the current rules — use Validate now</source>
        <translation>
            <numerusform>%n not checked with the current rules — use Validate now</numerusform>
            <numerusform>%n not checked with the current rules — use Validate now</numerusform>
        </translation>
    </message>
</context>
</TS>
