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
    <name>ActivitiesView</name>
    <message>
        <source>全部月份</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>新增活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>作废活动…</source>
        <translation>Void activity…</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>参加企业</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>首贷专属产品</source>
        <translation>First-loan products</translation>
    </message>
    <message>
        <source>月度材料</source>
        <translation>Monthly materials</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>共 %1 场活动，覆盖企业 %2 户</source>
        <translation>%1 activities, %2 firms reached</translation>
    </message>
    <message>
        <source>作废活动</source>
        <translation>Void activity</translation>
    </message>
    <message>
        <source>作废原因（参加企业的对接记录一并作废）：</source>
        <translation>Reason for voiding (the firms&apos; contacts through it are voided too):</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>人民银行 / 金融局 / 本行 …</source>
        <translation>PBoC / finance bureau / our bank …</translation>
    </message>
    <message>
        <source>以逗号分隔</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>统一社会信用代码或企业名称，可用逗号分隔多家</source>
        <translation>Credit code or firm name; several separated by commas</translation>
    </message>
    <message>
        <source>添加企业</source>
        <translation>Add firms</translation>
    </message>
    <message>
        <source>导入签到表…</source>
        <translation>Read sign-in sheet…</translation>
    </message>
    <message>
        <source>移除所选企业</source>
        <translation>Remove selected firms</translation>
    </message>
    <message>
        <source>添加照片或文件…</source>
        <translation>Add photo or file…</translation>
    </message>
    <message>
        <source>修改已保存的活动时必填</source>
        <translation>Required when changing a saved activity</translation>
    </message>
    <message>
        <source>保存活动</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>参加企业</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>照片与附件</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>新增活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>活动 %1</source>
        <translation>Activity %1</translation>
    </message>
    <message>
        <source>选择签到表</source>
        <translation>Choose the sign-in sheet</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>签到表 %1 行，对上 %2 户企业</source>
        <translation>Sign-in sheet: %1 rows, %2 firms matched</translation>
    </message>
    <message>
        <source>选择照片或文件</source>
        <translation>Choose a photo or file</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
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
    <message>
        <source>备份保存在数据目录的 backups 文件夹中，与数据库一样加密；每份写完即校验。恢复前会先备份当前数据库。</source>
        <translation>Backups are kept in the backups folder of the data folder, encrypted like the database; each is checked as soon as it is written. The current database is backed up before a restore.</translation>
    </message>
    <message>
        <source>数据库自上次备份以来没有变化，未再备份；最新的备份是 %1。</source>
        <translation>Nothing changed since the last backup, so none was made; the newest backup is %1.</translation>
    </message>
</context>
<context>
    <name>BackupsTable</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>校验</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <source>修改服务银行</source>
        <translation>Correct serving bank</translation>
    </message>
    <message>
        <source>新增服务银行</source>
        <translation>Add serving bank</translation>
    </message>
    <message>
        <source>该行授信金额（万元），可不填</source>
        <translation>That bank&apos;s credit (万元), optional</translation>
    </message>
    <message>
        <source>银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>授信金额（万元）</source>
        <translation>Credit (万元)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
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
    <name>ChangesTab</name>
    <message>
        <source>变化</source>
        <translation>Change</translation>
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
        <source>上次导出</source>
        <translation>Last export</translation>
    </message>
    <message>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>本月（此口径）尚未导出过</source>
        <translation>This month has not been exported on this basis yet</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>与上次导出（%1 UTC）相比没有变化</source>
        <translation>No change since the last export (%1 UTC)</translation>
    </message>
    <message>
        <source>与上次导出（%1 UTC）相比：新增 %2 户，删除 %3 户，变更 %4 户</source>
        <translation>Since the last export (%1 UTC): %2 added, %3 removed, %4 changed</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>恢复默认列</source>
        <translation>Restore default columns</translation>
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
    <name>ContactDialog</name>
    <message>
        <source>修改联系人</source>
        <translation>Correct contact</translation>
    </message>
    <message>
        <source>新增联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>11 位手机号或带区号的固定电话</source>
        <translation>11-digit mobile or landline with area code</translation>
    </message>
    <message>
        <source>主要联系人</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
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
        <source>首贷专属产品</source>
        <translation>First-loan products</translation>
    </message>
    <message>
        <source>利率（%）</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>修改授信</source>
        <translation>Correct credit</translation>
    </message>
    <message>
        <source>授信银行</source>
        <translation>Bank granting it</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
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
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>项目以来</source>
        <translation>Programme to date</translation>
    </message>
    <message>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>本期培育转化</source>
        <translation>This period&apos;s conversion</translation>
    </message>
    <message>
        <source>近 12 个月</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation>Working the figures out…</translation>
    </message>
    <message>
        <source>%1&#x3000;·&#x3000;%2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>统计期：%1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>户</source>
        <translation>firms</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10k CNY</translation>
    </message>
    <message>
        <source>首贷认定待按项目口径重新计算（设置 → 项目）</source>
        <translation>First loans are to be judged again by the programme&apos;s rule (Settings → Programme)</translation>
    </message>
    <message>
        <source>已对接企业</source>
        <translation>Firms contacted</translation>
    </message>
    <message>
        <source>目标 %1 · 完成 %2</source>
        <translation>target %1 · %2 done</translation>
    </message>
    <message>
        <source>同比</source>
        <translation>YoY</translation>
    </message>
    <message>
        <source>环比</source>
        <translation>vs previous</translation>
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
    <message>
        <source>批准金额（万元）</source>
        <translation>Amount approved (万元)</translation>
    </message>
    <message>
        <source>不同意原因</source>
        <translation>Reason declined</translation>
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
    <name>DemandEditDialog</name>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>可以办理</source>
        <translation>Can be granted</translation>
    </message>
    <message>
        <source>暂不能办理</source>
        <translation>Cannot be granted yet</translation>
    </message>
    <message>
        <source>修改融资需求</source>
        <translation>Correct financing demand</translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>已满足</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>尚无结果</source>
        <translation>No decision yet</translation>
    </message>
    <message>
        <source>需求日期</source>
        <translation>Demand date</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation>Amount (万元)</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <source>初步意向</source>
        <translation>Preliminary intent</translation>
    </message>
    <message>
        <source>意向说明</source>
        <translation>About the intent</translation>
    </message>
    <message>
        <source>授信条件（每行一条）</source>
        <translation>Credit conditions (one a line)</translation>
    </message>
    <message>
        <source>满足条件日期</source>
        <translation>Conditions met on</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>结果日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>批准金额（万元）</source>
        <translation>Amount approved (万元)</translation>
    </message>
    <message>
        <source>不同意原因</source>
        <translation>Reason declined</translation>
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
    <message>
        <source>可以办理</source>
        <translation>Can be granted</translation>
    </message>
    <message>
        <source>暂不能办理</source>
        <translation>Cannot be granted yet</translation>
    </message>
    <message>
        <source>初步意向：%1</source>
        <translation>Preliminary intent: %1</translation>
    </message>
    <message>
        <source>授信条件：%1</source>
        <translation>Credit conditions: %1</translation>
    </message>
    <message>
        <source>批准金额：%1 万元</source>
        <translation>Amount approved: %1 万元</translation>
    </message>
    <message>
        <source>不同意原因：%1</source>
        <translation>Reason declined: %1</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>档案完整度 %p%</source>
        <translation>Dossier complete %p%</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>企业信息</source>
        <translation>The firm</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Firm name</translation>
    </message>
    <message>
        <source>经营地址</source>
        <translation>Business address</translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>网点</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>经营情况</source>
        <translation>Business</translation>
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
        <source>年销售收入（万元）</source>
        <translation>Annual sales (万元)</translation>
    </message>
    <message>
        <source>纳税额（万元）</source>
        <translation>Taxes paid (万元)</translation>
    </message>
    <message>
        <source>社保缴纳人数</source>
        <translation>Social insurance headcount</translation>
    </message>
    <message>
        <source>水电等替代数据</source>
        <translation>Utilities and other alternative data</translation>
    </message>
    <message>
        <source>抵押物情况</source>
        <translation>Collateral</translation>
    </message>
    <message>
        <source>可提供的担保方式</source>
        <translation>Guarantees the firm can offer</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>无</source>
        <translation>No</translation>
    </message>
    <message>
        <source>征信情况</source>
        <translation>Credit report</translation>
    </message>
    <message>
        <source>有无贷款记录</source>
        <translation>Loan on record</translation>
    </message>
    <message>
        <source>有无票据贴现记录</source>
        <translation>Bill discount on record</translation>
    </message>
    <message>
        <source>查询年限</source>
        <translation>Look-back years</translation>
    </message>
    <message>
        <source>查询日期</source>
        <translation>Query date</translation>
    </message>
    <message>
        <source>已查询</source>
        <translation>Queried</translation>
    </message>
    <message>
        <source>最近一笔贷款结清日期</source>
        <translation>Last loan settled on</translation>
    </message>
    <message>
        <source>有结清记录</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>五项筛选条件</source>
        <translation>The five screening criteria</translation>
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
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>政策标签</source>
        <translation>Policy tags</translation>
    </message>
    <message>
        <source>自定义标签，用逗号分隔</source>
        <translation>Own tags, separated by commas</translation>
    </message>
    <message>
        <source>待补充：%1</source>
        <translation>Still missing: %1</translation>
    </message>
    <message>
        <source>各项齐全</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>企业名称不能为空</source>
        <translation>The firm name cannot be empty</translation>
    </message>
