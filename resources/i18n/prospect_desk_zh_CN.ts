<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>A prospecting workstation for sales development reps: build lists, check contact data, work your cadences and hand qualified prospects on.</source>
        <translation>面向销售开发代表（SDR）的客户开发工作台：建立名单、核实联系人数据、执行触达序列，并把合格的潜在客户移交出去。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>BackgroundSender</name>
    <message>
        <source>Send emails</source>
        <extracomment>How often the outbox is looked at. keychain account (user@host) -&gt; password, for this session only, when no keychain works.</extracomment>
        <translation>发送邮件</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Scheduled backups are off for a server database: the server&apos;s administrator backs it up.</source>
        <translation>服务器数据库不使用定时备份：由服务器管理员负责备份。</translation>
    </message>
    <message>
        <source>The scheduled backup to %1 failed: %2</source>
        <translation>定时备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The previous file was kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Scheduled backups</source>
        <extracomment>How often the app looks whether a scheduled backup is due. The first look after a database opens (not during the opening rush).</extracomment>
        <translation>定时备份</translation>
    </message>
    <message>
        <source>While Prospect Desk is open it copies the database into this folder on schedule and deletes scheduled copies older than the days kept (the newest one always stays). A server database is backed up by its administrator.</source>
        <translation>Prospect Desk 打开期间，会按计划把数据库复制到此文件夹，并删除超过保留天数的定时副本（最新的一份始终保留）。服务器数据库由其管理员备份。</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Back up:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Folder for scheduled backups</source>
        <translation>定时备份文件夹</translation>
    </message>
</context>
<context>
    <name>BoardFilters</name>
    <message>
        <source>Owner</source>
        <extracomment>Wait this long after the last keystroke before filtering by the search.</extracomment>
        <translation>负责人</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>线索类型</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>搜索看板</translation>
    </message>
    <message>
        <source>Search name, email, company, title…</source>
        <translation>搜索姓名、邮箱、公司、职位…</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Seeds (referrals)</source>
        <translation>种子（转介绍）</translation>
    </message>
    <message>
        <source>Nets (marketing)</source>
        <translation>渔网（市场营销）</translation>
    </message>
    <message>
        <source>Spears (outbound)</source>
        <translation>长矛（主动外呼）</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>任意来源</translation>
    </message>
    <message>
        <source>Any lead type</source>
        <translation>任意线索类型</translation>
    </message>
    <message>
        <source>Read the board&apos;s filters</source>
        <translation>读取看板筛选条件</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>全部名单</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部分群</translation>
    </message>
</context>
<context>
    <name>BoardMoves</name>
    <message>
        <source>Move prospect</source>
        <extracomment>The last move made here, for the message bar&apos;s Undo. The running move, if any (a second one waits for it: writes are serialised). The stage settings dialog while it is open.</extracomment>
        <translation>移动潜在客户</translation>
    </message>
    <message>
        <source>The hand-off is saved, but its PDF could not be written: %1</source>
        <translation>移交已保存，但无法写入其 PDF：%1</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>已将 %1 移至“%2”</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>已移至“%1”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Could not move the prospect: %1</source>
        <translation>无法移动该潜在客户：%1</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>管道阶段</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Add to list…</source>
        <translation>添加到名单…</translation>
    </message>
    <message>
        <source>New list from selection…</source>
        <translation>用所选项新建名单…</translation>
    </message>
    <message>
        <source>Enroll in cadence…</source>
        <translation>加入序列…</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从名单中移除</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>分配负责人…</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>设置阶段…</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Pause their cadences</source>
        <translation>暂停其序列</translation>
    </message>
    <message>
        <source>Resume their cadences</source>
        <translation>恢复其序列</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln contact(s) from “%1”.</source>
        <translation>
            <numerusform>已从“%1”中移除 %Ln 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag contacts</source>
        <translation>为联系人加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln contact(s):</source>
        <translation>
            <numerusform>为 %Ln 个联系人添加的标签：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %Ln contact(s) “%1”.</source>
        <translation>
            <numerusform>已为 %Ln 个联系人加上标签“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round-robin: the next reps in the rotation</source>
        <translation>轮流分配：轮换中的下一位销售代表</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>分配负责人</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人分配给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>设置阶段</translation>
    </message>
    <message>
        <source>Stage (Qualified, Disqualified and Nurture are set on the board):</source>
        <translation>阶段（“合格”“不合格”和“培育”需在看板上设置）：</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人移至“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln contact(s) do not contact.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人标记为勿联系。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>删除联系人</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) with their activities, tasks and list memberships? You can undo this.</source>
        <translation>
            <numerusform>删除 %Ln 个联系人及其活动、任务和名单成员关系？此操作可以撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s).</source>
        <translation>
            <numerusform>已删除 %Ln 个联系人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %Ln cadence(s).</source>
        <translation>
            <numerusform>已暂停 %Ln 个序列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %Ln cadence(s).</source>
        <translation>
            <numerusform>已恢复 %Ln 个序列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed %Ln contact(s) out round-robin.</source>
        <translation>
            <numerusform>已轮流分配 %Ln 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>添加到名单</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln contact(s) to:</source>
        <translation>
            <numerusform>将 %Ln 个联系人添加到：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln contact(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人添加到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Change contacts</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <source>Changing contacts…</source>
        <translation>正在修改联系人…</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>新建名单</translation>
    </message>
    <message>
        <source>List name:</source>
        <translation>名单名称：</translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %Ln contact(s).</source>
        <translation>
            <numerusform>已创建“%1”，包含 %Ln 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
</context>
<context>
    <name>CadenceListModel</name>
    <message>
        <source>Cadence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>In it now</source>
        <translation>当前人数</translation>
    </message>
</context>
<context>
    <name>CadenceWords</name>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>The cadence needs a name.</source>
        <translation>请为序列命名。</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>请至少添加一个步骤。</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>请至少勾选一个工作日。</translation>
    </message>
    <message>
        <source>Step %step is on day %day; days run from 1 to 365.</source>
        <translation>步骤 %step 在第 %day 天；天数范围为 1 到 365。</translation>
    </message>
    <message>
        <source>Step %step comes on an earlier day than the step before it.</source>
        <translation>步骤 %step 所在的日期早于上一个步骤。</translation>
    </message>
    <message>
        <source>Step %step is timed before the step above it on the same day.</source>
        <translation>步骤 %step 与上一步在同一天，但时间排在它之前。</translation>
    </message>
    <message>
        <source>Step %step is a message: choose its network.</source>
        <translation>步骤 %step 是消息：请选择其社交网络。</translation>
    </message>
    <message>
        <source>Step %step replies in a thread, but no email comes before it.</source>
        <translation>步骤 %step 要在邮件会话中回复，但它之前没有邮件。</translation>
    </message>
    <message>
        <source>A cadence has at most %max steps.</source>
        <translation>一个序列最多有 %max 个步骤。</translation>
    </message>
    <message>
        <source>A cadence named “%name” exists already.</source>
        <translation>已存在名为“%name”的序列。</translation>
    </message>
    <message>
        <source>The cadence “%name” no longer exists.</source>
        <translation>序列“%name”已不存在。</translation>
    </message>
    <message>
        <source>The cadence is not valid (%1).</source>
        <translation>序列无效（%1）。</translation>
    </message>
</context>
<context>
    <name>CadencesPage</name>
    <message>
        <source>Cadences</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>What it is for:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Open or create a database to build cadences.</source>
        <translation>打开或新建数据库后即可搭建序列。</translation>
    </message>
    <message>
        <source>Read cadences</source>
        <translation>读取序列</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Save cadence</source>
        <translation>保存序列</translation>
    </message>
    <message>
        <source>Delete the cadence “%1”?</source>
        <translation>删除序列“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s) are in it now; their remaining steps are dropped.</source>
        <translation>
            <numerusform>当前有 %Ln 位潜在客户在此序列中；他们剩余的步骤将被取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cadence</source>
        <translation>删除序列</translation>
    </message>
    <message>
        <source>Import a cadence</source>
        <translation>导入序列</translation>
    </message>
    <message>
        <source>Cadence files (*.json)</source>
        <translation>序列文件 (*.json)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>Import cadence</source>
        <translation>导入序列</translation>
    </message>
    <message>
        <source>Export a cadence</source>
        <translation>导出序列</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入该文件：%1</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Close (Esc)</source>
        <extracomment>Digit key -&gt; a call&apos;s outcome; ``call_back_later`` asks when (the page does). What stands in the way of dialling at all (a warning only, for calling hours).</extracomment>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>What was said, what to do next…</source>
        <translation>聊了什么、下一步做什么…</translation>
    </message>
    <message>
        <source>Call (C)</source>
        <translation>拨打 (C)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>按键：%1</translation>
    </message>
    <message>
        <source>Done (D)</source>
        <translation>完成 (D)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>跳过 (S)</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>no usable phone number</source>
        <translation>没有可用的电话号码</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>邮箱：%1</translation>
    </message>
    <message>
        <source>Their time: %1</source>
        <translation>对方当地时间：%1</translation>
    </message>
    <message>
        <source>Do not contact: this prospect asked not to be contacted, or their email, domain or phone is on the suppression list. Calling is disabled.</source>
        <translation>勿联系：该潜在客户要求不再联系，或其邮箱、域名或电话在屏蔽名单上。已禁止拨打。</translation>
    </message>
    <message>
        <source>No usable phone number: nothing to dial.</source>
        <translation>没有可用的电话号码：无法拨打。</translation>
    </message>
    <message>
        <source>Not a good time to call (%1). Next good time: %2 (your time).</source>
        <translation>现在不适合打电话（%1）。下一个合适时间：%2（你的时间）。</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>话术：%1</translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <source>%1 is on this prospect</source>
        <translation>%1 正在跟进此潜在客户</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>（直到 %1）</translation>
    </message>
    <message>
        <source>Calling and logging are off until their lease ends.</source>
        <translation>在其跟进锁定到期之前，无法拨打和记录电话。</translation>
    </message>
    <message>
        <source>Do not contact: calling is disabled.</source>
        <translation>勿联系：已禁止拨打。</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message>
        <source>%1 min</source>
        <extracomment>Space around a card inside its row, and inside the card around its text.</extracomment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Not touched yet</source>
        <translation>尚未触达</translation>
    </message>
    <message>
        <source>Touched %1 ago</source>
        <translation>%1前触达</translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>在此阶段 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>无下一步</translation>
    </message>
    <message>
        <source>Next: %1 · due now</source>
        <translation>下一步：%1 · 现在到期</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>下一步：%1 · %2</translation>
    </message>
    <message>
        <source>Inbound: %1 · SLA missed</source>
        <translation>入站：%1 · 已超 SLA</translation>
    </message>
    <message>
        <source>Inbound: waiting %1</source>
        <translation>入站：已等待 %1</translation>
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
        <translation>将此图表的数据保存为 CSV 文件</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>将此图表保存为图片</translation>
    </message>
    <message>
        <source>Save the numbers</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入该文件：%1</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written.</source>
        <translation>无法写入图片。</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Format:</source>
        <extracomment>Rows the preview shows. Below this detector confidence the encoding is called a guess.</extracomment>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>读取方式：</translation>
    </message>
    <message>
        <source>Check the file: %1</source>
        <translation>检查文件：%1</translation>
    </message>
    <message>
        <source>%1 (you chose it)</source>
        <translation>%1（你选择的）</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1（自动识别）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s) in the workbook</source>
        <translation>
            <numerusform>工作簿中有 %Ln 个工作表</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (byte-order mark, certain)</source>
        <translation>%1（字节顺序标记，确定）</translation>
    </message>
    <message>
        <source>%1 (detected, %2 sure)</source>
        <translation>%1（自动识别，把握 %2）</translation>
    </message>
    <message>
        <source>%1 (a guess, %2 sure — check the preview)</source>
        <translation>%1（推测，把握 %2 — 请检查预览）</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>按识别结果</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the first rows cannot be read in this encoding (shown as \x.. codes); pick another encoding under “Read as”.</source>
        <translation>
            <numerusform>前几行中有 %Ln 行无法用此编码读取（显示为 \x.. 代码）；请在“读取方式”中换一种编码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file.</source>
        <translation>
            <numerusform>文件的前 %Ln 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in red cannot be read; point at one to see why.</source>
        <translation>
            <numerusform>红色的 %Ln 行无法读取；指向某行可查看原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Type a command, a contact, a list, a segment or a cadence…</source>
        <extracomment>Wait this long after the last keystroke before searching contacts. How many results show without scrolling. A match found only through the section&apos;s name (&quot;today next&quot;) ranks after title matches.</extracomment>
        <translation>输入命令、联系人、名单、分群或序列…</translation>
    </message>
    <message>
        <source>Command palette search</source>
        <translation>命令面板搜索</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>命令面板结果</translation>
    </message>
    <message>
        <source>Searching contacts…</source>
        <translation>正在搜索联系人…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>↑ ↓ move · Enter runs · Esc closes</source>
        <translation>↑ ↓ 移动 · Enter 执行 · Esc 关闭</translation>
    </message>
    <message>
        <source>Read lists, segments and cadences</source>
        <translation>读取名单、分群和序列</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Write an email</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>The cadence step&apos;s email, ready for your review</source>
        <translation>序列步骤的邮件，等待你审阅</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>在邮件客户端中打开</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 is on this prospect: sending is off until their lease ends.</source>
        <translation>%1 正在跟进此潜在客户：锁定到期前无法发送。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>This email cannot be sent: %1</source>
        <translation>无法发送此邮件：%1</translation>
    </message>
    <message>
        <source>Language: %1 · Variant: %2</source>
        <translation>语言：%1 · 版本：%2</translation>
    </message>
    <message>
        <source>The prospect&apos;s email address is not valid.</source>
        <translation>该潜在客户的邮箱地址无效。</translation>
    </message>
    <message>
        <source>No mail program is set up on this computer.</source>
        <translation>此电脑上没有设置邮件程序。</translation>
    </message>
    <message>
        <source>Log email</source>
        <translation>记录邮件</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source> days</source>
        <extracomment>Wait this long after an edit before counting.</extracomment>
        <translation> 天</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>移除此条件</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>多个值，用逗号分隔</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) from this import were changed or worked on since. Undo can leave them as they are and take back everything else.</source>
        <translation>
            <numerusform>此次导入的 %Ln 个联系人此后已被修改或跟进过。撤销时可保留它们的现状，只撤回其余内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>导入时</translation>
    </message>
    <message>
        <source>Since then</source>
        <translation>此后</translation>
    </message>
    <message>
        <source>Undo the rest</source>
        <translation>撤销其余部分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ContactCells</name>
    <message>
        <source>Name</source>
        <extracomment>What an unloaded row shows in the name column until its read arrives. A cached row: ``ContactRow``&apos;s fields in a plain tuple. A NamedTuple (a tuple subclass) stays tracked by the garbage collector, and every full pass walked the whole cache. Where each ``ContactRow`` field sits in a ``_Row``. The role that gives a row&apos;s contact id. The text brushes by tone, one set for light and one for dark colours (built once).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>邮箱状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>电话状态</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Last touched</source>
        <translation>最近触达</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (not sortable)</source>
        <translation>%1（不可排序）</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>点击按“%1”排序</translation>
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
        <translation>勿联系</translation>
    </message>
    <message>
        <source>This contact asked not to be contacted; every channel is blocked.</source>
        <translation>该联系人要求不再联系；所有渠道均已屏蔽。</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>无邮箱</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>线索类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>选择一个联系人以查看详情。</translation>
    </message>
    <message>
        <source>Load contact</source>
        <translation>加载联系人</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>%1 is on this prospect until %2</source>
        <translation>%1 正在跟进此潜在客户，直到 %2</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>存储为 %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>你是不是想输入 %1？</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>分机 %1</translation>
    </message>
    <message>
        <source>Local time %1 (%2)</source>
        <translation>当地时间 %1（%2）</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>座机或手机</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>免费电话</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Seed (referral)</source>
        <translation>种子（转介绍）</translation>
    </message>
    <message>
        <source>Net (marketing)</source>
        <translation>渔网（市场营销）</translation>
    </message>
    <message>
        <source>Spear (targeted outbound)</source>
        <translation>长矛（定向外呼）</translation>
    </message>
    <message>
        <source>Fit %1 · Quality %2</source>
        <translation>匹配度 %1 · 质量 %2</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>保存联系人</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Load contacts</source>
        <extracomment>Ids in the first page: one screen and some, so the first paint needs one small query. Ids (and rows) in a search&apos;s first screen: every row a tall window shows, and not one row more than the screen&apos;s read-ahead would otherwise fetch at once in a second read (whose arrival repaints the whole table: the view repaints all of it for any change). Ids in the second page (a keyset query of this size takes a few ms at a million contacts). Each later page doubles, up to this many ids (~30-60 ms in the background). Each page inserts rows, and the view answers an insert with a second repaint of the viewport in the same event-loop pass: while the scrollbar is flung, pages of 2,000 ids made every other frame paint twice (the longest GUI-thread ticks). Rows read around a row by ``row_tuple`` (painting reads the visible range plus the margins below instead). Rows read ahead of the scroll direction with every background read. Rows read behind the scroll direction. A painted row this far from the edge of the loaded rows starts the next read early. A search&apos;s follow-up queries (the sorted page, the exact count) wait this long, so the first screen is painted before they compete with it for the CPU. Rows kept in the cache before far-away ones are dropped. How many contacts match the search (None: no search, or not counted yet). False while ``match_count`` is a lower bound (&quot;2,000+&quot;). Called (GUI thread) for every page query; the benchmark times them.</extracomment>
        <translation>加载联系人</translation>
    </message>
    <message>
        <source>Count matches</source>
        <translation>统计匹配数</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Prospect Desk. The last action may not have finished; changes already saved are safe.</source>
        <translation>Prospect Desk 内部出错了。上一个操作可能没有完成；已保存的更改是安全的。</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1</source>
        <translation>详细信息已写入日志文件：
