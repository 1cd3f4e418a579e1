<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>登记正式受理</source>
        <translation>Record formal acceptance</translation>
    </message>
    <message>
        <source>满足条件日期</source>
        <translation>Conditions met on</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
</context>
<context>
    <name>AssignPanel</name>
    <message>
        <source>分配企业（一户一位负责的客户经理，交接记录保留）</source>
        <translation>Assign firms (one responsible officer per firm; hand-overs are kept)</translation>
    </message>
    <message>
        <source>信用代码</source>
        <translation>Credit codes</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>名单文件</source>
        <translation>List file</translation>
    </message>
    <message>
        <source>一个或多个统一社会信用代码，用空格或逗号分开</source>
        <translation>One or more unified social credit codes, separated by spaces or commas</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>分配</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>给客户经理</source>
        <translation>To officer</translation>
    </message>
    <message>
        <source>选择分配名单</source>
        <translation>Choose the assignment list</translation>
    </message>
    <message>
        <source>名单文件 (*.xlsx *.xls *.csv)</source>
        <translation>List files (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>已把 %1 户分配给 %2（其中 %3 户换了负责人）。</source>
        <translation>Assigned %1 firms to %2 (%3 of them changed officer).</translation>
    </message>
    <message>
        <source>库中没有这些企业：%1。</source>
        <translation>These firms are not in the database: %1.</translation>
    </message>
    <message>
        <source>%1 的电脑尚未发来工作包：给他的第一个工作包只用支行密钥保护。</source>
        <translation>%1&apos;s laptop has not sent a package yet: the first package for them is protected by the branch secret only.</translation>
    </message>
    <message>
        <source>请在“同步 → 导出”中给他导出工作包。</source>
        <translation>Export a package for them in Sync → Export.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>备份保存在数据目录的 backups 文件夹中，与数据库一样加密。恢复前会先备份当前数据库。</source>
        <translation>Backups are kept in the backups folder of the data directory, encrypted like the database. The current database is backed up before any restore.</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>从所选备份恢复…</source>
        <translation>Restore from the selected backup…</translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>用备份 %1 替换当前数据库？
当前数据库会先备份，并另存一份原文件；此后的改动将以备份为准。</source>
        <translation>Replace the current database with backup %1?
The current database is backed up first and the original file is kept aside; from then on the backup is what counts.</translation>
    </message>
</context>
<context>
    <name>BatchPrinter</name>
    <message>
        <source>批量打印一企一档</source>
        <translation>Print dossiers in batch</translation>
    </message>
    <message>
        <source>当前列表中没有企业。</source>
        <translation>The list shows no firms.</translation>
    </message>
    <message>
        <source>当前列表超过 %1 家企业。请先用搜索和筛选缩小到 %1 家以内再批量打印。</source>
        <translation>The list holds more than %1 firms. Narrow it to %1 or fewer with the search and filters, then print.</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>创建支行（在协调人的电脑上，协调人汇总全支行的工作台帐）</source>
        <translation>Create the branch (on the coordinator&apos;s laptop: the coordinator compiles the branch&apos;s ledger)</translation>
    </message>
    <message>
        <source>创建支行</source>
        <translation>Create branch</translation>
    </message>
    <message>
        <source>支行名称</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <source>加入码（只显示这一次）</source>
        <translation>Join code (shown this once only)</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>请当面把加入码交给每位客户经理（抄写、U盘拷贝或用手机扫二维码），不要用邮件或群聊发送：有了它就能打开本支行的工作包。客户经理在其电脑的“设置 → 支行”中加入后，请他导出第一个工作包交给您。</source>
        <translation>Give the join code to each officer in person (write it down, copy it on a USB stick or scan the QR code with a phone); never send it by mail or group chat: whoever has it can open the branch&apos;s packages. Once an officer has joined in Settings → Branch on their laptop, ask them to export a first package and give it to you.</translation>
    </message>
    <message>
        <source>加入支行（在客户经理的电脑上）</source>
        <translation>Join the branch (on an officer&apos;s laptop)</translation>
    </message>
    <message>
        <source>协调人当面给的加入码（FLJ1-…）</source>
        <translation>The join code the coordinator gave you in person (FLJ1-…)</translation>
    </message>
    <message>
        <source>加入支行</source>
        <translation>Join branch</translation>
    </message>
    <message>
        <source>加入码</source>
        <translation>Join code</translation>
    </message>
    <message>
        <source>客户经理姓名</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <source>客户经理及其工作包</source>
        <translation>Officers and their packages</translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>负责企业</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>最近收到</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>所收工作包的日期</source>
        <translation>Date of the package received</translation>
    </message>
    <message>
        <source>最近发出</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>支行恢复码</source>
        <translation>Branch recovery code</translation>
    </message>
    <message>
        <source>恢复码默认隐藏</source>
        <translation>The recovery code is hidden</translation>
    </message>
    <message>
        <source>显示恢复码</source>
        <translation>Show recovery code</translation>
    </message>
    <message>
        <source>请抄下恢复码离线保管，与数据库恢复密钥分开放。协调人换电脑时，用备份和它恢复；有了它就是协调人。</source>
        <translation>Write the recovery code down and keep it offline, apart from the database recovery key. When the coordinator&apos;s laptop is replaced, the backup and this code bring it back; whoever has it is the coordinator.</translation>
    </message>
    <message>
        <source>协调人换了电脑：先从备份恢复数据库，再用支行恢复码恢复协调人</source>
        <translation>Coordinator&apos;s laptop replaced: restore the database from a backup first, then the coordinator with the branch recovery code</translation>
    </message>
    <message>
        <source>支行恢复码（FLR1-…）</source>
        <translation>Branch recovery code (FLR1-…)</translation>
    </message>
    <message>
        <source>恢复协调人</source>
        <translation>Recover coordinator</translation>
    </message>
    <message>
        <source>本机尚未加入支行。协调人的电脑创建支行；客户经理的电脑用协调人给的加入码加入。</source>
        <translation>This laptop is not in a branch yet. The coordinator&apos;s laptop creates the branch; an officer&apos;s laptop joins it with the join code the coordinator gives.</translation>
    </message>
    <message>
        <source>协调人</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>客户经理 %1</source>
        <translation>officer %1</translation>
    </message>
    <message>
        <source>支行：%1；本机：%2（设备 %3）</source>
        <translation>Branch: %1; this laptop: %2 (device %3)</translation>
    </message>
    <message>
        <source>。最近收到协调人的工作包：%1；最近发给协调人：%2</source>
        <translation>. Last package from the coordinator: %1; last sent to the coordinator: %2</translation>
    </message>
    <message>
        <source>本机已以客户经理“%1”加入支行“%2”，未作改动</source>
        <translation>This laptop already joined the branch “%2” as officer “%1”; nothing changed</translation>
    </message>
    <message>
        <source>已以客户经理“%1”加入支行“%2”。请在“同步 → 导出”中导出第一个工作包交给协调人。</source>
        <translation>Joined the branch “%2” as officer “%1”. Export a first package in Sync → Export and give it to the coordinator.</translation>
    </message>
    <message>
        <source>已恢复协调人身份（本机为新设备）。客户经理的加入码和工作包照常可用；请给每位客户经理导出新的工作包。</source>
        <translation>The coordinator is back (this laptop is a new device). The officers&apos; join codes and packages keep working; export a new package for each officer.</translation>
    </message>
</context>
<context>
    <name>ConditionsDialog</name>
    <message>
        <source>登记满足授信条件</source>
        <translation>Record conditions met</translation>
    </message>
    <message>
        <source>满足条件日期</source>
        <translation>Conditions met on</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation>This laptop&apos;s value</translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>对方操作人</source>
        <translation>Changed there by</translation>
    </message>
    <message>
        <source>取本机的值</source>
        <translation>Take this laptop&apos;s value</translation>
    </message>
    <message>
        <source>取对方的值</source>
        <translation>Take their value</translation>
    </message>
    <message>
        <source>选定的值写成一项新的修改，随下一个工作包传到其他电脑；另一个值保留在历史中。</source>
        <translation>The value picked is written as a new change and travels to the other laptops with the next package; the other value stays in the history.</translation>
    </message>
    <message>
        <source>请先在表中选择一项冲突</source>
        <translation>Select a conflict in the table first</translation>
    </message>
    <message>
        <source>已选定；另一个值保留在历史中</source>
        <translation>Picked; the other value stays in the history</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>记录授信</source>
        <translation>Record credit</translation>
    </message>
    <message>
        <source>年利率 %，可不填</source>
        <translation>Annual rate %, optional</translation>
    </message>
    <message>
        <source>不填</source>
        <translation>None</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>授信日期</source>
        <translation>Credit date</translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation>Amount (10k CNY)</translation>
    </message>
    <message>
        <source>担保方式</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>利率（%）</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Term</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>培育转化（待对接 → 已获首贷）</source>
        <translation>Conversion (to contact → first loan)</translation>
    </message>
    <message>
        <source>月度趋势</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>211时限：待办与逾期</source>
        <translation>211 deadlines: due and overdue</translation>
    </message>
    <message>
        <source>本周跟进</source>
        <translation>This week&apos;s follow-ups</translation>
    </message>
    <message>
        <source>目标 %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>未设目标</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>走访次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation>First loans</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>尚未导入名单</source>
        <translation>No list imported yet</translation>
    </message>
    <message>
        <source>上次导入名单：%1 天前</source>
        <translation>Last list import: %1 days ago</translation>
    </message>
    <message>
        <source>本月工作台帐应于 %1 前报送，还剩 %2 天</source>
        <translation>This month&apos;s ledger is due by %1: %2 days left</translation>
    </message>
    <message>
        <source>211时限：%1 项逾期，%2 项待办</source>
        <translation>211 deadlines: %1 overdue, %2 due</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>登记审批结果</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>登记融资需求</source>
        <translation>Register a financing demand</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>需求日期</source>
        <translation>Demand date</translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation>Amount (10k CNY)</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>DemandStepDialog</name>
    <message>
        <source>需求日期</source>
        <translation>Demand date</translation>
    </message>
    <message>
        <source>211时限</source>
        <translation>211 deadline</translation>
    </message>
</context>
<context>
    <name>DemandStepsPanel</name>
    <message>
        <source>反馈意向</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>满足授信条件</source>
        <translation>Conditions met</translation>
    </message>
    <message>
        <source>正式受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>审批结果/撤回</source>
        <translation>Decision / withdrawal</translation>
    </message>
    <message>
        <source>选择一条融资需求，登记其“211”各步骤</source>
        <translation>Select a financing demand to record its 211 steps</translation>
    </message>
    <message>
        <source>反馈意向（2个工作日）</source>
        <translation>Feedback (2 working days)</translation>
    </message>
    <message>
        <source>正式受理（1个工作日）</source>
        <translation>Acceptance (1 working day)</translation>
    </message>
    <message>
        <source>审批决定（受理后1个、条件满足后合计2个工作日）</source>
        <translation>Decision (1 working day after acceptance, 2 in all after the conditions are met)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>满足授信条件：%1</source>
        <translation>Conditions met: %1</translation>
    </message>
    <message>
        <source>结果：%1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>%1 已办理，%2</source>
        <translation>done %1, %2</translation>
    </message>
</context>
<context>
    <name>DossierPrinter</name>
    <message>
        <source>打印一企一档</source>
        <translation>Print the dossier</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>导出给区域（市场监管、人行等）</source>
        <translation>Export to the region (market regulator, PBoC, ...)</translation>
    </message>
    <message>
        <source>导出推荐名单(&amp;R)…</source>
        <translation>Export &amp;recommendations…</translation>
    </message>
    <message>
        <source>导出对接情况反馈(&amp;F)…</source>
        <translation>Export list &amp;feedback…</translation>
    </message>
    <message>
        <source>包含完整联系电话（默认脱敏）</source>
        <translation>Include full phone numbers (masked by default)</translation>
    </message>
    <message>
        <source>本行自主发现的企业，按名单格式，附来源渠道和对接状态</source>
        <translation>Firms the branch found itself, in the list layout, with source channel and contact status</translation>
    </message>
    <message>
        <source>名单(&amp;L)：</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>所选名单上的企业及其对接状态</source>
        <translation>The firms on the chosen list and their contact status</translation>
    </message>
    <message>
        <source>打开所在文件夹(&amp;O)</source>
        <translation>&amp;Open containing folder</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出推荐名单</source>
        <translation>Exporting recommendations</translation>
    </message>
    <message>
        <source>导出对接情况反馈</source>
        <translation>Exporting list feedback</translation>
    </message>
    <message>
        <source>已导出 %1 家企业：%2</source>
        <translation>Exported %1 firms: %2</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>给客户经理</source>
        <translation>To officer</translation>
    </message>
    <message>
        <source>导出工作包…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <source>给该客户经理的工作包：分配给他的企业及其档案、方案，以及他上次发来工作包以后的变化（新名单、重新分配、集中更正）。用U盘、共享文件夹或内网邮件交给他。</source>
        <translation>The package for this officer: the firms assigned to them with their dossiers and plans, and what changed since their last package (new list editions, reassignments, central corrections). Give it to them by USB stick, shared folder or intranet mail.</translation>
    </message>
    <message>
        <source>给协调人的工作包：本机记录的、协调人尚未确认收到的全部工作。每周、最迟在月末交给协调人。</source>
        <translation>The package for the coordinator: all the work recorded on this laptop that the coordinator has not acknowledged. Give it to the coordinator weekly, at the latest at the month&apos;s end.</translation>
    </message>
    <message>
        <source>导出工作包</source>
        <translation>Export package</translation>
    </message>
    <message>
        <source>工作包 (*.flpkg)</source>
        <translation>Work packages (*.flpkg)</translation>
    </message>
    <message>
        <source>协调人</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>已导出 %1（给%2）：%3 项变更，%4 户，附件 %5 个，%6 KB</source>
        <translation>Exported %1 (for %2): %3 changes, %4 firms, %5 attachments, %6 KB</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>登记反馈意向</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Feedback date</translation>
    </message>
</context>
<context>
    <name>FirmDetailPane</name>
    <message>
        <source>在左侧选择一家企业</source>
        <translation>Select a firm on the left</translation>
    </message>
    <message>
        <source>记录走访</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <source>登记需求</source>
        <translation>Register a demand</translation>
    </message>
    <message>
        <source>记录授信</source>
        <translation>Record credit</translation>
    </message>
    <message>
        <source>记录放款</source>
        <translation>Record a loan</translation>
    </message>
    <message>
        <source>调整阶段</source>
        <translation>Move the stage</translation>
    </message>
    <message>
        <source>打印档案</source>
        <translation>Print the dossier</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>档案完整度 %p%</source>
        <translation>Dossier complete %p%</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>参与人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>了解情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>需求日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation>Amount (10k CNY)</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>担保方式/首贷</source>
        <translation>Guarantee / first loan</translation>
    </message>
    <message>
        <source>融资需求（211时限）</source>
        <translation>Financing demands (211 deadlines)</translation>
    </message>
    <message>
        <source>授信与放款</source>
        <translation>Credit and loans</translation>
    </message>
    <message>
        <source>原阶段</source>
        <translation>From stage</translation>
    </message>
    <message>
        <source>新阶段</source>
        <translation>To stage</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>阶段变化</source>
        <translation>Stage changes</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>档案</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>一企一策</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>融资需求与授信</source>
        <translation>Demand and credit</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <source>已取消打印，没有生成文件</source>
        <translation>Printing cancelled; no file was written</translation>
    </message>
    <message>
        <source>阶段已从“%1”调整为“%2”</source>
        <translation>Stage moved from “%1” to “%2”</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>主体类型</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>法定代表人/经营者</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>注册资本（万元）</source>
        <translation>Capital (10k CNY)</translation>
    </message>
    <message>
        <source>基本户开户行</source>
        <translation>Basic account bank</translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>在名单</source>
        <translation>On list</translation>
    </message>
    <message>
        <source>主营业务</source>
        <translation>Main business</translation>
    </message>
    <message>
        <source>从业人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>年销售额（万元）</source>
        <translation>Annual sales (10k CNY)</translation>
    </message>
    <message>
        <source>年纳税额（万元）</source>
        <translation>Taxes paid (10k CNY)</translation>
    </message>
    <message>
        <source>社保缴纳人数</source>
        <translation>Social insurance headcount</translation>
    </message>
    <message>
        <source>征信有贷款记录</source>
        <translation>Loan on credit record</translation>
    </message>
    <message>
        <source>征信有贴现记录</source>
        <translation>Discount on credit record</translation>
    </message>
    <message>
        <source>抵质押物</source>
        <translation>Collateral</translation>
    </message>
    <message>
        <source>可提供的担保</source>
        <translation>Guarantee options</translation>
    </message>
    <message>
        <source>筛选条件</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>尚未制定培植方案</source>
        <translation>No cultivation plan yet</translation>
    </message>
    <message>
        <source>第 %1 版（共 %2 版）
诊断：%3
措施：%4
目标产品：%5&#x3000;目标金额（万元）：%6&#x3000;目标日期：%7</source>
        <translation>Version %1 (of %2)
Diagnosis: %3
Measures: %4
Target product: %5   Target amount (10k CNY): %6   Target date: %7</translation>
    </message>
    <message>
        <source>授信</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>放款</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>首贷</source>
        <translation>First loan</translation>
    </message>
</context>
<context>
    <name>FirmTableModel</name>
    <message>
        <source>企业名称</source>
        <translation>Firm name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>主体类型</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County</translation>
    </message>
    <message>
        <source>培育阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>211时限</source>
        <translation>211</translation>
    </message>
    <message>
        <source>在名单</source>
        <translation>On list</translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>注册资本（万元）</source>
        <translation>Capital (10k CNY)</translation>
    </message>
    <message>
        <source>211时限：%1 项逾期，%2 项待办</source>
        <translation>211 deadlines: %1 overdue, %2 due</translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>待办 %1</source>
        <translation>%1 due</translation>
    </message>
</context>
<context>
    <name>FirmsView</name>
    <message>
        <source>搜索：企业名称、信用代码、拼音首字母、法定代表人（Ctrl+F）</source>
        <translation>Search: name, credit code, pinyin initials, legal representative (Ctrl+F)</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>名单内外</source>
        <translation>On and off lists</translation>
    </message>
    <message>
        <source>在名单</source>
        <translation>On list</translation>
    </message>
    <message>
        <source>已出名单</source>
        <translation>Off list</translation>
    </message>
    <message>
        <source>只看我的</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <source>只看211逾期</source>
        <translation>Overdue (211) only</translation>
    </message>
    <message>
        <source>有融资需求的反馈、受理或审批已超过“211”时限仍未办理的企业</source>
        <translation>Firms with a financing demand whose feedback, acceptance or decision is past its 211 deadline</translation>
    </message>
    <message>
        <source>批量打印档案(&amp;P)…</source>
        <translation>&amp;Print dossiers…</translation>
    </message>
    <message>
        <source>把当前列表（搜索和筛选的结果）中企业的一企一档打印为一个 PDF</source>
        <translation>Print the dossiers of the firms in the list (search and filter results) into one PDF</translation>
    </message>
    <message>
        <source>正在搜索……</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>至少 %1 家企业，正在统计……</source>
        <translation>At least %1 firms, counting…</translation>
    </message>
    <message>
        <source>共 %1 家企业</source>
        <translation>%1 firms</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>完整</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>有缺口（尚未收到）</source>
        <translation>has a gap (still to come)</translation>
    </message>
    <message>
        <source>被改动过</source>
        <translation>was altered</translation>
    </message>
    <message>
        <source>%1 的审计链：%2 条，%3</source>
        <translation>%1&apos;s audit chain: %2 entries, %3</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <source>把国务院办公厅《关于××××年部分节假日安排的通知》的全文（连同标题）粘贴到这里，或打开保存的通知文件（.txt、.html），再点“解析”。</source>
        <translation>Paste the whole text of the State Council&apos;s notice 《关于××××年部分节假日安排的通知》 here (with its title), or open a saved copy (.txt, .html), then click “Read”.</translation>
    </message>
    <message>
        <source>打开通知文件…</source>
        <translation>Open notice file…</translation>
    </message>
    <message>
        <source>自动识别</source>
        <translation>From the text</translation>
    </message>
    <message>
        <source>通知所属的年份；粘贴的文字没有标题时再选定</source>
        <translation>The notice&apos;s year; choose it only when the pasted text has no title</translation>
    </message>
    <message>
        <source>解析</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>节日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Worked weekend days</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>现有日历</source>
        <translation>Calendar now</translation>
    </message>
    <message>
        <source>保存到日历</source>
        <translation>Save to calendar</translation>
    </message>
    <message>
        <source>通知全文</source>
        <translation>Notice text</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>日历已知的年份：%1</source>
        <translation>Years the calendar knows: %1</translation>
    </message>
    <message>
        <source>打开节假日安排通知</source>
        <translation>Open the holiday notice</translation>
    </message>
    <message>
        <source>通知（*.txt *.html *.htm）</source>
        <translation>Notices (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>粘贴的通知文字</source>
        <translation>pasted notice text</translation>
    </message>
    <message>
        <source>解析后，这里列出该年的放假日和调休上班日，请核对后保存。</source>
        <translation>Once read, the year&apos;s days off and worked weekend days are listed here; check them, then save.</translation>
    </message>
    <message>
        <source>%1 年节假日安排（%2）：放假 %3 天，调休上班 %4 天。请与通知核对。</source>
        <translation>Holiday arrangement %1 (%2): %3 days off, %4 worked weekend days. Check them against the notice.</translation>
    </message>
    <message>
        <source>内置日历</source>
        <translation>Built-in calendar</translation>
    </message>
    <message>
        <source>已导入的通知</source>
        <translation>Imported notice</translation>
    </message>
    <message>
        <source>日历中还没有 %1 年，保存后按此通知计算。</source>
        <translation>The calendar has no %1 yet; once saved, this notice is used.</translation>
    </message>
    <message>
        <source>通知与内置日历有 %1 天不同，保存后以通知为准：</source>
        <translation>The notice differs from the built-in calendar on %1 days; once saved, the notice applies:</translation>
    </message>
    <message>
        <source>通知与先前导入的通知有 %1 天不同，保存后以新通知为准：</source>
        <translation>The notice differs from the notice imported before on %1 days; once saved, the new notice applies:</translation>
    </message>
    <message>
        <source>通知与内置日历一致。</source>
        <translation>The notice agrees with the built-in calendar.</translation>
    </message>
    <message>
        <source>通知与先前导入的通知一致。</source>
        <translation>The notice agrees with the notice imported before.</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>已保存：%1 年按导入的通知计算。</source>
        <translation>Saved: %1 now follows the imported notice.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>历次导入</source>
        <translation>Past imports</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>名单</source>
        <translation>List</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>移出</source>
        <translation>Off list</translation>
    </message>
    <message>
        <source>无效</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>撤销所选批次</source>
        <translation>Undo selected batch</translation>
    </message>
    <message>
        <source>只能撤销一份名单最近的一次导入</source>
        <translation>Only the latest import of a list can be undone</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>In effect</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>选择工作包…</source>
        <translation>Choose packages…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>可一次选择多个工作包（例如本月各客户经理发来的），导入前先预览，不作改动。</source>
        <translation>Several packages can be chosen at once (say, this month&apos;s from every officer); they are previewed first, changing nothing.</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>已有</source>
        <translation>Already had</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation>This laptop&apos;s value</translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>两边都改过的字段（导入后在“冲突”中选择取哪个值）</source>
        <translation>Fields changed on both sides (after the import, pick a value in Conflicts)</translation>
    </message>
    <message>
        <source>选择工作包</source>
        <translation>Choose packages</translation>
    </message>
    <message>
        <source>工作包 (*.flpkg);;所有文件 (*)</source>
        <translation>Work packages (*.flpkg);;All files (*)</translation>
    </message>
    <message>
        <source>预览工作包</source>
        <translation>Previewing packages</translation>
    </message>
    <message>
        <source>导入工作包</source>
        <translation>Importing packages</translation>
    </message>
    <message>
        <source>已放弃，未作任何改动</source>
        <translation>Discarded; nothing changed</translation>
    </message>
    <message>
        <source>预览（未改动）：%1 个工作包可以导入。</source>
        <translation>Preview (nothing changed): %1 packages can be imported.</translation>
    </message>
    <message>
        <source>预览（未改动）：没有需要导入的内容。</source>
        <translation>Preview (nothing changed): nothing to import.</translation>
    </message>
    <message>
        <source>已导入 %1 个工作包。</source>
        <translation>Imported %1 packages.</translation>
    </message>
    <message>
        <source>其余已取消，未作改动。</source>
        <translation>The rest was cancelled, nothing changed.</translation>
    </message>
    <message>
        <source>协调人</source>
        <translation>coordinator</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>导入区域无贷户名单</source>
        <translation>Import a regional list of firms without loans</translation>
    </message>
    <message>
        <source>选择名单文件（.xlsx、.xls、.csv）</source>
        <translation>Choose a list file (.xlsx, .xls, .csv)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>名单名称（默认：文件的标题行）</source>
        <translation>List name (default: the file&apos;s title row)</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>客户经理的值</source>
        <translation>Officer&apos;s value</translation>
    </message>
    <message>
        <source>名单的值</source>
        <translation>List&apos;s value</translation>
    </message>
    <message>
        <source>采用名单值</source>
        <translation>Take list&apos;s value</translation>
    </message>
    <message>
        <source>全部冲突都采用名单值(&amp;A)</source>
        <translation>Take the list&apos;s value for &amp;all conflicts</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>名单会更新的字段（原值 → 名单值），以及不在这一版名单中、将移出本名单的企业（企业档案、走访记录都保留）</source>
        <translation>Fields the list will update (stored value → list value), and firms missing from this edition that will leave the list (their dossiers and visits are kept)</translation>
    </message>
    <message>
        <source>校验结果：无效的行不导入；无法识别的单元格留空，该行其余照常导入</source>
        <translation>Validation: invalid rows are not imported; unreadable cells are left empty and the rest of the row is imported</translation>
    </message>
    <message>
        <source>与手工修改不一致的字段（勾选则采用名单值）</source>
        <translation>Fields that differ from hand edits (tick to take the list&apos;s value)</translation>
    </message>
    <message>
        <source>撤销本次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>导入另一个文件</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <source>选择名单文件</source>
        <translation>Choose list file</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</translation>
    </message>
    <message>
        <source>读取表头</source>
        <translation>Reading the header</translation>
    </message>
    <message>
        <source>预览名单</source>
        <translation>Previewing list</translation>
    </message>
    <message>
        <source>名单“%1”：读取 %2 行；新增 %3 家，更新 %4 家，无变化 %5 家，移出名单 %6 家，重复 %7 行，无效 %8 行</source>
        <translation>List “%1”: %2 rows read; %3 new, %4 updated, %5 unchanged, %6 off the list, %7 duplicate rows, %8 invalid rows</translation>
    </message>
    <message>
        <source>整行不导入</source>
        <translation>Row not imported</translation>
    </message>
    <message>
        <source>该项留空</source>
        <translation>Cell left empty</translation>
    </message>
    <message>
        <source>变化（%1）</source>
        <translation>Changes (%1)</translation>
    </message>
    <message>
        <source>无效与警告（%1）</source>
        <translation>Invalid and warnings (%1)</translation>
    </message>
    <message>
        <source>冲突（%1）</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>移出本名单</source>
        <translation>Leaves this list</translation>
    </message>
    <message>
        <source>导入名单</source>
        <translation>Importing list</translation>
    </message>
    <message>
        <source>已导入名单“%1”：新增 %2 家，更新 %3 家，移出名单 %4 家，无效 %5 行未导入。</source>
        <translation>Imported list “%1”: %2 new, %3 updated, %4 off the list; %5 invalid rows not imported.</translation>
    </message>
    <message>
        <source>名单“%1”与上次导入相同，未做任何更改。</source>
        <translation>List “%1” is the same as last imported; nothing changed.</translation>
    </message>
    <message>
        <source>已撤销名单“%1”的导入批次 %2：删除 %3 家新增企业，恢复 %4 家。</source>
        <translation>Undid import batch %2 of list “%1”: %3 new firms deleted, %4 restored.</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>导出台帐…</source>
        <translation>Export the ledger…</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>对接时间</source>
        <translation>Contact date</translation>
    </message>
    <message>
        <source>对接银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>对接企业名称</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>是否授信</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>授信金额（万元）</source>
        <translation>Credit (10k CNY)</translation>
    </message>
    <message>
        <source>担保情况</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation>Main problems</translation>
    </message>
    <message>
        <source>新发放贷款（万元）</source>
        <translation>New loans (10k CNY)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>补填方法</source>
        <translation>How to fix</translation>
    </message>
    <message>
        <source>双击一行打开该企业</source>
        <translation>Double-click a row to open the firm</translation>
    </message>
    <message>
        <source>所选企业存在的主要问题（未授信填写）</source>
        <translation>Main problems of the selected firm (when not credited)</translation>
    </message>
    <message>
        <source>保存问题说明</source>
        <translation>Save the problem note</translation>
    </message>
    <message>
        <source>待补填的问题</source>
        <translation>To fill in</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>年度培植成效</source>
        <translation>Programme figures for the year</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%1 台帐：%2 户，%3 项待补填</source>
        <translation>Ledger %1: %2 firms, %3 items to fill in</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>名单内企业</source>
        <translation>Firms on lists</translation>
    </message>
    <message>
        <source>已走访对接</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>有融资需求</source>
        <translation>Has demand</translation>
    </message>
    <message>
        <source>已授信户数</source>
        <translation>Firms credited</translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation>First loans</translation>
    </message>
    <message>
        <source>首贷金额（万元）</source>
        <translation>First-loan amount (10k CNY)</translation>
    </message>
    <message>
        <source>211按时办结</source>
        <translation>211 met</translation>
    </message>
    <message>
        <source>211超时</source>
        <translation>211 missed</translation>
    </message>
    <message>
        <source>对接企业（目标）</source>
        <translation>Firms contacted (target)</translation>
    </message>
    <message>
        <source>首贷户数（目标）</source>
        <translation>First loans (target)</translation>
    </message>
    <message>
        <source>首贷金额（目标，万元）</source>
        <translation>First-loan amount (target, 10k CNY)</translation>
    </message>
    <message>
        <source>请先在台帐或问题列表中选择一家企业</source>
        <translation>Select a firm in the ledger or the problem list first</translation>
    </message>
    <message>
        <source>导出工作台帐</source>
        <translation>Export the work ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>台帐还有 %1 项未填，仍然导出吗？</source>
        <translation>The ledger still has %1 items to fill in. Export anyway?</translation>
    </message>
    <message>
        <source>已取消导出，没有写入文件</source>
        <translation>Export cancelled; no file was written</translation>
    </message>
    <message>
        <source>已导出 %1 户到 %2</source>
        <translation>Exported %1 firms to %2</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>记录放款</source>
        <translation>Record a loan</translation>
    </message>
    <message>
        <source>放款日期</source>
        <translation>Loan date</translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation>Amount (10k CNY)</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>首贷培育工作台</source>
        <translation>FirstLoan Desk</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>名单企业</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>To-do</translation>
    </message>
    <message>
        <source>台帐与报表</source>
        <translation>Ledger and figures</translation>
    </message>
    <message>
        <source>导入导出</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>数据库已从备份恢复。请重新启动首贷培育工作台以打开恢复后的数据。</source>
        <translation>The database was restored from the backup. Please start FirstLoan Desk again to open the restored data.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>工作表(&amp;W)：</source>
        <translation>&amp;Worksheet:</translation>
    </message>
    <message>
        <source>表头行(&amp;H)：</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>套用方案(&amp;P)：</source>
        <translation>Apply &amp;profile:</translation>
    </message>
    <message>
        <source>删除方案</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>方案名称，如：卫滨区市场监管局</source>
        <translation>Profile name, e.g. Weibin District Market Regulation Bureau</translation>
    </message>
    <message>
        <source>保存为方案(&amp;S)</source>
        <translation>&amp;Save as profile</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>已保存列对应方案“%1”。</source>
        <translation>Column mapping profile “%1” saved.</translation>
    </message>
    <message>
        <source>删除列对应方案“%1”？以后的文件不再按它识别。</source>
        <translation>Delete the column mapping profile “%1”? Later files will no longer be read with it.</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Worksheets: </translation>
    </message>
    <message>
        <source>已套用方案“%1”。</source>
        <translation>Profile “%1” applied.</translation>
    </message>
    <message>
        <source>按已保存的方案“%1”识别了各列。</source>
        <translation>Columns recognised with the saved profile “%1”.</translation>
    </message>
    <message>
        <source>已按常用表头识别各列；如有不对，请在下面更改。</source>
        <translation>Columns recognised from the usual headers; change any that are wrong below.</translation>
    </message>
    <message>
        <source>没有认出“统一社会信用代码”列：请在下面为代码列选择“统一社会信用代码”。</source>
        <translation>The credit code column was not recognised: choose “统一社会信用代码” (credit code) for it below.</translation>
    </message>
    <message>
        <source>（按表头自动识别）</source>
        <translation>(recognise from the headers)</translation>
    </message>
    <message>
        <source>%1（没有企业表格）</source>
        <translation>%1 (no firm table)</translation>
    </message>
    <message>
        <source>%1（表头在第 %2 行）</source>
        <translation>%1 (header on row %2)</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>（无表头）</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code (USCC)</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Firm name</translation>
    </message>
    <message>
        <source>法定代表人（负责人）</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>市场主体类型</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>注册资本</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>基本户开户行</source>
        <translation>Basic account bank</translation>
    </message>
    <message>
        <source>服务银行数</source>
        <translation>Banks serving</translation>
    </message>
    <message>
        <source>对接银行</source>
        <translation>Assigned bank</translation>
    </message>
    <message>
        <source>对接支行</source>
        <translation>Assigned branch</translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation>Assigned officer</translation>
    </message>
    <message>
        <source>已指定代码列；核对其他各列后点“预览”。</source>
        <translation>Code column chosen; check the other columns, then click “Preview”.</translation>
    </message>
</context>
<context>
    <name>MissingTab</name>
    <message>
        <source>客户经理</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>负责企业</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>最近收到</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>所收工作包的日期</source>
        <translation>Date of the package received</translation>
    </message>
    <message>
        <source>最近发出</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>%1 尚未收到：%2</source>
        <translation>%1 not yet received from: %2</translation>
    </message>
    <message>
        <source>%1 的工作包都已收到</source>
        <translation>All packages of %1 received</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已保存到 %1
现在打开吗？</source>
        <translation>Saved to %1
Open it now?</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>将在后续版本提供</source>
        <translation>Coming in a later version</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>默认与网点相同</source>
        <translation>Same as the branch if empty</translation>
    </message>
    <message>
        <source>客户经理姓名</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <source>所属银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>网点（支行）</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>用户资料</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>保存资料</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>更改语言后，重新启动程序生效。</source>
        <translation>A language change applies after restarting the app.</translation>
    </message>
    <message>
        <source>数据库密钥</source>
        <translation>Database key</translation>
    </message>
    <message>
        <source>⚠ 保护较弱：数据库密钥保存在数据目录中的密钥文件里（本机没有可用的系统钥匙串）。请妥善保管电脑并导出恢复密钥。</source>
        <translation>⚠ Weaker protection: the database key is kept in a key file in the data directory (no usable OS keyring). Keep the computer safe and export the recovery key.</translation>
    </message>
    <message>
        <source>数据库密钥保存在：%1</source>
        <translation>The database key is kept in: %1</translation>
    </message>
    <message>
        <source>恢复密钥默认隐藏</source>
        <translation>The recovery key is hidden</translation>
    </message>
    <message>
        <source>显示恢复密钥</source>
        <translation>Show recovery key</translation>
    </message>
    <message>
        <source>导出恢复密钥…</source>
        <translation>Export recovery key…</translation>
    </message>
    <message>
        <source>请将恢复密钥打印或抄写后离线保管；换电脑或系统钥匙串丢失时用它恢复数据。</source>
        <translation>Print or write down the recovery key and keep it offline; it restores access on a new computer or after the keyring is lost.</translation>
    </message>
    <message>
        <source>数据安全</source>
        <translation>Data safety</translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>每天首次启动、导入和升级前自动备份；也可随时手动备份或恢复。</source>
        <translation>Backed up automatically on the first start of each day and before imports and upgrades; back up or restore by hand at any time.</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>支行</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>导出恢复密钥</source>
        <translation>Export recovery key</translation>
    </message>
    <message>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>恢复密钥已导出到 %1</source>
        <translation>Recovery key exported to %1</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>调整阶段</source>
        <translation>Move the stage</translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>调整为</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>当前阶段不能手工调整</source>
        <translation>The current stage cannot be changed by hand</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>未收到</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>合并后的历史</source>
        <translation>Merged history</translation>
    </message>
    <message>
        <source>本机尚未加入支行。请在“设置 → 支行”中创建支行（协调人）或加入支行（客户经理）。</source>
        <translation>This laptop is not in a branch yet. Create the branch (coordinator) or join it (officer) in Settings → Branch.</translation>
    </message>
    <message>
        <source>协调人</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>客户经理 %1</source>
        <translation>officer %1</translation>
    </message>
    <message>
        <source>支行：%1；本机：%2；待处理冲突 %3 项</source>
        <translation>Branch: %1; this laptop: %2; open conflicts: %3</translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>What</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>只看我的</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <source>分配给我的企业的事项，以及工作台帐</source>
        <translation>Items of the firms assigned to me, and the ledger</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>双击一行打开该企业</source>
        <translation>Double-click a row to open the firm</translation>
    </message>
    <message>
        <source>⚠ 已逾期</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>共 %1 项，其中 %2 项已逾期</source>
        <translation>%1 items, %2 overdue</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>记录走访</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <source>需要回访</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>走访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>参与人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>了解情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>欢迎使用首贷培育工作台</source>
        <translation>Welcome to FirstLoan Desk</translation>
    </message>
    <message>
        <source>请先填写您的姓名、所属银行和网点。它们会写入工作台帐的填报单位和操作日志。</source>
        <translation>First enter your name, bank and branch. They go into the ledger&apos;s reporting unit and the audit log.</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>从哪里开始？</source>
        <translation>Where to start?</translation>
    </message>
    <message>
        <source>导入无贷户名单…</source>
        <translation>Import a no-loan list…</translation>
    </message>
    <message>
        <source>打开演示数据</source>
        <translation>Open the demo data</translation>
    </message>
    <message>
        <source>直接开始</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>演示数据是虚构的企业和走访记录，只能写入空数据库。</source>
        <translation>The demo data are fictional firms and visits; they can only fill an empty database.</translation>
    </message>
    <message>
        <source>正在生成演示数据</source>
        <translation>Creating the demo data</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>首贷培育工作台</source>
        <translation>FirstLoan Desk</translation>
    </message>
</context>
<context>
    <name>demand_steps</name>
    <message>
        <source>截止 %1（%2）</source>
        <translation>due %1 (%2)</translation>
    </message>
    <message>
        <source>（日历未知）</source>
        <translation> (calendar not known yet)</translation>
    </message>
    <message>
        <source>日历还没有 %1 年的节假日安排，标“日历未知”的时限暂按周一至周五推算；通知发布后请在“设置 → 节假日”导入。</source>
        <translation>The calendar does not have the %1 holiday arrangement yet: deadlines marked “calendar not known yet” are counted Monday to Friday for now; import the notice in Settings → Holidays once it is published.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>操作已取消，数据未作任何改动。</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>发生了意外错误（%1）。详情已记录到：
%2</source>
        <translation>An unexpected error occurred (%1). The details were logged to:
%2</translation>
    </message>
    <message>
        <source>首贷培育工作台</source>
        <translation>FirstLoan Desk</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>清明节</source>
        <translation>Qingming</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>待对接</source>
        <translation>To contact</translation>
    </message>
    <message>
        <source>已对接</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>有融资需求</source>
        <translation>Has demand</translation>
    </message>
    <message>
        <source>培植中</source>
        <translation>Cultivating</translation>
    </message>
    <message>
        <source>已授信</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>已获首贷</source>
        <translation>First loan</translation>
    </message>
    <message>
        <source>伙伴客户</source>
        <translation>Partner client</translation>
    </message>
    <message>
        <source>暂无需求</source>
        <translation>No demand</translation>
    </message>
    <message>
        <source>不符合条件</source>
        <translation>Ineligible</translation>
    </message>
    <message>
        <source>他行已获贷</source>
        <translation>Loan elsewhere</translation>
    </message>
    <message>
        <source>注销吊销</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>个体工商户</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <source>农民专业合作社</source>
        <translation>Farmers&apos; cooperative</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>反馈意向（2个工作日）</source>
        <translation>Feedback (2 working days)</translation>
    </message>
    <message>
        <source>正式受理（1个工作日）</source>
        <translation>Acceptance (1 working day)</translation>
    </message>
    <message>
        <source>审批决定（1个工作日）</source>
        <translation>Decision (1 working day)</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>按时完成</source>
        <translation>Met on time</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>Met late</translation>
    </message>
    <message>
        <source>名单内企业</source>
        <translation>Firms on lists</translation>
    </message>
    <message>
        <source>已走访对接</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation>First loans</translation>
    </message>
    <message>
        <source>首贷金额（万元）</source>
        <translation>First-loan amount (10k CNY)</translation>
    </message>
    <message>
        <source>环境变量 FIRSTLOAN_DB_KEY</source>
        <translation>the FIRSTLOAN_DB_KEY environment variable</translation>
    </message>
    <message>
        <source>系统钥匙串</source>
        <translation>the OS keyring</translation>
    </message>
    <message>
        <source>密钥文件（保护较弱）</source>
        <translation>a key file (weaker protection)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>211时限</source>
        <translation>211 deadline</translation>
    </message>
    <message>
        <source>培植任务</source>
        <translation>Plan task</translation>
    </message>
    <message>
        <source>走访回访</source>
        <translation>Visit follow-up</translation>
    </message>
    <message>
        <source>工作台帐</source>
        <translation>Work ledger</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation>Holiday calendar</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>首贷培育工作台</source>
        <translation>FirstLoan Desk</translation>
    </message>
    <message>
        <source>正在打开数据库……
每天第一次启动时会先备份数据；新版本第一次启动时会升级数据库结构，可能需要一些时间。</source>
        <translation>Opening the database…
The first start of each day backs the data up first, and the first start of a new version upgrades the database structure. This can take a while.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>企业信息</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>一企一档</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>融资需求</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>授信</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>放款</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>一企一策</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>方案任务</source>
        <translation>Plan task</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>合作银行</source>
        <translation>Bank relationship</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>台帐说明</source>
        <translation>Ledger note</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Firm name</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>注册资本</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <source>基本户开户行</source>
        <translation>Basic account bank</translation>
    </message>
    <message>
        <source>服务银行数</source>
        <translation>Banks serving</translation>
    </message>
    <message>
        <source>对接银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>对接支行</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>负责的客户经理</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>主营业务</source>
        <translation>Main business</translation>
    </message>
    <message>
        <source>员工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>年销售额</source>
        <translation>Annual sales</translation>
    </message>
    <message>
        <source>纳税额</source>
        <translation>Taxes paid</translation>
    </message>
    <message>
        <source>抵押物</source>
        <translation>Collateral</translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation>Main problem</translation>
    </message>
    <message>
        <source>审批结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>批准金额</source>
        <translation>Amount approved</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>户数目标</source>
        <translation>Firms target</translation>
    </message>
    <message>
        <source>首贷目标</source>
        <translation>First-loans target</translation>
    </message>
    <message>
        <source>金额目标</source>
        <translation>Amount target</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
</TS>