</context>
<context>
    <name>DossierLists</name>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>主要联系人</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <source>新增联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>服务银行</source>
        <translation>Serving banks</translation>
    </message>
    <message>
        <source>银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>授信金额（万元）</source>
        <translation>Credit (万元)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>新增服务银行</source>
        <translation>Add serving bank</translation>
    </message>
    <message>
        <source>附件（可将文件拖到此处）</source>
        <translation>Attachments (drop files here)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>上传时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>附件另存为</source>
        <translation>Save a copy of the attachment</translation>
    </message>
</context>
<context>
    <name>DossierPrinter</name>
    <message>
        <source>打印一企一档</source>
        <translation>Print the dossier</translation>
    </message>
    <message>
        <source>打印一企一策</source>
        <translation>Print the cultivation plan</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>标记退出</source>
        <translation>Mark as exited</translation>
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
    <name>ExportsTab</name>
    <message>
        <source>导出时间（UTC）</source>
        <translation>Exported (UTC)</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>导出人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>累计</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>当月</source>
        <translation>This month&apos;s</translation>
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
    <message>
        <source>需企业落实的授信条件，每行一条</source>
        <translation>Credit conditions the firm must meet, one a line</translation>
    </message>
    <message>
        <source>初步意向</source>
        <translation>Preliminary intent</translation>
    </message>
    <message>
        <source>意向说明</source>
        <translation>About the intent</translation>
    </message>
    <message>
        <source>授信条件</source>
        <translation>Credit conditions</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>搜索：名称、信用代码、拼音首字母、法定代表人（Ctrl+F）</source>
        <translation>Search: name, credit code, pinyin initials, legal rep. (Ctrl+F)</translation>
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
        <source>211逾期</source>
        <translation>211 overdue</translation>
    </message>
    <message>
        <source>有融资需求的反馈、受理或审批已超过“211”时限仍未办理的企业</source>
        <translation>Firms with a financing demand whose feedback, acceptance or decision is past its 211 deadline</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>清除搜索和全部筛选，显示全部企业</source>
        <translation>Clear the search and every filter: show all firms</translation>
    </message>
    <message>
        <source>视图</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>常用视图：我的待对接、211 逾期……，或保存当前筛选</source>
        <translation>Saved views: my firms to contact, 211 overdue…, or save the current filters</translation>
    </message>
    <message>
        <source>全部企业</source>
        <translation>All firms</translation>
    </message>
    <message>
        <source>保存当前筛选为视图…</source>
        <translation>Save the current filters as a view…</translation>
    </message>
    <message>
        <source>删除视图</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>保存视图</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>视图名称：</source>
        <translation>View name:</translation>
    </message>
    <message>
        <source>删除视图“%1”？</source>
        <translation>Delete the view “%1”?</translation>
    </message>