%1</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Upgraded the database; the old version was backed up to %1</source>
        <translation>数据库已升级；旧版本已备份到 %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database on a shared folder</source>
        <translation>共享文件夹中的数据库</translation>
    </message>
    <message>
        <source>This database is on a network share or in a sync folder (%1).</source>
        <translation>该数据库位于网络共享或同步文件夹中（%1）。</translation>
    </message>
    <message>
        <source>Prospect Desk works with it, but slower: the fast journal (WAL) is off because it does not work on such folders. Keep it to a handful of people (up to five) working at the same time; bigger teams should use a PostgreSQL server.</source>
        <translation>Prospect Desk 可以使用它，但速度较慢：快速日志（WAL）在此类文件夹中无法工作，因此已关闭。请控制同时使用的人数（最多五人）；更大的团队应使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近使用的数据库</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Restored %1 from the backup.</source>
        <translation>已从备份恢复 %1。</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>损坏的文件已保留为 %1。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Restore this backup in place of the damaged file:</source>
        <translation>用此备份替换损坏的文件：</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Create demo data</source>
        <extracomment>Contacts created by &quot;Start with demo data&quot; in the window (the CLI can make more).</extracomment>
        <translation>创建演示数据</translation>
    </message>
    <message>
        <source>Creating demo contacts…</source>
        <translation>正在创建演示联系人…</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify</source>
        <translation>判为不合格</translation>
    </message>
    <message>
        <source>Why is %1 disqualified?</source>
        <translation>为什么判定 %1 不合格？</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>联系人已更改</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>保存联系人</translation>
    </message>
    <message>
        <source>Someone else changed this contact while you were editing it. Your change was not saved; reload the contact to see theirs, then edit again.</source>
        <translation>在你编辑此联系人时，其他人修改了它。你的修改未保存；请重新加载联系人查看对方的修改，然后再编辑。</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this profile while you were editing it. Your change was not saved.</source>
        <translation>在你编辑此画像时，其他人修改或删除了它。你的修改未保存。</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Your change was not saved; reload to see theirs, then edit again.</source>
        <translation>在你编辑此记录时，其他人修改了它。你的修改未保存；请重新加载查看对方的修改，然后再编辑。</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Contact changed</source>
        <translation>联系人已更改</translation>
    </message>
    <message>
        <source>Someone else changed this contact after you opened it. Nothing was overwritten: choose what to keep.</source>
        <translation>在你打开此联系人后，其他人修改了它。没有覆盖任何内容：请选择保留哪些。</translation>
    </message>
    <message>
        <source>You started from</source>
        <translation>你打开时的值</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>他人的（已保存）</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Merge takes</source>
        <translation>合并时采用</translation>
    </message>
    <message>
        <source>Your values and theirs are now the same.</source>
        <translation>你的值与他人的值现已相同。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Save every value as you have it, over theirs.</source>
        <translation>按你的值保存全部字段，覆盖他人的修改。</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用他人的</translation>
    </message>
    <message>
        <source>Drop your edit and show their values.</source>
        <translation>放弃你的修改并显示他人的值。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Keep their changes and yours; where you both changed a field, the choice in its row decides.</source>
        <translation>保留他人和你的修改；若双方都改了同一字段，以该行的选择为准。</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>他人的</translation>
    </message>
    <message>
        <source>Mine (only you changed it)</source>
        <translation>我的（仅你修改了）</translation>
    </message>
    <message>
        <source>Theirs (only they changed it)</source>
        <translation>他人的（仅对方修改了）</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll in a cadence</source>
        <translation>加入序列</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %Ln contact(s):</source>
        <translation>
            <numerusform>将 %Ln 个联系人加入：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <source>Worked by:</source>
        <translation>执行人：</translation>
    </message>
    <message>
        <source>Also enroll contacts another rep owns</source>
        <translation>同时加入其他销售代表负责的联系人</translation>
    </message>
    <message>
        <source>Contacts on the do-not-contact list and those already in a cadence are left out.</source>
        <translation>勿联系名单上的联系人和已在序列中的联系人不会加入。</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>加入</translation>
    </message>
</context>
<context>
    <name>EnrollWords</name>
    <message numerus="yes">
        <source>Enrolled %Ln contact(s) in “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人加入“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>already in a cadence</source>
        <translation>已在序列中</translation>
    </message>
    <message>
        <source>owned by another rep</source>
        <translation>由其他销售代表负责</translation>
    </message>
    <message>
        <source>deleted meanwhile</source>
        <translation>期间已被删除</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>未加入：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time zone(s) guessed.</source>
        <translation>
            <numerusform>已推测 %Ln 个时区。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>This file cannot be imported</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>Prospect Desk imports CSV, TSV and TXT tables, Excel workbooks (XLSX) and vCard files (VCF). Nothing was written to your database.</source>
        <translation>Prospect Desk 可导入 CSV、TSV 和 TXT 表格、Excel 工作簿（XLSX）和 vCard 文件（VCF）。数据库未写入任何内容。</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>欢迎使用 %1</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>你想如何开始？</translation>
    </message>
    <message>
        <source>Your database will be created at:
%1</source>
        <translation>数据库将创建在：
%1</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>从演示数据开始</translation>
    </message>
    <message>
        <source>About two thousand realistic prospects, companies and activities to explore the app. Delete the database when you are done.</source>
        <translation>约两千个仿真的潜在客户、公司和活动，供你熟悉本应用。用完后删除该数据库即可。</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>An empty database; import your own contacts from CSV, XLSX or vCard.</source>
        <translation>一个空数据库；从 CSV、XLSX 或 vCard 导入你自己的联系人。</translation>
    </message>
    <message>
        <source>Open existing…</source>
        <translation>打开现有数据库…</translation>
    </message>
    <message>
        <source>Open a database you or your team already use, for example on a share.</source>
        <translation>打开你或你的团队已在使用的数据库，例如共享文件夹中的数据库。</translation>
    </message>
    <message>
        <source>Demo data is not available in this version.</source>
        <translation>此版本不提供演示数据。</translation>
    </message>
</context>
<context>
    <name>HandoffDecisionDialog</name>
    <message>
        <source>Hand-off decision</source>
        <translation>移交审核</translation>
    </message>
    <message>
        <source>Does %1 meet the criteria for a meeting?</source>
        <translation>%1 是否符合约会议的标准？</translation>
    </message>
    <message>
        <source>%1, %2 min (%3)</source>
        <translation>%1，%2 分钟（%3）</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Accept: the prospect meets the criteria</source>
        <translation>接受：该潜在客户符合标准</translation>
    </message>
    <message>
        <source>Send back to the SDR</source>
        <translation>退回给 SDR</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>What the SDR should know (optional)</source>
        <translation>SDR 需要知道的事项（可选）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Choose why it goes back.</source>
        <translation>请选择退回原因。</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Hand off</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Hand %1 to an account executive: the meeting invitation (.ics) and the hand-off packet are written to the folder below.</source>
        <translation>将 %1 移交给客户经理（AE）：会议邀请（.ics）和移交资料包将写入下面的文件夹。</translation>
    </message>
    <message>
        <source>Choose an account executive…</source>
        <translation>选择客户经理…</translation>
    </message>
    <message>
        <source>Account executive:</source>
        <translation>客户经理（AE）：</translation>
    </message>
    <message>
        <source>Starts at:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>What the AE should know: pains, next steps…</source>
        <translation>AE 需要知道的：痛点、下一步…</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Also save the packet as PDF</source>
        <translation>同时将资料包保存为 PDF</translation>
    </message>
    <message>
        <source>Save the hand-off documents to</source>
        <translation>将移交文件保存到</translation>
    </message>
    <message>
        <source>There is no account executive yet: add a rep with the role “ae” first.</source>
        <translation>还没有客户经理：请先添加一位角色为“ae”的销售代表。</translation>
    </message>
    <message>
        <source>Choose the account executive.</source>
        <translation>请选择客户经理。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>“%1”不是有效的时区。</translation>
    </message>
    <message>
        <source>The meeting time is in the past.</source>
        <translation>会议时间已过。</translation>
    </message>
    <message>
        <source>Choose a folder for the documents.</source>
        <translation>请选择存放文件的文件夹。</translation>
    </message>
    <message>
        <source>For the prospect: %1 (%2)</source>
        <translation>潜在客户当地：%1（%2）</translation>
    </message>
</context>
<context>
    <name>IcpDialog</name>
    <message>
        <source>Ideal customer profile</source>
        <translation>理想客户画像</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建画像</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>画像：</translation>
    </message>
    <message>
        <source>Score contacts against this profile</source>
        <translation>按此画像为联系人评分</translation>
    </message>
    <message>
        <source>e.g. Software, Logistics</source>
        <translation>例如：软件、物流</translation>
    </message>
    <message>
        <source>Words in the job title, e.g. sales, vertrieb, продаж</source>
        <translation>职位中的关键词，例如 sales, vertrieb, продаж</translation>
    </message>
    <message>
        <source>Country or region, e.g. Germany, DE, DACH</source>
        <translation>国家或地区，例如 Germany, DE, DACH</translation>
    </message>
    <message>
        <source>Add a region…</source>
        <translation>添加地区…</translation>
    </message>
    <message>
        <source>Competitors, customers: acme.com</source>
        <translation>竞争对手、现有客户：acme.com</translation>
    </message>
    <message>
        <source>C-level / owner</source>
        <translation>高管 / 企业主</translation>
    </message>
    <message>
        <source>VP</source>
        <translation>副总裁（VP）</translation>
    </message>
    <message>
        <source>Director / head</source>
        <translation>总监 / 负责人</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Individual contributor</source>
        <translation>一线员工</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>名员工</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Industries:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Title keywords:</source>
        <translation>职位关键词：</translation>
    </message>
    <message>
        <source>Seniority:</source>
        <translation>职级：</translation>
    </message>
    <message>
        <source>Company size:</source>
        <translation>公司规模：</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>Excluded domains:</source>
        <translation>排除的域名：</translation>
    </message>
    <message>
        <source>Who to target</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>匹配度评分</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1（当前使用）</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>正在统计匹配数…</translation>
    </message>
    <message>
        <source>Matches about %1 of %2 contacts at ≥ %3 (from a sample of %4)</source>
        <translation>约匹配 %2 个联系人中的 %1 个，评分 ≥ %3（基于 %4 个样本）</translation>
    </message>
    <message>
        <source>Matches %1 of %2 contacts at ≥ %3</source>
        <translation>匹配 %2 个联系人中的 %1 个，评分 ≥ %3</translation>
    </message>
    <message>
        <source>Cannot count matches: %1</source>
        <translation>无法统计匹配数：%1</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>画像未保存</translation>
    </message>
    <message>
        <source>Saved. Fit scores use the active profile.</source>
        <translation>已保存。匹配度评分使用当前画像。</translation>
    </message>
    <message>
        <source>The smallest company size is larger than the largest.</source>
        <translation>公司规模的最小值大于最大值。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>画像需要名称。</translation>
    </message>
    <message>
        <source>There is already a profile called &apos;%1&apos;.</source>
        <translation>已存在名为“%1”的画像。</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this profile while you were editing it. Your change was not saved; reopen the profile to see theirs.</source>
        <translation>在你编辑此画像时，其他人修改或删除了它。你的修改未保存；请重新打开画像查看对方的修改。</translation>
    </message>
    <message>
        <source>Recomputing fit scores in the background…</source>
        <translation>正在后台重新计算匹配度评分…</translation>
    </message>
    <message>
        <source>Recompute fit scores</source>
        <translation>重新计算匹配度评分</translation>
    </message>
    <message>
        <source>Recomputing fit scores…</source>
        <translation>正在重新计算匹配度评分…</translation>
    </message>
    <message>
        <source>Saved. Fit scores recomputed for %1 contacts (%2 changed).</source>
        <translation>已保存。已为 %1 个联系人重新计算匹配度评分（%2 个有变化）。</translation>
    </message>
    <message>
        <source>Saved, but fit scores were not recomputed: %1</source>
        <translation>已保存，但未能重新计算匹配度评分：%1</translation>
    </message>
    <message>
        <source>Saved. Recomputing was cancelled; fit scores are unchanged.</source>
        <translation>已保存。重新计算已取消；匹配度评分保持不变。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除画像</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Fit scores stay until the next recompute.</source>
        <translation>删除画像“%1”？匹配度评分会保留到下次重新计算。</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>画像未删除</translation>
    </message>
    <message>
        <source>Someone else changed this profile since you opened it; it was not deleted.</source>
        <translation>在你打开此画像之后，其他人修改了它；未删除。</translation>
    </message>
