<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>unknown commit</source>
        <translation>提交未知</translation>
    </message>
    <message>
        <source>%1 · build %2 (%3)</source>
        <translation>%1 · 构建 %2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2, from source)</source>
        <translation>%1（%2，源代码运行）</translation>
    </message>
</context>
<context>
    <name>ArchiveDetailPane</name>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Open the report's PDF in the system viewer</source>
        <translation>用系统阅读器打开报告 PDF</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>报告详情</translation>
    </message>
    <message>
        <source>No report chosen</source>
        <translation>未选择报告</translation>
    </message>
    <message>
        <source>Choose a report in the table to see its details.</source>
        <translation>在表格中选择一份报告以查看详情。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证记录</translation>
    </message>
    <message>
        <source>Parties (masked)</source>
        <translation>当事人（已脱敏）</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>理算</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>需关注的事项</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本记录</translation>
    </message>
    <message>
        <source>An earlier revision: r%1 supersedes it.</source>
        <translation>这是较早的版本：已被 r%1 取代。</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>查看最新版本</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>出险时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事故经过</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>查勘员</translation>
    </message>
    <message>
        <source>Survey finished</source>
        <translation>查勘完成时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Net loss</source>
        <translation>实际损失</translation>
    </message>
    <message>
        <source>Indemnity</source>
        <translation>赔款</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>no longer in the trust list</source>
        <translation>已不在信任列表中</translation>
    </message>
    <message>
        <source>revoked %1; this report was accepted before</source>
        <translation>已于 %1 撤销信任；本报告在此之前已被接收</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>证书指纹</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>✓ holds</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>✗ fails</source>
        <translation>✗ 未通过</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– 未检查</translation>
    </message>
    <message>
        <source>Readable PDF</source>
        <translation>PDF 可读取</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Signature intact and valid</source>
        <translation>签名完整有效</translation>
    </message>
    <message>
        <source>Signer trusted</source>
        <translation>签名者受信任</translation>
    </message>
    <message>
        <source>No change after signing</source>
        <translation>签名后未被修改</translation>
    </message>
    <message>
        <source>Signature covers the survey data</source>
        <translation>签名覆盖查勘数据</translation>
    </message>
    <message>
        <source>Data matches its schema and manifest</source>
        <translation>数据符合其结构定义和清单</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Indemnity: %1</source>
        <translation>建议赔款：%1</translation>
    </message>
    <message>
        <source>Taking the photos from the archived PDF…</source>
        <translation>正在从归档的 PDF 中提取照片…</translation>
    </message>
    <message>
        <source>The report holds no photos.</source>
        <translation>本报告没有照片。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>接收于 %1</translation>
    </message>
</context>
<context>
    <name>ArchiveFilters</name>
    <message>
        <source>Claim or policy number</source>
        <translation>报案号或保单号</translation>
    </message>
    <message>
        <source>Search claim or policy number</source>
        <translation>搜索报案号或保单号</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>接收(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>出险(&amp;I)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation>接收日期不早于</translation>
    </message>
    <message>
        <source>Received on or before</source>
        <translation>接收日期不晚于</translation>
    </message>
    <message>
        <source>Incident on or after</source>
        <translation>出险日期不早于</translation>
    </message>
    <message>
        <source>Incident on or before</source>
        <translation>出险日期不晚于</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>全部险种</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>查勘员</translation>
    </message>
    <message>
        <source>Every surveyor</source>
        <translation>全部查勘员</translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation>签名设备</translation>
    </message>
    <message>
        <source>Every device</source>
        <translation>全部设备</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Claim</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>出险时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>查勘员</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Indemnity</source>
        <translation>赔款</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the filtered surveys as CSV</source>
        <translation>将筛选出的查勘导出为 CSV</translation>
    </message>
    <message>
        <source>Archived surveys</source>
        <translation>已归档的查勘</translation>
    </message>
    <message>
        <source>Archived surveys and the chosen report</source>
        <translation>已归档的查勘及所选报告</translation>
    </message>
    <message>
        <source>No report matches the filters.</source>
        <translation>没有符合筛选条件的报告。</translation>
    </message>
    <message>
        <source>The archive is empty. Import reports on the import desk.</source>
        <translation>档案为空。请在导入台导入报告。</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>报告：%1 份</translation>
    </message>
    <message>
        <source>%1 read so far; scroll for more</source>
        <translation>已读取 %1 份；向下滚动查看更多</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV written to %1; surveys in it: %2</source>
        <translation>CSV 已写入 %1；共 %2 条查勘</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Assessment</source>
        <translation>理算</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Steps of the calculation</source>
        <translation>理算步骤</translation>
    </message>
    <message>
        <source>Proposed indemnity: %1</source>
        <translation>建议赔款：%1</translation>
    </message>
    <message>
        <source>Counts what is being typed; it is stored as soon as it is valid.</source>
        <translation>包含正在输入的内容；内容有效后即自动保存。</translation>
    </message>
    <message>
        <source>As stored.</source>
        <translation>按已保存的数据计算。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save the chart %1 as a PNG image</source>
        <translation>将图表“%1”另存为 PNG 图片</translation>
    </message>
    <message>
        <source>Nothing was received in this period.</source>
        <translation>此期间未收到任何报告。</translation>
    </message>
</context>
<context>
    <name>CompletenessList</name>
    <message>
        <source>What the survey still needs</source>
        <translation>本查勘尚缺</translation>
    </message>
    <message>
        <source>Nothing is missing: the report can be exported.</source>
        <translation>已无缺项：报告可以导出。</translation>
    </message>
    <message>
        <source>The report can be exported; still to do before handing it over:</source>
        <translation>报告可以导出；交付前还需完成：</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) must be done before the report can be exported:</source>
        <translation>
            <numerusform>导出报告前还须完成 %n 项：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (needed to export)</source>
        <translation>%1（导出必需）</translation>
    </message>
    <message>
        <source>%1 — go to %2</source>
        <translation>%1 —— 前往“%2”</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>&lt;b&gt;Privacy notice and consent&lt;/b&gt;</source>
        <translation>&lt;b&gt;个人信息告知与同意&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notice &amp;language</source>
        <translation>告知书语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Person informed</source>
        <translation>被告知人(&amp;P)</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>其答复</translation>
    </message>
    <message>
        <source>Consents recorded</source>
        <translation>已记录的同意</translation>
    </message>
    <message>
        <source>Language of the privacy notice</source>
        <translation>个人信息告知书的语言</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>个人信息告知书</translation>
    </message>
    <message>
        <source>Name of the person informed</source>
        <translation>被告知人姓名</translation>
    </message>
    <message>
        <source>&amp;Granted</source>
        <translation>同意(&amp;G)</translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Re&amp;fused</source>
        <translation>拒绝(&amp;F)</translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Also covers &amp;sensitive data (ID number)</source>
        <translation>另行同意处理敏感个人信息（身份证件号码）(&amp;S)</translation>
    </message>
    <message>
        <source>Consent also covers sensitive data</source>
        <translation>同意范围包括敏感个人信息</translation>
    </message>
    <message>
        <source>Record &amp;consent with signature</source>
        <translation>记录同意及签名(&amp;C)</translation>
    </message>
    <message>
        <source>Record the consent with the signature</source>
        <translation>记录同意及手写签名</translation>
    </message>
    <message>
        <source>Consents recorded in this survey</source>
        <translation>本查勘已记录的同意</translation>
    </message>
    <message>
        <source>incl. sensitive data</source>
        <translation>含敏感个人信息</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已手写签名</translation>
    </message>
    <message>
        <source>not signed by hand</source>
        <translation>无手写签名</translation>
    </message>
</context>
<context>
    <name>DamageItemEditor</name>
    <message>
        <source>e.g. 1,234.50</source>
        <translation>例如 1,234.50</translation>
    </message>
    <message>
        <source>What links this damage to the incident (marks, height of water, traces…)</source>
        <translation>此损失与本次事故的关联（痕迹、水位高度、撞击痕等）</translation>
    </message>
    <message>
        <source>Photos of the survey: tick those showing this item</source>
        <translation>本次查勘的照片：勾选显示此项损失的照片</translation>
    </message>
    <message>
        <source>The survey has no photos yet; add them in the Photos step.</source>
        <translation>本次查勘尚无照片，请在“照片”步骤中添加。</translation>
    </message>
    <message>
        <source>No item chosen. Add one with Insert or “Add item”.</source>
        <translation>未选择项目。按 Insert 键或“添加项目”新增一项。</translation>
    </message>
    <message>
        <source>New item: stored as soon as its description, causal link and value are valid.</source>
        <translation>新项目：损失描述、因果关系和金额有效后即自动保存。</translation>
    </message>
    <message>
        <source>Item %1: each change is stored as you type.</source>
        <translation>项目 %1：每处修改都会在输入时自动保存。</translation>
    </message>