</context>
<context>
    <name>FirmActions</name>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>记录走访…</source>
        <translation>Record visit…</translation>
    </message>
    <message>
        <source>登记需求…</source>
        <translation>Register demand…</translation>
    </message>
    <message>
        <source>打印档案…</source>
        <translation>Print dossier…</translation>
    </message>
    <message>
        <source>分配客户经理…</source>
        <translation>Assign officer…</translation>
    </message>
    <message>
        <source>设置县区…</source>
        <translation>Set county…</translation>
    </message>
    <message>
        <source>添加政策标签…</source>
        <translation>Add policy tag…</translation>
    </message>
    <message>
        <source>标记退出…</source>
        <translation>Mark as exited…</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>导出所选企业…</source>
        <translation>Export selected firms…</translation>
    </message>
    <message>
        <source>导出当前视图…</source>
        <translation>Export this view…</translation>
    </message>
    <message>
        <source>批量操作</source>
        <translation>Batch action</translation>
    </message>
    <message>
        <source>一次最多处理 %1 家企业，请用筛选缩小范围。</source>
        <translation>At most %1 firms at a time; narrow the list with the filters.</translation>
    </message>
    <message>
        <source>分配客户经理</source>
        <translation>Assign officer</translation>
    </message>
    <message>
        <source>客户经理：</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>把所选 %1 家企业分配给客户经理“%2”？</source>
        <translation>Assign the %1 selected firms to officer “%2”?</translation>
    </message>
    <message>
        <source>设置县区</source>
        <translation>Set county</translation>
    </message>
    <message>
        <source>县区：</source>
        <translation>County:</translation>
    </message>
    <message>
        <source>把所选 %1 家企业的县区设为“%2”？</source>
        <translation>Set the county of the %1 selected firms to “%2”?</translation>
    </message>
    <message>
        <source>添加政策标签</source>
        <translation>Add policy tag</translation>
    </message>
    <message>
        <source>政策标签：</source>
        <translation>Policy tag:</translation>
    </message>
    <message>
        <source>为所选 %1 家企业添加政策标签“%2”？</source>
        <translation>Add the policy tag “%2” to the %1 selected firms?</translation>
    </message>
    <message>
        <source>%1：已更改 %2 家企业</source>
        <translation>%1: %2 firms changed</translation>
    </message>
    <message>
        <source>打印档案</source>
        <translation>Print dossiers</translation>
    </message>
    <message>
        <source>一次最多打印 %1 家企业的档案。</source>
        <translation>At most %1 dossiers can be printed at a time.</translation>
    </message>
    <message>
        <source>导出当前视图</source>
        <translation>Export this view</translation>
    </message>
    <message>
        <source>企业列表-%1.xlsx</source>
        <translation>firms-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 %1 家企业：%2</source>
        <translation>Exported %1 firms: %2</translation>
    </message>
    <message>
        <source>已取消导出，没有写入文件</source>
        <translation>Export cancelled; no file was written</translation>
    </message>
</context>
<context>
    <name>FirmAddDialog</name>
    <message>
        <source>新增企业</source>
        <translation>Add firm</translation>
    </message>
    <message>
        <source>18 位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <source>按信用代码判断</source>
        <translation>As the code says</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Firm name</translation>
    </message>
    <message>
        <source>主体类型</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>经营地址</source>
        <translation>Business address</translation>
    </message>
    <message>
        <source>来源（五张清单）</source>
        <translation>Source (the five lists)</translation>
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
        <source>活动与尽职</source>
        <translation>Activities and diligence</translation>
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
        <source>资料</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>联系人·银行·附件</source>
        <translation>Contacts · banks · files</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>“%1”的档案或培植方案有未保存的修改。保存吗？</source>
        <translation>The dossier or plan of “%1” has changes not saved yet. Save them?</translation>
    </message>
</context>
<context>
    <name>FirmProgrammeTab</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10k CNY</translation>
    </message>
    <message>
        <source>登记预授信</source>
        <translation>Record pre-credit</translation>
    </message>
    <message>
        <source>作废预授信…</source>
        <translation>Void pre-credit…</translation>
    </message>
    <message>
        <source>标为本月典型案例…</source>
        <translation>Mark as this month&apos;s case…</translation>
    </message>
    <message>
        <source>打印尽职免责证明…</source>
        <translation>Print due-diligence evidence…</translation>
    </message>
    <message>
        <source>参加的活动（计为对接）</source>
        <translation>Activities taken part in (count as contacts)</translation>
    </message>
    <message>
        <source>预授信：%1 万元（%2），不计入授信</source>
        <translation>Pre-credit: %1 (10k CNY) on %2, not counted as credit</translation>
    </message>
    <message>
        <source>预授信：无</source>
        <translation>Pre-credit: none</translation>
    </message>
    <message>
        <source>作废预授信</source>
        <translation>Void pre-credit</translation>
    </message>
    <message>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <source>标为本月典型案例</source>
        <translation>Mark as this month&apos;s typical case</translation>
    </message>
    <message>
        <source>已标为本月典型案例，将列入月度材料</source>
        <translation>Marked as this month&apos;s typical case; it goes into the monthly materials</translation>
    </message>
    <message>
        <source>打印尽职免责证明材料</source>
        <translation>Print due-diligence evidence</translation>
    </message>
</context>
<context>
    <name>FirmTable</name>
    <message>
        <source>企业名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
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
        <source>客户经理</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>下一211时限</source>
        <translation>211 due</translation>
    </message>
    <message>
        <source>最近联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>完整度</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>主体类型</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>在名单</source>
        <translation>On list</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal rep.</translation>
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
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>预授信（万元）</source>
        <translation>Pre-credit (10k CNY)</translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <translation>Overdue %1</translation>
    </message>
</context>
<context>
    <name>FirmTableModel</name>
    <message>
        <source>211时限：%1 项逾期，%2 项待办</source>
        <translation>211 deadlines: %1 overdue, %2 due</translation>
    </message>
    <message>
        <source>按此列不能排序（逐页计算）</source>
        <translation>Cannot sort by this column (worked out page by page)</translation>
    </message>