</context>
<context>
    <name>ImapForm</name>
    <message>
        <source>Read replies from this mailbox (IMAP)</source>
        <translation>从此邮箱读取回复（IMAP）</translation>
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
        <translation>无（仅限本地）</translation>
    </message>
    <message>
        <source>The sending account&apos;s user name</source>
        <translation>发件账户的用户名</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>仅用于使用自有证书的服务器</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP 服务器</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>受信任的证书（SHA-256）</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>已保存；输入新密码即可替换</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name / patronymic</source>
        <translation>中间名 / 父称</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>第二邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>电话（E.164）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn 链接</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>线索类型</translation>
    </message>
    <message>
        <source>Arrived (inbound)</source>
        <translation>到达时间（入站）</translation>
    </message>
    <message>
        <source>Contact id (export)</source>
        <translation>联系人 ID（导出）</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>忽略此列</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>自定义字段：%1</translation>
    </message>
    <message>
        <source>Will be split into first and last name</source>
        <translation>将拆分为名和姓</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Kept as a custom field, never dropped</source>
        <translation>作为自定义字段保留，绝不丢弃</translation>
    </message>
    <message>
        <source>Kept as an extra email of the contact</source>
        <translation>作为联系人的额外邮箱保留</translation>
    </message>
    <message>
        <source>Kept as the contact&apos;s mobile number</source>
        <translation>作为联系人的手机号保留</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>已记住</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>你的选择</translation>
    </message>
    <message>
        <source>auto · column name</source>
        <translation>自动 · 列名</translation>
    </message>
    <message>
        <source>auto · word in the name</source>
        <translation>自动 · 列名中的词</translation>
    </message>
    <message>
        <source>auto · values</source>
        <translation>自动 · 数据值</translation>
    </message>
    <message>
        <source>auto · unknown column</source>
        <translation>自动 · 未知列</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>Encodings always offered for an override, besides the detector&apos;s candidates.</extracomment>
        <translation>Windows-1251（西里尔文）</translation>
    </message>
    <message>
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R（西里尔文）</translation>
    </message>
    <message>
        <source>DOS cp866 (Cyrillic)</source>
        <translation>DOS cp866（西里尔文）</translation>
    </message>
    <message>
        <source>ISO-8859-5 (Cyrillic)</source>
        <translation>ISO-8859-5（西里尔文）</translation>
    </message>
    <message>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030（简体中文）</translation>
    </message>
    <message>
        <source>GBK (Chinese)</source>
        <translation>GBK（简体中文）</translation>
    </message>
    <message>
        <source>Big5 (Chinese, traditional)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese)</source>
        <translation>Shift-JIS（日文）</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese, Windows)</source>
        <translation>Shift-JIS（日文，Windows）</translation>
    </message>
    <message>
        <source>EUC-JP (Japanese)</source>
        <translation>EUC-JP（日文）</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR（韩文）</translation>
    </message>
    <message>
        <source>Latin-1 (Western European)</source>
        <translation>Latin-1（西欧）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250（中欧）</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Central European)</source>
        <translation>ISO-8859-2（中欧）</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257（波罗的海）</translation>
    </message>
    <message>
        <source>ISO-8859-13 (Baltic)</source>
        <translation>ISO-8859-13（波罗的海）</translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254（土耳其文）</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256（阿拉伯文）</translation>
    </message>
    <message>
        <source>Mac Roman</source>
        <translation>Mac Roman</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Delimited text (CSV/TSV)</source>
        <translation>分隔符文本（CSV/TSV）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (XLS)</source>
        <translation>Excel 97–2003 工作簿（XLS）</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>OpenDocument 电子表格（ODS）</translation>
    </message>
    <message>
        <source>vCard contacts (VCF)</source>
        <translation>vCard 联系人（VCF）</translation>
    </message>
    <message>
        <source>New contacts</source>
        <extracomment>The order the dry run lists its numbers in.</extracomment>
        <translation>新联系人</translation>
    </message>
    <message>
        <source>Will update contacts you have</source>
        <translation>将更新已有联系人</translation>
    </message>
    <message>
        <source>Duplicates inside the file</source>
        <translation>文件内重复</translation>
    </message>
    <message>
        <source>Duplicates of contacts you have (nothing to add)</source>
        <translation>与已有联系人重复（无新内容）</translation>
    </message>
    <message>
        <source>Invalid email or phone (imported, raw value kept)</source>
        <translation>邮箱或电话无效（已导入，保留原始值）</translation>
    </message>
    <message>
        <source>Rejected (cannot be stored)</source>
        <translation>已拒绝（无法存储）</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>姓名相似</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>different alphabets</source>
        <translation>不同文字</translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation>姓和名颠倒</translation>
    </message>
    <message>
        <source>different emails</source>
        <translation>邮箱不同</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>an old-style Office document</source>
        <translation>旧版 Office 文档</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip 压缩包</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>Windows 程序</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>二进制文件</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>无法打开该文件：%1。</translation>
    </message>
    <message>
        <source>The file is a damaged archive (%1).</source>
        <translation>该文件是损坏的压缩包（%1）。</translation>
    </message>
    <message>
        <source>This is a zip archive, not a spreadsheet. Unpack it and import the CSV or XLSX file inside.</source>
        <translation>这是 zip 压缩包，不是电子表格。请先解压，再导入其中的 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>该文件中没有 vCard（没有 BEGIN:VCARD 行）。</translation>
    </message>
    <message>
        <source>The spreadsheet holds %1 parts; a real workbook has far fewer. It was not opened.</source>
        <translation>该电子表格包含 %1 个部件；真正的工作簿远少于此。未打开。</translation>
    </message>
    <message>
        <source>The spreadsheet would unpack to %1 GB, more than the %2 GB limit. It was not opened.</source>
        <translation>该电子表格解压后将达 %1 GB，超过 %2 GB 的上限。未打开。</translation>
    </message>
    <message>
        <source>The spreadsheet part “%1” is compressed %2 times, which only zip bombs do. It was not opened.</source>
        <translation>电子表格部件“%1”的压缩比为 %2 倍，只有 zip 炸弹才会这样。未打开。</translation>
    </message>
    <message>
        <source>The spreadsheet part “%1” does not match its declared size or checksum. It was not opened.</source>
        <translation>电子表格部件“%1”与其声明的大小或校验和不符。未打开。</translation>
    </message>
    <message>
        <source>The spreadsheet is password-protected; save an unprotected copy first.</source>
        <translation>该电子表格受密码保护；请先另存一份未加密的副本。</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged or not really a spreadsheet.</source>
        <translation>该电子表格已损坏，或并非真正的电子表格。</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty. Other sheets: %2.</source>
        <translation>工作表“%1”为空。其他工作表：%2。</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>工作表“%1”为空。</translation>
    </message>
    <message>
        <source>The sheet “%1” has a header row but no data rows.</source>
        <translation>工作表“%1”有表头行，但没有数据行。</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read.</source>
        <translation>无法读取工作表“%1”。</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1. Sheets: %2.</source>
        <translation>工作簿中没有工作表 %1。现有工作表：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>该文件没有任何行。</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>该文件有表头行，但没有数据行。</translation>
    </message>
    <message>
        <source>“%1” is not a text encoding this app knows.</source>
        <translation>本应用不认识“%1”这种文本编码。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
    <message>
        <source>This is %1, not a text table. Export the data as CSV, XLSX or vCard.</source>
        <translation>这是%1，不是文本表格。请将数据导出为 CSV、XLSX 或 vCard。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The column mapping was made for a file with other columns; inspect this file again and map its columns.</source>
        <translation>列映射是为列不同的另一个文件制作的；请重新检查此文件并映射其列。</translation>
    </message>
    <message>
        <source>Some lines are not valid UTF-8 (another encoding was pasted in); those rows will be rejected and listed in the report.</source>
        <translation>部分行不是有效的 UTF-8（混入了其他编码）；这些行将被拒绝并列在报告中。</translation>
    </message>
    <message>
        <source>The text encoding is uncertain (guessed %1); check the preview and pick another encoding if names look wrong.</source>
        <translation>文本编码不确定（推测为 %1）；请检查预览，若姓名显示异常请换一种编码。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等另外 %2 个</translation>
    </message>
    <message>
        <source>Formula cells without a saved value: %1 (%2); they are read as empty. Open and save the file in Excel to compute them.</source>
        <translation>没有已保存值的公式单元格：%1（%2）；它们按空值读取。请在 Excel 中打开并保存该文件以计算它们。</translation>
    </message>
    <message>
        <source>Row %1, cell %2 (%3): a formula saved without its value; the field is left empty.</source>
        <translation>第 %1 行，单元格 %2（%3）：公式保存时没有值；该字段留空。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will be empty: formula cells saved without a value. Open and save the file in your spreadsheet program to compute them, then import it again.</source>
        <translation>
            <numerusform>%n 个字段将为空：公式单元格保存时没有值。请在电子表格程序中打开并保存该文件以计算这些值，然后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about rows (they are imported):</source>
        <translation>
            <numerusform>%n 条关于行的警告（这些行仍会导入）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……还有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>该文件夹为只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>无法写入该文件夹</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing contacts</source>
        <extracomment>The progress bar counts in thousandths of the file.</extracomment>
        <translation>正在导入联系人</translation>
    </message>
    <message>
        <source>Waiting for other changes to the database to finish…</source>
        <translation>正在等待数据库的其他更改完成…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Building the indexes and the search index…</source>
        <translation>正在建立索引和搜索索引…</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>正在导入联系人…</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows per second</source>
        <translation>%1 行 · 每秒 %2 行</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>停止导入？</translation>
    </message>
    <message>
        <source>A cancelled import leaves the database as it was: nothing from this file is saved, and no report is written.</source>
        <translation>取消的导入不会改动数据库：此文件的内容均不保存，也不生成报告。</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <source>Continue importing</source>
        <translation>继续导入</translation>
    </message>
    <message>
        <source>Stopping; putting the database back as it was…</source>
        <translation>正在停止；将数据库恢复原状…</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>quality score</source>
        <translation>质量评分</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>A new contact.</source>
        <translation>新联系人。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>A new contact, stored with an invalid email (%1).</source>
        <translation>新联系人，以无效邮箱存储（%1）。</translation>
    </message>
    <message>
        <source>A new contact, stored with an invalid phone (%1).</source>
        <translation>新联系人，以无效电话存储（%1）。</translation>
    </message>
    <message>
        <source>Stored with an invalid email (%1); the raw value is kept.</source>
        <translation>以无效邮箱存储（%1）；保留原始值。</translation>
    </message>
    <message>
        <source>Stored with an invalid phone (%1); the raw value is kept.</source>
        <translation>以无效电话存储（%1）；保留原始值。</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same phone and name</source>
        <translation>电话和姓名相同</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>Repeats row %1 (%2).</source>
        <translation>与第 %1 行重复（%2）。</translation>
    </message>
    <message>
        <source>Matches contact %1 like an earlier row of this file.</source>
        <translation>与本文件的前面某行一样，匹配联系人 %1。</translation>
    </message>
    <message>
        <source>Matches contact %1; nothing new to add.</source>
        <translation>匹配联系人 %1；没有可新增的内容。</translation>
    </message>
    <message>
        <source>Adds contact points or tags.</source>
        <translation>新增联系方式或标签。</translation>
    </message>
    <message>
        <source>Changes %1.</source>
        <translation>更改 %1。</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>该行有 %1 个字段；表头有 %2 个。</translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation>有值超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A field is longer than the limit.</source>
        <translation>有字段超出长度上限。</translation>
    </message>
    <message>
        <source>The field “%1” is longer than %2 characters.</source>
        <translation>字段“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>A quote opens a field that is never closed; this line was skipped and the lines after it were read again.</source>
        <translation>有引号开启的字段没有闭合；已跳过此行，并重新读取其后的行。</translation>
    </message>
    <message>
        <source>The card has bytes that are not valid %1.</source>
        <translation>该名片包含无效的 %1 字节。</translation>
    </message>
    <message>
        <source>The line has bytes that are not valid %1 (shown as \x.. escapes).</source>
        <translation>该行包含无效的 %1 字节（显示为 \\x.. 转义）。</translation>
    </message>
    <message>
        <source>The card has no END:VCARD line.</source>
        <translation>该名片没有 END:VCARD 行。</translation>
    </message>
    <message>
        <source>The card cannot be read.</source>
        <translation>无法读取该名片。</translation>
    </message>
    <message>
        <source>The line cannot be read as delimited text.</source>
        <translation>无法将该行作为分隔符文本读取。</translation>
    </message>
    <message>
        <source>The row has no name, email, phone, company or LinkedIn profile.</source>
        <translation>该行没有姓名、邮箱、电话、公司或 LinkedIn 主页。</translation>
    </message>
    <message>
        <source>edited since the import</source>
        <translation>导入后被编辑过</translation>
    </message>
    <message>
        <source>worked on since the import</source>
        <translation>导入后被跟进过</translation>
    </message>
    <message>
        <source>deleted since the import</source>
        <translation>导入后被删除</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>This import was undone already.</source>
        <translation>此次导入已撤销过。</translation>
    </message>
    <message>
        <source>This import is no longer recorded.</source>
        <translation>已找不到此次导入的记录。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <extracomment>File types the wizard offers (the readers sniff the content; the name only helps).</extracomment>
        <translation>联系人文件 (*.csv *.tsv *.txt *.xlsx *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <extracomment>Opens a file or folder with the desktop&apos;s program (tests replace it).</extracomment>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>导入 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>正在重新读取文件…</translation>
    </message>
    <message>
        <source>Checking every row against your contacts…</source>
        <translation>正在将每一行与你的联系人比对…</translation>
    </message>
    <message>
        <source>Checking the rows (nothing is written)…</source>
        <translation>正在检查各行（不写入任何内容）…</translation>
    </message>
    <message>
        <source>The dry run was stopped.</source>
        <translation>试运行已停止。</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>试运行失败：%1</translation>
    </message>
    <message>
        <source>The import was cancelled. The database is as it was.</source>
        <translation>导入已取消。数据库保持原样。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>导入失败，未写入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>InboundWatcher</name>
    <message>
        <source>Speed-to-lead</source>
        <extracomment>How often the SLA is swept. How often the watched folder is rescanned whatever the watcher says. The wait between the two scans that must agree before a file is read. More breaches than this in one look make one summary notification instead. Shows one notification: (title, text).</extracomment>
        <translation>线索响应速度</translation>
    </message>
    <message>
        <source>Inbound lead waiting</source>
        <translation>入站线索待处理</translation>
    </message>
    <message numerus="yes">
        <source>%n inbound lead(s) broke the speed-to-lead SLA.</source>
        <translation>
            <numerusform>%n 条入站线索超出了响应 SLA。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broke the speed-to-lead SLA and went to %2.</source>
        <translation>%1 超出响应 SLA，已转给 %2。</translation>
    </message>
    <message>
        <source>%1 broke the speed-to-lead SLA: contact them now.</source>
        <translation>%1 超出响应 SLA：请立即联系。</translation>
    </message>
    <message>
        <source>Inbound leads</source>
        <translation>入站线索</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from web forms.</source>
        <translation>
            <numerusform>%n 条来自网页表单的新线索。</numerusform>
        </translation>
    </message>
    <message>
        <source>Web forms</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>监视文件夹</translation>
    </message>
    <message>
        <source>%1 could not be imported; it was moved to the failed folder.</source>
        <translation>无法导入 %1；已将其移到 failed 文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from %1.</source>
        <translation>
            <numerusform>%n 条来自 %1 的新线索。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Working</source>
        <extracomment>Linux niceness of a background job&apos;s thread, as the import&apos;s check workers.</extracomment>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ListsMessages</name>
    <message>
        <source>A name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>The name “%1” is taken.</source>
        <translation>名称“%1”已被使用。</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Lists and segments</source>
        <extracomment>A keystroke made while the previous keystroke&apos;s rows are still on their way waits for this pause in the typing before it searches (the running search is cancelled at once). A keystroke after the rows came searches at once: a first screen takes 5-30 ms at a million contacts, so waiting would be most of keystroke -&gt; rows. Tables whose rows the page shows (the table, the scope tree and its counts). Writes after which the table&apos;s rows themselves may differ, not only their values. The scope &quot;select all&quot; selected (None: the selection is the picked rows). A contact the palette asked to show: selected once a reload brings its row. A scope the palette asked for before the tree had read it.</extracomment>
        <translation>名单和分群</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>新建名单…</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>新建分群…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
    <message>
        <source>Search name, email, company, title…</source>
        <translation>搜索姓名、邮箱、公司、职位…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV, XLSX or vCard file</source>
        <translation>从 CSV、XLSX 或 vCard 文件导入联系人</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Open a database or create a new one from the File menu.</source>
        <translation>从“文件”菜单打开数据库或新建一个。</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>还没有联系人</translation>
    </message>
    <message>
        <source>Import a CSV, XLSX or vCard file, or create demo data to try the app. Your contacts, lists and saved segments will be here.</source>
        <translation>导入 CSV、XLSX 或 vCard 文件，或创建演示数据来试用本应用。你的联系人、名单和已保存的分群都会显示在这里。</translation>
    </message>
    <message>
        <source>Create demo data…</source>
        <translation>创建演示数据…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1+ 个匹配</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>没有与“%1”匹配的联系人</translation>
    </message>
    <message>
        <source>Search looks at the beginning of words in names, emails, companies and titles. Try fewer letters, or search all contacts.</source>
        <translation>搜索会匹配姓名、邮箱、公司和职位中词语的开头。请少输入几个字母，或搜索全部联系人。</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>This list is empty</source>
        <translation>此名单为空</translation>
    </message>
    <message>
        <source>Select contacts under All contacts or in a segment, then choose “Add to list…”.</source>
        <translation>在“全部联系人”或某个分群中选择联系人，然后选择“添加到名单…”。</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>显示全部联系人</translation>
    </message>
    <message>
        <source>No contacts match this segment</source>
        <translation>没有联系人符合此分群</translation>
    </message>
    <message>
        <source>Change its conditions in the segment editor to widen it.</source>
        <translation>在分群编辑器中修改条件以扩大范围。</translation>
    </message>
    <message>
        <source>Edit segment…</source>
        <translation>编辑分群…</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>没有联系人</translation>
    </message>
    <message>
        <source>Could not read contacts: %1</source>
        <translation>无法读取联系人：%1</translation>
    </message>
    <message>
        <source>All matches selected</source>
        <translation>已选择全部匹配项</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln contact(s) selected</source>
        <translation>
            <numerusform>已选择全部 %Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>已选择 %Ln 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>邮箱账户</translation>
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
        <translation>无（仅限本地）</translation>
    </message>
    <message>
        <source>Required in cadence emails</source>
        <translation>序列邮件中必须包含</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>仅在此时段</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>仅用于使用自有证书的服务器</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>发件地址</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>At most per hour</source>
        <translation>每小时最多</translation>
    </message>
    <message>
        <source>At most per day</source>
        <translation>每天最多</translation>
    </message>
    <message>
        <source>Pause between emails</source>
        <translation>邮件间隔</translation>
    </message>
    <message>
        <source>Sending hours (prospect&apos;s time)</source>
        <translation>发送时段（潜在客户当地时间）</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>受信任的证书（SHA-256）</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>退订页面</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>信任此证书</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation>检查 DNS</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>已保存；输入新密码即可替换</translation>
    </message>
    <message>
        <source>Please check the form: %1</source>
        <translation>请检查表单：%1</translation>
    </message>
    <message>
        <source>Please check the mailbox: %1</source>
        <translation>请检查邮箱设置：%1</translation>
    </message>
    <message>
        <source>Saved. No keychain is available, so the password is kept only until you quit.</source>
        <translation>已保存。没有可用的钥匙串，因此密码仅保留到你退出程序为止。</translation>
    </message>
    <message>
        <source>Sending a test email…</source>
        <translation>正在发送测试邮件…</translation>
    </message>
    <message>
        <source>The test email was sent to %1.</source>
        <translation>测试邮件已发送到 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1). Trust it only if this is your own server.</source>
        <translation>服务器的证书不受信任（SHA-256 %1）。仅当这是你自己的服务器时才信任它。</translation>
    </message>
    <message>
        <source>The test email was not sent: %1</source>
        <translation>测试邮件未发送：%1</translation>
    </message>
    <message>
        <source>Saving pins this certificate; send the test email again.</source>
        <translation>保存后将固定信任此证书；请再次发送测试邮件。</translation>
    </message>
    <message>
        <source>Enter the From address first.</source>
        <translation>请先填写发件地址。</translation>
    </message>
    <message>
        <source>Checking the DNS of %1…</source>
        <translation>正在检查 %1 的 DNS…</translation>
    </message>
    <message>
        <source>%1 has SPF, DMARC and MX records. Make sure DKIM signing is on too.</source>
        <translation>%1 已有 SPF、DMARC 和 MX 记录。请确认也已开启 DKIM 签名。</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <source>the SMTP server is empty</source>
        <translation>SMTP 服务器为空</translation>
    </message>
    <message>
        <source>the port is not valid</source>
        <translation>端口无效</translation>
    </message>
    <message>
        <source>the user name is empty</source>
        <translation>用户名为空</translation>
    </message>
    <message>
        <source>the From address is not valid</source>
        <translation>发件地址无效</translation>
    </message>
    <message>
        <source>a field holds a line break</source>
        <translation>某个字段含有换行符</translation>
    </message>
    <message>
        <source>the certificate fingerprint is not 64 hex digits</source>
        <translation>证书指纹不是 64 位十六进制数字</translation>
    </message>
    <message>
        <source>the unsubscribe page must start with https://</source>
        <translation>退订页面必须以 https:// 开头</translation>
    </message>
    <message>
        <source>no keychain is available: type the password</source>
        <translation>没有可用的钥匙串：请输入密码</translation>
    </message>
    <message>
        <source>type the password</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>Email not queued</source>
        <translation>邮件未加入队列</translation>
    </message>
    <message>
        <source>The email was not queued: %1</source>
        <translation>邮件未加入队列：%1</translation>
    </message>
    <message>
        <source>Queue email</source>
        <translation>邮件加入队列</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Retrying later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>服务器的证书不受信任</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS</source>
        <translation>服务器不支持 STARTTLS</translation>
    </message>
    <message>
        <source>the server refused the login</source>
        <translation>服务器拒绝登录</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>the server asked to try later</source>
        <translation>服务器要求稍后再试</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>服务器拒收该邮件</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>该地址不存在</translation>
    </message>
    <message>
        <source>the server cannot send to an international address</source>
        <translation>服务器无法发送到国际化地址</translation>
    </message>
    <message>
        <source>a merge value holds a line break</source>
        <translation>某个合并字段的值含有换行符</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>no postal address set</source>
        <translation>未设置邮寄地址</translation>
    </message>
    <message>
        <source>no password for the account</source>
        <translation>该账户没有密码</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>没有钥匙串</translation>
    </message>
    <message>
        <source>no mail account set up</source>
        <translation>未设置邮箱账户</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>没有邮箱地址</translation>
    </message>
    <message>
        <source>outside the sending hours</source>
        <translation>不在发送时段内</translation>
    </message>
    <message>
        <source>hourly limit reached</source>
        <translation>已达每小时上限</translation>
    </message>
    <message>
        <source>daily limit reached</source>
        <translation>已达每日上限</translation>
    </message>
    <message>
        <source>spacing between emails</source>
        <translation>邮件间隔中</translation>
    </message>
    <message>
        <source>sending was interrupted: check your Sent folder</source>
        <translation>发送被中断：请检查“已发送”文件夹</translation>
    </message>
    <message>
        <source>a merge field is empty</source>
        <translation>某个合并字段为空</translation>
    </message>
    <message>
        <source>the step has no template</source>
        <translation>该步骤没有模板</translation>
    </message>
    <message>
        <source>the cadence stopped before it went (a reply, a meeting, an opt-out)</source>
        <translation>序列在发送前已停止（收到回复、约到会议或对方退订）</translation>
    </message>
    <message>
        <source>waiting for your review: press E to read, edit and send it</source>
        <translation>等待你审阅：按 E 阅读、编辑并发送</translation>
    </message>
    <message>
        <source>the step is no longer open (done, skipped or stopped)</source>
        <translation>该步骤已不再开放（已完成、已跳过或已停止）</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted. If this is your own server, trust its certificate (SHA-256 %1) in the mail account settings.</source>
        <translation>邮件服务器的证书不受信任。如果这是你自己的服务器，请在邮箱账户设置中信任其证书（SHA-256 %1）。</translation>
    </message>
    <message>
        <source>No keychain is available to keep the mail password. Enter it in the mail account settings; it is kept until you quit.</source>
        <translation>没有可用的钥匙串来保存邮箱密码。请在邮箱账户设置中输入；它会保留到你退出程序为止。</translation>
    </message>
    <message>
        <source>The mail password is missing: enter it in the mail account settings.</source>
        <translation>缺少邮箱密码：请在邮箱账户设置中输入。</translation>
    </message>
    <message>
        <source>No SPF record on %1: receivers cannot tell which servers may send its mail.</source>
        <translation>%1 没有 SPF 记录：收件方无法判断哪些服务器可以代发其邮件。</translation>
    </message>
    <message>
        <source>No DMARC record on %1: Gmail and Yahoo require SPF, DKIM and DMARC from bulk senders since 2024.</source>
        <translation>%1 没有 DMARC 记录：自 2024 年起，Gmail 和 Yahoo 要求批量发件人配置 SPF、DKIM 和 DMARC。</translation>
    </message>
    <message>
        <source>No MX record on %1: replies and bounces cannot come back.</source>
        <translation>%1 没有 MX 记录：回复和退信无法送回。</translation>
    </message>
    <message>
        <source>The DNS lookup for %1 failed; try again later.</source>
        <translation>%1 的 DNS 查询失败；请稍后重试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lists</source>
        <extracomment>Operations that change contacts&apos; fields but never how many there are.</extracomment>
        <translation>名单</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Cadences</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <source>Recent im&amp;ports…</source>
        <translation>最近的导入(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Scheduled &amp;backups…</source>
        <translation>定时备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Ideal customer profile…</source>
        <translation>理想客户画像(&amp;I)…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复项(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Mail account…</source>
        <translation>邮箱账户(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Reps…</source>
        <translation>销售代表(&amp;R)…</translation>
    </message>
    <message>
        <source>Inbound &amp;routing…</source>
        <translation>入站分配(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Prospect Desk</source>
        <translation>关于 Prospect Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Replies could not be checked: %1</source>
        <translation>无法检查回复：%1</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <extracomment>Longest cell text shown in a table; the tooltip has the rest.</extracomment>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>选择方式</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>Each column of the file goes to a contact field. Columns nobody recognised become custom fields, so nothing is dropped; choose “Ignore this column” to leave one out. Prospect Desk remembers this mapping for the next file with the same columns.</source>
        <translation>文件的每一列都对应一个联系人字段。无法识别的列会成为自定义字段，不会丢失任何数据；选择“忽略此列”可排除某列。下次导入列相同的文件时，Prospect Desk 会记住此映射。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Match Cyrillic and Latin spellings</source>
        <extracomment>What the message bar&apos;s Undo undoes: &quot;merge&quot; or &quot;dismiss&quot;.</extracomment>
        <translation>匹配西里尔字母与拉丁字母拼写</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>重新搜索</translation>
    </message>
    <message>
        <source>Fill only empty fields</source>
        <translation>仅填充空字段</translation>
    </message>
    <message>
        <source>Keep the kept contact&apos;s values</source>
        <translation>保留被保留联系人的值</translation>
    </message>
    <message>
        <source>Take the other contacts&apos; values</source>
        <translation>采用其他联系人的值</translation>
    </message>
    <message>
        <source>Click a value to keep it. Tags, lists and history move to the kept contact.</source>
        <translation>点击某个值即可保留它。标签、名单和历史记录会转到被保留的联系人。</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>不是重复项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复项…</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复项</translation>
    </message>
    <message>
        <source>Find possible duplicates</source>
        <translation>查找可能的重复项</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <source>Could not load more: %1</source>
        <translation>无法加载更多：%1</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>正在加载更多…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>Exact groups: %1. Looking for possible duplicates… %2%</source>
        <translation>完全相同的组：%1。正在查找可能的重复项… %2%</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未发现重复项。</translation>
    </message>
    <message>
        <source>%1 exact groups, %2 possible duplicates to review.</source>
        <translation>%1 个完全相同的组，%2 个可能的重复项待审核。</translation>
    </message>
    <message>
        <source>Groups shown: %1 of %2. Scroll down for more.</source>
        <translation>已显示 %2 组中的 %1 组。向下滚动查看更多。</translation>
    </message>
    <message>
        <source>Groups shown: %1. Still looking for more…</source>
        <translation>已显示 %1 组。仍在查找更多…</translation>
    </message>
    <message>
        <source>Groups shown: %1 (all).</source>
        <translation>已显示 %1 组（全部）。</translation>
    </message>
    <message>
        <source>Load contacts</source>
        <translation>加载联系人</translation>
    </message>
    <message>
        <source>These contacts will not be suggested as duplicates again.</source>
        <translation>这些联系人将不再被建议为重复项。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>合并联系人</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contact(s) into %1.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人合并到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not merged: a contact of this group no longer exists (someone deleted or merged it). Search again.</source>
        <translation>未合并：此组中的某个联系人已不存在（有人删除或合并了它）。请重新搜索。</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>未合并：%1</translation>
    </message>
    <message>
        <source>They are suggested as duplicates again.</source>
        <translation>它们会再次被建议为重复项。</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>合并已撤销。</translation>
    </message>
    <message>
        <source>Cannot undo: someone changed these contacts after the merge.</source>
        <translation>无法撤销：合并后有人修改了这些联系人。</translation>
    </message>
</context>
<context>
    <name>MergeModels</name>
    <message>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same phone and name</source>
        <translation>电话和姓名相同</translation>
    </message>
    <message>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>姓名相似</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>different alphabets</source>
        <translation>不同文字</translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation>姓和名颠倒</translation>
    </message>
    <message>
        <source>different emails</source>
        <translation>邮箱不同</translation>
    </message>
    <message>
        <source>one imported row matched both (not merged)</source>
        <translation>同一导入行匹配了两者（未合并）</translation>
    </message>
    <message>
        <source>fuzzy %1: %2</source>
        <extracomment>Groups shown per page; a page&apos;s names are one small query. Every group known, shown or not, in the finder&apos;s order. Height of a row; the view sets it from its font (two lines, room for CJK).</extracomment>
        <translation>%1 相近：%2</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>Last touched</source>
        <translation>最近触达</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 转 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>After merge</source>
        <translation>合并后</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1（保留）</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <extracomment>How long a message stays when nobody acts on it.</extracomment>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>Find any command, contact, list, segment or cadence (Ctrl+K)</source>
        <translation>查找任意命令、联系人、名单、分群或序列 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>NurtureDialog</name>
    <message>
        <source>Nurture</source>
        <translation>培育</translation>
    </message>
    <message>
        <source>When should %1 be revisited? A reminder appears in the Today queue that day.</source>
        <translation>何时重新跟进 %1？当天“今日”队列中会出现提醒。</translation>
    </message>
    <message>
        <source>Revisit on:</source>
        <translation>重新跟进日期：</translation>
    </message>
    <message>
        <source>Move to Nurture</source>
        <translation>转入培育</translation>
    </message>
</context>
<context>
    <name>OpenErrorDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation>未找到此数据库的备份。</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>该文件未被更改。</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it without changes.</source>
        <translation>你可以以只读方式打开它查看，不做任何更改。</translation>
    </message>
    <message>
        <source>You can restore the latest backup in its place.</source>
        <translation>你可以用最新的备份替换它。</translation>
    </message>
    <message>
        <source>No backup of it was found in the backup folder.</source>
        <translation>备份文件夹中没有找到它的备份。</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <extracomment>The columns, by key, left to right. The role that gives a row&apos;s message id. The role that gives a row&apos;s status code. A status -&gt; the tone its text is in (see :func:`app.ui.theme.tone`).</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sent / next try</source>
        <translation>发送时间 / 下次尝试</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>It did not arrive (it is not in your Sent folder): send it again.</source>
        <translation>邮件未送达（不在你的“已发送”文件夹中）：请重新发送。</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>It is in your Sent folder: record it as sent.</source>
        <translation>邮件在你的“已发送”文件夹中：将其记为已发送。</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>邮箱账户…</translation>
    </message>
    <message>
        <source>Nothing in the outbox. Cadence emails are queued here when their step falls due, and sent within your hourly and daily limits and the prospect&apos;s sending hours.</source>
        <translation>发件箱为空。序列步骤到期时，邮件会在此排队，并在每小时和每日上限以及潜在客户的发送时段内发出。</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Emails on their way out appear here, with why any of them waits, once a database is open.</source>
        <translation>打开数据库后，待发出的邮件会显示在这里，并注明等待原因。</translation>
    </message>
    <message>
        <source>Load the outbox</source>
        <translation>加载发件箱</translation>
    </message>
    <message>
        <source>%1 queued · %2 retrying later · %3 sent · %4 failed · %5 in doubt</source>
        <translation>%1 封已排队 · %2 封稍后重试 · %3 封已发送 · %4 封失败 · %5 封不确定</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>邮箱密码</translation>
    </message>
    <message>
        <source>No keychain is available to keep the mail password. Password for %1 (kept until you quit):</source>
        <translation>没有可用的钥匙串来保存邮箱密码。%1 的密码（保留到你退出程序为止）：</translation>
    </message>
</context>
<context>
    <name>PageKeys</name>
    <message>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <source>Open the call panel</source>
        <translation>打开通话面板</translation>
    </message>
    <message>
        <source>Close the call panel</source>
        <translation>关闭通话面板</translation>
    </message>
    <message>
        <source>Call the prospect</source>
        <translation>拨打潜在客户电话</translation>
    </message>
    <message>
        <source>Mark the step done</source>
        <translation>将步骤标记为完成</translation>
    </message>
    <message>
        <source>Skip the step</source>
        <translation>跳过该步骤</translation>
    </message>
    <message>
        <source>Snooze the step</source>
        <translation>暂缓该步骤</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add a task or reminder</source>
        <translation>添加任务或提醒</translation>
    </message>
    <message>
        <source>Open a message step&apos;s profile</source>
        <translation>打开消息步骤对应的主页</translation>
    </message>
    <message>
        <source>Review and send an email step in the composer</source>
        <translation>在撰写窗口中审阅并发送邮件步骤</translation>
    </message>
    <message>
        <source>Start or stop the power hour</source>
        <translation>开始或结束电话冲刺</translation>
    </message>
    <message>
        <source>Show or hide the Today keys</source>
        <translation>显示或隐藏“今日”快捷键</translation>
    </message>
    <message>
        <source>Log the call: %1</source>
        <translation>记录电话：%1</translation>
    </message>
    <message>
        <source>Move the selected card to stage 1–9</source>
        <translation>将所选卡片移到阶段 1–9</translation>
    </message>
    <message>
        <source>Go to the column before or after</source>
        <translation>转到前一列或后一列</translation>
    </message>
    <message>
        <source>Select every contact in the view</source>
        <translation>选择视图中的所有联系人</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Contact</source>
        <extracomment>The kinds of entry, in the order the palette lists them.</extracomment>
        <translation>联系人</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>序列</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Stages…</source>
        <extracomment>Tables whose changes can change what a card shows or where it is. Tables that matter only while a filter reads them (a list, a segment&apos;s tags and lists). A write touching more contacts than this re-reads the board instead of the cards. How often the inbound clocks are repainted.</extracomment>
        <translation>阶段…</translation>
    </message>
    <message>
        <source>Rename, reorder, add or remove pipeline stages</source>
        <translation>重命名、排序、添加或删除管道阶段</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Prospects parked for later or ruled out: off the main path</source>
        <translation>暂时搁置或已排除的潜在客户：不在主流程中</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Open a database or create a new one from the File menu.</source>
        <translation>从“文件”菜单打开数据库或新建一个。</translation>
    </message>
    <message>
        <source>The pipeline is empty</source>
        <translation>销售管道为空</translation>
    </message>
    <message>
        <source>Prospects move across stages here: New, Researching, Attempting, Connected, Qualified, Meeting booked and Handed off. Add contacts on the Lists page to start.</source>
        <translation>潜在客户在此按阶段推进：新建、调研中、尝试联系、已接通、合格、已约会议和已移交。先在“名单”页添加联系人即可开始。</translation>
    </message>
    <message>
        <source>Go to Lists</source>
        <translation>前往名单</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Could not read the board: %1</source>
        <translation>无法读取看板：%1</translation>
    </message>
    <message>
        <source>No pipeline stages yet</source>
        <translation>还没有管道阶段</translation>
    </message>
    <message>
        <source>Stages are the board&apos;s columns: New, Researching, Attempting and so on. Set them up to start moving prospects along.</source>
        <translation>阶段就是看板的列：新建、调研中、尝试联系等。设置好阶段即可开始推进潜在客户。</translation>
    </message>
    <message>
        <source>Create the default stages</source>
        <translation>创建默认阶段</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln 位潜在客户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without a stage</source>
        <translation>%1 个无阶段</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>PipelineWords</name>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>没有需求</translation>
    </message>
    <message>
        <source>Not a decision maker</source>
        <translation>不是决策人</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <source>Bad data (wrong person or contact details)</source>
        <translation>数据有误（联系人不对或联系方式错误）</translation>
    </message>
    <message>
        <source>Never responded</source>
        <translation>始终未回应</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Does not meet the criteria</source>
        <translation>不符合标准</translation>
    </message>
    <message>
        <source>Belongs to another AE</source>
        <translation>属于其他 AE</translation>
    </message>
    <message>
        <source>Did not show up</source>
        <translation>未出席会议</translation>
    </message>
    <message>
        <source>Company size fits</source>
        <translation>公司规模符合</translation>
    </message>
    <message>
        <source>Industry fits</source>
        <translation>行业符合</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Authority (decision maker)</source>
        <translation>决策权（决策人）</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <source>Do we serve companies like this?</source>
        <translation>我们服务这类公司吗？</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>This stage no longer exists; somebody deleted it meanwhile.</source>
        <translation>该阶段已不存在；有人在此期间删除了它。</translation>
    </message>
    <message>
        <source>The prospect is in this stage already.</source>
        <translation>该潜在客户已在此阶段。</translation>
    </message>
    <message>
        <source>Required answers are missing: %1</source>
        <translation>缺少必答项：%1</translation>
    </message>
    <message>
        <source>These questions are not on the checklist: %1</source>
        <translation>这些问题不在检查清单上：%1</translation>
    </message>
    <message>
        <source>The answer to “%1” must be text, a number or yes/no.</source>
        <translation>“%1”的答案必须是文本、数字或是/否。</translation>
    </message>
    <message>
        <source>Choose why the prospect is disqualified.</source>
        <translation>请选择该潜在客户不合格的原因。</translation>
    </message>
    <message>
        <source>“%1” is not a known reason.</source>
        <translation>“%1”不是已知原因。</translation>
    </message>
    <message>
        <source>Choose when to revisit the prospect.</source>
        <translation>请选择何时重新跟进该潜在客户。</translation>
    </message>
    <message>
        <source>The revisit date is in the past.</source>
        <translation>重新跟进日期已过。</translation>
    </message>
    <message>
        <source>A prospect is handed off through the hand-off dialog.</source>
        <translation>潜在客户需通过移交对话框移交。</translation>
    </message>
    <message>
        <source>The qualification checklist is damaged; check the settings.</source>
        <translation>资格检查清单已损坏；请检查设置。</translation>
    </message>
    <message>
        <source>Move the prospects out of this stage before deleting it.</source>
        <translation>删除此阶段前，请先将潜在客户移出。</translation>
    </message>
    <message>
        <source>Prospects can be moved in bulk only to a stage without a gate.</source>
        <translation>只能将潜在客户批量移到没有关卡的阶段。</translation>
    </message>
    <message>
        <source>There is no rep with the address %1.</source>
        <translation>没有地址为 %1 的销售代表。</translation>
    </message>
    <message>
        <source>%1 is not an account executive.</source>
        <translation>%1 不是客户经理（AE）。</translation>
    </message>
    <message>
        <source>The meeting time is in the past.</source>
        <translation>会议时间已过。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>“%1”不是有效的时区。</translation>
    </message>
    <message>
        <source>The meeting must last %1 to %2 minutes.</source>
        <translation>会议时长必须在 %1 到 %2 分钟之间。</translation>
    </message>
    <message>
        <source>The prospect was handed off already.</source>
        <translation>该潜在客户已经移交过了。</translation>
    </message>
    <message>
        <source>This hand-off no longer exists.</source>
        <translation>此移交已不存在。</translation>
    </message>
    <message>
        <source>This hand-off was decided already.</source>
        <translation>此移交已有结论。</translation>
    </message>
    <message>
        <source>Hand-off: {prospect}</source>
        <translation>移交：{prospect}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>客户经理（AE）</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资格审核</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Meeting: {prospect}</source>
        <translation>会议：{prospect}</translation>
    </message>
    <message>
        <source>Meeting: {prospect} ({company})</source>
        <translation>会议：{prospect}（{company}）</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>移交</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Dry run: what the import would do</source>
        <extracomment>Regions offered for national numbers (the file&apos;s own reading comes first).</extracomment>
        <translation>试运行：导入将会做什么</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fill only empty fields (recommended)</source>
        <translation>仅填充空字段（推荐）</translation>
    </message>
    <message>
        <source>Keep what I have</source>
        <translation>保留现有数据</translation>
    </message>
    <message>
        <source>Take the file&apos;s values</source>
        <translation>采用文件中的值</translation>
    </message>
    <message>
        <source>Add to list:</source>
        <translation>添加到名单：</translation>
    </message>
    <message>
        <source>Read it from the file</source>
        <translation>从文件中读取</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>按文件所写</translation>
    </message>
    <message>
        <source>Inbound (arrival time from the file, else now)</source>
        <translation>入站（到达时间取自文件，否则为现在）</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Create reps for owners you don&apos;t have</source>
        <translation>为尚不存在的负责人创建销售代表</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>When a row matches a contact you have:</source>
        <translation>当某行与已有联系人匹配时：</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from:</source>
        <translation>没有国家代码的电话号码来自：</translation>
    </message>
    <message>
        <source>Lead source of rows that name none:</source>
        <translation>未注明线索来源的行，其来源为：</translation>
    </message>
    <message>
        <source>These rows look like the same person but no email or phone proves it. They will be imported as separate contacts; review them later in Tools → Find duplicates…</source>
        <translation>这些行看起来是同一个人，但没有邮箱或电话能证明。它们将作为单独的联系人导入；之后可在“工具 → 查找重复项…”中审核。</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>疑似</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read. Nothing has been written yet.</source>
        <translation>
            <numerusform>已读取 %Ln 行。尚未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a number to see its rows.</source>
        <translation>点击数字可查看对应的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 phone number(s) read</source>
        <translation>
            <numerusform>已识别 %1 个电话号码中的 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, read from the file)</source>
        <translation>（%1，从文件中读取）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Owners you don&apos;t have</source>
        <translation>尚不存在的负责人</translation>
    </message>
    <message>
        <source>Stages not recognised</source>
        <translation>未识别的阶段</translation>
    </message>
    <message>
        <source>Sources not recognised</source>
        <translation>未识别的来源</translation>
    </message>
    <message>
        <source>Lead types not recognised</source>
        <translation>未识别的线索类型</translation>
    </message>
    <message>
        <source>Dates not recognised</source>
        <translation>未识别的日期</translation>
    </message>
    <message>
        <source>They are kept as written, in the contact&apos;s custom fields.</source>
        <translation>它们按原样保存在联系人的自定义字段中。</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>phone and name</source>
        <translation>电话和姓名</translation>
    </message>
    <message>
        <source>phone and name with an initial</source>
        <translation>电话和带首字母的姓名</translation>
    </message>
    <message>
        <source>the same invalid email</source>
        <translation>相同的无效邮箱</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>姓名和公司</translation>
    </message>
    <message>
        <source>contact id (export)</source>
        <translation>联系人 ID（导出）</translation>
    </message>
    <message>
        <source>Matched by: %1.</source>
        <translation>匹配依据：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match two different contacts: they are left for you to review in Tools → Find duplicates…</source>
        <translation>
            <numerusform>%n 行同时匹配了两个不同的联系人：留待你在“工具 → 查找重复项…”中审核</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2 rows</source>
        <translation>%2 行中的前 %1 行</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates to review (%Ln)</source>
        <translation>
            <numerusform>待审核的可能重复项（%Ln）</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>your contact %1</source>
        <translation>你的联系人 %1</translation>
    </message>
</context>
<context>
    <name>PowerHourBar</name>
    <message>
        <source>Power hour</source>
        <translation>电话冲刺</translation>
    </message>
    <message>
        <source>Stop (P)</source>
        <translation>停止 (P)</translation>
    </message>
    <message>
        <source>Dials: %1 · Connects: %2 · Talk time: %3 · Meetings: %4</source>
        <translation>拨号：%1 · 接通：%2 · 通话时长：%3 · 会议：%4</translation>
    </message>
    <message>
        <source>no more calls can be placed now</source>
        <translation>现在无法再拨打电话</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>The combo box&apos;s value for &quot;follow the system&apos;s language&quot; (stored as an empty setting).</extracomment>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>“Same as the system” switches between light and dark when the operating system does.</source>
        <translation>选择“跟随系统”时，会随操作系统在浅色和深色之间切换。</translation>
    </message>
    <message>
        <source>The new language is used the next time Prospect Desk starts.</source>
        <translation>新语言将在下次启动 Prospect Desk 时生效。</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview for:</source>
        <extracomment>Renders a draft for a contact on a worker thread: (db, draft, contact id) -&gt; email. The language of the variant the editor shows, to say when the prospect gets another.</extracomment>
        <translation>预览对象：</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>预览对象</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>写邮件…</translation>
    </message>
    <message>
        <source>Write to this prospect from the saved template</source>
        <translation>用已保存的模板给此潜在客户写邮件</translation>
    </message>
    <message>
        <source>Add or import contacts to preview an email for them.</source>
        <translation>添加或导入联系人后即可预览发给他们的邮件。</translation>
    </message>
    <message>
        <source>Load contacts</source>
        <translation>加载联系人</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>This email cannot be sent: %1</source>
        <translation>无法发送此邮件：%1</translation>
    </message>
    <message>
        <source>Language: %1 · Variant: %2</source>
        <translation>语言：%1 · 版本：%2</translation>
    </message>
    <message>
        <source>This prospect gets the %1 variant, not the one you are editing.</source>
        <translation>此潜在客户收到的是 %1 版本，而不是你正在编辑的版本。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Load problems</source>
        <translation>加载问题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value as imported</source>
        <translation>导入时的值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>%1 (stored as %2)</source>
        <translation>%1（存储为 %2）</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Qualify</source>
        <translation>判为合格</translation>
    </message>
    <message>
        <source>Qualify %1: answer the checklist. Questions marked * are required.</source>
        <translation>判定 %1 是否合格：请回答检查清单。标 * 的问题为必答。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>仍需回答：%1</translation>
    </message>
</context>
<context>
    <name>ReasonFilter</name>
    <message>
        <source>Problems by reason</source>
        <translation>按原因分类的问题</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Every invalid, risky or unverified email and phone.</source>
        <translation>所有无效、有风险或未验证的邮箱和电话。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n contact(s)</source>
        <translation>
            <numerusform>%1 — %n 个联系人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <source>Recent imports</source>
        <translation>最近的导入</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>还没有导入记录。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <source>Reminder</source>
        <extracomment>How often the reminders are looked for. Shows one notification: (title, text).</extracomment>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Call %1 back now: they asked for this time.</source>
        <translation>现在回电给 %1：对方约的就是这个时间。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <source>Add a rep</source>
        <translation>添加销售代表</translation>
    </message>
    <message>
        <source>Edit rep</source>
        <translation>编辑销售代表</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>None (no holidays skipped)</source>
        <translation>无（不跳过节假日）</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>Works here (untick for someone who left)</source>
        <translation>在职（已离职请取消勾选）</translation>
    </message>
    <message>
        <source>The time zone says when the rep&apos;s day ends. The country&apos;s public holidays are not business days of the rep&apos;s cadences.</source>
        <translation>时区决定该销售代表一天何时结束。其国家/地区的法定节假日不计入其序列的工作日。</translation>
    </message>
</context>
<context>
    <name>RepWords</name>
    <message>
        <source>The rep needs a name.</source>
        <translation>请填写销售代表的姓名。</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是邮箱地址。</translation>
    </message>
    <message>
        <source>A rep with %1 exists already.</source>
        <translation>已存在地址为 %1 的销售代表。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; pick one from the list.</source>
        <translation>“%1”不是时区；请从列表中选择。</translation>
    </message>
    <message>
        <source>“%1” is not a country.</source>
        <translation>“%1”不是国家/地区。</translation>
    </message>
    <message>
        <source>This rep was removed meanwhile.</source>
        <translation>该销售代表已在此期间被删除。</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>客户经理（AE）</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>RepliesChecker</name>
    <message>
        <source>Check replies</source>
        <extracomment>Minutes between checks when the server has no IDLE. Seconds one IDLE lasts before it is renewed (servers end IDLE after 30 minutes).</extracomment>
        <translation>检查回复</translation>
    </message>
    <message>
        <source>Wait for replies</source>
        <translation>等待回复</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>d MMM</source>
        <extracomment>One colour per touch channel, kept in every chart that shows channels. Colours for series that are not channels, in order. Beyond this many categories the axis labels are turned to stay readable.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Daily goal (%1)</source>
        <translation>每日目标（%1）</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>拨号</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接听</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>有效对话</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>约到的会议</translation>
    </message>
    <message>
        <source>Hand-offs accepted</source>
        <translation>被接受的移交</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Reached in the range</source>
        <translation>期间进入该阶段</translation>
    </message>
    <message>
        <source>Inbound leads</source>
        <translation>入站线索</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>前台/秘书拦截</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>已约会议</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Nets</source>
        <translation>渔网</translation>
    </message>
    <message>
        <source>Spears</source>
        <translation>长矛</translation>
    </message>
    <message>
        <source>≤ 5 min</source>
        <translation>≤ 5 分钟</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 分钟</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15–60 分钟</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 小时</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 小时</translation>
    </message>
    <message>
        <source>&gt; 1 day</source>
        <translation>&gt; 1 天</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未触达</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last (%2).</source>
        <translation>起始日（%1）晚于结束日（%2）。</translation>
    </message>
    <message>
        <source>There is no rep with the address %1.</source>
        <translation>没有地址为 %1 的销售代表。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>From:</source>
        <extracomment>Tables whose changes can change a figure.</extracomment>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Whose work:</source>
        <translation>谁的业绩：</translation>
    </message>
    <message>
        <source>Whose work</source>
        <translation>谁的业绩</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Touches per day against the daily goal</source>
        <translation>每日触达量与每日目标对比</translation>
    </message>
    <message>
        <source>Calls: reach → connect → conversation</source>
        <translation>电话：拨打 → 接通 → 有效对话</translation>
    </message>
    <message>
        <source>Connect rate and reply rate</source>
        <translation>接通率与回复率</translation>
    </message>
    <message>
        <source>Meetings booked and hand-offs accepted per week</source>
        <translation>每周约到的会议与被接受的移交</translation>
    </message>
    <message>
        <source>Meetings and accepted hand-offs per rep</source>
        <translation>每位销售代表的会议与被接受的移交</translation>
    </message>
    <message>
        <source>Stage funnel, with median days in each stage</source>
        <translation>阶段漏斗，及各阶段停留天数中位数</translation>
    </message>
    <message>
        <source>Speed-to-lead: first touch of inbound leads</source>
        <translation>线索响应速度：入站线索的首次触达</translation>
    </message>
    <message>
        <source>Calls by disposition</source>
        <translation>按通话结果统计的电话</translation>
    </message>
    <message>
        <source>Results by lead source</source>
        <translation>按线索来源统计的结果</translation>
    </message>
    <message>
        <source>Results by lead type (seeds, nets, spears)</source>
        <translation>按线索类型统计的结果（种子、渔网、长矛）</translation>
    </message>
    <message>
        <source>No activity to report yet</source>
        <translation>暂无可报告的活动</translation>
    </message>
    <message>
        <source>Touches per day against your goal, connect and reply rates, meetings booked, the stage funnel and speed-to-lead appear here once a database is open. File → Open, or create demo data to look around.</source>
        <translation>打开数据库后，这里会显示每日触达量与目标对比、接通率和回复率、约到的会议、阶段漏斗和线索响应速度。请选择“文件 → 打开”，或创建演示数据来看看。</translation>
    </message>
    <message>
        <source>This database has no contacts. Import your prospects and work them from Today: touches, rates, meetings and speed-to-lead appear here. Or create demo data to see every chart filled in.</source>
        <translation>此数据库中没有联系人。导入你的潜在客户并在“今日”中跟进：触达量、各项比率、会议和线索响应速度都会显示在这里。也可以创建演示数据，查看所有图表的效果。</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>创建演示数据</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Read the report</source>
        <translation>读取报表</translation>
    </message>
    <message>
        <source>Nothing happened in this range. Pick earlier days, or log calls and emails from Today.</source>
        <translation>此时间范围内没有任何活动。请选择更早的日期，或在“今日”中记录电话和邮件。</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>Dials</source>
        <translation>拨号</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 接听</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>%1 of dials</source>
        <translation>占拨号的 %1</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>%1 of emails sent</source>
        <translation>占已发邮件的 %1</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>约到的会议</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 次有效对话</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 被接受</translation>
    </message>
    <message>
        <source>Speed-to-lead</source>
        <translation>线索响应速度</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>median of %1 leads</source>
        <translation>%1 条线索的中位数</translation>
    </message>
    <message>
        <source>No calls in this range. Calls logged from Today appear here.</source>
        <translation>此时间范围内没有电话。在“今日”中记录的电话会显示在这里。</translation>
    </message>
    <message>
        <source>%1 touches, %2 a day on average; goal %3 a day.</source>
        <translation>共 %1 次触达，平均每天 %2 次；目标每天 %3 次。</translation>
    </message>
    <message>
        <source>No touches in this range. Work the queue on Today, or pick other days.</source>
        <translation>此时间范围内没有触达。请在“今日”中处理队列，或选择其他日期。</translation>
    </message>
    <message>
        <source>Answered: anyone picked up; connect: the prospect; conversation: a connect of a minute or more, or a meeting booked.</source>
        <translation>接听：有人接起电话；接通：接电话的是潜在客户本人；有效对话：通话一分钟以上的接通，或约到了会议。</translation>
    </message>
    <message>
        <source>Connects per dial %1; replies per email sent %2.</source>
        <translation>每次拨号的接通率 %1；每封已发邮件的回复率 %2。</translation>
    </message>
    <message>
        <source>No calls or emails in this range.</source>
        <translation>此时间范围内没有电话或邮件。</translation>
    </message>
    <message>
        <source>%1 meetings booked; %2 of %3 hand-offs accepted.</source>
        <translation>约到 %1 个会议；%3 个移交中有 %2 个被接受。</translation>
    </message>
    <message>
        <source>No meetings booked in this range. Book one from a call&apos;s outcome.</source>
        <translation>此时间范围内没有约到会议。可在通话结果中预约会议。</translation>
    </message>
    <message>
        <source>No meetings or hand-offs in this range.</source>
        <translation>此时间范围内没有会议或移交。</translation>
    </message>
    <message>
        <source>Contacts moved into each stage in the range; the median days they stayed before the next move.</source>
        <translation>此时间范围内进入各阶段的联系人数；以及他们在下一次推进前停留天数的中位数。</translation>
    </message>
    <message>
        <source>No stage moves in this range. Move prospects on the Pipeline board.</source>
        <translation>此时间范围内没有阶段变动。请在销售管道看板上推进潜在客户。</translation>
    </message>
    <message>
        <source>Median %1 minutes from arrival to first call, email or message.</source>
        <translation>从线索到达至首次电话、邮件或消息的中位时间为 %1 分钟。</translation>
    </message>
    <message>
        <source>No inbound leads arrived in this range. Import them with source inbound to time the first touch.</source>
        <translation>此时间范围内没有入站线索。以“入站”来源导入线索，即可统计首次触达用时。</translation>
    </message>
    <message>
        <source>Nothing to compare yet: no work on contacts in this range.</source>
        <translation>暂无可比较的数据：此时间范围内没有跟进联系人。</translation>
    </message>
</context>
<context>
    <name>RepsDialog</name>
    <message>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>RepsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Country (holidays)</source>
        <translation>国家/地区（节假日）</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <source>UTC (not set)</source>
        <translation>UTC（未设置）</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the open database. The current file is kept first as a safety copy (it appears in this list), so the restore can be undone.</source>
        <translation>选择用来替换当前数据库的备份。当前文件会先保存为安全副本（显示在此列表中），因此可以撤销恢复。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>此数据库还没有备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>恢复前的安全副本</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Damaged file set aside</source>
        <translation>已移开的损坏文件</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动创建</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Rows read:</source>
        <translation>已读取行数：</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>新联系人：</translation>
    </message>
    <message>
        <source>Contacts updated:</source>
        <translation>已更新的联系人：</translation>
    </message>
    <message>
        <source>Duplicates (nothing new):</source>
        <translation>重复（无新内容）：</translation>
    </message>
    <message>
        <source>Invalid email or phone (kept as written):</source>
        <translation>邮箱或电话无效（按原样保留）：</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show imported contacts</source>
        <translation>显示导入的联系人</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) created</source>
        <translation>
            <numerusform>已创建 %Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>已更新 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>and added to the list “%1”</source>
        <translation>并已添加到名单“%1”</translation>
    </message>
    <message>
        <source>%1 s, %2 rows per second.</source>
        <translation>%1 秒，每秒 %2 行。</translation>
    </message>
    <message>
        <source>Done in under a second.</source>
        <translation>不到一秒即完成。</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason for each, are in %1</source>
        <translation>被拒绝的行及各自原因见 %1</translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2), so it went to the app&apos;s data folder.</source>
        <translation>无法将报告写入 %1（%2），已改存到应用的数据文件夹。</translation>
    </message>
    <message>
        <source>The rejected-rows report could not be written (%1); the import itself is complete.</source>
        <translation>无法写入被拒绝行的报告（%1）；导入本身已完成。</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>导入已撤销</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) removed</source>
        <translation>
            <numerusform>已移除 %Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored as they were</source>
        <translation>
            <numerusform>%Ln 个已恢复原状</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed since the import were left as they are.</source>
        <translation>
            <numerusform>导入后被修改过的 %Ln 个联系人保持原样。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationModel</name>
    <message>
        <source>Rep</source>
        <extracomment>Column numbers.</extracomment>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Share of new leads: %1</source>
        <translation>新线索占比：%1</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Inbound routing</source>
        <translation>入站分配</translation>
    </message>
    <message>
        <source>New inbound leads go to the reps in the round-robin in turn, by weight: a rep of weight 2 gets twice the leads of a rep of weight 1. Away reps are skipped until they are back.</source>
        <translation>新的入站线索按权重轮流分配给轮换中的销售代表：权重为 2 的代表获得的线索是权重为 1 的两倍。不在的代表会被跳过，直到其回来。</translation>
    </message>
    <message>
        <source>No reps yet. Add the team&apos;s reps first (rep add on the command line).</source>
        <translation>还没有销售代表。请先添加团队的销售代表（命令行中的 rep add）。</translation>
    </message>
    <message>
        <source>Route new inbound leads round-robin at once</source>
        <translation>立即轮流分配新的入站线索</translation>
    </message>
    <message>
        <source>Hand a lead that breaks the SLA to the next rep</source>
        <translation>将超出 SLA 的线索转给下一位销售代表</translation>
    </message>
    <message>
        <source>For the whole team</source>
        <translation>适用于整个团队</translation>
    </message>
    <message>
        <source>No folder: files are imported by hand</source>
        <translation>无文件夹：手动导入文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CSV and vCard files dropped here are imported as inbound leads once they stop changing, then moved to processed/ (or failed/, with the reason).</source>
        <translation>放入此处的 CSV 和 vCard 文件在不再变化后会作为入站线索导入，然后移到 processed/（或 failed/，并附原因）。</translation>
    </message>
    <message>
        <source>On this computer: the watched folder</source>
        <translation>在本机：监视文件夹</translation>
    </message>
    <message numerus="yes">
        <source>The SLA is %n minute(s) of working time (Pipeline → Stages…).</source>
        <translation>
            <numerusform>SLA 为 %n 分钟工作时间（销售管道 → 阶段…）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The watched folder</source>
        <translation>监视文件夹</translation>
    </message>
