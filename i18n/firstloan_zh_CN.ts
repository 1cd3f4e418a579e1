<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>登记正式受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满足条件日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>全部月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷专属产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月度材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 场活动，覆盖企业 %2 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废原因（参加企业的对接记录一并作废）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>人民银行 / 金融局 / 本行 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以逗号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码或企业名称，可用逗号分隔多家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入签到表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除所选企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加照片或文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改已保存的活动时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照片与附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择签到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到表 %1 行，对上 %2 户企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择照片或文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignPanel</name>
    <message>
        <source>分配企业（一户一位负责的客户经理，交接记录保留）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一个或多个统一社会信用代码，用空格或逗号分开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择分配名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单文件 (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已把 %1 户分配给 %2（其中 %3 户换了负责人）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>库中没有这些企业：%1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 的电脑尚未发来工作包：给他的第一个工作包只用支行密钥保护。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在“同步 → 导出”中给他导出工作包。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从所选备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用备份 %1 替换当前数据库？
当前数据库会先备份，并另存一份原文件；此后的改动将以备份为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份保存在数据目录的 backups 文件夹中，与数据库一样加密；每份写完即校验。恢复前会先备份当前数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库自上次备份以来没有变化，未再备份；最新的备份是 %1。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTable</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>校验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message>
        <source>修改服务银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增服务银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该行授信金额（万元），可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrinter</name>
    <message>
        <source>批量打印一企一档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前列表中没有企业。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前列表超过 %1 家企业。请先用搜索和筛选缩小到 %1 家以内再批量打印。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>创建支行（在协调人的电脑上，协调人汇总全支行的工作台帐）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建支行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支行名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入码（只显示这一次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请当面把加入码交给每位客户经理（抄写、U盘拷贝或用手机扫二维码），不要用邮件或群聊发送：有了它就能打开本支行的工作包。客户经理在其电脑的“设置 → 支行”中加入后，请他导出第一个工作包交给您。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入支行（在客户经理的电脑上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协调人当面给的加入码（FLJ1-…）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入支行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理及其工作包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电脑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所收工作包的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近发出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支行恢复码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复码默认隐藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示恢复码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请抄下恢复码离线保管，与数据库恢复密钥分开放。协调人换电脑时，用备份和它恢复；有了它就是协调人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协调人换了电脑：先从备份恢复数据库，再用支行恢复码恢复协调人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支行恢复码（FLR1-…）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复协调人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机尚未加入支行。协调人的电脑创建支行；客户经理的电脑用协调人给的加入码加入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协调人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支行：%1；本机：%2（设备 %3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。最近收到协调人的工作包：%1；最近发给协调人：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机已以客户经理“%1”加入支行“%2”，未作改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已以客户经理“%1”加入支行“%2”。请在“同步 → 导出”中导出第一个工作包交给协调人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复协调人身份（本机为新设备）。客户经理的加入码和工作包照常可用；请给每位客户经理导出新的工作包。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>栏目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月（此口径）尚未导出过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与上次导出（%1 UTC）相比没有变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与上次导出（%1 UTC）相比：新增 %2 户，删除 %3 户，变更 %4 户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>恢复默认列</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionsDialog</name>
    <message>
        <source>登记满足授信条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满足条件日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选定的值写成一项新的修改，随下一个工作包传到其他电脑；另一个值保留在历史中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在表中选择一项冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选定；另一个值保留在历史中</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>修改联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 位手机号或带区号的固定电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>记录授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年利率 %，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>担保方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷专属产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利率（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信银行</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>211时限：待办与逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未导入名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次导入名单：%1 天前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月工作台帐应于 %1 前报送，还剩 %2 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>211时限：%1 项逾期，%2 项待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目以来</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本期培育转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近 12 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#x3000;·&#x3000;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计期：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷认定待按项目口径重新计算（设置 → 项目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已对接企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标 %1 · 完成 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环比</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>登记审批结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不同意原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>登记融资需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需求日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用途</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandEditDialog</name>
    <message>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂不能办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改融资需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已满足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚无结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需求日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用途</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初步意向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意向说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信条件（每行一条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满足条件日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不同意原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandStepDialog</name>
    <message>
        <source>需求日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>211时限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandStepsPanel</name>
    <message>
        <source>反馈意向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满足授信条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正式受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批结果/撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一条融资需求，登记其“211”各步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈意向（2个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正式受理（1个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批决定（受理后1个、条件满足后合计2个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满足授信条件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 已办理，%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂不能办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初步意向：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信条件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准金额：%1 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不同意原因：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>档案完整度 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主营业务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从业人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年销售收入（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纳税额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保缴纳人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>水电等替代数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抵押物情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可提供的担保方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征信情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有无贷款记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有无票据贴现记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询年限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近一笔贷款结清日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有结清记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五项筛选条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义标签，用逗号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待补充：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各项齐全</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierLists</name>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增服务银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（可将文件拖到此处）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上传时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件另存为</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPrinter</name>
    <message>
        <source>打印一企一档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印一企一策</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>标记退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>导出给区域（市场监管、人行等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出推荐名单(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出对接情况反馈(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>包含完整联系电话（默认脱敏）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本行自主发现的企业，按名单格式，附来源渠道和对接状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选名单上的企业及其对接状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出推荐名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出对接情况反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1 家企业：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>给客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出工作包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给该客户经理的工作包：分配给他的企业及其档案、方案，以及他上次发来工作包以后的变化（新名单、重新分配、集中更正）。用U盘、共享文件夹或内网邮件交给他。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给协调人的工作包：本机记录的、协调人尚未确认收到的全部工作。每周、最迟在月末交给协调人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出工作包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作包 (*.flpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协调人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1（给%2）：%3 项变更，%4 户，附件 %5 个，%6 KB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <source>导出时间（UTC）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>口径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当月</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>登记反馈意向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需企业落实的授信条件，每行一条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初步意向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意向说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信条件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>搜索：名称、信用代码、拼音首字母、法定代表人（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单内外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已出名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只看我的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>211逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有融资需求的反馈、受理或审批已超过“211”时限仍未办理的企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除搜索和全部筛选，显示全部企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>常用视图：我的待对接、211 逾期……，或保存当前筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存当前筛选为视图…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除视图“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmActions</name>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录走访…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记需求…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印档案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配客户经理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置县区…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加政策标签…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记退出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出所选企业…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出当前视图…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次最多处理 %1 家企业，请用筛选缩小范围。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把所选 %1 家企业分配给客户经理“%2”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把所选 %1 家企业的县区设为“%2”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加政策标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政策标签：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为所选 %1 家企业添加政策标签“%2”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：已更改 %2 家企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次最多打印 %1 家企业的档案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出当前视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业列表-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1 家企业：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导出，没有写入文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmAddDialog</name>
    <message>
        <source>新增企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按信用代码判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主体类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源（五张清单）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmDetailPane</name>
    <message>
        <source>在左侧选择一家企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录放款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调整阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一企一策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>融资需求与授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动与尽职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消打印，没有生成文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段已从“%1”调整为“%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人·银行·附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”的档案或培植方案有未保存的修改。保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmProgrammeTab</name>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记预授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废预授信…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标为本月典型案例…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印尽职免责证明…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加的活动（计为对接）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预授信：%1 万元（%2），不计入授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预授信：无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废预授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标为本月典型案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已标为本月典型案例，将列入月度材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印尽职免责证明材料</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmTable</name>
    <message>
        <source>企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培育阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一211时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主体类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注册资本（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预授信（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmTableModel</name>
    <message>
        <source>211时限：%1 项逾期，%2 项待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按此列不能排序（逐页计算）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmsView</name>
    <message>
        <source>批量打印档案(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把当前列表（搜索和筛选的结果）中企业的一企一档打印为一个 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在搜索……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 %1 家企业，正在统计……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 家企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增企业(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记本行自己发现的企业（五张清单）：Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出当前视图(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把当前列表按显示的列和筛选导出为 Excel（Ctrl+E）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，已选 %1 家</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>必填，例如：录入错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>检查数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库完好：页面完整、外键一致，操作日志 %1 条，哈希链完整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现 %1 个问题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请用“备份与恢复”恢复最近一次完好的备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台：年度成效、培育转化、211时限和本周跟进一览。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单企业：搜索、筛选和常用视图；右键单击企业可走访、登记需求、打印档案、分配客户经理；右键单击表头选择显示的列；可多选后批量操作，或导出当前视图。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待办：按期限排列的211时限、培植任务、回访和工作台帐，可直接办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台帐与报表：每月工作台帐（次月10日前报送）和年度培植成效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入导出：导入无贷户名单（也可把文件拖到窗口上），导出推荐名单和对接情况反馈。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置：用户资料、界面语言、数据库密钥和备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷培育工作台 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为银行网点客户经理开展首贷培植、首贷户培育工作而设计。数据保存在本机的加密数据库中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据目录：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于首贷培育工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有错误记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>阶段变化（手工调整可修改或作废）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电脑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有缺口（尚未收到）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被改动过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 的审计链：%2 条，%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <source>把国务院办公厅《关于××××年部分节假日安排的通知》的全文（连同标题）粘贴到这里，或打开保存的通知文件（.txt、.html），再点“解析”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开通知文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知所属的年份；粘贴的文字没有标题时再选定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现有日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知全文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历已知的年份：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开节假日安排通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知（*.txt *.html *.htm）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>粘贴的通知文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解析后，这里列出该年的放假日和调休上班日，请核对后保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 年节假日安排（%2）：放假 %3 天，调休上班 %4 天。请与通知核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入的通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历中还没有 %1 年，保存后按此通知计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知与内置日历有 %1 天不同，保存后以通知为准：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知与先前导入的通知有 %1 天不同，保存后以新通知为准：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知与内置日历一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知与先前导入的通知一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：%1 年按导入的通知计算。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>历次导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销所选批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能撤销一份名单最近的一次导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销名单“%1”的导入批次 %2：该批新增的 %3 家企业将被删除，更新的 %4 家企业恢复为导入前的值。撤销后不能一键恢复，需要重新导入该文件。确定吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSettings</name>
    <message>
        <source>导入名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配给我（用户资料中的客户经理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配给指定的客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单有“客户经理”列时，新导入的企业分配给该列的客户经理；没有时按这里的设置分配。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写客户经理姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>选择工作包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放弃</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可一次选择多个工作包（例如本月各客户经理发来的），导入前先预览，不作改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两边都改过的字段（导入后在“冲突”中选择取哪个值）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择工作包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作包 (*.flpkg);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览工作包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入工作包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已放弃，未作任何改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览（未改动）：%1 个工作包可以导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览（未改动）：没有需要导入的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 %1 个工作包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其余已取消，未作改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协调人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>导入区域无贷户名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择名单文件（.xlsx、.xls、.csv）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单名称（默认：文件的标题行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用名单值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部冲突都采用名单值(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单会更新的字段（原值 → 名单值），以及不在这一版名单中、将移出本名单的企业（企业档案、走访记录都保留）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>校验结果：无效的行不导入；无法识别的单元格留空，该行其余照常导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与手工修改不一致的字段（勾选则采用名单值）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销本次导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入另一个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择名单文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单“%1”：读取 %2 行；新增 %3 家，更新 %4 家，无变化 %5 家，移出名单 %6 家，重复 %7 行，无效 %8 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整行不导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该项留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变化（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无效与警告（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移出本名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入名单“%1”：新增 %2 家，更新 %3 家，移出名单 %4 家，无效 %5 行未导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单“%1”与上次导入相同，未做任何更改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销名单“%1”的导入批次 %2：删除 %3 家新增企业，恢复 %4 家。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单中被遮蔽（如 138****5678）、被截断或与已存值同首尾但更短的值不会替换已存的完整值；名单写的县区与信用代码的登记地不同时，采用名单的县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代码登记地：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留原值（%1）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexProgress</name>
    <message>
        <source>暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次启动或打开导入页面时继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在建立搜索索引（企业已可浏览，搜索暂用逐条查找）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在建立搜索索引…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在建立搜索索引：%1 / %2 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索索引：%1 / %2 家</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerFigures</name>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>种子默认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已设定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>导出台帐…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>担保情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新发放贷款（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出工作台帐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台帐还有 %1 项未填，仍然导出吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导出，没有写入文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1 户到 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认为当前应报送的月份（每月 10 日前报送上月台帐）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当月：金额为本月发生额，各月相加等于全年；累计：截至月末的累计数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填报单位：默认取用户资料，在此填写则仅用于本次台帐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接银行：默认取用户资料中的银行，在此填写则仅用于本次台帐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>口径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台帐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待补填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与上次导出相比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度成效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填入所选企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待补填（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 台帐：%2 户，授信 %3 万元，新发放贷款 %4 万元；%5 项待补填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期间：%1&#x3000;口径：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目：%1&#x3000;首贷口径：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填入所选 %1 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在台帐中选择企业（可多选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择常见问题或填写问题说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>记录放款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷专属产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改放款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不关联授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取授信期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年利率 %，不填取授信利率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所用授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>担保方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>贷款种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利率（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号 %1 · %2 · %3 万元（%4）· 剩余 %5 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未关联授信）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>首贷培育工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台帐与报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动与产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库已从备份恢复。请重新启动首贷培育工作台以打开恢复后的数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>工作表(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头行(&amp;H)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>套用方案(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方案名称，如：卫滨区市场监管局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为方案(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存列对应方案“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除列对应方案“%1”？以后的文件不再按它识别。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已套用方案“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按已保存的方案“%1”识别了各列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按常用表头识别各列；如有不对，请在下面更改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有认出“统一社会信用代码”列：请在下面为代码列选择“统一社会信用代码”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（按表头自动识别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（没有企业表格）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（表头在第 %2 行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无表头）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人（负责人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>市场主体类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注册资本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本户开户行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务银行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接支行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已指定代码列；核对其他各列后点“预览”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <source>栏目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复系统草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出月度材料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>宣传活动总结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶活动总结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经验做法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创新产品与典型案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>宣传活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2 场（%3），覆盖企业 %4 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创新产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>典型案例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出月度材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word 文档 (*.docx);;PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>清除搜索（在搜索框中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所选企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多选企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+单击 / Shift+单击</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业的操作菜单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>右键单击</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择显示的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>右键单击表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入名单(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份与恢复(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建企业(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制所选行(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找企业(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除筛选(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配客户经理(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置县区(&amp;Y)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加政策标签(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择显示的列(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查数据库(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日(&amp;H)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目设置(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用说明(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快捷键(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开数据目录(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误日志(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingTab</name>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>栏目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在哪里填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击一行前往填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开企业档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上方“填报单位”，或 设置 → 用户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上方“对接银行”，或 设置 → 用户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台帐页下方“存在的主要问题”（或该企业的一企一策诊断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电脑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所收工作包的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近发出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 尚未收到：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 的工作包都已收到</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeChoice</name>
    <message>
        <source>完整新版名单：不在这份文件中的企业移出本名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增补充名单：只新增和更新企业，不移出任何企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这份文件看起来是新增补充名单（%1 家企业，本名单现有 %2 家，或标题含“新增/补充”），已选“新增补充名单”。如果它是完整的新版名单，请改选上面的第一项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这份文件看起来是新增补充名单（%1 家企业，本名单现有 %2 家，或标题含“新增/补充”）。现按完整新版名单预览：不在文件中的企业将移出本名单。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <source>融资需求（211时限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需求日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>担保方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所用授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待核实</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>常见问题…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存在的主要问题（未授信填写）：选常见问题或自由填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填入所选企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正原因（修改已填写的内容时）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 %1
现在打开吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>将在后续版本提供</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>设定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补充说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题诊断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培植措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方案日期与目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新版本日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 版（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，当前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未制定方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与上一版相比：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写诊断、措施和任务后保存，即为第 1 版方案。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <source>产品名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利率区间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>担保方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否信用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适用对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最高额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列为当月创新产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推出当月的月度材料列为创新产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改或作废时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印授信清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>准入条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年利率区间（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最高额度（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本行首贷专属产品目录（“是否信用”按担保方式含“信用”判断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印首贷专属产品授信清单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>默认与网点相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网点（支行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台帐的“填报单位”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台帐的“对接银行”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按用户资料判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可调整的设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征信回溯年数（近 N 年内无贷款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷率目标：确保 / 力争</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本行为驻新银行机构（补贴）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目期内目标：首贷户数 / 金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存项目口径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目口径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义口径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征信从未有过贷款或票据贴现记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次获得贷款（征信无贷款记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征信近 N 年内无贷款记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计为首贷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不计为首贷，其后也不算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不视为贷款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅个体工商户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含小微企业主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不报送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单每半年更新，提醒导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征信认定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>票据贴现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人经营性贷款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季后报送天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至今</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷口径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月度台帐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次月 %1 日前报送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季度报送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季后 %1 日内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每半年一次（提醒导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷费用补贴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>种子未设首贷目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>种子 %1（原文）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驻%1银行机构，%2；后续年度另行研究制定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培植 %1 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷 %1 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额 %1 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个县（市）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目期内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2）：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存；按新口径重新认定 %1 户的首贷，%2 笔认定有变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消，项目口径未改变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按项目口径重新认定首贷</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTableModel</name>
    <message>
        <source>已作废：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>数据库需要恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择一份备份恢复（推荐：最新的“已校验”备份），或确认从空数据库重新开始。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从所选备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建空数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用备份 %1 恢复数据库？现有的数据库文件（如有）会另存，不会删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从空数据库重新开始？
旧密钥和旧数据库文件会另存，不会删除；备份仍可用旧密钥恢复。只有确实没有可用的备份时才这样做。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyButton</name>
    <message>
        <source>打印受理回告单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印受理回告单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>我的待对接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>211 逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我的培植中</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionPrinter</name>
    <message>
        <source>一企一档-%1户.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印所选企业的一企一档</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>用户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 保护较弱：数据库密钥保存在数据目录中的密钥文件里（本机没有可用的系统钥匙串）。请妥善保管电脑并导出恢复密钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库密钥保存在：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复密钥默认隐藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示恢复密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出恢复密钥…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请将恢复密钥打印或抄写后离线保管；换电脑或系统钥匙串丢失时用它恢复数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据安全</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每天首次启动、导入和升级前自动备份；也可随时手动备份或恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>常规</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出恢复密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文本文件 (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复密钥已导出到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择后立即生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支行</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>调整阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调整为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前阶段不能手工调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 放款 %2 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（首贷）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷放款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>获得贷款的他行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将企业转为“%1”后，它不再出现在待办和在培企业中，只能由客户经理手工重新启动。确定吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageEditDialog</name>
    <message>
        <source>修改手工调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加密数据库：%1（%2 MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 年度首贷培植</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度目标与成效见“台帐与报表”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 节假日：缺 %1 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不知道 %1 年的法定节假日和调休，“211”时限按周末计算；请在 calendar.json 中补充</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日：%1 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 年的节假日尚未公布或未载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日：%1–%2 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待办 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（%1 项逾期）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并后的历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机尚未加入支行。请在“设置 → 支行”中创建支行（协调人）或加入支行（客户经理）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协调人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支行：%1；本机：%2；待处理冲突 %3 项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>修改目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培植户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>工作目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培植户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <source>完成培植任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成情况，例如：已收齐近一年纳税证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记完成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培植任务（期限写作 YYYY-MM-DD）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 行任务的期限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只看我的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分配给我的企业的事项，以及工作台帐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 项，其中 %2 项已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记211步骤…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录回访…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开台帐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补录征信…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入节假日通知…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开企业(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单击“办理”列直接办理；双击一行打开该企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成培植任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把“%1”标记为已完成？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开企业</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>记录走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参与人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>了解情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改走访</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参与人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>了解情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>作废记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废“%1”：记录保留在历史和操作日志中（划线显示），但不再计入阶段、待办、台帐和各项统计；企业的阶段会按其余记录重新推导。作废不能一键撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填，例如：录入错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>欢迎使用首贷培育工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先填写您的姓名、所属银行和网点。它们会写入工作台帐的填报单位和操作日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从哪里开始？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入无贷户名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>直接开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示数据是虚构的企业和走访记录，只能写入空数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已在 %1 新建加密数据库。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>首贷培育工作台</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>手动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已校验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>校验失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未校验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷培育工作台</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demand_steps</name>
    <message>
        <source>截止 %1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（日历未知）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历还没有 %1 年的节假日安排，标“日历未知”的时限暂按周一至周五推算；通知发布后请在“设置 → 节假日”导入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>操作已取消，数据未作任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发生了意外错误（%1）。详情已记录到：
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷培育工作台</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>融资需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培植方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手工调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <source>周一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元旦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>春节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清明节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>端午节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中秋节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>待对接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已对接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有融资需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培植中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已获首贷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>伙伴客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂无需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>他行已获贷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注销吊销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个体工商户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>农民专业合作社</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈意向（2个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正式受理（1个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批决定（1个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按时完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单内企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷金额（万元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环境变量 FIRSTLOAN_DB_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统钥匙串</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密钥文件（保护较弱）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>211时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培植任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台帐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷待核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季度报送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单更新</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>首贷培育工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开数据库……
每天第一次启动时会先备份数据；新版本第一次启动时会升级数据库结构，可能需要一些时间。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>确认移出企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1。

确定按完整新版名单导入吗？（企业档案和走访记录都会保留，可以撤销本次导入）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>product_picker</name>
    <message>
        <source>（不选）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>企业信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一企一档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>融资需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一企一策</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方案任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合作银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台帐说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注册资本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本户开户行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务银行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接银行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对接支行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责的客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主营业务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>员工人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年销售额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纳税额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抵押物</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存在的主要问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户数目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首贷目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