</context>
<context>
    <name>FirmsView</name>
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
    <message>
        <source>新增企业(&amp;N)…</source>
        <translation>&amp;New firm…</translation>
    </message>
    <message>
        <source>登记本行自己发现的企业（五张清单）：Ctrl+N</source>
        <translation>Record a firm the branch found itself (the five lists): Ctrl+N</translation>
    </message>
    <message>
        <source>导出当前视图(&amp;E)…</source>
        <translation>&amp;Export this view…</translation>
    </message>
    <message>
        <source>把当前列表按显示的列和筛选导出为 Excel（Ctrl+E）</source>
        <translation>Export the list as shown (its filters and columns) to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>，已选 %1 家</source>
        <translation>, %1 selected</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>必填，例如：录入错误</source>
        <translation>Required, e.g. typing mistake</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for the correction</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>检查数据库</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>数据库完好：页面完整、外键一致，操作日志 %1 条，哈希链完整。</source>
        <translation>The database is sound: pages intact, foreign keys consistent, %1 audit entries with an intact hash chain.</translation>
    </message>
    <message>
        <source>发现 %1 个问题：</source>
        <translation>%1 problems found:</translation>
    </message>
    <message>
        <source>请用“备份与恢复”恢复最近一次完好的备份。</source>
        <translation>Use “Backups and restore” to restore the newest good backup.</translation>
    </message>
    <message>
        <source>工作台：年度成效、培育转化、211时限和本周跟进一览。</source>
        <translation>Dashboard: the year&apos;s results, the conversion funnel, 211 deadlines and this week&apos;s follow-ups at a glance.</translation>
    </message>
    <message>
        <source>名单企业：搜索、筛选和常用视图；右键单击企业可走访、登记需求、打印档案、分配客户经理；右键单击表头选择显示的列；可多选后批量操作，或导出当前视图。</source>
        <translation>Firms: search, filters and saved views; right-click a firm to record a visit, register a demand, print its dossier or assign an officer; right-click the header to choose the columns; select several firms for batch actions, or export the view.</translation>
    </message>
    <message>
        <source>待办：按期限排列的211时限、培植任务、回访和工作台帐，可直接办理。</source>
        <translation>To-do: 211 deadlines, plan tasks, follow-ups and the ledger by due date, each done in place.</translation>
    </message>
    <message>
        <source>台帐与报表：每月工作台帐（次月10日前报送）和年度培植成效。</source>
        <translation>Ledger &amp; reports: the monthly work ledger (due by the 10th of the next month) and the year&apos;s results.</translation>
    </message>
    <message>
        <source>导入导出：导入无贷户名单（也可把文件拖到窗口上），导出推荐名单和对接情况反馈。</source>
        <translation>Import / export: import a no-loan list (or drop the file on the window), export recommendations and contact feedback.</translation>
    </message>
    <message>
        <source>设置：用户资料、界面语言、数据库密钥和备份。</source>
        <translation>Settings: your profile, the language, the database key and backups.</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>首贷培育工作台 %1</source>
        <translation>FirstLoan Desk %1</translation>
    </message>
    <message>
        <source>为银行网点客户经理开展首贷培植、首贷户培育工作而设计。数据保存在本机的加密数据库中。</source>
        <translation>Made for bank branch officers running the first-loan cultivation programmes. The data stays in an encrypted database on this computer.</translation>
    </message>
    <message>
        <source>数据目录：%1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>关于首贷培育工作台</source>
        <translation>About FirstLoan Desk</translation>
    </message>
    <message>
        <source>错误日志</source>
        <translation>Error log</translation>
    </message>
    <message>
        <source>还没有错误记录。</source>
        <translation>No error has been logged.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>阶段变化（手工调整可修改或作废）</source>
        <translation>Stage changes (hand moves can be corrected or voided)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>原阶段</source>
        <translation>From</translation>
    </message>
    <message>
        <source>新阶段</source>
        <translation>To</translation>
    </message>
    <message>
        <source>原因类别</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
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
        <source>事项</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Laptop</translation>
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
    <message>
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>撤销名单“%1”的导入批次 %2：该批新增的 %3 家企业将被删除，更新的 %4 家企业恢复为导入前的值。撤销后不能一键恢复，需要重新导入该文件。确定吗？</source>
        <translation>Undo batch %2 of the list “%1”: the %3 firms it added are deleted and the %4 firms it updated get their earlier values back. This cannot be redone in one click: the file would have to be imported again. Go ahead?</translation>
    </message>
</context>
<context>
    <name>ImportSettings</name>
    <message>
        <source>导入名单</source>
        <translation>Importing lists</translation>
    </message>
    <message>
        <source>分配给我（用户资料中的客户经理）</source>
        <translation>Assign to me (the officer in the profile)</translation>
    </message>
    <message>
        <source>不分配</source>
        <translation>Assign to no one</translation>
    </message>
    <message>
        <source>分配给指定的客户经理</source>
        <translation>Assign to this officer</translation>
    </message>
    <message>
        <source>客户经理姓名</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>名单有“客户经理”列时，新导入的企业分配给该列的客户经理；没有时按这里的设置分配。</source>
        <translation>When a list has a 客户经理 (officer) column, its new firms are assigned to the officer it names; otherwise as set here.</translation>
    </message>
    <message>
        <source>请填写客户经理姓名</source>
        <translation>Fill in the officer&apos;s name</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
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
    <message>
        <source>保留的值</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>名单中被遮蔽（如 138****5678）、被截断或与已存值同首尾但更短的值不会替换已存的完整值；名单写的县区与信用代码的登记地不同时，采用名单的县区</source>
        <translation>A list value that is masked (such as 138****5678), cut off, or shorter than the stored value with the same ends never replaces the full stored value; where the list&apos;s county differs from the one the credit code was registered in, the list&apos;s county is used</translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>代码登记地：%1</source>
        <translation>Registered in: %1</translation>
    </message>
    <message>
        <source>保留原值（%1）</source>
        <translation>Kept (%1)</translation>
    </message>
</context>
<context>
    <name>IndexProgress</name>
    <message>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>下次启动或打开导入页面时继续</source>
        <translation>It goes on at the next start or when the import page opens</translation>
    </message>
    <message>
        <source>正在建立搜索索引（企业已可浏览，搜索暂用逐条查找）</source>
        <translation>Building the search index (the firms can be browsed already; searches look through them one by one meanwhile)</translation>
    </message>
    <message>
        <source>正在建立搜索索引…</source>
        <translation>Building the search index…</translation>
    </message>
    <message>
        <source>正在建立搜索索引：%1 / %2 家</source>
        <translation>Building the search index: %1 / %2 firms</translation>
    </message>
    <message>
        <source>搜索索引：%1 / %2 家</source>
        <translation>Search index: %1 / %2 firms</translation>
    </message>