</context>
<context>
    <name>ScopeTree</name>
    <message>
        <source>Read lists</source>
        <extracomment>Where an entry of the tree keeps its ``ScopeRef``.</extracomment>
        <translation>读取名单</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>No lists yet</source>
        <translation>还没有名单</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>还没有分群</translation>
    </message>
    <message>
        <source>%1: this filter cannot be read; edit it to fix.</source>
        <translation>%1：无法读取此筛选条件；请编辑以修复。</translation>
    </message>
    <message>
        <source>Count segment</source>
        <translation>统计分群</translation>
    </message>
    <message>
        <source>This segment&apos;s filter cannot be read</source>
        <translation>无法读取此分群的筛选条件</translation>
    </message>
    <message>
        <source>Open it in the segment editor to fix or replace its conditions.</source>
        <translation>在分群编辑器中打开它，修复或替换其条件。</translation>
    </message>
    <message>
        <source>Edit segment…</source>
        <translation>编辑分群…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Edit segment</source>
        <translation>编辑分群</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新建分群</translation>
    </message>
    <message>
        <source>e.g. VPs in Germany, not touched for 2 weeks</source>
        <translation>例如：德国的 VP，两周未触达</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>以下全部条件</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>以下任一条件</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Contacts matching</source>
        <translation>联系人符合</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>邮箱状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>电话状态</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Lead type</source>
        <translation>线索类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>匹配度评分</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>Last touched</source>
        <translation>最近触达</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>结尾是</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>不属于</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>is above</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>more than … ago</source>
        <translation>早于…之前</translation>
    </message>
    <message>
        <source>within the last</source>
        <translation>在最近</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>早于</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>晚于</translation>
    </message>
    <message>
        <source>is yes</source>
        <translation>为是</translation>
    </message>
    <message>
        <source>is no</source>
        <translation>为否</translation>
    </message>
    <message>
        <source>has</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>包含任一</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>包含全部</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>不包含任何</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The conditions are not complete.</source>
        <translation>条件尚未填写完整。</translation>
    </message>
    <message>
        <source>Condition %1: enter a value that fits the field.</source>
        <translation>条件 %1：请输入符合该字段的值。</translation>
    </message>
    <message>
        <source>Condition %1 is not complete.</source>
        <translation>条件 %1 尚未填写完整。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln 个联系人符合</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存分群</translation>
    </message>