</context>
<context>
    <name>DamageItemsModel</name>
    <message>
        <source>Item</source>
        <translation>损失项目</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>估价方法</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>DamageStepPage</name>
    <message>
        <source>Remove damage item</source>
        <translation>删除损失项目</translation>
    </message>
    <message>
        <source>Remove “%1” from this survey? Its photos stay in the survey.</source>
        <translation>要从本查勘中删除“%1”吗？其照片仍保留在本查勘中。</translation>
    </message>
    <message>
        <source>Add item (Ins)</source>
        <translation>添加项目 (Ins)</translation>
    </message>
    <message>
        <source>Add a damage item</source>
        <translation>添加损失项目</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>删除 (Del)</translation>
    </message>
    <message>
        <source>Remove the chosen damage item</source>
        <translation>删除所选损失项目</translation>
    </message>
    <message>
        <source>Damage items</source>
        <translation>损失项目</translation>
    </message>
    <message>
        <source>This survey is signed: revise it from the survey list to change its damage.</source>
        <translation>本查勘已签署：如需修改损失，请在查勘列表中选择“修订”。</translation>
    </message>
    <message>
        <source>The policy terms being typed have errors: the stored ones count.</source>
        <translation>正在输入的保单条件有错误：按已保存的条件计算。</translation>
    </message>
    <message>
        <source>The item being edited is not counted until its errors are fixed.</source>
        <translation>正在编辑的项目有错误，改正前不计入。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Everything received</source>
        <translation>全部已收报告</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>最近 %1 周</translation>
    </message>
    <message>
        <source>Period of the figures</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>First day received (UTC)</source>
        <translation>收到的第一天（UTC）</translation>
    </message>
    <message>
        <source>Last day received (UTC)</source>
        <translation>收到的最后一天（UTC）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>No report has been received yet.</source>
        <translation>尚未收到任何报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) rejected</source>
        <translation>
            <numerusform>%n 次导入被拒收</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 to %2 (UTC): %3, %4.</source>
        <translation>%1 至 %2（UTC）收到：%3，%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n survey(s)</source>
        <translation>
            <numerusform>%n 份查勘</numerusform>
        </translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <source>Office database</source>
        <translation>办公室数据库</translation>
    </message>
    <message>
        <source>This desk now uses: %1</source>
        <translation>这台电脑现在使用：%1</translation>
    </message>
    <message>
        <source>This desk is set to use %1, which did not open.</source>
        <translation>这台电脑设定使用 %1，但它未能打开。</translation>
    </message>
    <message>
        <source>This office folder's own database file (%1): one desk</source>
        <translation>本办公室文件夹自己的数据库文件（%1）：一台电脑使用</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database: several desks</source>
        <translation>共享的 PostgreSQL 数据库：多台电脑共用</translation>
    </message>
    <message>
        <source>Address of the PostgreSQL database</source>
        <translation>PostgreSQL 数据库地址</translation>
    </message>
    <message>
        <source>The password is not part of the address and is never stored by fieldapp: give it in PGPASSWORD, the password file (~/.pgpass) or a service file.</source>
        <translation>密码不属于地址，fieldapp 也从不保存密码：请通过 PGPASSWORD、密码文件（~/.pgpass）或服务文件提供。</translation>
    </message>
    <message>
        <source>Choosing another database does not move this desk's archive or its trusted devices. To take them along, run %1 before switching (user guide, section 2.5).</source>
        <translation>改用其他数据库不会搬移这台电脑的档案和受信任设备。如需一并带走，请在切换前运行 %1（见用户指南 2.5 节）。</translation>
    </message>
    <message>
        <source>FIELDAPP_OFFICE_DB is set on this computer: when fieldapp starts, it chooses the database before this folder's setting does.</source>
        <translation>这台电脑设置了 FIELDAPP_OFFICE_DB：fieldapp 启动时优先使用它指定的数据库，而不是本文件夹的设置。</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>使用此数据库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Import desk</source>
        <translation>导入台</translation>
    </message>
    <message>
        <source>Drop report PDFs or folders here, or add them. Each file is verified before anything of it is read; refused files go to quarantine with their reason.</source>
        <translation>将报告 PDF 或文件夹拖放到这里，或点“添加”。每个文件在读取任何内容前都先验证；被拒收的文件连同原因放入隔离区。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add report files</source>
        <translation>添加报告文件</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>添加一个报告文件夹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Import results, newest first</source>
        <translation>导入结果，最新的在前</translation>
    </message>
    <message>
        <source>Open quarantined copy</source>
        <translation>打开隔离副本</translation>
    </message>
    <message>
        <source>Open the quarantined copy</source>
        <translation>打开隔离副本</translation>
    </message>
    <message>
        <source>Open reason file</source>
        <translation>打开原因文件</translation>
    </message>
    <message>
        <source>Open the reason file</source>
        <translation>打开原因文件</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>重新导入</translation>
    </message>
    <message>
        <source>Import the chosen file again</source>
        <translation>重新导入所选文件</translation>
    </message>
    <message>
        <source>After trusting its device, or once it has finished arriving</source>
        <translation>在信任其设备之后，或文件传完之后</translation>
    </message>
    <message>
        <source>Reports (*.pdf)</source>
        <translation>报告 (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Looking for reports…</source>
        <translation>正在查找报告…</translation>
    </message>
    <message>
        <source>Verified %1 of %2: %3</source>
        <translation>已验证 %1/%2：%3</translation>
    </message>
    <message>
        <source>Cancelling after the file in hand…</source>
        <translation>处理完当前文件后取消…</translation>
    </message>
    <message>
        <source>Last batch: %1 accepted, %2 already archived, %3 refused, %4 to import again.</source>
        <translation>上一批：%1 个已接收，%2 个已归档过，%3 个被拒收，%4 个需重新导入。</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹 (SHA-256)</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>信任时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>已收报告</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
</context>
<context>
    <name>EmergencySkipDialog</name>
    <message>
        <source>Emergency — skip the safety checklist</source>
        <translation>紧急情况——跳过安全检查</translation>
    </message>
    <message>
        <source>Go straight to evidence only when waiting would put people or the evidence at risk. Write why: the report shows the reason and the time.</source>
        <translation>仅当等待会危及人员或证据时，才直接开始取证。请写明原因：报告会显示原因和时间。</translation>
    </message>
    <message>
        <source>Reason for the emergency skip</source>
        <translation>紧急跳过的原因</translation>
    </message>
    <message>
        <source>e.g. fire spreading to the neighbouring house; fire brigade on site</source>
        <translation>例如：火势蔓延至邻屋，消防队在场</translation>
    </message>
    <message>
        <source>Record emergency skip</source>
        <translation>记录紧急跳过</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>&amp;Save the report in</source>
        <translation>报告保存到(&amp;S)</translation>
    </message>
    <message>
        <source>Folder the report is saved in</source>
        <translation>报告保存的文件夹</translation>
    </message>
    <message>
        <source>The data folder's exports folder</source>
        <translation>数据文件夹中的 exports 文件夹</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>选择报告的文件夹</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>默认文件夹</translation>
    </message>
    <message>
        <source>Use the data folder's exports folder</source>
        <translation>使用数据文件夹中的 exports 文件夹</translation>
    </message>
    <message>
        <source>This folder is not there (a USB stick removed?). Plug it in or choose another folder.</source>
        <translation>这个文件夹不在了（U 盘被拔出？）。请插回，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>This folder cannot be written to (a locked stick, no permission). Choose another folder.</source>
        <translation>无法写入这个文件夹（U 盘写保护或没有权限）。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Free space: %1</source>
        <translation>可用空间：%1</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>报告的文件夹</translation>
    </message>
</context>
<context>
    <name>ExportResultPanel</name>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder of the report</source>
        <translation>打开报告所在的文件夹</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Open the report in the PDF viewer</source>
        <translation>用 PDF 阅读器打开报告</translation>
    </message>
    <message>
        <source>Revision %1 written (%2):
%3</source>
        <translation>第 %1 版已写入（%2）：
%3</translation>
    </message>
    <message>
        <source>The written file could not be checked: %1</source>
        <translation>无法检查写入的文件：%1</translation>
    </message>
    <message>
        <source>Checking the written file…</source>
        <translation>正在检查写入的文件…</translation>
    </message>
    <message>
        <source>The written file verifies: every check holds.</source>
        <translation>写入的文件验证通过：每项检查均成立。</translation>
    </message>
    <message>
        <source>The written file does NOT verify: %1. Export it again.</source>
        <translation>写入的文件未通过验证：%1。请重新导出。</translation>
    </message>
    <message>
        <source>Signed at %1; the signing device's fingerprint:
%2</source>
        <translation>签名时间 %1；签名设备的指纹：
%2</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ExportStepPage</name>
    <message>
        <source>Report &amp;language</source>
        <translation>报告语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报告的语言</translation>
    </message>
    <message>
        <source>&amp;Masked: personal data shortened (for the office and insurer)</source>
        <translation>脱敏(&amp;M)：个人信息部分隐去（供公司和保险人使用）</translation>
    </message>
    <message>
        <source>&amp;Full: personal data as recorded (asks first; logged)</source>
        <translation>完整(&amp;F)：个人信息按记录原样显示（先确认；记入日志）</translation>
    </message>
    <message>
        <source>&amp;Export report</source>
        <translation>导出报告(&amp;E)</translation>
    </message>
    <message>
        <source>Export the signed report</source>
        <translation>导出已签名的报告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation>修订(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the next revision of this survey</source>
        <translation>打开这份查勘的下一版</translation>
    </message>
    <message>
        <source>Export the full report?</source>
        <translation>导出完整报告？</translation>
    </message>
    <message>
        <source>A full report shows the personal data unmasked: names, phone numbers, ID numbers, registration plates, the full address and the map position of the incident. Anyone who gets the file can read them. The survey's log records this export.</source>
        <translation>完整报告显示未脱敏的个人信息：姓名、电话号码、身份证号、车牌号、事故的完整地址和地图位置。拿到文件的任何人都能读到这些信息。这次导出会记入查勘日志。</translation>
    </message>
    <message>
        <source>Export full report</source>
        <translation>导出完整报告</translation>
    </message>
    <message>
        <source>Open the next revision?</source>
        <translation>打开下一版？</translation>
    </message>
    <message>
        <source>Revision %1 stays as it was signed and sent. Revision %2 opens for changes; it must be signed and exported again.</source>
        <translation>第 %1 版保持签名和发出时的样子。第 %2 版打开以供修改；修改后须重新签名并导出。</translation>
    </message>
    <message>
        <source>Open revision %1</source>
        <translation>打开第 %1 版</translation>
    </message>
    <message>
        <source>Revision %1 is signed. Exporting it again writes a new file with the same data. To change something, revise it: the signed revision stays as sent.</source>
        <translation>第 %1 版已签名。再次导出会写入一个数据相同的新文件。如需修改，请修订：已签名的版本保持发出时的样子。</translation>
    </message>
    <message>
        <source>Checking the survey</source>
        <translation>正在检查查勘</translation>
    </message>
    <message>
        <source>Preparing the photos</source>
        <translation>正在准备照片</translation>
    </message>
    <message>
        <source>Gathering the survey data</source>
        <translation>正在汇集查勘数据</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>正在排版报告</translation>
    </message>
    <message>
        <source>Signing and writing the file</source>
        <translation>正在签名并写入文件</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelling after this stage…</source>
        <translation>本阶段结束后取消…</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <source>fieldapp %1 — on-site survey</source>
        <translation>fieldapp %1 — 现场查勘</translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation>查勘(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>新建查勘(&amp;N)…</translation>
    </message>
    <message>
        <source>Survey &amp;list</source>
        <translation>查勘列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>fieldapp user guide</source>
        <translation>fieldapp 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About fieldapp</source>
        <translation>关于 fieldapp(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;fieldapp&lt;/h3&gt;&lt;p&gt;On-site loss survey with digitally signed PDF reports.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;fieldapp&lt;/h3&gt;&lt;p&gt;现场查勘定损，生成带数字签名的 PDF 报告。&lt;/p&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About fieldapp</source>
        <translation>关于 fieldapp</translation>
    </message>
</context>
<context>
    <name>HoursToSurvey</name>
    <message>
        <source>Hours from incident to survey finished</source>
        <translation>出险至查勘完成的小时数</translation>
    </message>
    <message>
        <source>Whole period: mean %1 h, 90th percentile %2 h; target %3 h</source>
        <translation>整个期间：平均 %1 小时，90 百分位 %2 小时；目标 %3 小时</translation>
    </message>
    <message>
        <source>hours-to-survey</source>
        <translation>出险至查勘小时数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90 百分位</translation>
    </message>
    <message>
        <source>target %1 h</source>
        <translation>目标 %1 小时</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>week starting (UTC)</source>
        <translation>周起始日（UTC）</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Cancel the photo import</source>
        <translation>取消照片导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the import results</source>
        <translation>关闭导入结果</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Files not added, with the reason</source>
        <translation>未添加的文件及原因</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>正在查找照片…</translation>
    </message>
    <message>
        <source>Cancelling: the photos already added stay added…</source>
        <translation>正在取消：已添加的照片会保留…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1 / %2 个：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added</source>
        <translation>
            <numerusform>已添加 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source> as “%1”</source>
        <translation>，类别为“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n already in this survey</source>
        <translation>
            <numerusform>%n 张已在本查勘中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 个被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not added</source>
        <translation>
            <numerusform>%n 个未添加</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The import was cancelled; the photos added before stay.</source>
        <translation>导入已取消；此前已添加的照片会保留。</translation>
    </message>
</context>
<context>
    <name>IndemnityByLine</name>
    <message>
        <source>Indemnity by line</source>
        <translation>各险种赔款</translation>
    </message>
    <message>
        <source>indemnity-by-line</source>
        <translation>各险种赔款</translation>
    </message>
    <message>
        <source>indemnity</source>
        <translation>赔款</translation>
    </message>
</context>
<context>
    <name>MarkTools</name>
    <message>
        <source>Choose / move</source>
        <translation>选择 / 移动</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>Free-hand</source>
        <translation>手绘</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>青色</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>Delete the chosen marks</source>
        <translation>删除所选标记</translation>
    </message>
</context>
<context>
    <name>NewSurveyDialog</name>
    <message>
        <source>New survey</source>
        <translation>新建查勘</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation>出险时间</translation>
    </message>
    <message>
        <source>Time in this device's time zone (UTC%1)</source>
        <translation>本设备所在时区的时间（UTC%1）</translation>
    </message>
    <message>
        <source>Start survey</source>
        <translation>开始查勘</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>surveyor</source>
        <translation>查勘员</translation>
    </message>
</context>
<context>
    <name>NotOpenedNote</name>
    <message>
        <source>File not opened</source>
        <translation>文件未能打开</translation>
    </message>
    <message>
        <source>No program on this computer opened it. Open it yourself from its full path (select it to copy it): %1</source>
        <translation>这台电脑上没有程序打开它。请按完整路径自行打开（可选中路径复制）：%1</translation>
    </message>
</context>
<context>
    <name>OfficeOpeningDialog</name>
    <message>
        <source>fieldapp — office</source>
        <translation>fieldapp — 理赔办公室</translation>
    </message>
    <message>
        <source>The office database cannot be opened.</source>
        <translation>无法打开办公室数据库。</translation>
    </message>
    <message>
        <source>Opening the office database %1 …</source>
        <translation>正在打开办公室数据库 %1 …</translation>
    </message>
    <message>
        <source>Last tried at %1.</source>
        <translation>上次尝试时间：%1。</translation>
    </message>
    <message>
        <source>Opening the office database</source>
        <translation>正在打开办公室数据库</translation>
    </message>
    <message>
        <source>&amp;Password for this session (not stored; PGPASSWORD or ~/.pgpass also work):</source>
        <translation>本次使用的密码(&amp;P)（不会保存；也可用 PGPASSWORD 或 ~/.pgpass）：</translation>
    </message>
    <message>
        <source>Password of the database user</source>
        <translation>数据库用户的密码</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Use another database…</source>
        <translation>使用其他数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>fieldapp %1 — office</source>
        <translation>fieldapp %1 — 理赔办公室</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>办公室(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Office &amp;database…</source>
        <translation>办公室数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Office tasks</source>
        <translation>办公室任务</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PartiesStep</name>
    <message>
        <source>Consent recorded.</source>
        <translation>已记录同意。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parties&lt;/b&gt;</source>
        <translation>&lt;b&gt;当事人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>处理依据</translation>
    </message>
    <message>
        <source>Parties of this survey</source>
        <translation>本查勘的当事人</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>添加当事人(&amp;A)</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>&amp;Mask phone and ID numbers</source>
        <translation>重新遮盖电话和证件号(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reveal phone and ID numbers</source>
        <translation>显示完整电话和证件号(&amp;R)</translation>
    </message>
    <message>
        <source>Showing them unmasked is recorded in the log.</source>
        <translation>显示完整号码会记入日志。</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>身份(&amp;O)</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>处理依据(&amp;B)</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>当事人身份</translation>
    </message>
    <message>
        <source>Legal basis of the party's data</source>
        <translation>处理当事人信息的依据</translation>
    </message>
    <message>
        <source>This revision is signed; open the next revision to change it.</source>
        <translation>此版本已签署；如需修改，请开启下一版本。</translation>
    </message>
    <message>
        <source>Each change is stored as you type; there is nothing to save.</source>
        <translation>每项修改在输入时即已保存，无需另行保存。</translation>
    </message>
    <message>
        <source>— choose the legal basis —</source>
        <translation>— 请选择处理依据 —</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>%1 的同意</translation>
    </message>
    <message>
        <source> (incl. sensitive data)</source>
        <translation>（含敏感个人信息）</translation>
    </message>
    <message>
        <source>&lt;b&gt;New party&lt;/b&gt;</source>
        <translation>&lt;b&gt;新当事人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Party&lt;/b&gt;</source>
        <translation>&lt;b&gt;当事人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (masked; type to replace)</source>
        <translation>%1（已遮盖；输入即替换）</translation>
    </message>
</context>
<context>
    <name>PhotoDetails</name>
    <message>
        <source>Capt&amp;ion</source>
        <translation>说明(&amp;I)</translation>
    </message>
    <message>
        <source>Caption of the photo</source>
        <translation>照片说明</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. water stain</source>
        <translation>照片显示的内容，例如：水渍</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>类别(&amp;T)</translation>
    </message>
    <message>
        <source>Category of the photo</source>
        <translation>照片类别</translation>
    </message>
    <message>
        <source>&amp;Damage items this photo shows</source>
        <translation>此照片显示的损失项目(&amp;D)</translation>
    </message>
    <message>
        <source>Damage items this photo shows</source>
        <translation>此照片显示的损失项目</translation>
    </message>
    <message>
        <source>No damage item yet: add them in Damage &amp; valuation.</source>
        <translation>尚无损失项目：请在“损失与定损”中添加。</translation>
    </message>
    <message>
        <source>&amp;View / mark up</source>
        <translation>查看 / 标注(&amp;V)</translation>
    </message>
    <message>
        <source>View the photo full size and mark it up</source>
        <translation>以原尺寸查看照片并加标注</translation>
    </message>
    <message>
        <source>&amp;Remove photo…</source>
        <translation>移除照片(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove this photo from the survey</source>
        <translation>从本查勘中移除此照片</translation>
    </message>
    <message>
        <source>Choose a photo to describe it.</source>
        <translation>选择一张照片以填写说明。</translation>
    </message>
    <message>
        <source>capture time not recorded</source>
        <translation>未记录拍摄时间</translation>
    </message>
    <message>
        <source>Taken %1 · %2×%3 px</source>
        <translation>拍摄于 %1 · %2×%3 像素</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>From the incident</source>
        <translation>距出险地点</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Not recorded by the camera</source>
        <translation>相机未记录</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Shows: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no picture to show</source>
        <translation>无法显示图像</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>无说明</translation>
    </message>
    <message>
        <source>no damage item linked</source>
        <translation>未关联损失项目</translation>
    </message>
</context>
<context>
    <name>PhotoSealingDialog</name>
    <message>
        <source>Encrypting the photos</source>
        <translation>正在加密照片</translation>
    </message>
    <message>
        <source>The photos kept by the previous version are being encrypted on this device. You can go on working meanwhile.</source>
        <translation>正在本设备上加密旧版本保存的照片。加密期间可以继续工作。</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo %1 — marks</source>
        <translation>照片 %1 — 标记</translation>
    </message>
    <message>
        <source>The photo and its marks</source>
        <translation>照片及其标记</translation>
    </message>
    <message>
        <source>Drag to draw with the chosen tool; Enter places a mark in the middle. N chooses the next mark; arrow keys move it, or move the view when no mark is chosen.</source>
        <translation>用所选工具拖动即可绘制；按 Enter 在中间放置标记。按 N 选择下一个标记；方向键移动所选标记，未选标记时移动视图。</translation>
    </message>
    <message>
        <source>Words of a text mark</source>
        <translation>文字标记的内容</translation>
    </message>
    <message>
        <source>e.g. dent 12 cm</source>
        <translation>例如：凹陷 12 cm</translation>
    </message>
    <message>
        <source>Each mark is stored as you draw it; there is nothing to save. The photo itself is never changed.</source>
        <translation>每个标记画好即已保存，无需另行保存。照片本身不会被修改。</translation>
    </message>
    <message>
        <source>This photo's picture cannot be shown: %1</source>
        <translation>无法显示这张照片的画面：%1</translation>
    </message>
    <message>
        <source>Revision %1 is signed: its marks are shown but cannot be changed. Open the next revision from the survey list to change them.</source>
        <translation>第 %1 版已签署：标记仅供查看，不能修改。如需修改，请在查勘列表中开启下一版。</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>正在载入照片…</translation>
    </message>
    <message>
        <source>Draw a mark</source>
        <translation>绘制标记</translation>
    </message>
    <message>
        <source>Type the words first, then tap the photo.</source>
        <translation>请先输入文字，再点按照片。</translation>
    </message>
    <message>
        <source>Move marks</source>
        <translation>移动标记</translation>
    </message>
    <message>
        <source>Delete marks</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
</context>
<context>
    <name>PhotosStepPage</name>
    <message>
        <source>Photos (%1)</source>
        <translation>照片 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
        <source>Add photos from files</source>
        <translation>从文件添加照片</translation>
    </message>
    <message>
        <source>From camera &amp;card / phone…</source>
        <translation>从相机存储卡 / 手机(&amp;C)…</translation>
    </message>
    <message>
        <source>Add photos from a camera card or a phone</source>
        <translation>从相机存储卡或手机添加照片</translation>
    </message>
    <message>
        <source>or drop photos or folders here</source>
        <translation>或将照片、文件夹拖放到此处</translation>
    </message>
    <message>
        <source>Photos of the survey</source>
        <translation>本查勘的照片</translation>
    </message>
    <message>
        <source>This survey is signed: its photos are shown, not changed.</source>
        <translation>本查勘已签名：照片仅供查看，不能更改。</translation>
    </message>
    <message>
        <source>No photos yet. Add them, or drop files or folders here.</source>
        <translation>尚无照片。请添加，或将文件、文件夹拖放到此处。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Add photos as: %1</source>
        <translation>添加照片，类别：%1</translation>
    </message>
    <message>
        <source>Camera cards and phones</source>
        <translation>相机存储卡和手机</translation>
    </message>
    <message>
        <source>All photos on %1 (%2)</source>
        <translation>%1 上的全部照片（%2）</translation>
    </message>
    <message>
        <source>No camera card or phone found</source>
        <translation>未找到相机存储卡或手机</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Folder of photos to add</source>
        <translation>要添加的照片所在文件夹</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Remove “%1” from this survey? Use this for a photo added by mistake. The removal is recorded in the survey's log, and the original file is kept.</source>
        <translation>从本查勘中移除“%1”？此操作用于误加的照片。移除会记入查勘日志，原始文件会保留。</translation>
    </message>
</context>
<context>
    <name>PolicyTermsForm</name>
    <message>
        <source>Policy terms</source>
        <translation>保单条件</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
</context>
<context>
    <name>RejectedByReason</name>
    <message>
        <source>Rejected imports by reason</source>
        <translation>按原因统计的拒收导入</translation>
    </message>
    <message>
        <source>rejected-by-reason</source>
        <translation>按原因拒收</translation>
    </message>
    <message>
        <source>No import was rejected in this period.</source>
        <translation>此期间没有被拒收的导入。</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>导入次数</translation>
    </message>
</context>
<context>
    <name>ReportPreviewPane</name>
    <message>
        <source>Preview of the report — not signed</source>
        <translation>报告预览——未签署</translation>
    </message>
    <message>
        <source>Built from the survey as it is now by the same layout as the export, with personal data masked. The exported report is signed and may differ in the signature block.</source>
        <translation>按查勘当前内容、以与导出相同的排版生成，个人信息已脱敏。导出的报告带数字签名，签署栏可能与此不同。</translation>
    </message>
    <message>
        <source>Language of the previewed report</source>
        <translation>预览报告的语言</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>刷新预览(&amp;R)</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>重新生成预览</translation>
    </message>
    <message>
        <source>Preview of the report's pages</source>
        <translation>报告页面预览</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPerWeek</name>
    <message>
        <source>Reports received per week, by line</source>
        <translation>每周收到的报告（按险种）</translation>
    </message>
    <message>
        <source>reports-per-week</source>
        <translation>每周报告数</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>week starting (UTC)</source>
        <translation>周起始日（UTC）</translation>
    </message>
</context>
<context>
    <name>RequiredShots</name>
    <message>
        <source>Required shots still missing</source>
        <translation>仍缺少的必拍照片</translation>
    </message>
    <message>
        <source>Every required shot is here.</source>
        <translation>必拍照片已齐全。</translation>
    </message>
    <message>
        <source>＋ %1 (%2 of %3)</source>
        <translation>＋ %1（%2 / %3）</translation>
    </message>
    <message>
        <source>Add photos as: %1</source>
        <translation>添加照片，类别：%1</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Claim, or why not</source>
        <translation>案件号，或未接收的原因</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>该怎么做</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>Imported again %1: %2, revision %3.</source>
        <translation>已于 %1 重新导入：%2，第 %3 版。</translation>
    </message>
</context>
<context>
    <name>ReviewStepPage</name>
    <message>
        <source>This revision is finished: its signatures can no longer change.</source>
        <translation>此版本已定稿：签名不能再更改。</translation>
    </message>
</context>
<context>
    <name>SafetyItemRow</name>
    <message>
        <source>required</source>
        <translation>必答</translation>
    </message>
    <message>
        <source>optional</source>
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
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Note: what was found or done (needed for a “no” to a required item)</source>
        <translation>备注：发现了什么或采取了什么措施（必答项答“否”时必填）</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Y: yes, N: no, A: not applicable; arrow keys move between them</source>
        <translation>Y：是，N：否，A：不适用；方向键在选项间移动</translation>
    </message>
</context>
<context>
    <name>SafetyStepPage</name>
    <message>
        <source>Emergency — skip the checklist…</source>
        <translation>紧急情况——跳过检查清单…</translation>
    </message>
    <message>
        <source>Emergency: skip the safety checklist</source>
        <translation>紧急情况：跳过安全检查清单</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency skip recorded&lt;/b&gt; at %1. Reason: %2</source>
        <translation>&lt;b&gt;已记录紧急跳过&lt;/b&gt;，时间 %1。原因：%2</translation>
    </message>
    <message>
        <source>Choose yes, no or not applicable: the note is stored with the answer.</source>
        <translation>请选择“是”“否”或“不适用”：备注随答案一起保存。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up fieldapp</source>
        <translation>设置 fieldapp</translation>
    </message>
    <message>
        <source>This device has not been set up yet. Say who surveys with it and choose the passphrase that protects the personal data of every survey on it.</source>
        <translation>本设备尚未设置。请填写使用它的查勘员，并设定保护其中所有查勘个人信息的口令。</translation>
    </message>
    <message>
        <source>Surveyor's name</source>
        <translation>查勘员姓名</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Longer is stronger: 12 characters are fair; 16, or 12 mixing letters, digits and signs, are strong. Without the passphrase the data cannot be read: keep it safe.</source>
        <translation>
            <numerusform>至少 %n 个字符。越长越安全：12 个字符为中等；16 个字符，或混合字母、数字和符号的 12 个字符为强。没有口令就无法读取数据，请妥善保管。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up this device</source>
        <translation>设置本设备</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>C&amp;lear signature</source>
        <translation>清除签名(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>清除签名</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>The person signs here with a finger, a pen or the mouse.</source>
        <translation>当事人可用手指、触控笔或鼠标在此签名。</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Surveyor's signature</source>
        <translation>查勘员签名</translation>
    </message>
    <message>
        <source>Insured's signature</source>
        <translation>被保险人签名</translation>
    </message>
    <message>
        <source>Signature pad of the surveyor</source>
        <translation>查勘员签名板</translation>
    </message>
    <message>
        <source>Signature pad of the insured</source>
        <translation>被保险人签名板</translation>
    </message>
    <message>
        <source>Store the surveyor's &amp;signature</source>
        <translation>保存查勘员签名(&amp;S)</translation>
    </message>
    <message>
        <source>Store the &amp;insured's signature</source>
        <translation>保存被保险人签名(&amp;I)</translation>
    </message>
    <message>
        <source>If the insured does not sign, why:</source>
        <translation>被保险人如不签名，原因：</translation>
    </message>
    <message>
        <source>e.g. not at the scene; refused to sign</source>
        <translation>例如：不在现场；拒绝签名</translation>
    </message>
    <message>
        <source>Why the insured does not sign</source>
        <translation>被保险人不签名的原因</translation>
    </message>
    <message>
        <source>Record: &amp;does not sign</source>
        <translation>记录：不签名(&amp;D)</translation>
    </message>
    <message>
        <source>Record that the insured does not sign</source>
        <translation>记录被保险人不签名</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>查勘员</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <source>No insured recorded yet: add the insured in Parties first.</source>
        <translation>尚未登记被保险人：请先在“当事人与同意”中添加。</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>尚未签名。</translation>
    </message>
    <message>
        <source>Signed at %1.</source>
        <translation>已于 %1 签名。</translation>
    </message>
    <message>
        <source>Does not sign (recorded at %1): %2</source>
        <translation>不签名（记录于 %1）：%2</translation>
    </message>
    <message>
        <source>Sign &amp;now</source>
        <translation>现在签名(&amp;N)</translation>
    </message>
    <message>
        <source>The insured signs after all</source>
        <translation>被保险人改为签名</translation>
    </message>
    <message>
        <source>Sign a&amp;gain</source>
        <translation>重新签名(&amp;G)</translation>
    </message>
    <message>
        <source>Replace the stored signature</source>
        <translation>替换已保存的签名</translation>
    </message>
</context>
<context>
    <name>StartStepPage</name>
    <message>
        <source>Time in this device's time zone (%1)</source>
        <translation>本设备所在时区的时间（%1）</translation>
    </message>
    <message>
        <source>Recorded as %1 (%2)</source>
        <translation>记录为 %1（%2）</translation>
    </message>
    <message>
        <source>The claim and the incident. Each change is stored as you type.</source>
        <translation>案件与出险情况。每处修改在输入时即自动保存。</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation>出险时间</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>出险地址</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>经过描述</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>e.g. 25.0330</source>
        <translation>例如 25.0330</translation>
    </message>
    <message>
        <source>e.g. 121.5654</source>
        <translation>例如 121.5654</translation>
    </message>
    <message>
        <source>Optional: degrees (WGS-84), both or neither; south and west are negative.</source>
        <translation>选填：以度为单位（WGS-84），两者都填或都不填；南纬和西经为负数。</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>事故发生的地点</translation>
    </message>
    <message>
        <source>How the loss happened, in your words</source>
        <translation>用您自己的话描述损失经过</translation>
    </message>
    <message>
        <source>Fixed once the survey is started: the safety checklist and the required photos depend on it. For another line, start a new survey.</source>
        <translation>查勘开始后不可更改：安全检查清单和必拍照片取决于险种。如需其他险种，请新建查勘。</translation>
    </message>
    <message>
        <source>This revision is signed and cannot change. To correct it, choose “Revise” in the survey list.</source>
        <translation>此版本已签名，不能再修改。如需更正，请在查勘列表中选择“修订”。</translation>
    </message>
    <message>
        <source>Latitude and longitude are numbers of degrees, e.g. 25.0330.</source>
        <translation>纬度和经度是度数，例如 25.0330。</translation>
    </message>
    <message>
        <source>Stored at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>Steps of the survey</source>
        <translation>查勘步骤</translation>
    </message>
</context>
<context>
    <name>SurveyListPage</name>
    <message>
        <source>Search claim or policy number</source>
        <translation>搜索报案号或保单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>全部险种</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>新建查勘</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the selected survey</source>
        <translation>打开所选查勘</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Revise the selected signed survey</source>
        <translation>修订所选已签名查勘</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>查勘</translation>
    </message>
    <message>
        <source>No surveys yet. Start one with “New survey”.</source>
        <translation>还没有查勘。点击“新建查勘”开始。</translation>
    </message>
    <message>
        <source>No survey matches the search.</source>
        <translation>没有符合搜索条件的查勘。</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>← Surveys</source>
        <translation>← 查勘列表</translation>
    </message>
    <message>
        <source>Back to the survey list</source>
        <translation>返回查勘列表</translation>
    </message>
</context>
<context>
    <name>SurveyTableModel</name>
    <message>
        <source>Claim</source>
        <translation>报案号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>出险时间</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <source>nothing required; still to sign: %1</source>
        <translation>无必填项；尚待签名：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust this device?</source>
        <translation>信任此设备？</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the surveyor's tablet shows (Device identity), pair by pair, before trusting. Reports this device signs will then be accepted.</source>
        <translation>信任之前，请与查勘员平板上显示的指纹（设备身份）逐组核对。信任后，该设备签名的报告将被接收。</translation>
    </message>
    <message>
        <source>Surveyor:</source>
        <translation>查勘员：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Staff number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>指纹 (SHA-256)：</translation>
    </message>
    <message>
        <source>&amp;Name at the office:</source>
        <translation>办公室内名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Name of the device at the office</source>
        <translation>设备在办公室内的名称</translation>
    </message>
    <message>
        <source>Trust this device</source>
        <translation>信任此设备</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This device is trusted already; its name will be updated.</source>
        <translation>此设备已受信任；其名称将被更新。</translation>
    </message>
    <message>
        <source>This device was revoked. Trusting it again accepts its reports from now on.</source>
        <translation>此设备曾被撤销。重新信任后，将从现在起接收其报告。</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>Trusted devices</source>
        <translation>受信任设备</translation>
    </message>
    <message>
        <source>The office accepts reports signed by these devices only. Add a device from the certificate its surveyor exported (or drop the .pem file here); revoking keeps its archived reports and refuses new ones.</source>
        <translation>办公室只接收由这些设备签名的报告。请用查勘员导出的证书添加设备（或将 .pem 文件拖放到这里）；撤销后其已归档的报告保留，新报告将被拒收。</translation>
    </message>
    <message>
        <source>Trust a device…</source>
        <translation>信任设备…</translation>
    </message>
    <message>
        <source>Trust a device from its certificate</source>
        <translation>用证书信任一台设备</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Revoke the chosen device</source>
        <translation>撤销所选设备</translation>
    </message>
    <message>
        <source>The device's certificate</source>
        <translation>设备的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>证书 (*.pem)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is trusted.</source>
        <translation>已信任 %1。</translation>
    </message>
    <message>
        <source>Revoke this device?</source>
        <translation>撤销此设备？</translation>
    </message>
    <message>
        <source>Stop trusting %1?</source>
        <translation>不再信任 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Reports it signs will be refused from now on; the archive keeps the %n report(s) it signed.</source>
        <translation>
            <numerusform>今后由它签名的报告将被拒收；已归档的 %n 份由它签名的报告仍会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Keep trusting</source>
        <translation>继续信任</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>已撤销对 %1 的信任。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock fieldapp</source>
        <translation>解锁 fieldapp</translation>
    </message>
    <message>
        <source>Type the passphrase that protects this device's surveys.</source>
        <translation>请输入保护本设备查勘数据的口令。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>High contrast (sunlight)</source>
        <translation>高对比度（强光下）</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>文字大小(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ViewTools</name>
    <message>
        <source>Zoom: %1 percent</source>
        <translation>缩放：%1%</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>使照片适合窗口</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>实际大小（100%）</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>向左转</translation>
    </message>
    <message>
        <source>Turn the view left (the photo is not changed)</source>
        <translation>向左旋转视图（不修改照片）</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>向右转</translation>
    </message>
    <message>
        <source>Turn the view right (the photo is not changed)</source>
        <translation>向右旋转视图（不修改照片）</translation>
    </message>
</context>
<context>
    <name>WatchBar</name>
    <message>
        <source>&amp;Watched folder:</source>
        <translation>监视的文件夹(&amp;W)：</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>监视的文件夹</translation>
    </message>
    <message>
        <source>a shared folder or a USB inbox</source>
        <translation>共享文件夹或 U 盘收件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>选择监视的文件夹</translation>
    </message>
    <message>
        <source>Import new reports from it</source>
        <translation>自动导入其中的新报告</translation>
    </message>
    <message>
        <source>Watch the folder</source>
        <translation>监视该文件夹</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>未在监视。</translation>
    </message>
    <message>
        <source>Watching.</source>
        <translation>正在监视。</translation>
    </message>
    <message>
        <source>Watching; looked %1.</source>
        <translation>正在监视；上次查看于 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still arriving.</source>
        <translation>
            <numerusform>%n 个文件仍在传入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithinSevenDays</name>
    <message>
        <source>Share of cases finished within 7 days</source>
        <translation>7 天内完成的案件比例</translation>
    </message>
    <message>
        <source>Whole period: %1 % of %2 cases</source>
        <translation>整个期间：%2 件中 %1 %</translation>
    </message>
    <message>
        <source>within-7-days</source>
        <translation>7天内完成比例</translation>
    </message>
    <message>
        <source>week starting (UTC)</source>
        <translation>周起始日（UTC）</translation>
    </message>
</context>
<context>
    <name>damage</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>total</source>
        <translation>全损</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>更换</translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation>重置成本</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>市场价值</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>账面价值</translation>
    </message>
    <message>
        <source>Expert appraisal</source>
        <translation>专家鉴定</translation>
    </message>
    <message>
        <source>whole item</source>
        <translation>整件</translation>
    </message>
    <message>
        <source>part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>喷漆</translation>
    </message>
    <message>
        <source>What is damaged</source>
        <translation>受损标的</translation>
    </message>
    <message>
        <source>Area or part</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Kind of damage</source>
        <translation>损坏类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>损坏程度</translation>
    </message>
    <message>
        <source>Repair or replace</source>
        <translation>修复或更换</translation>
    </message>
    <message>
        <source>Why it belongs to this incident</source>
        <translation>与本次事故的因果关系</translation>
    </message>
    <message>
        <source>Valuation method</source>
        <translation>估价方法</translation>
    </message>
    <message>
        <source>Estimate line</source>
        <translation>定损类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost (new)</source>
        <translation>单价（全新）</translation>
    </message>
    <message>
        <source>Depreciation %</source>
        <translation>折旧率 %</translation>
    </message>
    <message>
        <source>Basis of the depreciation</source>
        <translation>折旧依据</translation>
    </message>
    <message>
        <source>Assessed value</source>
        <translation>评估价值</translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation>残值</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>鉴定人</translation>
    </message>
    <message>
        <source>Basis of the appraisal</source>
        <translation>鉴定依据</translation>
    </message>
    <message>
        <source>Photos showing it</source>
        <translation>显示此损失的照片</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Sum insured</source>
        <translation>保险金额</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>出险时保险价值</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>免赔额</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>赔偿限额</translation>
    </message>
    <message>
        <source>Vehicle's actual value</source>
        <translation>车辆实际价值</translation>
    </message>
    <message>
        <source>Disability grade (1–10)</source>
        <translation>伤残等级（1–10）</translation>
    </message>
    <message>
        <source>Medical expenses</source>
        <translation>医疗费用</translation>
    </message>
    <message>
        <source>Medical limit</source>
        <translation>医疗限额</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Not a PDF</source>
        <translation>不是 PDF</translation>
    </message>
    <message>
        <source>Damaged PDF</source>
        <translation>PDF 已损坏</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>签名后被修改过</translation>
    </message>
    <message>
        <source>Modified after signing</source>
        <translation>签名后被修改</translation>
    </message>
    <message>
        <source>Untrusted device</source>
        <translation>设备不受信任</translation>
    </message>
    <message>
        <source>Revoked device</source>
        <translation>设备信任已撤销</translation>
    </message>
    <message>
        <source>No survey data</source>
        <translation>无查勘数据</translation>
    </message>
    <message>
        <source>Unknown data version</source>
        <translation>未知数据版本</translation>
    </message>
    <message>
        <source>Inconsistent data</source>
        <translation>数据自相矛盾</translation>
    </message>
    <message>
        <source>Revision clash</source>
        <translation>修订版冲突</translation>
    </message>
    <message>
        <source>Unreadable file</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Already archived</source>
        <translation>已归档过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>Still arriving</source>
        <translation>仍在传入</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Not a PDF file</source>
        <translation>不是 PDF 文件</translation>
    </message>
    <message>
        <source>Import the report PDF the surveyor exported.</source>
        <translation>请导入查勘员导出的报告 PDF。</translation>
    </message>
    <message>
        <source>The PDF is damaged or cut short</source>
        <translation>该 PDF 已损坏或不完整</translation>
    </message>
    <message>
        <source>Ask the surveyor to send the report again.</source>
        <translation>请查勘员重新发送报告。</translation>
    </message>
    <message>
        <source>The PDF carries no digital signature</source>
        <translation>该 PDF 没有数字签名</translation>
    </message>
    <message>
        <source>Only reports exported by fieldapp can be imported.</source>
        <translation>只能导入由 fieldapp 导出的报告。</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>签名后被修改过</translation>
    </message>
    <message>
        <source>Ask the surveyor to export the report again.</source>
        <translation>请查勘员重新导出报告。</translation>
    </message>
    <message>
        <source>The document was changed after it was signed</source>
        <translation>文档在签名后被修改过</translation>
    </message>
    <message>
        <source>Ask the surveyor to export again and send that file unchanged.</source>
        <translation>请查勘员重新导出，并原样发送该文件。</translation>
    </message>
    <message>
        <source>Signed by a device this office does not trust</source>
        <translation>签名设备不受本办公室信任</translation>
    </message>
    <message>
        <source>Check the device's fingerprint with the surveyor, then trust its certificate on the Trusted devices page.</source>
        <translation>请与查勘员核对设备指纹，然后在“受信任设备”页信任其证书。</translation>
    </message>
    <message>
        <source>Signed by a device whose trust was revoked</source>
        <translation>签名设备的信任已被撤销</translation>
    </message>
    <message>
        <source>Ask the team lead whether reports from this device may be accepted.</source>
        <translation>请向组长确认是否可接收该设备的报告。</translation>
    </message>
    <message>
        <source>No survey data covered by the signature</source>
        <translation>签名未涵盖任何查勘数据</translation>
    </message>
    <message>
        <source>Ask the surveyor to export again with this version of fieldapp.</source>
        <translation>请查勘员用此版本的 fieldapp 重新导出。</translation>
    </message>
    <message>
        <source>Survey data of a version this office cannot read</source>
        <translation>查勘数据的版本本办公室无法读取</translation>
    </message>
    <message>
        <source>Update fieldapp at the office.</source>
        <translation>请更新办公室的 fieldapp。</translation>
    </message>
    <message>
        <source>The survey data disagrees with itself</source>
        <translation>查勘数据前后不一致</translation>
    </message>
    <message>
        <source>Another file of the same survey and revision is archived</source>
        <translation>同一查勘同一版本的另一个文件已归档</translation>
    </message>
    <message>
        <source>Ask the surveyor which file they sent; a new revision replaces both.</source>
        <translation>请向查勘员确认发送的是哪个文件；新版本会取代两者。</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>Check the file's permissions and copy it again.</source>
        <translation>请检查文件权限后重新复制。</translation>
    </message>
    <message>
        <source>fieldapp could not process the file</source>
        <translation>fieldapp 无法处理该文件</translation>
    </message>
    <message>
        <source>Keep the quarantined copy and its reason file; report the problem.</source>
        <translation>请保留隔离副本及其原因文件，并报告此问题。</translation>
    </message>
    <message>
        <source>Still being copied</source>
        <translation>仍在复制中</translation>
    </message>
    <message>
        <source>Import it again once it has finished arriving.</source>
        <translation>传完后请再导入一次。</translation>
    </message>
    <message>
        <source>The batch was cancelled before this file</source>
        <translation>本批在处理此文件前已取消</translation>
    </message>
    <message>
        <source>Import it again.</source>
        <translation>请重新导入。</translation>
    </message>
    <message>
        <source>The office's disk is full</source>
        <translation>办公室的磁盘已满</translation>
    </message>
    <message>
        <source>Free some space, then import it again.</source>
        <translation>请释放一些空间，然后重新导入。</translation>
    </message>
    <message>
        <source>The office database stayed busy</source>
        <translation>办公室数据库一直忙碌</translation>
    </message>
    <message>
        <source>Import it again in a moment.</source>
        <translation>请稍后重新导入。</translation>
    </message>
    <message>
        <source>The office database does not allow this user to import</source>
        <translation>办公室数据库不允许此用户导入</translation>
    </message>
    <message>
        <source>Ask the office's database administrator for the importer role.</source>
        <translation>请向办公室的数据库管理员申请导入员角色。</translation>
    </message>
    <message>
        <source>The office database cannot be reached</source>
        <translation>无法连接办公室数据库</translation>
    </message>
    <message>
        <source>Check the server and the network, then import it again.</source>
        <translation>请检查服务器和网络，然后重新导入。</translation>
    </message>
    <message>
        <source>Report this to the fieldapp team.</source>
        <translation>请将此情况报告给 fieldapp 团队。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>口令不正确，请检查后重试。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>请设定至少 %n 个字符的口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
    <message>
        <source>The surveyor's name and the organisation are needed.</source>
        <translation>需要填写查勘员姓名和所属机构。</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space and try again.</source>
        <translation>磁盘已满：无法写入%1。请释放空间后重试。</translation>
    </message>
    <message>
        <source>Another program kept the survey database busy. Nothing was changed.</source>
        <translation>另一个程序正在占用查勘数据库，未做任何修改。</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>文件不见了</translation>
    </message>
    <message>
        <source>its bytes changed</source>
        <translation>文件内容已被改变</translation>
    </message>
    <message>
        <source>The archived report %1 does not match its fingerprint (%2). Import the surveyor's copy again, or restore the archive folder from a backup.</source>
        <translation>已归档的报告 %1 与其指纹不符（%2）。请重新导入查勘员的副本，或从备份恢复归档文件夹。</translation>
    </message>
    <message>
        <source>The office database does not allow %1 to %2; nothing was changed. Ask the office's database administrator for the importer role.</source>
        <translation>办公室数据库不允许 %1 %2；未做任何更改。请向办公室的数据库管理员申请导入员角色。</translation>
    </message>
    <message>
        <source>This is not a database address: give postgresql://SERVER/DATABASE.</source>
        <translation>这不是数据库地址：请填写 postgresql://服务器/数据库。</translation>
    </message>
    <message>
        <source>The office database is PostgreSQL (postgresql://SERVER/DATABASE) or this folder's own file.</source>
        <translation>办公室数据库只能是 PostgreSQL（postgresql://服务器/数据库）或本文件夹自己的数据库文件。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: fieldapp never stores it. Give it in PGPASSWORD, the password file (~/.pgpass) or a service file.</source>
        <translation>地址中不要包含密码：fieldapp 从不保存密码。请通过 PGPASSWORD、密码文件（~/.pgpass）或服务文件提供。</translation>
    </message>
    <message>
        <source>The key file of this data folder is damaged; restore it from a backup.</source>
        <translation>此数据文件夹的密钥文件已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>A stored photo file does not open: it was altered or belongs to another photo. Restore the data folder from a backup.</source>
        <translation>保存的照片文件无法打开：它已被改动，或属于另一张照片。请从备份恢复数据文件夹。</translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation>内容过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Write at least %1 characters (a Chinese character counts as two).</source>
        <translation>请至少写 %1 个字符（一个汉字算两个）。</translation>
    </message>
    <message>
        <source>This must be filled in.</source>
        <translation>此项必须填写。</translation>
    </message>
    <message>
        <source>This holds a character that cannot be shown or printed; remove it.</source>
        <translation>此处含有无法显示或打印的字符，请删除。</translation>
    </message>
    <message>
        <source>Enter an amount with at most two decimals, e.g. 1,234.50.</source>
        <translation>请输入最多两位小数的金额，例如 1,234.50。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>This amount is too large: amounts stay below 10^15. Check the figures.</source>
        <translation>金额过大：金额须小于 10^15，请核对数字。</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 2 or 2.5.</source>
        <translation>请输入数字，例如 2 或 2.5。</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>此数字超出允许范围。</translation>
    </message>
    <message>
        <source>A quantity is above 0 and below 1,000,000.</source>
        <translation>数量须大于 0 且小于 1,000,000。</translation>
    </message>
    <message>
        <source>A quantity has at most 4 decimals.</source>
        <translation>数量最多四位小数。</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>请输入 0 至 100 的百分比。</translation>
    </message>
    <message>
        <source>A percentage has at most 2 decimals.</source>
        <translation>百分比最多两位小数。</translation>
    </message>
    <message>
        <source>Replacement cost needs the unit cost (the cost of one unit new).</source>
        <translation>重置成本法需要填写单价（一件全新品的价格）。</translation>
    </message>
    <message>
        <source>This method needs the assessed value.</source>
        <translation>此估价方法需要填写评估价值。</translation>
    </message>
    <message>
        <source>Depreciation needs its basis (age, wear, a rule).</source>
        <translation>折旧须注明依据（使用年限、磨损或规则）。</translation>
    </message>
    <message>
        <source>An expert appraisal names the appraiser and the basis.</source>
        <translation>专家鉴定须注明鉴定人和鉴定依据。</translation>
    </message>
    <message>
        <source>Choose a valuation method.</source>
        <translation>请选择估价方法。</translation>
    </message>
    <message>
        <source>Not an ISO 4217 currency code (e.g. CNY, HKD, USD, EUR).</source>
        <translation>不是 ISO 4217 币种代码（例如 CNY、HKD、USD、EUR）。</translation>
    </message>
    <message>
        <source>A disability grade is a whole number from 1 to 10.</source>
        <translation>伤残等级为 1 至 10 的整数。</translation>
    </message>
    <message>
        <source>This survey is signed; revise it from the survey list to change it.</source>
        <translation>本查勘已签署；如需修改，请在查勘列表中选择“修订”。</translation>
    </message>
    <message>
        <source>the picture is damaged and cannot be decoded; the original is kept.</source>
        <translation>画面已损坏，无法解码；原始文件仍予保留。</translation>
    </message>
    <message>
        <source>the original is not in this data folder; add the photo file again.</source>
        <translation>原始文件不在此数据文件夹中；请重新添加照片文件。</translation>
    </message>
    <message>
        <source>A photo holds at most 200 marks; delete some before drawing more.</source>
        <translation>一张照片最多 200 个标记；请先删除一些再画。</translation>
    </message>
    <message>
        <source>The incident time is in the future; give the time it happened.</source>
        <translation>出险时间在未来，请填写实际发生的时间。</translation>
    </message>
    <message>
        <source>The incident time is more than ten years ago; check the year.</source>
        <translation>出险时间在十年以前，请检查年份。</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>请检查年份。</translation>
    </message>
    <message>
        <source>This time zone offset does not exist.</source>
        <translation>不存在这个时区偏移。</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>纬度和经度要么都填，要么都不填。</translation>
    </message>
    <message>
        <source>Latitude is a number of degrees from -90 to 90.</source>
        <translation>纬度是 -90 到 90 之间的度数。</translation>
    </message>
    <message>
        <source>Longitude is a number of degrees from -180 to 180.</source>
        <translation>经度是 -180 到 180 之间的度数。</translation>
    </message>
    <message>
        <source>Choose the legal basis: record the person's consent first, or choose another basis.</source>
        <translation>请选择处理依据：先记录本人同意，或选择其他依据。</translation>
    </message>
    <message>
        <source>Choose a consent recorded in this survey as the legal basis.</source>
        <translation>请选择本查勘中已记录的同意作为处理依据。</translation>
    </message>
    <message>
        <source>This person refused consent: their data can be kept only on another legal basis.</source>
        <translation>此人拒绝同意：只能依据其他法定依据保存其信息。</translation>
    </message>
    <message>
        <source>An ID number is sensitive: choose a consent that also covers sensitive data.</source>
        <translation>身份证件号码属于敏感个人信息：请选择包含敏感信息的同意。</translation>
    </message>
    <message>
        <source>This line of business does not collect that detail of a party.</source>
        <translation>此险种不收集当事人的这项信息。</translation>
    </message>
    <message>
        <source>The signature pad is blank: ask the person to sign.</source>
        <translation>签名板是空白的：请当事人签名。</translation>
    </message>
    <message>
        <source>That is only a dot or a short mark: ask the person to sign in full.</source>
        <translation>这只是一个点或短划：请当事人完整签名。</translation>
    </message>
    <message>
        <source>Choose whether the person granted or refused consent.</source>
        <translation>请选择当事人是同意还是拒绝。</translation>
    </message>
    <message>
        <source>A “no” to a required item needs a note: say why, and what was done instead.</source>
        <translation>必答项答“否”时须填写备注：说明原因以及改为采取了什么措施。</translation>
    </message>
    <message>
        <source>Write the reason in a sentence (at least 10 characters); the report shows it.</source>
        <translation>请用一句话写明原因（至少 10 个字符）；报告会显示它。</translation>
    </message>
    <message>
        <source>Say why the insured does not sign (not at the scene, refused, …).</source>
        <translation>请说明被保险人不签名的原因（不在现场、拒绝等）。</translation>
    </message>
    <message>
        <source>The surveyor signs the report; only the insured may decline.</source>
        <translation>查勘员须在报告上签名；只有被保险人可以不签。</translation>
    </message>
    <message>
        <source>Record the insured in Parties first: the name under the signature is theirs.</source>
        <translation>请先在“当事人与同意”中登记被保险人：签名下方显示其姓名。</translation>
    </message>
    <message>
        <source>A signature needs no reason for not signing: give one or the other.</source>
        <translation>已签名就无需填写不签名的原因：二者只能选其一。</translation>
    </message>
    <message>
        <source>The disk is full: the report (%1) does not fit in %2. Free some space there or choose another folder; the survey was left as it was.</source>
        <translation>磁盘已满：报告（%1）放不进 %2。请在那里释放空间或选择其他文件夹；查勘保持原样。</translation>
    </message>
    <message>
        <source>The folder %1 is not there (a USB stick removed, a shared folder disconnected?). Choose the folder again; the survey was left as it was.</source>
        <translation>文件夹 %1 不在了（U 盘被拔出、共享文件夹断开？）。请重新选择文件夹；查勘保持原样。</translation>
    </message>
    <message>
        <source>The export was cancelled; the survey was left as it was, no file written.</source>
        <translation>导出已取消；查勘保持原样，未写入任何文件。</translation>
    </message>
    <message>
        <source>The report could not be written into that folder: check that it is there and writable, then export again. The survey was left as it was.</source>
        <translation>报告无法写入那个文件夹：请确认它存在且可写，然后重新导出。查勘保持原样。</translation>
    </message>
    <message>
        <source>This device has no signing identity yet, so no report can be signed. Create it (your name and organisation) with “fieldapp identity create”.</source>
        <translation>本设备还没有签名身份，因此无法签署报告。请用“fieldapp identity create”创建（填写您的姓名和机构）。</translation>
    </message>
    <message>
        <source>The survey is not complete yet; nothing was exported. It still needs:</source>
        <translation>查勘尚未完成，未导出任何内容。还缺：</translation>
    </message>
    <message>
        <source>The file is a readable PDF</source>
        <translation>文件是可读的 PDF</translation>
    </message>
    <message>
        <source>It carries a digital signature</source>
        <translation>带有数字签名</translation>
    </message>
    <message>
        <source>The signature is intact and valid</source>
        <translation>签名完好且有效</translation>
    </message>
    <message>
        <source>The signer is this device (trusted)</source>
        <translation>签名者是本设备（受信任）</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>签名后没有任何改动</translation>
    </message>
    <message>
        <source>The signature covers the embedded survey data</source>
        <translation>签名涵盖内嵌的查勘数据</translation>
    </message>
    <message>
        <source>The survey data matches its schema and photo list</source>
        <translation>查勘数据符合其格式和照片清单</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>不是 PDF 文件</translation>
    </message>
    <message>
        <source>the PDF is damaged or cut short</source>
        <translation>PDF 已损坏或不完整</translation>
    </message>
    <message>
        <source>the PDF carries no digital signature</source>
        <translation>PDF 没有数字签名</translation>
    </message>
    <message>
        <source>changed after signing: the signature does not match the content</source>
        <translation>签名后被改动：签名与内容不符</translation>
    </message>
    <message>
        <source>the document was changed after it was signed</source>
        <translation>文件在签名后被改动过</translation>
    </message>
    <message>
        <source>signed by a device this office does not trust</source>
        <translation>签名设备不受本机构信任</translation>
    </message>
    <message>
        <source>signed by a device whose trust was revoked</source>
        <translation>签名设备的信任已被撤销</translation>
    </message>
    <message>
        <source>no survey data covered by the signature</source>
        <translation>签名未涵盖任何查勘数据</translation>
    </message>
    <message>
        <source>survey data of a version this office cannot read</source>
        <translation>查勘数据的版本本机构无法读取</translation>
    </message>
    <message>
        <source>the survey data disagrees with itself</source>
        <translation>查勘数据自相矛盾</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <source>fieldapp could not process the file</source>
        <translation>fieldapp 无法处理该文件</translation>
    </message>
    <message>
        <source>Larger than %1 MB: too large to be a photo.</source>
        <translation>大于 %1 MB：文件过大，不像是照片。</translation>
    </message>
    <message>
        <source>Its file name cannot go into the report: rename the file and add it again.</source>
        <translation>文件名无法写入报告：请重命名文件后再添加。</translation>
    </message>
    <message>
        <source>Already in this survey: not added a second time.</source>
        <translation>已在本查勘中，未重复添加。</translation>
    </message>
    <message>
        <source>Inside fieldapp's own data folder: those photos are already kept.</source>
        <translation>位于 fieldapp 自身的数据文件夹中：这些照片已保存。</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>没有此文件或文件夹。</translation>
    </message>
    <message>
        <source>The file disappeared before it could be read (was the card removed?).</source>
        <translation>文件在读取前消失了（存储卡是否已拔出？）。</translation>
    </message>
    <message>
        <source>This file cannot be read: permission denied.</source>
        <translation>无法读取此文件：没有权限。</translation>
    </message>
    <message>
        <source>A folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>无法读取此文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF).</source>
        <translation>不是已知格式的照片（JPEG、PNG、WebP、TIFF、HEIC/HEIF）。</translation>
    </message>
    <message>
        <source>Pictures in this format are not accepted as evidence (JPEG, PNG, WebP, TIFF and HEIC/HEIF are).</source>
        <translation>此格式的图片不能作为证据（可接受 JPEG、PNG、WebP、TIFF 和 HEIC/HEIF）。</translation>
    </message>
    <message>
        <source>Too many pixels to be a photo.</source>
        <translation>像素过多，不像是照片。</translation>
    </message>
    <message>
        <source>The file is cut short or its header is damaged.</source>
        <translation>文件不完整或文件头已损坏。</translation>
    </message>
    <message>
        <source>The picture's data is damaged.</source>
        <translation>图像数据已损坏。</translation>
    </message>
    <message>
        <source>Its colour mode cannot be shown.</source>
        <translation>无法显示其色彩模式。</translation>
    </message>
    <message>
        <source>Not enough memory to read this picture.</source>
        <translation>内存不足，无法读取此图像。</translation>
    </message>
    <message>
        <source>Not added: the import was cancelled before it.</source>
        <translation>未添加：导入在此之前已取消。</translation>
    </message>
    <message>
        <source>Not added: the disk is full.</source>
        <translation>未添加：磁盘已满。</translation>
    </message>
    <message>
        <source>Not added: the data folder was busy.</source>
        <translation>未添加：数据文件夹正忙。</translation>
    </message>
    <message>
        <source>This file was not added.</source>
        <translation>此文件未添加。</translation>
    </message>
    <message>
        <source>Or choose a TrueType font (.ttf/.ttc) that covers Chinese: fieldapp settings set report_font PATH</source>
        <translation>或者选择一个包含中文的 TrueType 字体（.ttf/.ttc）：fieldapp settings set report_font 字体文件路径</translation>
    </message>
    <message>
        <source>The report font cannot draw %1, used in this survey; nothing was exported. Change that text, or choose a font that has it: fieldapp settings set report_font PATH</source>
        <translation>报告字体无法显示本次查勘中用到的 %1；未导出任何内容。请修改这段文字，或选择包含这些字符的字体：fieldapp settings set report_font 字体文件路径</translation>
    </message>
    <message>
        <source>The report font %1 is missing or is not a TrueType font; nothing was exported.</source>
        <translation>报告字体 %1 不存在或不是 TrueType 字体；未导出任何内容。</translation>
    </message>
    <message>
        <source>Add the Chinese Supplemental Fonts of Windows (Settings &gt; Apps &gt; Optional features &gt; Add a feature).</source>
        <translation>请添加 Windows 的中文补充字体（设置 &gt; 应用 &gt; 可选功能 &gt; 添加功能）。</translation>
    </message>
    <message>
        <source>Restore the standard fonts in Font Book (File &gt; Restore Standard Fonts).</source>
        <translation>请在“字体册”中恢复标准字体（文件 &gt; 恢复标准字体）。</translation>
    </message>
    <message>
        <source>Install WenQuanYi Micro Hei (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Fedora: sudo dnf install wqy-microhei-fonts).</source>
        <translation>请安装文泉驿微米黑（Debian/Ubuntu：sudo apt install fonts-wqy-microhei；Fedora：sudo dnf install wqy-microhei-fonts）。</translation>
    </message>
    <message>
        <source>No Chinese font for the report was found on this computer; nothing was exported.</source>
        <translation>这台电脑上找不到报告所需的中文字体；未导出任何内容。</translation>
    </message>
    <message>
        <source>read the office archive</source>
        <translation>读取办公室档案</translation>
    </message>
    <message>
        <source>import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>change the trusted devices</source>
        <translation>更改受信任的设备</translation>
    </message>
    <message>
        <source>upgrade the office database to this version</source>
        <translation>将办公室数据库升级到此版本</translation>
    </message>
    <message>
        <source>set up the office roles</source>
        <translation>设置办公室角色</translation>
    </message>
    <message>
        <source>copy the archive into this database</source>
        <translation>把档案复制到此数据库</translation>
    </message>
    <message>
        <source>write to the office archive</source>
        <translation>写入办公室档案</translation>
    </message>
    <message>
        <source>The office database %1 cannot be reached (%2). Check the server and the network; nothing was changed.</source>
        <translation>无法连接办公室数据库 %1（%2）。请检查服务器和网络；没有做任何更改。</translation>
    </message>
    <message>
        <source>The office database %1 refused the login (%2). Check the user name and the password (PGPASSWORD, ~/.pgpass or the service file).</source>
        <translation>办公室数据库 %1 拒绝登录（%2）。请检查用户名和密码（PGPASSWORD、~/.pgpass 或服务文件）。</translation>
    </message>
    <message>
        <source>The office database %1 was written by a newer version of fieldapp (schema %2); update fieldapp on this desk. Nothing was changed.</source>
        <translation>办公室数据库 %1 由更新版本的 fieldapp 写入（结构 %2）；请在这台电脑上更新 fieldapp。没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Motor</source>
        <translation>车险</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>财产险</translation>
    </message>
    <message>
        <source>Personal accident</source>
        <translation>意外伤害险</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>现场安全</translation>
    </message>
    <message>
        <source>Parties &amp; consent</source>
        <translation>当事人与同意</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Damage &amp; valuation</source>
        <translation>损失与定损</translation>
    </message>
    <message>
        <source>Review &amp; sign</source>
        <translation>复核与签名</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>not answered: %1</source>
        <translation>未回答：%1</translation>
    </message>
    <message>
        <source>shot %1: %2 of %3</source>
        <translation>照片“%1”：%2/%3</translation>
    </message>
    <message>
        <source>damage item %1 has no photo</source>
        <translation>损失项 %1 没有照片</translation>
    </message>
    <message>
        <source>no party recorded</source>
        <translation>尚未记录当事人</translation>
    </message>
    <message>
        <source>no damage item yet</source>
        <translation>尚无损失项</translation>
    </message>
    <message>
        <source>locked until the safety checklist is answered or an emergency skip recorded</source>
        <translation>须先完成现场安全检查或记录紧急跳过</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>尚未签名</translation>
    </message>
    <message>
        <source>the surveyor has not signed</source>
        <translation>查勘员尚未签名</translation>
    </message>
    <message>
        <source>the insured has not signed (or why not is not recorded)</source>
        <translation>被保险人尚未签名（或未记录不签名的原因）</translation>
    </message>
    <message>
        <source>no report exported yet</source>
        <translation>尚未导出报告</translation>
    </message>
    <message>
        <source>emergency skip recorded</source>
        <translation>已记录紧急跳过</translation>
    </message>
    <message>
        <source>%n more</source>
        <translation>另有 %n 项</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>全景</translation>
    </message>
    <message>
        <source>damage close-up</source>
        <translation>损失特写</translation>
    </message>
    <message>
        <source>plate / VIN</source>
        <translation>车牌/车架号</translation>
    </message>
    <message>
        <source>odometer</source>
        <translation>里程表</translation>
    </message>
    <message>
        <source>document</source>
        <translation>证件资料</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>被保险人</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三者</translation>
    </message>
    <message>
        <source>Injured person</source>
        <translation>伤者</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>索赔人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Vehicle (make, model, colour)</source>
        <translation>车辆（品牌、型号、颜色）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <source>Needed for the insurance contract</source>
        <translation>履行保险合同所必需</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>法定义务</translation>
    </message>
    <message>
        <source>Emergency (life, health or property)</source>
        <translation>紧急情况（保护生命、健康或财产）</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>before incident</source>
        <translation>事故前拍摄</translation>
    </message>
    <message>
        <source>long after</source>
        <translation>事故后很久</translation>
    </message>
    <message>
        <source>far away</source>
        <translation>远离现场</translation>
    </message>
    <message>
        <source>in another survey</source>
        <translation>他案已用</translation>
    </message>
    <message>
        <source>picture damaged</source>
        <translation>图像损坏</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Taken before the incident: the camera's time is %1 before the stated time.</source>
        <translation>拍摄于事故之前：相机时间比申报的事故时间早 %1。</translation>
    </message>
    <message>
        <source>Taken long after the incident: %1 after the stated time.</source>
        <translation>拍摄时间距事故很久：比申报的事故时间晚 %1。</translation>
    </message>
    <message>
        <source>Taken far from the place: its GPS position is %1 km from the incident place.</source>
        <translation>拍摄地点远离现场：GPS 位置距事故地点 %1 公里。</translation>
    </message>
    <message>
        <source>Used in another survey: the same original is attached to %1 other survey(s).</source>
        <translation>他案已用：同一原始照片也附在另外 %1 个查勘中。</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown; the original is kept exactly as received.</source>
        <translation>图像已损坏，无法显示；原始文件按收到时原样保存。</translation>
    </message>
    <message>
        <source>A risk note concerns this photo.</source>
        <translation>此照片有一条风险提示。</translation>
    </message>
</context>
</TS>