</context>
<context>
    <name>LedgerFigures</name>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>同比</source>
        <translation>YoY</translation>
    </message>
    <message>
        <source>定义</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>对接户数</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation>First-loan firms</translation>
    </message>
    <message>
        <source>首贷金额（万元）</source>
        <translation>First-loan amount (10k CNY)</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>种子默认</source>
        <translation>Seed default</translation>
    </message>
    <message>
        <source>已设定</source>
        <translation>Entered</translation>
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
    <message>
        <source>默认为当前应报送的月份（每月 10 日前报送上月台帐）</source>
        <translation>The month due now (last month&apos;s ledger is due by the 10th)</translation>
    </message>
    <message>
        <source>当月</source>
        <translation>This month&apos;s</translation>
    </message>
    <message>
        <source>累计</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>当月：金额为本月发生额，各月相加等于全年；累计：截至月末的累计数</source>
        <translation>This month&apos;s: the month&apos;s own amounts, the months add up to the year; Cumulative: everything up to the month&apos;s end</translation>
    </message>
    <message>
        <source>填报单位：默认取用户资料，在此填写则仅用于本次台帐</source>
        <translation>Reporting unit: from the profile; what you type here is used for this ledger only</translation>
    </message>
    <message>
        <source>对接银行：默认取用户资料中的银行，在此填写则仅用于本次台帐</source>
        <translation>Bank: the profile&apos;s bank; what you type here is used for this ledger only</translation>
    </message>
    <message>
        <source>口径</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>台帐</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>待补填</source>
        <translation>To fill in</translation>
    </message>
    <message>
        <source>与上次导出相比</source>
        <translation>Since last export</translation>
    </message>
    <message>
        <source>导出记录</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>年度成效</source>
        <translation>Year&apos;s figures</translation>
    </message>
    <message>
        <source>填入所选企业</source>
        <translation>Fill in for the selected firm</translation>
    </message>
    <message>
        <source>待补填（%1）</source>
        <translation>To fill in (%1)</translation>
    </message>
    <message>
        <source>%1 台帐：%2 户，授信 %3 万元，新发放贷款 %4 万元；%5 项待补填</source>
        <translation>Ledger %1: %2 firms, credit %3 (10k CNY), new loans %4 (10k CNY); %5 items to fill in</translation>
    </message>
    <message>
        <source>期间：%1&#x3000;口径：%2</source>
        <translation>Period: %1 · Basis: %2</translation>
    </message>
    <message>
        <source>项目：%1&#x3000;首贷口径：%2</source>
        <translation>Programme: %1 · First loan: %2</translation>
    </message>
    <message>
        <source>填入所选 %1 户</source>
        <translation>Fill in for the %1 selected firms</translation>
    </message>
    <message>
        <source>请先在台帐中选择企业（可多选）</source>
        <translation>Select firms in the ledger first (several at once if you like)</translation>
    </message>
    <message>
        <source>请选择常见问题或填写问题说明</source>
        <translation>Pick a usual problem or type one</translation>
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
    <message>
        <source>首贷专属产品</source>
        <translation>First-loan products</translation>
    </message>
    <message>
        <source>修改放款</source>
        <translation>Correct loan</translation>
    </message>
    <message>
        <source>不关联授信</source>
        <translation>Not drawn on a credit</translation>
    </message>
    <message>
        <source>取授信期限</source>
        <translation>As the credit</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>年利率 %，不填取授信利率</source>
        <translation>Annual rate %, blank: the credit&apos;s</translation>
    </message>
    <message>
        <source>所用授信</source>
        <translation>Credit drawn on</translation>
    </message>
    <message>
        <source>担保方式</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>贷款种类</source>
        <translation>Loan kind</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>利率（%）</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>编号 %1 · %2 · %3 万元（%4）· 剩余 %5 万元</source>
        <translation>No. %1 · %2 · %3 万元 (%4) · %5 万元 left</translation>
    </message>
    <message>
        <source>（未关联授信）</source>
        <translation>(no credit)</translation>
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
        <source>活动与产品</source>
        <translation>Programme work</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>数据库已从备份恢复。请重新启动首贷培育工作台以打开恢复后的数据。</source>
        <translation>The database was restored from the backup. Please start FirstLoan Desk again to open the restored data.</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
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
    <name>MaterialsPanel</name>
    <message>
        <source>栏目</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>保存文字</source>
        <translation>Save texts</translation>
    </message>
    <message>
        <source>恢复系统草稿</source>
        <translation>Back to the drafts</translation>
    </message>
    <message>
        <source>导出月度材料…</source>
        <translation>Export materials…</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>宣传活动总结</source>
        <translation>Publicity summary</translation>
    </message>
    <message>
        <source>帮扶活动总结</source>
        <translation>Mentoring summary</translation>
    </message>
    <message>
        <source>经验做法</source>
        <translation>Good practice</translation>
    </message>
    <message>
        <source>创新产品与典型案例</source>
        <translation>New products and cases</translation>
    </message>
    <message>
        <source>宣传活动</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <source>帮扶活动</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>%1：%2 场（%3），覆盖企业 %4 户</source>
        <translation>%1: %2 (%3), %4 firms reached</translation>
    </message>
    <message>
        <source>创新产品</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>典型案例</source>
        <translation>Typical case</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>导出月度材料</source>
        <translation>Export the monthly materials</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx);;PDF 文件 (*.pdf)</source>
        <translation>Word documents (*.docx);;PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>清除搜索（在搜索框中）</source>
        <translation>Clear the search (in the search box)</translation>
    </message>
    <message>
        <source>打开所选企业</source>
        <translation>Open the selected firm</translation>
    </message>
    <message>
        <source>多选企业</source>
        <translation>Select several firms</translation>
    </message>
    <message>
        <source>Ctrl+单击 / Shift+单击</source>
        <translation>Ctrl+click / Shift+click</translation>
    </message>
    <message>
        <source>企业的操作菜单</source>
        <translation>A firm&apos;s actions</translation>
    </message>
    <message>
        <source>右键单击</source>
        <translation>Right-click</translation>
    </message>
    <message>
        <source>选择显示的列</source>
        <translation>Choose the columns</translation>
    </message>
    <message>
        <source>右键单击表头</source>
        <translation>Right-click the header</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>导入名单(&amp;I)…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>备份与恢复(&amp;B)…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>新建企业(&amp;N)…</source>
        <translation>&amp;New firm…</translation>
    </message>
    <message>
        <source>复制所选行(&amp;C)</source>
        <translation>&amp;Copy selected rows</translation>
    </message>
    <message>
        <source>查找企业(&amp;F)…</source>
        <translation>&amp;Find firm…</translation>
    </message>
    <message>
        <source>清除筛选(&amp;L)</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>分配客户经理(&amp;A)…</source>
        <translation>&amp;Assign officer…</translation>
    </message>
    <message>
        <source>设置县区(&amp;Y)…</source>
        <translation>Set count&amp;y…</translation>
    </message>
    <message>
        <source>添加政策标签(&amp;T)…</source>
        <translation>Add policy &amp;tag…</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>选择显示的列(&amp;O)…</source>
        <translation>C&amp;olumns…</translation>
    </message>
    <message>
        <source>界面语言(&amp;G)</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>检查数据库(&amp;C)…</source>
        <translation>&amp;Check database…</translation>
    </message>
    <message>
        <source>节假日(&amp;H)…</source>
        <translation>Public &amp;holidays…</translation>
    </message>
    <message>
        <source>项目设置(&amp;P)…</source>
        <translation>&amp;Programme settings…</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用说明(&amp;U)</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>快捷键(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>打开数据目录(&amp;D)</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <source>错误日志(&amp;L)</source>
        <translation>Error &amp;log</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>MissingTab</name>
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
        <source>在哪里填写</source>
        <translation>Where to fill it in</translation>
    </message>
    <message>
        <source>双击一行前往填写</source>
        <translation>Double-click a row to go where it is filled in</translation>
    </message>
    <message>
        <source>去填写</source>
        <translation>Go and fill in</translation>
    </message>
    <message>
        <source>打开企业档案</source>
        <translation>Open the firm&apos;s dossier</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>对接银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation>Main problem</translation>
    </message>
    <message>
        <source>上方“填报单位”，或 设置 → 用户资料</source>
        <translation>“Reporting unit” above, or Settings → Profile</translation>
    </message>
    <message>
        <source>上方“对接银行”，或 设置 → 用户资料</source>
        <translation>“Bank” above, or Settings → Profile</translation>
    </message>
    <message>
        <source>台帐页下方“存在的主要问题”（或该企业的一企一策诊断）</source>
        <translation>“Main problem” under the ledger tab (or the firm&apos;s plan diagnosis)</translation>
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
    <name>ModeChoice</name>
    <message>
        <source>完整新版名单：不在这份文件中的企业移出本名单</source>
        <translation>Full new edition: firms missing from this file leave the list</translation>
    </message>
    <message>
        <source>新增补充名单：只新增和更新企业，不移出任何企业</source>
        <translation>Supplement: only adds and updates firms, takes none off the list</translation>
    </message>
    <message>
        <source>这份文件看起来是新增补充名单（%1 家企业，本名单现有 %2 家，或标题含“新增/补充”），已选“新增补充名单”。如果它是完整的新版名单，请改选上面的第一项。</source>
        <translation>This file looks like a supplement (%1 firms against the list&apos;s %2, or a title with 新增/补充), so “Supplement” is selected. If it is a full new edition of the list, choose the first option above.</translation>
    </message>
    <message>
        <source>这份文件看起来是新增补充名单（%1 家企业，本名单现有 %2 家，或标题含“新增/补充”）。现按完整新版名单预览：不在文件中的企业将移出本名单。</source>
        <translation>This file looks like a supplement (%1 firms against the list&apos;s %2, or a title with 新增/补充). It is previewed as a full new edition: firms missing from the file leave the list.</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <source>融资需求（211时限）</source>
        <translation>Financing demands (211 deadlines)</translation>
    </message>
    <message>
        <source>需求日期</source>
        <translation>Demand date</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation>Amount (万元)</translation>
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
        <translation>Decision</translation>
    </message>
    <message>
        <source>授信</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>担保方式</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>期限（月）</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <source>放款</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>所用授信</source>
        <translation>Credit drawn on</translation>
    </message>
    <message>
        <source>首贷</source>
        <translation>First loan</translation>
    </message>
    <message>
        <source>待核实</source>
        <translation>Unverified</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>常见问题…</source>
        <translation>Usual problems…</translation>
    </message>
    <message>
        <source>存在的主要问题（未授信填写）：选常见问题或自由填写</source>
        <translation>Main problem (when not credited): pick a usual one or type</translation>
    </message>
    <message>
        <source>填入所选企业</source>
        <translation>Fill in for the selected firm</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>保存备注</source>
        <translation>Save the remark</translation>
    </message>
    <message>
        <source>更正原因（修改已填写的内容时）</source>
        <translation>Reason for the correction (when changing what was filled in)</translation>
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
    <name>PlanEditor</name>
    <message>
        <source>设定</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>取消修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>打印方案</source>
        <translation>Print the plan</translation>
    </message>
    <message>
        <source>补充说明</source>
        <translation>In words</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>问题诊断</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>培植措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>方案日期与目标</source>
        <translation>Date and targets</translation>
    </message>
    <message>
        <source>新版本日期</source>
        <translation>Date of the new version</translation>
    </message>
    <message>
        <source>目标产品</source>
        <translation>Target product</translation>
    </message>
    <message>
        <source>目标金额（万元）</source>
        <translation>Target amount (万元)</translation>
    </message>
    <message>
        <source>目标日期</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>第 %1 版（%2）</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>，当前</source>
        <translation>, current</translation>
    </message>
    <message>
        <source>尚未制定方案</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <source>与上一版相比：%1</source>
        <translation>Since the previous version: %1</translation>
    </message>
    <message>
        <source>填写诊断、措施和任务后保存，即为第 1 版方案。</source>
        <translation>Fill in the diagnosis, measures and tasks and save: that is version 1 of the plan.</translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <source>产品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>利率区间</source>
        <translation>Rate range</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>担保方式</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <source>是否信用</source>
        <translation>Unsecured</translation>
    </message>
    <message>
        <source>适用对象</source>
        <translation>For</translation>
    </message>
    <message>
        <source>最高额度</source>
        <translation>Largest amount</translation>
    </message>
    <message>
        <source>列为当月创新产品</source>
        <translation>New product of that month</translation>
    </message>
    <message>
        <source>推出当月的月度材料列为创新产品</source>
        <translation>Listed as a new product in the materials of the month it was launched</translation>
    </message>
    <message>
        <source>修改或作废时必填</source>
        <translation>Required to change or void</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>保存产品</source>
        <translation>Save product</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>打印授信清单…</source>
        <translation>Print the product list…</translation>
    </message>
    <message>
        <source>准入条件</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>从</source>
        <translation>from</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>年利率区间（%）</source>
        <translation>Annual rate range (%)</translation>
    </message>
    <message>
        <source>期限（月）</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <source>最高额度（万元）</source>
        <translation>Largest amount (10k CNY)</translation>
    </message>
    <message>
        <source>推出日期</source>
        <translation>Launched on</translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>本行首贷专属产品目录（“是否信用”按担保方式含“信用”判断）</source>
        <translation>Our first-loan products (unsecured when “credit” is among the guarantees)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>打印首贷专属产品授信清单</source>
        <translation>Print the first-loan product list</translation>
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
    <message>
        <source>工作台帐的“填报单位”</source>
        <translation>The ledger&apos;s “reporting unit”</translation>
    </message>
    <message>
        <source>工作台帐的“对接银行”</source>
        <translation>The ledger&apos;s “bank”</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <source>按用户资料判断</source>
        <translation>From the profile</translation>
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
        <source>未设</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source> 万元</source>
        <translation> (10k CNY)</translation>
    </message>
    <message>
        <source>可调整的设置</source>
        <translation>Settings you may change</translation>
    </message>
    <message>
        <source>征信回溯年数（近 N 年内无贷款）</source>
        <translation>Credit report look-back (no loan in N years)</translation>
    </message>
    <message>
        <source>首贷率目标：确保 / 力争</source>
        <translation>First-loan rate: floor / goal</translation>
    </message>
    <message>
        <source>本行为驻新银行机构（补贴）</source>
        <translation>Our bank is in Xinxiang (subsidy)</translation>
    </message>
    <message>
        <source>项目期内目标：首贷户数 / 金额</source>
        <translation>Programme target: first loans / amount</translation>
    </message>
    <message>
        <source>保存项目口径</source>
        <translation>Save the programme</translation>
    </message>
    <message>
        <source>项目口径</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>自定义口径</source>
        <translation>Custom rules</translation>
    </message>
    <message>
        <source>征信从未有过贷款或票据贴现记录</source>
        <translation>Never a loan or bill discount on the credit report</translation>
    </message>
    <message>
        <source>首次获得贷款（征信无贷款记录）</source>
        <translation>First loan ever (no loan on the credit report)</translation>
    </message>
    <message>
        <source>征信近 N 年内无贷款记录</source>
        <translation>No loan on the credit report in the last N years</translation>
    </message>
    <message>
        <source>计为首贷</source>
        <translation>Counts as the first loan</translation>
    </message>
    <message>
        <source>不计为首贷，其后也不算</source>
        <translation>Not a first loan, and none after it</translation>
    </message>
    <message>
        <source>不视为贷款</source>
        <translation>Not a loan</translation>
    </message>
    <message>
        <source>仅个体工商户</source>
        <translation>Individual businesses only</translation>
    </message>
    <message>
        <source>含小微企业主</source>
        <translation>Also small-firm owners</translation>
    </message>
    <message>
        <source>不报送</source>
        <translation>None</translation>
    </message>
    <message>
        <source>名单每半年更新，提醒导入</source>
        <translation>The list is renewed every half year: remind to import it</translation>
    </message>
    <message>
        <source>征信认定</source>
        <translation>Credit report test</translation>
    </message>
    <message>
        <source>票据贴现</source>
        <translation>Bill discounts</translation>
    </message>
    <message>
        <source>个人经营性贷款</source>
        <translation>Personal business loans</translation>
    </message>
    <message>
        <source>季后报送天数</source>
        <translation>Days to report a quarter</translation>
    </message>
    <message>
        <source>项目开始日期</source>
        <translation>Programme start</translation>
    </message>
    <message>
        <source>至今</source>
        <translation>to date</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>首贷口径</source>
        <translation>First loan</translation>
    </message>
    <message>
        <source>项目期间</source>
        <translation>Programme period</translation>
    </message>
    <message>
        <source>月度台帐</source>
        <translation>Monthly ledger</translation>
    </message>
    <message>
        <source>次月 %1 日前报送</source>
        <translation>By the %1th of the next month</translation>
    </message>
    <message>
        <source>季度报送</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <source>季后 %1 日内</source>
        <translation>Within %1 days after the quarter</translation>
    </message>
    <message>
        <source>名单更新</source>
        <translation>List update</translation>
    </message>
    <message>
        <source>每半年一次（提醒导入）</source>
        <translation>Every half year (reminder to import)</translation>
    </message>
    <message>
        <source>首贷费用补贴</source>
        <translation>First-loan subsidy</translation>
    </message>
    <message>
        <source>种子未设首贷目标</source>
        <translation>The seed sets no first-loan target</translation>
    </message>
    <message>
        <source>种子 %1（原文）</source>
        <translation>Seed %1 (original text)</translation>
    </message>
    <message>
        <source>默认目标</source>
        <translation>Default targets</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>驻%1银行机构，%2；后续年度另行研究制定</source>
        <translation>Banks in %1, %2; later years to be set</translation>
    </message>
    <message>
        <source>培植 %1 户</source>
        <translation>%1 firms cultivated</translation>
    </message>
    <message>
        <source>首贷 %1 户</source>
        <translation>%1 first loans</translation>
    </message>
    <message>
        <source>金额 %1 万元</source>
        <translation>%1 (10k CNY)</translation>
    </message>
    <message>
        <source>每个县（市）</source>
        <translation>Each county</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>项目期内</source>
        <translation>over the programme</translation>
    </message>
    <message>
        <source>每年</source>
        <translation>each year</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1（%2）：%3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已保存；按新口径重新认定 %1 户的首贷，%2 笔认定有变化</source>
        <translation>Saved; first loans of %1 firms judged again, %2 verdicts changed</translation>
    </message>
    <message>
        <source>已取消，项目口径未改变</source>
        <translation>Cancelled: the programme is unchanged</translation>
    </message>
    <message>
        <source>按项目口径重新认定首贷</source>
        <translation>Judging first loans by the programme&apos;s rule</translation>
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
    <name>RecordList</name>
    <message>
        <source>修改</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
</context>
<context>
    <name>RecordsTableModel</name>
    <message>
        <source>已作废：%1</source>
        <translation>Voided: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>数据库需要恢复</source>
        <translation>The database needs restoring</translation>
    </message>
    <message>
        <source>请选择一份备份恢复（推荐：最新的“已校验”备份），或确认从空数据库重新开始。</source>
        <translation>Choose a backup to restore (best: the newest “verified” one), or confirm starting again with an empty database.</translation>
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
        <source>新建空数据库…</source>
        <translation>Start a new, empty database…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>用备份 %1 恢复数据库？现有的数据库文件（如有）会另存，不会删除。</source>
        <translation>Restore the database from the backup %1? The present database file (if any) is kept aside, never deleted.</translation>
    </message>
    <message>
        <source>从空数据库重新开始？
旧密钥和旧数据库文件会另存，不会删除；备份仍可用旧密钥恢复。只有确实没有可用的备份时才这样做。</source>
        <translation>Start again with an empty database?
The old key and the old database files are kept aside, never deleted; the backups can still be restored with the old key. Do this only when no backup can be used.</translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>打印受理回告单…</source>
        <translation>Print the reply…</translation>
    </message>
    <message>
        <source>打印受理回告单</source>
        <translation>Print the reply to the firm</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>我的待对接</source>
        <translation>My firms to contact</translation>
    </message>
    <message>
        <source>211 逾期</source>
        <translation>211 overdue</translation>
    </message>
    <message>
        <source>我的培植中</source>
        <translation>My firms in cultivation</translation>
    </message>
</context>
<context>
    <name>SelectionPrinter</name>
    <message>
        <source>一企一档-%1户.pdf</source>
        <translation>dossiers-%1-firms.pdf</translation>
    </message>
    <message>
        <source>打印所选企业的一企一档</source>
        <translation>Print the selected firms&apos; dossiers</translation>
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
    <message>
        <source>目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>选择后立即生效。</source>
        <translation>Applies at once.</translation>
    </message>
    <message>
        <source>导入名单</source>
        <translation>Importing lists</translation>
    </message>
    <message>
        <source>支行</source>
        <translation>Branch</translation>
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
    <message>
        <source>%1 放款 %2 万元</source>
        <translation>%1 loan of %2 万元</translation>
    </message>
    <message>
        <source>（首贷）</source>
        <translation> (first loan)</translation>
    </message>
    <message>
        <source>首贷放款</source>
        <translation>First loan</translation>
    </message>
    <message>
        <source>获得贷款的他行</source>
        <translation>Other bank that lent</translation>
    </message>
    <message>
        <source>将企业转为“%1”后，它不再出现在待办和在培企业中，只能由客户经理手工重新启动。确定吗？</source>
        <translation>Moved to “%1”, the firm leaves the to-do list and the firms in cultivation, and only an officer can restart it by hand. Go ahead?</translation>
    </message>
</context>
<context>
    <name>StageEditDialog</name>
    <message>
        <source>修改手工调整</source>
        <translation>Correct hand move</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>Reason for the move</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>加密数据库：%1（%2 MB）</source>
        <translation>Encrypted database: %1 (%2 MB)</translation>
    </message>
    <message>
        <source>未设置客户经理</source>
        <translation>No officer set</translation>
    </message>
    <message>
        <source>客户经理：%1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>%1 年度首贷培植</source>
        <translation>First-loan programme %1</translation>
    </message>
    <message>
        <source>年度目标与成效见“台帐与报表”</source>
        <translation>The year&apos;s targets and results are under “Ledger &amp; reports”</translation>
    </message>
    <message>
        <source>⚠ 节假日：缺 %1 年</source>
        <translation>⚠ Holidays: %1 missing</translation>
    </message>
    <message>
        <source>不知道 %1 年的法定节假日和调休，“211”时限按周末计算；请在 calendar.json 中补充</source>
        <translation>The public holidays of %1 are not known; 211 deadlines count only weekends. Add them to calendar.json</translation>
    </message>
    <message>
        <source>节假日：%1 年</source>
        <translation>Holidays: %1</translation>
    </message>
    <message>
        <source>%1 年的节假日尚未公布或未载入</source>
        <translation>The holidays of %1 are not announced or not loaded yet</translation>
    </message>
    <message>
        <source>节假日：%1–%2 年</source>
        <translation>Holidays: %1–%2</translation>
    </message>
    <message>
        <source>待办 %1 项</source>
        <translation>To-do: %1</translation>
    </message>
    <message>
        <source>（%1 项逾期）</source>
        <translation> (%1 overdue)</translation>
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
    <name>TargetDialog</name>
    <message>
        <source>修改目标</source>
        <translation>Correct target</translation>
    </message>
    <message>
        <source>新增目标</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>目标范围</source>
        <translation>For</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>培植户数</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation>First loans</translation>
    </message>
    <message>
        <source>首贷金额（万元）</source>
        <translation>First-loan amount (万元)</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>网点</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation>Officer</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>工作目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>新增目标</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>For</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>培植户数</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation>First loans</translation>
    </message>
    <message>
        <source>首贷金额（万元）</source>
        <translation>First-loan amount (万元)</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <source>银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>网点</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation>Officer</translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <source>完成培植任务</source>
        <translation>Cultivation task done</translation>
    </message>
    <message>
        <source>完成情况，例如：已收齐近一年纳税证明</source>
        <translation>What was done, e.g. a year of tax certificates collected</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>添加任务</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>删除任务</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <source>标记完成…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <source>培植任务（期限写作 YYYY-MM-DD）</source>
        <translation>Cultivation tasks (due dates as YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 完成</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>第 %1 行任务的期限</source>
        <translation>The due date of task row %1</translation>
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
    <message>
        <source>登记211步骤…</source>
        <translation>Record 211 step…</translation>
    </message>
    <message>
        <source>完成任务</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>记录回访…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>打开台帐</source>
        <translation>Open ledger</translation>
    </message>
    <message>
        <source>补录征信…</source>
        <translation>Enter credit report…</translation>
    </message>
    <message>
        <source>打开报表</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>导入节假日通知…</source>
        <translation>Import holiday notice…</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>办理(&amp;D)</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>打开企业(&amp;O)</source>
        <translation>&amp;Open firm</translation>
    </message>
    <message>
        <source>单击“办理”列直接办理；双击一行打开该企业</source>
        <translation>Click the Action column to do an item; double-click a row to open the firm</translation>
    </message>
    <message>
        <source>完成培植任务</source>
        <translation>Complete plan task</translation>
    </message>
    <message>
        <source>把“%1”标记为已完成？</source>
        <translation>Mark “%1” as done?</translation>
    </message>
    <message>
        <source>打开企业</source>
        <translation>Open firm</translation>
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
    <message>
        <source>修改走访</source>
        <translation>Correct visit</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>走访记录</source>
        <translation>Visits</translation>
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
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>作废记录</source>
        <translation>Void a record</translation>
    </message>
    <message>
        <source>作废“%1”：记录保留在历史和操作日志中（划线显示），但不再计入阶段、待办、台帐和各项统计；企业的阶段会按其余记录重新推导。作废不能一键撤销。</source>
        <translation>Void “%1”: the record stays in the history and the audit trail (struck through) but no longer counts in the stage, the to-do list, the ledger or any figure; the firm&apos;s stage is worked out again from its other records. A void cannot be undone in one click.</translation>
    </message>
    <message>
        <source>必填，例如：录入错误</source>
        <translation>Required, e.g. typing mistake</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
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
    <message>
        <source>已在 %1 新建加密数据库。</source>
        <translation>A new encrypted database was made in %1.</translation>
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
    <name>backups</name>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>每日</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>已校验</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>校验失败</source>
        <translation>Check failed</translation>
    </message>
    <message>
        <source>未校验</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>Restore the database</translation>
    </message>
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
    <name>history</name>
    <message>
        <source>走访</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>融资需求</source>
        <translation>demand</translation>
    </message>
    <message>
        <source>培植方案</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>授信</source>
        <translation>credit</translation>
    </message>
    <message>
        <source>放款</source>
        <translation>loan</translation>
    </message>
    <message>
        <source>手工调整</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>名单导入</source>
        <translation>list import</translation>
    </message>
    <message>
        <source>演示</source>
        <translation>demo</translation>
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
    <message>
        <source>首贷待核实</source>
        <translation>Unverified first loan</translation>
    </message>
    <message>
        <source>季度报送</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <source>名单更新</source>
        <translation>List update</translation>
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
    <name>parent</name>
    <message>
        <source>确认移出企业</source>
        <translation>Confirm firms leaving the list</translation>
    </message>
    <message>
        <source>%1。

确定按完整新版名单导入吗？（企业档案和走访记录都会保留，可以撤销本次导入）</source>
        <translation>%1.

Import it as a full new edition of the list? (Firm records and visits are kept, and the import can be undone.)</translation>
    </message>
</context>
<context>
    <name>product_picker</name>
    <message>
        <source>（不选）</source>
        <translation>(none)</translation>
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