</context>
<context>
    <name>ShellStatus</name>
    <message>
        <source>Solo</source>
        <translation>单人</translation>
    </message>
    <message>
        <source>Shared file</source>
        <translation>共享文件</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <source>Snippets</source>
        <translation>常用片段</translation>
    </message>
    <message>
        <source>empty: every language</source>
        <translation>留空：适用所有语言</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>保存片段</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>删除片段</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Select a card and press %1 to move it here</source>
        <extracomment>A column&apos;s width: room for &quot;Touched 25 h ago&quot; beside &quot;36 d in stage&quot;.</extracomment>
        <translation>选中一张卡片并按 %1 即可移到这里</translation>
    </message>
    <message>
        <source>%1 prospects; the first %2 are loaded, more load as you scroll</source>
        <translation>共 %1 位潜在客户；已加载前 %2 位，滚动时加载更多</translation>
    </message>
    <message>
        <source>No prospects here match the filters</source>
        <translation>这里没有符合筛选条件的潜在客户</translation>
    </message>
    <message>
        <source>No prospects in this stage.
Drag a card here.</source>
        <translation>此阶段没有潜在客户。
把卡片拖到这里。</translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message>
        <source>Load the board</source>
        <extracomment>The drag payload: the dragged contact&apos;s id and the stage it comes from. The card (a :class:`Card`) of a row. The contact id of a row. The column&apos;s full count under the filters (set by the board), None until read.</extracomment>
        <translation>加载看板</translation>
    </message>
</context>
<context>
    <name>StageNames</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>调研中</translation>
    </message>
    <message>
        <source>Attempting</source>
        <translation>尝试联系</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>已约会议</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>培育</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>StageSettingsDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>管道阶段</translation>
    </message>
    <message>
        <source>The board shows a column per stage, in this order. Keys 1–9 move a selected card to the stage with that number.</source>
        <translation>看板按此顺序为每个阶段显示一列。按 1–9 键可将选中的卡片移到对应编号的阶段。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Ends the prospect&apos;s active life</source>
        <translation>结束该潜在客户的跟进周期</translation>
    </message>
    <message>
        <source>Terminal stages (Handed off, Disqualified) are where prospects end up</source>
        <translation>终止阶段（已移交、不合格）是潜在客户的最终去向</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>An inbound lead nobody has touched turns red on the board after this many minutes of working time (weekdays 09:00–18:00 in its owner&apos;s zone).</source>
        <translation>无人触达的入站线索在超过这么多分钟的工作时间后（其负责人所在时区的工作日 09:00–18:00），会在看板上变红。</translation>
    </message>
    <message>
        <source>Inbound speed-to-lead SLA:</source>
        <translation>入站线索响应 SLA：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln 位潜在客户</numerusform>
        </translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>阶段需要名称。</translation>
    </message>
    <message>
        <source>There is a stage with this name already.</source>
        <translation>已存在同名阶段。</translation>
    </message>
    <message>
        <source>This name cannot be made into a stage key.</source>
        <translation>此名称无法转换为阶段标识。</translation>
    </message>
    <message>
        <source>The stages changed meanwhile; try again.</source>
        <translation>阶段在此期间已被修改；请重试。</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Delete the stage “%1”?</source>
        <translation>删除阶段“%1”？</translation>
    </message>
    <message>
        <source>Its prospects need a stage without questions to go to; add one first.</source>
        <translation>其中的潜在客户需要移到一个没有问题清单的阶段；请先添加一个。</translation>
    </message>
    <message>
        <source>“%1” holds %2 prospects. Move them to:</source>
        <translation>“%1”中有 %2 位潜在客户。将他们移到：</translation>
    </message>
</context>
<context>
    <name>StatusBarChart</name>
    <message>
        <source>%1 — %2: %3 (%4%)</source>
        <translation>%1 — %2：%3（%4%）</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Business day of the cadence: 1 is the day of enrolling</source>
        <translation>序列中的工作日：1 表示加入当天</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>天：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time (theirs)</source>
        <translation>时间（对方当地）</translation>
    </message>
    <message>
        <source>Time (theirs):</source>
        <translation>时间（对方当地）：</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>Reply in the last thread</source>
        <translation>在上一个会话中回复</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>A template&apos;s name, or the text itself</source>
        <translation>模板名称，或直接输入正文</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Review before sending</source>
        <translation>发送前审阅</translation>
    </message>
    <message>
        <source>Ticked, the email waits in Today until you edit and send it; unticked, it goes to the outbox by itself when it falls due.</source>
        <translation>勾选后，邮件会在“今日”中等待您编辑并发送；不勾选时，到期后会自动进入发件箱。</translation>
    </message>
    <message>
        <source>What to say on the call</source>
        <translation>电话里要说的内容</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>话术：</translation>
    </message>
    <message>
        <source>What the rep does, e.g. voicemail: leave a message and set a reminder</source>
        <translation>销售代表要做什么，例如语音信箱：留言并设置提醒</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>限时：</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>%1 already holds %2 prospects; demo data is only added to an empty database.</source>
        <translation>%1 中已有 %2 位潜在客户；演示数据只会添加到空数据库。</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .csv, .xlsx or .vcf.</source>
        <translation>无法导出到 %1：文件名必须以 .csv、.xlsx 或 .vcf 结尾。</translation>
    </message>
    <message>
        <source>Refusing to export over the database file %1.</source>
        <translation>拒绝导出并覆盖数据库文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>There is no list named &quot;%1&quot;: this database has no lists.</source>
        <translation>没有名为“%1”的名单：此数据库中没有任何名单。</translation>
    </message>
    <message>
        <source>There is no list named &quot;%1&quot;. Lists: %2.</source>
        <translation>没有名为“%1”的名单。现有名单：%2。</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>备份不能覆盖它所复制的数据库。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>服务器数据库需使用服务器自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>数据库不能从自身恢复。</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Click to see the rows behind this number</source>
        <translation>点击查看此数字对应的行</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>导入将会做什么</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Reset columns</source>
        <extracomment>Room around a column title: the style&apos;s margins and the sort arrow.</extracomment>
        <translation>重置列</translation>
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
        <translation>同时在线：%1</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 在 %2 上，自 %3 起</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Name:</source>
        <extracomment>How long typing must pause before the template is checked again (milliseconds). The database is open read-only: edits can be previewed, never saved.</extracomment>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Language variant</source>
        <translation>语言版本</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>添加语言…</translation>
    </message>
    <message>
        <source>Add A/B variant</source>
        <translation>添加 A/B 版本</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Insert a merge field</source>
        <translation>插入合并字段</translation>
    </message>
    <message>
        <source>Insert field…</source>
        <translation>插入字段…</translation>
    </message>
    <message>
        <source>Insert a snippet</source>
        <translation>插入片段</translation>
    </message>
    <message>
        <source>Snippets…</source>
        <translation>常用片段…</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML 正文</translation>
    </message>
    <message>
        <source>Email body</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Insert snippet…</source>
        <translation>插入片段…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>添加语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>TemplateMessages</name>
    <message>
        <source>the subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>snippet “%1”</source>
        <translation>片段“%1”</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>立陶宛语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>The field “%field” has no value for this prospect. Fill it in, or give a fallback: {{ %field | default(&quot;…&quot;) }}.</source>
        <translation>字段“%field”对此潜在客户没有值。请填写，或提供备用值：{{ %field | default(&quot;…&quot;) }}。</translation>
    </message>
    <message>
        <source>Line %line of %part: %message</source>
        <translation>%part 第 %line 行：%message</translation>
    </message>
    <message>
        <source>%part is too long (%size characters; at most %limit).</source>
        <translation>%part 过长（%size 个字符；最多 %limit 个）。</translation>
    </message>
    <message>
        <source>%part would produce more than %limit characters.</source>
        <translation>%part 生成的内容将超过 %limit 个字符。</translation>
    </message>
    <message>
        <source>A loop runs too long (more than %limit steps).</source>
        <translation>循环运行过久（超过 %limit 步）。</translation>
    </message>
    <message>
        <source>A snippet or macro includes itself without end.</source>
        <translation>某个片段或宏无限地包含自身。</translation>
    </message>
    <message>
        <source>The value of “%field” has a line break and cannot go into the subject line.</source>
        <translation>“%field”的值含有换行符，不能用于主题行。</translation>
    </message>
    <message>
        <source>There is no snippet called “%name”.</source>
        <translation>没有名为“%name”的片段。</translation>
    </message>
    <message>
        <source>The template uses something templates may not use: %message</source>
        <translation>模板使用了模板中不允许的内容：%message</translation>
    </message>
    <message>
        <source>The template fails on %part: %message</source>
        <translation>模板在 %part 处出错：%message</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>主题为空。</translation>
    </message>
    <message>
        <source>There is no template called “%name”.</source>
        <translation>没有名为“%name”的模板。</translation>
    </message>
    <message>
        <source>The prospect no longer exists.</source>
        <translation>该潜在客户已不存在。</translation>
    </message>
    <message>
        <source>The cadence enrollment no longer exists.</source>
        <translation>该序列加入记录已不存在。</translation>
    </message>
    <message>
        <source>The prospect has finished the cadence.</source>
        <translation>该潜在客户已完成此序列。</translation>
    </message>
    <message>
        <source>Step %step of the cadence is not an email.</source>
        <translation>序列的第 %step 步不是邮件。</translation>
    </message>
    <message>
        <source>Step %step of the cadence names no template.</source>
        <translation>序列的第 %step 步未指定模板。</translation>
    </message>
    <message>
        <source>The step is no longer open: it was done, skipped or stopped.</source>
        <translation>该步骤已不再开放：已完成、已跳过或已停止。</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>该模板已不存在。</translation>
    </message>
    <message>
        <source>The name “%name” is taken.</source>
        <translation>名称“%name”已被使用。</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>请为它命名。</translation>
    </message>
    <message>
        <source>Someone saved “%name” after you opened it (version %current). Reload it and make your change again; nothing was overwritten.</source>
        <translation>在你打开“%name”之后，有人保存了它（版本 %current）。请重新加载并再次修改；没有任何内容被覆盖。</translation>
    </message>
    <message>
        <source>Variant A in the default language is required.</source>
        <translation>默认语言的 A 版本为必填。</translation>
    </message>
    <message>
        <source>Variant %label in %language exists twice.</source>
        <translation>%language 中的版本 %label 出现了两次。</translation>
    </message>
    <message>
        <source>“%label” is not a variant label: use letters such as A, B, C.</source>
        <translation>“%label”不是版本标签：请使用 A、B、C 等字母。</translation>
    </message>
    <message>
        <source>“%language” is not a language code such as en, ru, zh or lt.</source>
        <translation>“%language”不是 en、ru、zh 或 lt 这样的语言代码。</translation>
    </message>
    <message>
        <source>The snippet “%name” no longer exists.</source>
        <translation>片段“%name”已不存在。</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>Template</source>
        <extracomment>The columns, by key, left to right. The role that gives a row&apos;s template id.</extracomment>
        <translation>模板</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本号</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <extracomment>Tables whose changes the page shows.</extracomment>
        <translation>模板</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>邮件模板</translation>
    </message>
    <message>
        <source>Templates hold the emails of your cadences, with merge fields, language variants and A/B variants. Open a database to edit them.</source>
        <translation>模板保存序列中使用的邮件，支持合并字段、多语言版本和 A/B 版本。打开数据库即可编辑。</translation>
    </message>
    <message>
        <source>Load templates</source>
        <translation>加载模板</translation>
    </message>
    <message>
        <source>Open template</source>
        <translation>打开模板</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete “%1”? Cadence steps that name it will be blocked until it is restored or replaced.</source>
        <translation>删除“%1”？引用它的序列步骤将被阻止，直到恢复或替换该模板。</translation>
    </message>
</context>
<context>
    <name>TermList</name>
    <message>
        <source>Add</source>
        <extracomment>Wait this long after the last edit before recomputing the preview. The largest company size the spin boxes offer. Region shortcuts in the order the menu shows them, with their display names.</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>TodayFollowUps</name>
    <message>
        <source>Snooze until</source>
        <translation>暂缓到</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A note on %1:</source>
        <translation>关于 %1 的备注：</translation>
    </message>
    <message>
        <source>Task or reminder</source>
        <translation>任务或提醒</translation>
    </message>
    <message>
        <source>What to do for %1:</source>
        <translation>要为 %1 做的事：</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>提醒我</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>%1 is on this prospect</source>
        <translation>%1 正在跟进此潜在客户</translation>
    </message>
    <message>
        <source>No browser opened the link.</source>
        <translation>没有浏览器打开该链接。</translation>
    </message>
    <message>
        <source>%1 has no email address.</source>
        <translation>%1 没有邮箱地址。</translation>
    </message>
    <message>
        <source>%1 is on the do-not-contact list.</source>
        <translation>%1 在勿联系名单中。</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Due</source>
        <extracomment>The columns, by key, left to right. The role that gives a row&apos;s item id. contact id -&gt; another rep&apos;s live lease (one&apos;s own leases are not shown).</extracomment>
        <translation>到期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Their time</source>
        <translation>对方时间</translation>
    </message>
    <message>
        <source>Call now?</source>
        <translation>现在打？</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>%1. Guessed: nothing on the contact tells their time zone; check it.</source>
        <translation>%1。推测值：联系人信息中没有能说明其时区的内容；请核实。</translation>
    </message>
    <message>
        <source>%1 is on this prospect until %2</source>
        <translation>%1 正在跟进此潜在客户，直到 %2</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today for:</source>
        <extracomment>Tables whose changes can change the queue or the day&apos;s count.</extracomment>
        <translation>查看谁的今日：</translation>
    </message>
    <message>
        <source>Today for</source>
        <translation>查看谁的今日</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>快捷键 (?)</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>今日队列</translation>
    </message>
    <message>
        <source>J / K: next / previous item</source>
        <translation>J / K：下一项 / 上一项</translation>
    </message>
    <message>
        <source>Enter: open the call panel · Esc: close it</source>
        <translation>Enter：打开通话面板 · Esc：关闭</translation>
    </message>
    <message>
        <source>C: call · D: done · S: skip · Z: snooze · N: note · T: task or reminder</source>
        <translation>C：拨打 · D：完成 · S：跳过 · Z：暂缓 · N：备注 · T：任务或提醒</translation>
    </message>
    <message>
        <source>M: open a message step&apos;s profile · P: power hour (calls one after another)</source>
        <translation>M：打开消息步骤对应的主页 · P：电话冲刺（连续拨打）</translation>
    </message>
    <message>
        <source>E: write an email (a cadence email step opens ready to review and send)</source>
        <translation>E：写邮件（序列的邮件步骤会打开，可直接审阅并发送）</translation>
    </message>
    <message>
        <source>In a call: %1</source>
        <translation>通话中：%1</translation>
    </message>
    <message>
        <source>?: show or hide these keys</source>
        <translation>?：显示或隐藏这些快捷键</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>今天没有待办</translation>
    </message>
    <message>
        <source>Your calls, emails and LinkedIn touches for the day appear here, ordered by priority and each prospect&apos;s local time, once a database is open.</source>
        <translation>打开数据库后，你当天要打的电话、要发的邮件和 LinkedIn 触达会显示在这里，按优先级和每位潜在客户的当地时间排序。</translation>
    </message>
    <message>
        <source>Reading today&apos;s queue…</source>
        <translation>正在读取今日队列…</translation>
    </message>
    <message>
        <source>Load today&apos;s queue</source>
        <translation>加载今日队列</translation>
    </message>
    <message>
        <source>Who are you? Pick yourself in the list above; this computer remembers it. A manager can look at any rep&apos;s day from the same list.</source>
        <translation>你是谁？请在上方列表中选择你自己；此电脑会记住。经理可以在同一列表中查看任何销售代表的当天任务。</translation>
    </message>
    <message>
        <source>%1 of %2 touches today</source>
        <translation>今日已触达 %1 / %2</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>你是谁？</translation>
    </message>
    <message>
        <source>Today shows one rep&apos;s queue: the calls, emails and touches due for the prospects they enrolled in a cadence. This database has no reps yet: add yourself (your name, address, time zone and country), then enroll prospects from the Lists page.</source>
        <translation>“今日”显示一位销售代表的队列：其加入序列的潜在客户到期的电话、邮件和触达。此数据库还没有销售代表：请先添加你自己（姓名、邮箱地址、时区和国家/地区），然后在“名单”页面将潜在客户加入序列。</translation>
    </message>
    <message>
        <source>Add me…</source>
        <translation>添加我…</translation>
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
        <translation>经理</translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation>选择你是谁…</translation>
    </message>
    <message>
        <source>Nothing due today. New steps appear here when they fall due; enroll prospects in a cadence to fill tomorrow&apos;s queue.</source>
        <translation>今天没有待办。新步骤到期时会出现在这里；把潜在客户加入序列，明天的队列就有内容了。</translation>
    </message>
    <message>
        <source>No program on this computer handles %1: links.</source>
        <translation>此电脑上没有能处理 %1: 链接的程序。</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Log the outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <source>Saving the outcome…</source>
        <translation>正在保存结果…</translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>public holiday: %1</source>
        <translation>法定节假日：%1</translation>
    </message>
    <message>
        <source>outside calling hours</source>
        <translation>不在可拨打时段</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>勿联系</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1（推测）</translation>
    </message>
    <message>
        <source>Callable now</source>
        <translation>现在可拨打</translation>
    </message>
    <message>
        <source>%1 · next: %2</source>
        <translation>%1 · 下次：%2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>前台/秘书拦截</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>已约会议</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <source>This item was already completed (perhaps on another computer).</source>
        <translation>此项已完成（可能是在另一台电脑上）。</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>此项已不存在。</translation>
    </message>
    <message>
        <source>That outcome is only for calls.</source>
        <translation>该结果仅适用于电话。</translation>
    </message>
    <message>
        <source>The phone number %1 cannot be dialled.</source>
        <translation>无法拨打电话号码 %1。</translation>
    </message>
    <message>
        <source>There is no number to dial.</source>
        <translation>没有可拨打的号码。</translation>
    </message>
    <message>
        <source>Calls cannot be placed with %1.</source>
        <translation>无法用 %1 拨打电话。</translation>
    </message>
</context>
<context>
    <name>UndoChange</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <extracomment>Rows listed in the conflict dialog before &quot;and N more&quot;.</extracomment>
        <translation>
            <numerusform>删除 %n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge of %n contact(s)</source>
        <translation>
            <numerusform>合并 %n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix of %n contact(s)</source>
        <translation>
            <numerusform>修正 %n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n contact(s)</source>
        <translation>
            <numerusform>编辑 %n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do not contact (%n contact(s))</source>
        <translation>
            <numerusform>勿联系（%n 个联系人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allow contact (%n contact(s))</source>
        <translation>
            <numerusform>允许联系（%n 个联系人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>不是重复项</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n contact(s)</source>
        <translation>
            <numerusform>导入 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>Pipeline stages change</source>
        <translation>管道阶段变更</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Hand-off accepted</source>
        <translation>移交已接受</translation>
    </message>
    <message>
        <source>Hand-off sent back</source>
        <translation>移交已退回</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Template edit</source>
        <translation>编辑模板</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Snippet edit</source>
        <translation>编辑片段</translation>
    </message>
    <message>
        <source>Delete snippet</source>
        <translation>删除片段</translation>
    </message>
    <message numerus="yes">
        <source>Enroll %n contact(s)</source>
        <translation>
            <numerusform>将 %n 个联系人加入序列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n cadence(s)</source>
        <translation>
            <numerusform>暂停 %n 个序列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume %n cadence(s)</source>
        <translation>
            <numerusform>恢复 %n 个序列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change of %n row(s)</source>
        <translation>
            <numerusform>修改 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo is not available: an undone change cannot be re-applied safely. Do the action again instead.</source>
        <translation>无法重做：已撤销的更改无法安全地重新应用。请重新执行该操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed after this fix. Undoing would overwrite somebody&apos;s edit.</source>
        <translation>
            <numerusform>此次修正之后有 %n 行被修改过。撤销将覆盖他人的编辑。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n row(s) restored.</source>
        <translation>
            <numerusform>已撤销：已恢复 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Do-not-contact entry</source>
        <translation>勿联系条目</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the rest leaves those rows as they are now and undoes everything else.</source>
        <translation>“撤销其余部分”会让这些行保持现状，并撤销其他所有更改。</translation>
    </message>
    <message>
        <source>Undo the rest</source>
        <translation>撤销其余部分</translation>
    </message>
    <message>
        <source>This change was undone already.</source>
        <translation>此更改已撤销过。</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Check:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Whole database</source>
        <translation>整个数据库</translation>
    </message>
    <message>
        <source>Validate now</source>
        <translation>立即校验</translation>
    </message>
    <message>
        <source>Check the contacts not yet checked with the current rules.</source>
        <translation>按当前规则检查尚未检查过的联系人。</translation>
    </message>
    <message>
        <source>Revalidate all</source>
        <translation>全部重新校验</translation>
    </message>
    <message>
        <source>Check every contact in scope again.</source>
        <translation>重新检查范围内的所有联系人。</translation>
    </message>
    <message>
        <source>Check mail domains (DNS)</source>
        <translation>检查邮件域名（DNS）</translation>
    </message>
    <message>
        <source>Ask DNS whether each email domain accepts mail. Needs the network; answers are cached. A lookup that cannot finish marks the address Unknown, never Invalid.</source>
        <translation>通过 DNS 查询每个邮箱域名是否接收邮件。需要联网；结果会缓存。无法完成的查询会将地址标为“未知”，绝不会标为“无效”。</translation>
    </message>
    <message>
        <source>Contacts with problems</source>
        <translation>有问题的联系人</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <source>Mark do-not-contact</source>
        <translation>标记为勿联系</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Apply to all with this reason…</source>
        <translation>应用于此原因的全部联系人…</translation>
    </message>
    <message>
        <source>Accept the suggestions</source>
        <translation>接受这些建议</translation>
    </message>
    <message>
        <source>Delete the contacts</source>
        <translation>删除这些联系人</translation>
    </message>
    <message>
        <source>Nothing to check yet</source>
        <translation>暂无可检查的内容</translation>
    </message>
    <message>
        <source>This page checks your contacts&apos; emails, phones, names and companies and fixes what it can in bulk. Add contacts on the Lists page first.</source>
        <translation>此页面检查联系人的邮箱、电话、姓名和公司，并批量修正能修正的问题。请先在“名单”页添加联系人。</translation>
    </message>
    <message>
        <source>Go to Lists</source>
        <translation>前往名单</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>名单：%1</translation>
    </message>
    <message>
        <source>Load lists</source>
        <translation>加载名单</translation>
    </message>
    <message>
        <source>Checking mail domains in DNS…</source>
        <translation>正在通过 DNS 检查邮件域名…</translation>
    </message>
    <message>
        <source>Validating contacts…</source>
        <translation>正在校验联系人…</translation>
    </message>
    <message>
        <source>Revalidating every contact…</source>
        <translation>正在重新校验所有联系人…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) checked</source>
        <translation>
            <numerusform>已检查 %n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed.</source>
        <translation>
            <numerusform>%n 个有变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>已停止。未做任何更改。</translation>
    </message>
    <message>
        <source>Check mail domains</source>
        <translation>检查邮件域名</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message numerus="yes">
        <source>Fix all %n contact(s) with this reason at once.</source>
        <translation>
            <numerusform>一次性修正此原因的全部 %n 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a reason on the left first.</source>
        <translation>请先在左侧选择一个原因。</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation>（滚动查看更多）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>显示 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ValidationFixes</name>
    <message numerus="yes">
        <source>%n suggestion(s) accepted.</source>
        <translation>
            <numerusform>已接受 %n 条建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked on the Validate page</source>
        <translation>在“校验”页面标记</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked do-not-contact.</source>
        <translation>
            <numerusform>已将 %n 个联系人标记为勿联系。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个联系人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the suggested correction for all %n contact(s) with this reason?</source>
        <translation>
            <numerusform>为此原因的全部 %n 个联系人接受建议的修正？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n contact(s) with this reason do-not-contact?</source>
        <translation>
            <numerusform>将此原因的全部 %n 个联系人标记为勿联系？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n contact(s) with this reason?</source>
        <translation>
            <numerusform>删除此原因的全部 %n 个联系人？</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to all with this reason</source>
        <translation>应用于此原因的全部联系人</translation>
    </message>
    <message>
        <source>This is one change: you can undo it afterwards.</source>
        <translation>这是一次性更改：之后可以撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n contact(s)</source>
        <translation>
            <numerusform>应用于 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n row(s) restored.</source>
        <translation>
            <numerusform>已撤销：已恢复 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationReasons</name>
    <message>
        <source>The field is empty.</source>
        <extracomment>The explanation of each reason code in the user&apos;s language. The English texts are ``app.core.validation.REASONS``&apos;s (the CLI prints those); one lambda per code keeps each text a literal for lupdate, translated when it is shown.</extracomment>
        <translation>该字段为空。</translation>
    </message>
    <message>
        <source>This is not an email address (no @, stray characters or spaces).</source>
        <translation>这不是电子邮件地址（缺少 @、含多余字符或空格）。</translation>
    </message>
    <message>
        <source>The part before the @ is quoted (&quot;john doe&quot;@…); few systems accept it.</source>
        <translation>@ 前的部分带引号（&quot;john doe&quot;@…）；很少有系统接受这种地址。</translation>
    </message>
    <message>
        <source>The address contains a comment in parentheses or folded white space.</source>
        <translation>地址中含有括号注释或折叠空白。</translation>
    </message>
    <message>
        <source>The address contains invisible control characters.</source>
        <translation>地址中含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>The part before the @ has characters or dots that are not allowed.</source>
        <translation>@ 前的部分含有不允许的字符或点。</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>@ 前的部分超过 64 个字符。</translation>
    </message>
    <message>
        <source>The number is too long for its country.</source>
        <translation>对其所属国家来说，号码过长。</translation>
    </message>
    <message>
        <source>The domain is an IP address, not a name.</source>
        <translation>域名是 IP 地址，而不是名称。</translation>
    </message>
    <message>
        <source>The domain has no dot (e.g. john@localhost).</source>
        <translation>域名中没有点（例如 john@localhost）。</translation>
    </message>
    <message>
        <source>The domain is not a valid host name.</source>
        <translation>域名不是有效的主机名。</translation>
    </message>
    <message>
        <source>The domain ends in a number, which is never a top-level domain.</source>
        <translation>域名以数字结尾，而顶级域名不会是数字。</translation>
    </message>
    <message>
        <source>The domain does not end in a known top-level domain.</source>
        <translation>域名不以已知的顶级域名结尾。</translation>
    </message>
    <message>
        <source>The domain is reserved for special use (.local, .test, .invalid…).</source>
        <translation>该域名保留作特殊用途（.local、.test、.invalid…）。</translation>
    </message>
    <message>
        <source>The domain does not exist or has neither an MX nor an A/AAAA record.</source>
        <translation>域名不存在，或既无 MX 记录也无 A/AAAA 记录。</translation>
    </message>
    <message>
        <source>The domain publishes a null MX: it states that it accepts no mail.</source>
        <translation>该域名发布了空 MX 记录：声明不接收邮件。</translation>
    </message>
    <message>
        <source>A role or shared mailbox (info@, sales@, noreply@…), not a person.</source>
        <translation>角色或共享邮箱（info@、sales@、noreply@…），不是具体的人。</translation>
    </message>
    <message>
        <source>A disposable / throwaway mail domain.</source>
        <translation>一次性（临时）邮箱域名。</translation>
    </message>
    <message>
        <source>The domain looks like a typo of a popular mail domain.</source>
        <translation>该域名疑似常用邮箱域名的拼写错误。</translation>
    </message>
    <message>
        <source>The part before the @ has non-ASCII letters; the sender must support SMTPUTF8.</source>
        <translation>@ 前的部分含有非 ASCII 字母；发件服务器必须支持 SMTPUTF8。</translation>
    </message>
    <message>
        <source>The DNS check timed out; deliverability is unknown.</source>
        <translation>DNS 检查超时；无法确定能否送达。</translation>
    </message>
    <message>
        <source>The DNS check failed (offline or no DNS server answered).</source>
        <translation>DNS 检查失败（离线或没有 DNS 服务器响应）。</translation>
    </message>
    <message>
        <source>A free mail provider (gmail.com, mail.ru, qq.com…): not a company address.</source>
        <translation>免费邮箱服务商（gmail.com、mail.ru、qq.com…）：不是公司邮箱地址。</translation>
    </message>
    <message>
        <source>The domain has no MX record; mail goes to its A/AAAA address.</source>
        <translation>该域名没有 MX 记录；邮件会投递到其 A/AAAA 地址。</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>这看起来不像电话号码。</translation>
    </message>
    <message>
        <source>A spreadsheet turned the number into scientific notation (4.15555E+09).</source>
        <translation>电子表格把号码变成了科学计数法（4.15555E+09）。</translation>
    </message>
    <message>
        <source>A placeholder such as 0000000 rather than a real number.</source>
        <translation>是 0000000 之类的占位号码，而不是真实号码。</translation>
    </message>
    <message>
        <source>The number has no + country code and the contact&apos;s country is unknown.</source>
        <translation>号码没有 + 国家代码，且联系人的国家未知。</translation>
    </message>
    <message>
        <source>The country calling code does not exist.</source>
        <translation>该国家/地区呼叫代码不存在。</translation>
    </message>
    <message>
        <source>The number is too short for its country.</source>
        <translation>对其所属国家来说，号码过短。</translation>
    </message>
    <message>
        <source>The number&apos;s length does not fit any number type of its country.</source>
        <translation>号码长度不符合其国家的任何号码类型。</translation>
    </message>
    <message>
        <source>The length is possible but the number is not in an assigned range.</source>
        <translation>长度可能正确，但号码不在已分配号段内。</translation>
    </message>
    <message>
        <source>No email address.</source>
        <translation>没有电子邮件地址。</translation>
    </message>
    <message>
        <source>The email address is invalid.</source>
        <translation>电子邮件地址无效。</translation>
    </message>
    <message>
        <source>The email address is risky.</source>
        <translation>电子邮件地址有风险。</translation>
    </message>
    <message>
        <source>The email address could not be verified.</source>
        <translation>无法验证电子邮件地址。</translation>
    </message>
    <message>
        <source>The email address is on a free mail provider, not the company&apos;s domain.</source>
        <translation>电子邮件地址属于免费邮箱服务商，而不是公司域名。</translation>
    </message>
    <message>
        <source>No phone number.</source>
        <translation>没有电话号码。</translation>
    </message>
    <message>
        <source>The phone number is invalid.</source>
        <translation>电话号码无效。</translation>
    </message>
    <message>
        <source>The phone number may not be assigned.</source>
        <translation>电话号码可能未分配。</translation>
    </message>
    <message>
        <source>No first name.</source>
        <translation>没有名字。</translation>
    </message>
    <message>
        <source>No last name.</source>
        <translation>没有姓氏。</translation>
    </message>
    <message>
        <source>No company.</source>
        <translation>没有公司。</translation>
    </message>
    <message>
        <source>No job title.</source>
        <translation>没有职位。</translation>
    </message>
</context>
<context>
    <name>ValidationStatus</name>
    <message>
        <source>Valid</source>
        <extracomment>Statuses in the order the summary and chart show them (&quot;unchecked&quot;: never validated). Colours readable as text on a light background and as bar fills.</extracomment>
        <translation>有效</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Not an address</source>
        <translation>不是地址</translation>
    </message>
    <message>
        <source>Quoted name part</source>
        <translation>用户名部分带引号</translation>
    </message>
    <message>
        <source>Comment in address</source>
        <translation>地址中含注释</translation>
    </message>
    <message>
        <source>Invisible characters</source>
        <translation>不可见字符</translation>
    </message>
    <message>
        <source>Bad characters before @</source>
        <translation>@ 前有非法字符</translation>
    </message>
    <message>
        <source>Name part too long</source>
        <translation>用户名部分过长</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>IP address as domain</source>
        <translation>以 IP 地址作域名</translation>
    </message>
    <message>
        <source>Domain without a dot</source>
        <translation>域名中没有点</translation>
    </message>
    <message>
        <source>Invalid domain</source>
        <translation>域名无效</translation>
    </message>
    <message>
        <source>Numeric top-level domain</source>
        <translation>数字顶级域名</translation>
    </message>
    <message>
        <source>Unknown top-level domain</source>
        <translation>未知顶级域名</translation>
    </message>
    <message>
        <source>Reserved domain</source>
        <translation>保留域名</translation>
    </message>
    <message>
        <source>No mail server</source>
        <translation>没有邮件服务器</translation>
    </message>
    <message>
        <source>Domain refuses mail</source>
        <translation>域名拒收邮件</translation>
    </message>
    <message>
        <source>Role mailbox (info@, sales@…)</source>
        <translation>角色邮箱（info@、sales@…）</translation>
    </message>
    <message>
        <source>Disposable domain</source>
        <translation>一次性邮箱域名</translation>
    </message>
    <message>
        <source>Probable typo</source>
        <translation>疑似拼写错误</translation>
    </message>
    <message>
        <source>Non-ASCII name part</source>
        <translation>用户名部分含非 ASCII 字符</translation>
    </message>
    <message>
        <source>DNS timed out</source>
        <translation>DNS 超时</translation>
    </message>
    <message>
        <source>DNS failed</source>
        <translation>DNS 查询失败</translation>
    </message>
    <message>
        <source>Free mail provider</source>
        <translation>免费邮箱服务商</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>没有 MX 记录</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <source>Mangled by a spreadsheet</source>
        <translation>被电子表格改坏</translation>
    </message>
    <message>
        <source>Placeholder number</source>
        <translation>占位号码</translation>
    </message>
    <message>
        <source>No country code</source>
        <translation>没有国家代码</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>未知国家代码</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>过短</translation>
    </message>
    <message>
        <source>Wrong length</source>
        <translation>长度不对</translation>
    </message>
    <message>
        <source>Not an assigned range</source>
        <translation>不在已分配号段</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>This value has not been validated yet.</source>
        <translation>此值尚未校验。</translation>
    </message>
</context>
<context>
    <name>ValidationSummaryView</name>
    <message>
        <source>Emails</source>
        <extracomment>The statuses with a tile (and a chart segment), in this order.</extracomment>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Missing fields</source>
        <translation>缺失字段</translation>
    </message>
    <message>
        <source>Avg. quality</source>
        <translation>平均质量</translation>
    </message>
    <message>
        <source>%1 share an email address, %2 share a phone number and last name.</source>
        <translation>%1 个共用邮箱地址，%2 个共用电话号码和姓氏。</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>No %1: %2</source>
        <translation>缺少%1：%2</translation>
    </message>
    <message>
        <source>Average data quality score of the checked contacts, 0–100.</source>
        <translation>已检查联系人的平均数据质量评分，0–100。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in scope</source>
        <translation>
            <numerusform>范围内 %n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked with the current rules — use Validate now</source>
        <translation>
            <numerusform>%n 个未按当前规则检查 — 请点击“立即校验”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebFormRulesBox</name>
    <message>
        <source>Web-form mails (from the IMAP account)</source>
        <translation>网页表单邮件（来自 IMAP 账户）</translation>
    </message>
    <message>
        <source>The IMAP folder form mails land in (none: off)</source>
        <translation>接收表单邮件的 IMAP 文件夹（无：关闭）</translation>
    </message>
    <message>
        <source>Sender contains</source>
        <translation>发件人包含</translation>
    </message>
    <message>
        <source>Subject contains</source>
        <translation>主题包含</translation>
    </message>
    <message>
        <source>Labels (Label = field; …)</source>
        <translation>标签（标签 = 字段; …）</translation>
    </message>
    <message>
        <source>Add form</source>
        <translation>添加表单</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Without rules every mail in the folder is read by the usual labels (Name, Email, Phone, Company, Message…). Fields: %1. Read mails move to the folder&apos;s “– done” sibling.</source>
        <translation>没有规则时，文件夹中的每封邮件都按常用标签读取（Name、Email、Phone、Company、Message…）。字段：%1。已读取的邮件会移到同级的“– done”文件夹。</translation>
    </message>
    <message>
        <source>Row %1: write the labels as Label = field; fields are %2.</source>
        <translation>第 %1 行：请按“标签 = 字段”格式填写标签；字段有 %2。</translation>
    </message>
</context>
<context>
    <name>WhenDialog</name>
    <message>
        <source>%1&apos;s local time (%2)</source>
        <extracomment>Call outcomes where a person answered: the power hour&apos;s connects.</extracomment>
        <translation>%1 的当地时间（%2）</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation>3 小时后</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>明天 9:00</translation>
    </message>
</context>
</TS>
