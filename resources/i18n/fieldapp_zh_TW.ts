<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <source>unknown commit</source>
        <translation>提交未知</translation>
    </message>
    <message>
        <source>%1 · build %2 (%3)</source>
        <translation>%1 · 建置 %2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2, from source)</source>
        <translation>%1（%2，從原始碼執行）</translation>
    </message>
</context>
<context>
    <name>ArchiveDetailPane</name>
    <message>
        <source>Open PDF</source>
        <translation>開啟 PDF</translation>
    </message>
    <message>
        <source>Open the report's PDF in the system viewer</source>
        <translation>以系統檢視器開啟報告 PDF</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>報告詳細資料</translation>
    </message>
    <message>
        <source>No report chosen</source>
        <translation>未選擇報告</translation>
    </message>
    <message>
        <source>Choose a report in the table to see its details.</source>
        <translation>在表格中選擇一份報告以檢視詳細資料。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>驗證紀錄</translation>
    </message>
    <message>
        <source>Parties (masked)</source>
        <translation>當事人（已遮罩）</translation>
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
        <translation>需關注的事項</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本紀錄</translation>
    </message>
    <message>
        <source>An earlier revision: r%1 supersedes it.</source>
        <translation>這是較早的版本：已被 r%1 取代。</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>檢視最新版本</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>報案號</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保單號</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>險種</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>出險時間</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事故經過</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>查勘員</translation>
    </message>
    <message>
        <source>Survey finished</source>
        <translation>查勘完成時間</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>Net loss</source>
        <translation>實際損失</translation>
    </message>
    <message>
        <source>Indemnity</source>
        <translation>賠款</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>no longer in the trust list</source>
        <translation>已不在信任清單中</translation>
    </message>
    <message>
        <source>revoked %1; this report was accepted before</source>
        <translation>已於 %1 撤銷信任；本報告在此之前已被接收</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>簽章者</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>憑證指紋</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>簽章時間</translation>
    </message>
    <message>
        <source>✓ holds</source>
        <translation>✓ 通過</translation>
    </message>
    <message>
        <source>✗ fails</source>
        <translation>✗ 未通過</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– 未檢查</translation>
    </message>
    <message>
        <source>Readable PDF</source>
        <translation>PDF 可讀取</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已簽署</translation>
    </message>
    <message>
        <source>Signature intact and valid</source>
        <translation>簽章完整有效</translation>
    </message>
    <message>
        <source>Signer trusted</source>
        <translation>簽章者受信任</translation>
    </message>
    <message>
        <source>No change after signing</source>
        <translation>簽章後未被修改</translation>
    </message>
    <message>
        <source>Signature covers the survey data</source>
        <translation>簽章涵蓋查勘資料</translation>
    </message>
    <message>
        <source>Data matches its schema and manifest</source>
        <translation>資料符合其結構定義與清單</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>無紀錄。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Indemnity: %1</source>
        <translation>建議賠款：%1</translation>
    </message>
    <message>
        <source>Taking the photos from the archived PDF…</source>
        <translation>正在從歸檔的 PDF 中擷取照片…</translation>
    </message>
    <message>
        <source>The report holds no photos.</source>
        <translation>本報告沒有照片。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>目前顯示</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>接收於 %1</translation>
    </message>
</context>
<context>
    <name>ArchiveFilters</name>
    <message>
        <source>Claim or policy number</source>
        <translation>報案號或保單號</translation>
    </message>
    <message>
        <source>Search claim or policy number</source>
        <translation>搜尋報案號或保單號</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>接收(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>出險(&amp;I)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除所有篩選條件</translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation>接收日期不早於</translation>
    </message>
    <message>
        <source>Received on or before</source>
        <translation>接收日期不晚於</translation>
    </message>
    <message>
        <source>Incident on or after</source>
        <translation>出險日期不早於</translation>
    </message>
    <message>
        <source>Incident on or before</source>
        <translation>出險日期不晚於</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>險種</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>全部險種</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>查勘員</translation>
    </message>
    <message>
        <source>Every surveyor</source>
        <translation>全部查勘員</translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation>簽章裝置</translation>
    </message>
    <message>
        <source>Every device</source>
        <translation>全部裝置</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Claim</source>
        <translation>報案號</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>保單號</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>險種</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>出險時間</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>查勘員</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Indemnity</source>
        <translation>賠款</translation>
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
        <translation>檔案庫</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export the filtered surveys as CSV</source>
        <translation>將篩選出的查勘匯出為 CSV</translation>
    </message>
    <message>
        <source>Archived surveys</source>
        <translation>已歸檔的查勘</translation>
    </message>
    <message>
        <source>Archived surveys and the chosen report</source>
        <translation>已歸檔的查勘及所選報告</translation>
    </message>
    <message>
        <source>No report matches the filters.</source>
        <translation>沒有符合篩選條件的報告。</translation>
    </message>
    <message>
        <source>The archive is empty. Import reports on the import desk.</source>
        <translation>檔案庫是空的。請在匯入台匯入報告。</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>報告：%1 份</translation>
    </message>
    <message>
        <source>%1 read so far; scroll for more</source>
        <translation>已讀取 %1 份；向下捲動檢視更多</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <source>CSV written to %1; surveys in it: %2</source>
        <translation>CSV 已寫入 %1；共 %2 筆查勘</translation>
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
        <translation>步驟</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Steps of the calculation</source>
        <translation>理算步驟</translation>
    </message>
    <message>
        <source>Proposed indemnity: %1</source>
        <translation>建議賠款：%1</translation>
    </message>
    <message>
        <source>Counts what is being typed; it is stored as soon as it is valid.</source>
        <translation>包含正在輸入的內容；內容有效後即自動儲存。</translation>
    </message>
    <message>
        <source>As stored.</source>
        <translation>依已儲存的資料計算。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存為 PNG…</translation>
    </message>
    <message>
        <source>Save the chart %1 as a PNG image</source>
        <translation>將圖表「%1」另存為 PNG 圖片</translation>
    </message>
    <message>
        <source>Nothing was received in this period.</source>
        <translation>此期間未收到任何報告。</translation>
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
        <translation>已無缺項：報告可以匯出。</translation>
    </message>
    <message>
        <source>The report can be exported; still to do before handing it over:</source>
        <translation>報告可以匯出；交付前還需完成：</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) must be done before the report can be exported:</source>
        <translation>
            <numerusform>匯出報告前還須完成 %n 項：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (needed to export)</source>
        <translation>%1（匯出必需）</translation>
    </message>
    <message>
        <source>%1 — go to %2</source>
        <translation>%1 —— 前往「%2」</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>&lt;b&gt;Privacy notice and consent&lt;/b&gt;</source>
        <translation>&lt;b&gt;個人資料告知與同意&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notice &amp;language</source>
        <translation>告知書語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Person informed</source>
        <translation>受告知人(&amp;P)</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>其答覆</translation>
    </message>
    <message>
        <source>Consents recorded</source>
        <translation>已記錄的同意</translation>
    </message>
    <message>
        <source>Language of the privacy notice</source>
        <translation>個人資料告知書的語言</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>個人資料告知書</translation>
    </message>
    <message>
        <source>Name of the person informed</source>
        <translation>受告知人姓名</translation>
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
        <translation>拒絕(&amp;F)</translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Also covers &amp;sensitive data (ID number)</source>
        <translation>另行同意處理敏感個人資料（身分證件號碼）(&amp;S)</translation>
    </message>
    <message>
        <source>Consent also covers sensitive data</source>
        <translation>同意範圍包括敏感個人資料</translation>
    </message>
    <message>
        <source>Record &amp;consent with signature</source>
        <translation>記錄同意及簽名(&amp;C)</translation>
    </message>
    <message>
        <source>Record the consent with the signature</source>
        <translation>記錄同意及手寫簽名</translation>
    </message>
    <message>
        <source>Consents recorded in this survey</source>
        <translation>本查勘已記錄的同意</translation>
    </message>
    <message>
        <source>incl. sensitive data</source>
        <translation>含敏感個人資料</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已手寫簽名</translation>
    </message>
    <message>
        <source>not signed by hand</source>
        <translation>無手寫簽名</translation>
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
        <translation>此損失與本次事故的關聯（痕跡、水位高度、撞擊痕等）</translation>
    </message>
    <message>
        <source>Photos of the survey: tick those showing this item</source>
        <translation>本次查勘的照片：勾選顯示此項損失的照片</translation>
    </message>
    <message>
        <source>The survey has no photos yet; add them in the Photos step.</source>
        <translation>本次查勘尚無照片，請在「照片」步驟中新增。</translation>
    </message>
    <message>
        <source>No item chosen. Add one with Insert or “Add item”.</source>
        <translation>未選擇項目。按 Insert 鍵或「新增項目」新增一項。</translation>
    </message>
    <message>
        <source>New item: stored as soon as its description, causal link and value are valid.</source>
        <translation>新項目：損失描述、因果關係與金額有效後即自動儲存。</translation>
    </message>
    <message>
        <source>Item %1: each change is stored as you type.</source>
        <translation>項目 %1：每處修改都會在輸入時自動儲存。</translation>
    </message>
</context>
<context>
    <name>DamageItemsModel</name>
    <message>
        <source>Item</source>
        <translation>損失項目</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>估價方法</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
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
        <translation>刪除損失項目</translation>
    </message>
    <message>
        <source>Remove “%1” from this survey? Its photos stay in the survey.</source>
        <translation>要從本查勘中刪除「%1」嗎？其照片仍保留在本查勘中。</translation>
    </message>
    <message>
        <source>Add item (Ins)</source>
        <translation>新增項目 (Ins)</translation>
    </message>
    <message>
        <source>Add a damage item</source>
        <translation>新增損失項目</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>刪除 (Del)</translation>
    </message>
    <message>
        <source>Remove the chosen damage item</source>
        <translation>刪除所選損失項目</translation>
    </message>
    <message>
        <source>Damage items</source>
        <translation>損失項目</translation>
    </message>
    <message>
        <source>This survey is signed: revise it from the survey list to change its damage.</source>
        <translation>本查勘已簽署：如需修改損失，請在查勘清單中選擇「修訂」。</translation>
    </message>
    <message>
        <source>The policy terms being typed have errors: the stored ones count.</source>
        <translation>正在輸入的保單條件有錯誤：依已儲存的條件計算。</translation>
    </message>
    <message>
        <source>The item being edited is not counted until its errors are fixed.</source>
        <translation>正在編輯的項目有錯誤，改正前不計入。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>統計儀表板</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>Everything received</source>
        <translation>全部已收報告</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>自選日期</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>最近 %1 週</translation>
    </message>
    <message>
        <source>Period of the figures</source>
        <translation>統計期間</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
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
        <translation>收到的最後一天（UTC）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>No report has been received yet.</source>
        <translation>尚未收到任何報告。</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) rejected</source>
        <translation>
            <numerusform>%n 次匯入被拒收</numerusform>
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
        <translation>將圖表另存為 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <source>Office database</source>
        <translation>辦公室資料庫</translation>
    </message>
    <message>
        <source>This desk now uses: %1</source>
        <translation>這台電腦現在使用：%1</translation>
    </message>
    <message>
        <source>This desk is set to use %1, which did not open.</source>
        <translation>這台電腦設定使用 %1，但它未能開啟。</translation>
    </message>
    <message>
        <source>This office folder's own database file (%1): one desk</source>
        <translation>本辦公室資料夾自己的資料庫檔案（%1）：一台電腦使用</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database: several desks</source>
        <translation>共用的 PostgreSQL 資料庫：多台電腦共用</translation>
    </message>
    <message>
        <source>Address of the PostgreSQL database</source>
        <translation>PostgreSQL 資料庫位址</translation>
    </message>
    <message>
        <source>The password is not part of the address and is never stored by fieldapp: give it in PGPASSWORD, the password file (~/.pgpass) or a service file.</source>
        <translation>密碼不屬於位址，fieldapp 也從不儲存密碼：請透過 PGPASSWORD、密碼檔（~/.pgpass）或服務檔提供。</translation>
    </message>
    <message>
        <source>Choosing another database does not move this desk's archive or its trusted devices. To take them along, run %1 before switching (user guide, section 2.5).</source>
        <translation>改用其他資料庫不會搬移這台電腦的檔案庫和受信任裝置。如需一併帶走，請在切換前執行 %1（見使用者指南 2.5 節）。</translation>
    </message>
    <message>
        <source>FIELDAPP_OFFICE_DB is set on this computer: when fieldapp starts, it chooses the database before this folder's setting does.</source>
        <translation>這台電腦設定了 FIELDAPP_OFFICE_DB：fieldapp 啟動時優先使用它指定的資料庫，而不是本資料夾的設定。</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>使用此資料庫</translation>
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
        <translation>匯入台</translation>
    </message>
    <message>
        <source>Drop report PDFs or folders here, or add them. Each file is verified before anything of it is read; refused files go to quarantine with their reason.</source>
        <translation>將報告 PDF 或資料夾拖放到這裡，或按「加入」。每個檔案在讀取任何內容前都會先驗證；被拒收的檔案連同原因放入隔離區。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <source>Add report files</source>
        <translation>加入報告檔案</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>加入資料夾…</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>加入一個報告資料夾</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>匯入進度</translation>
    </message>
    <message>
        <source>Import results, newest first</source>
        <translation>匯入結果，最新的在前</translation>
    </message>
    <message>
        <source>Open quarantined copy</source>
        <translation>開啟隔離副本</translation>
    </message>
    <message>
        <source>Open the quarantined copy</source>
        <translation>開啟隔離副本</translation>
    </message>
    <message>
        <source>Open reason file</source>
        <translation>開啟原因檔案</translation>
    </message>
    <message>
        <source>Open the reason file</source>
        <translation>開啟原因檔案</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>重新匯入</translation>
    </message>
    <message>
        <source>Import the chosen file again</source>
        <translation>重新匯入所選檔案</translation>
    </message>
    <message>
        <source>After trusting its device, or once it has finished arriving</source>
        <translation>在信任其裝置之後，或檔案傳完之後</translation>
    </message>
    <message>
        <source>Reports (*.pdf)</source>
        <translation>報告 (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Looking for reports…</source>
        <translation>正在尋找報告…</translation>
    </message>
    <message>
        <source>Verified %1 of %2: %3</source>
        <translation>已驗證 %1/%2：%3</translation>
    </message>
    <message>
        <source>Cancelling after the file in hand…</source>
        <translation>處理完目前的檔案後取消…</translation>
    </message>
    <message>
        <source>Last batch: %1 accepted, %2 already archived, %3 refused, %4 to import again.</source>
        <translation>上一批：%1 個已接收，%2 個已歸檔過，%3 個被拒收，%4 個需重新匯入。</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指紋 (SHA-256)</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>信任時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>已收報告</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>已於 %1 撤銷</translation>
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
        <translation>緊急情況——略過安全檢查</translation>
    </message>
    <message>
        <source>Go straight to evidence only when waiting would put people or the evidence at risk. Write why: the report shows the reason and the time.</source>
        <translation>僅在等待會危及人員或證據時，才直接開始蒐證。請寫明原因：報告會顯示原因與時間。</translation>
    </message>
    <message>
        <source>Reason for the emergency skip</source>
        <translation>緊急略過的原因</translation>
    </message>
    <message>
        <source>e.g. fire spreading to the neighbouring house; fire brigade on site</source>
        <translation>例如：火勢延燒至鄰屋，消防隊在場</translation>
    </message>
    <message>
        <source>Record emergency skip</source>
        <translation>記錄緊急略過</translation>
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
        <translation>報告儲存到(&amp;S)</translation>
    </message>
    <message>
        <source>Folder the report is saved in</source>
        <translation>報告儲存的資料夾</translation>
    </message>
    <message>
        <source>The data folder's exports folder</source>
        <translation>資料資料夾中的 exports 資料夾</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>選擇報告的資料夾</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>預設資料夾</translation>
    </message>
    <message>
        <source>Use the data folder's exports folder</source>
        <translation>使用資料資料夾中的 exports 資料夾</translation>
    </message>
    <message>
        <source>This folder is not there (a USB stick removed?). Plug it in or choose another folder.</source>
        <translation>這個資料夾不在了（隨身碟被拔出？）。請插回，或選擇其他資料夾。</translation>
    </message>
    <message>
        <source>This folder cannot be written to (a locked stick, no permission). Choose another folder.</source>
        <translation>無法寫入這個資料夾（隨身碟防寫或沒有權限）。請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Free space: %1</source>
        <translation>可用空間：%1</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>報告的資料夾</translation>
    </message>
</context>
<context>
    <name>ExportResultPanel</name>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Open the folder of the report</source>
        <translation>開啟報告所在的資料夾</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>開啟 PDF</translation>
    </message>
    <message>
        <source>Open the report in the PDF viewer</source>
        <translation>用 PDF 閱讀器開啟報告</translation>
    </message>
    <message>
        <source>Revision %1 written (%2):
%3</source>
        <translation>第 %1 版已寫入（%2）：
%3</translation>
    </message>
    <message>
        <source>The written file could not be checked: %1</source>
        <translation>無法檢查寫入的檔案：%1</translation>
    </message>
    <message>
        <source>Checking the written file…</source>
        <translation>正在檢查寫入的檔案…</translation>
    </message>
    <message>
        <source>The written file verifies: every check holds.</source>
        <translation>寫入的檔案驗證通過：每項檢查均成立。</translation>
    </message>
    <message>
        <source>The written file does NOT verify: %1. Export it again.</source>
        <translation>寫入的檔案未通過驗證：%1。請重新匯出。</translation>
    </message>
    <message>
        <source>Signed at %1; the signing device's fingerprint:
%2</source>
        <translation>簽署時間 %1；簽署裝置的指紋：
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
        <translation>未檢查</translation>
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
        <translation>報告語言(&amp;L)</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>報告的語言</translation>
    </message>
    <message>
        <source>&amp;Masked: personal data shortened (for the office and insurer)</source>
        <translation>遮蔽(&amp;M)：個人資料部分隱去（供公司和保險人使用）</translation>
    </message>
    <message>
        <source>&amp;Full: personal data as recorded (asks first; logged)</source>
        <translation>完整(&amp;F)：個人資料按記錄原樣顯示（先確認；記入日誌）</translation>
    </message>
    <message>
        <source>&amp;Export report</source>
        <translation>匯出報告(&amp;E)</translation>
    </message>
    <message>
        <source>Export the signed report</source>
        <translation>匯出已簽署的報告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>取消匯出</translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation>修訂(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the next revision of this survey</source>
        <translation>開啟這份查勘的下一版</translation>
    </message>
    <message>
        <source>Export the full report?</source>
        <translation>匯出完整報告？</translation>
    </message>
    <message>
        <source>A full report shows the personal data unmasked: names, phone numbers, ID numbers, registration plates, the full address and the map position of the incident. Anyone who gets the file can read them. The survey's log records this export.</source>
        <translation>完整報告顯示未遮蔽的個人資料：姓名、電話號碼、身分證字號、車牌號碼、事故的完整地址和地圖位置。拿到檔案的任何人都能讀到這些資料。這次匯出會記入查勘日誌。</translation>
    </message>
    <message>
        <source>Export full report</source>
        <translation>匯出完整報告</translation>
    </message>
    <message>
        <source>Open the next revision?</source>
        <translation>開啟下一版？</translation>
    </message>
    <message>
        <source>Revision %1 stays as it was signed and sent. Revision %2 opens for changes; it must be signed and exported again.</source>
        <translation>第 %1 版保持簽署和送出時的樣子。第 %2 版開啟以供修改；修改後須重新簽署並匯出。</translation>
    </message>
    <message>
        <source>Open revision %1</source>
        <translation>開啟第 %1 版</translation>
    </message>
    <message>
        <source>Revision %1 is signed. Exporting it again writes a new file with the same data. To change something, revise it: the signed revision stays as sent.</source>
        <translation>第 %1 版已簽署。再次匯出會寫入一個資料相同的新檔案。如需修改，請修訂：已簽署的版本保持送出時的樣子。</translation>
    </message>
    <message>
        <source>Checking the survey</source>
        <translation>正在檢查查勘</translation>
    </message>
    <message>
        <source>Preparing the photos</source>
        <translation>正在準備照片</translation>
    </message>
    <message>
        <source>Gathering the survey data</source>
        <translation>正在彙整查勘資料</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>正在排版報告</translation>
    </message>
    <message>
        <source>Signing and writing the file</source>
        <translation>正在簽署並寫入檔案</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelling after this stage…</source>
        <translation>本階段結束後取消…</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <source>fieldapp %1 — on-site survey</source>
        <translation>fieldapp %1 — 現場查勘</translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation>查勘(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>新增查勘(&amp;N)…</translation>
    </message>
    <message>
        <source>Survey &amp;list</source>
        <translation>查勘清單(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>fieldapp user guide</source>
        <translation>fieldapp 使用者指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用者指南</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About fieldapp</source>
        <translation>關於 fieldapp(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;fieldapp&lt;/h3&gt;&lt;p&gt;On-site loss survey with digitally signed PDF reports.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;fieldapp&lt;/h3&gt;&lt;p&gt;現場查勘定損，產生具數位簽章的 PDF 報告。&lt;/p&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About fieldapp</source>
        <translation>關於 fieldapp</translation>
    </message>
</context>
<context>
    <name>HoursToSurvey</name>
    <message>
        <source>Hours from incident to survey finished</source>
        <translation>出險至查勘完成的時數</translation>
    </message>
    <message>
        <source>Whole period: mean %1 h, 90th percentile %2 h; target %3 h</source>
        <translation>整個期間：平均 %1 小時，第 90 百分位數 %2 小時；目標 %3 小時</translation>
    </message>
    <message>
        <source>hours-to-survey</source>
        <translation>出險至查勘時數</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位數</translation>
    </message>
    <message>
        <source>target %1 h</source>
        <translation>目標 %1 小時</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>week starting (UTC)</source>
        <translation>週起始日（UTC）</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Cancel the photo import</source>
        <translation>取消照片匯入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close the import results</source>
        <translation>關閉匯入結果</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>匯入進度</translation>
    </message>
    <message>
        <source>Files not added, with the reason</source>
        <translation>未加入的檔案及原因</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>正在尋找照片…</translation>
    </message>
    <message>
        <source>Cancelling: the photos already added stay added…</source>
        <translation>正在取消：已加入的照片會保留…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1 / %2 個：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added</source>
        <translation>
            <numerusform>已加入 %n 張照片</numerusform>
        </translation>
    </message>
    <message>
        <source> as “%1”</source>
        <translation>，類別為「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%n already in this survey</source>
        <translation>
            <numerusform>%n 張已在本查勘中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 個被拒絕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not added</source>
        <translation>
            <numerusform>%n 個未加入</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The import was cancelled; the photos added before stay.</source>
        <translation>匯入已取消；此前已加入的照片會保留。</translation>
    </message>
</context>
<context>
    <name>IndemnityByLine</name>
    <message>
        <source>Indemnity by line</source>
        <translation>各險種賠款</translation>
    </message>
    <message>
        <source>indemnity-by-line</source>
        <translation>各險種賠款</translation>
    </message>
    <message>
        <source>indemnity</source>
        <translation>賠款</translation>
    </message>
</context>
<context>
    <name>MarkTools</name>
    <message>
        <source>Choose / move</source>
        <translation>選取 / 移動</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭頭</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>橢圓</translation>
    </message>
    <message>
        <source>Free-hand</source>
        <translation>手繪</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>紅色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黃色</translation>
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
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>刪除標記</translation>
    </message>
    <message>
        <source>Delete the chosen marks</source>
        <translation>刪除所選標記</translation>
    </message>
</context>
<context>
    <name>NewSurveyDialog</name>
    <message>
        <source>New survey</source>
        <translation>新增查勘</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>報案號</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>險種</translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation>出險時間</translation>
    </message>
    <message>
        <source>Time in this device's time zone (UTC%1)</source>
        <translation>本裝置所在時區的時間（UTC%1）</translation>
    </message>
    <message>
        <source>Start survey</source>
        <translation>開始查勘</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>surveyor</source>
        <translation>查勘員</translation>
    </message>
</context>
<context>
    <name>NotOpenedNote</name>
    <message>
        <source>File not opened</source>
        <translation>檔案未能開啟</translation>
    </message>
    <message>
        <source>No program on this computer opened it. Open it yourself from its full path (select it to copy it): %1</source>
        <translation>這台電腦上沒有程式開啟它。請依完整路徑自行開啟（可選取路徑複製）：%1</translation>
    </message>
</context>
<context>
    <name>OfficeOpeningDialog</name>
    <message>
        <source>fieldapp — office</source>
        <translation>fieldapp — 理賠辦公室</translation>
    </message>
    <message>
        <source>The office database cannot be opened.</source>
        <translation>無法開啟辦公室資料庫。</translation>
    </message>
    <message>
        <source>Opening the office database %1 …</source>
        <translation>正在開啟辦公室資料庫 %1 …</translation>
    </message>
    <message>
        <source>Last tried at %1.</source>
        <translation>上次嘗試時間：%1。</translation>
    </message>
    <message>
        <source>Opening the office database</source>
        <translation>正在開啟辦公室資料庫</translation>
    </message>
    <message>
        <source>&amp;Password for this session (not stored; PGPASSWORD or ~/.pgpass also work):</source>
        <translation>本次使用的密碼(&amp;P)（不會儲存；也可用 PGPASSWORD 或 ~/.pgpass）：</translation>
    </message>
    <message>
        <source>Password of the database user</source>
        <translation>資料庫使用者的密碼</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Use another database…</source>
        <translation>使用其他資料庫…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
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
        <translation>fieldapp %1 — 理賠辦公室</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>辦公室(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Office &amp;database…</source>
        <translation>辦公室資料庫(&amp;D)…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Office tasks</source>
        <translation>辦公室工作</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一個分頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>上一個分頁(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PartiesStep</name>
    <message>
        <source>Consent recorded.</source>
        <translation>已記錄同意。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parties&lt;/b&gt;</source>
        <translation>&lt;b&gt;當事人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>其他資料</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>處理依據</translation>
    </message>
    <message>
        <source>Parties of this survey</source>
        <translation>本查勘的當事人</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>新增當事人(&amp;A)</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>新增當事人</translation>
    </message>
    <message>
        <source>&amp;Mask phone and ID numbers</source>
        <translation>重新遮蔽電話與證件號碼(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reveal phone and ID numbers</source>
        <translation>顯示完整電話與證件號碼(&amp;R)</translation>
    </message>
    <message>
        <source>Showing them unmasked is recorded in the log.</source>
        <translation>顯示完整號碼會記入日誌。</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>身分(&amp;O)</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>處理依據(&amp;B)</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>當事人身分</translation>
    </message>
    <message>
        <source>Legal basis of the party's data</source>
        <translation>處理當事人資料的依據</translation>
    </message>
    <message>
        <source>This revision is signed; open the next revision to change it.</source>
        <translation>此版本已簽署；如需修改，請開啟下一版本。</translation>
    </message>
    <message>
        <source>Each change is stored as you type; there is nothing to save.</source>
        <translation>每項修改在輸入時即已儲存，無需另行儲存。</translation>
    </message>
    <message>
        <source>— choose the legal basis —</source>
        <translation>— 請選擇處理依據 —</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>%1 的同意</translation>
    </message>
    <message>
        <source> (incl. sensitive data)</source>
        <translation>（含敏感個人資料）</translation>
    </message>
    <message>
        <source>&lt;b&gt;New party&lt;/b&gt;</source>
        <translation>&lt;b&gt;新當事人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Party&lt;/b&gt;</source>
        <translation>&lt;b&gt;當事人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (masked; type to replace)</source>
        <translation>%1（已遮蔽；輸入即取代）</translation>
    </message>
</context>
<context>
    <name>PhotoDetails</name>
    <message>
        <source>Capt&amp;ion</source>
        <translation>說明(&amp;I)</translation>
    </message>
    <message>
        <source>Caption of the photo</source>
        <translation>照片說明</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. water stain</source>
        <translation>照片顯示的內容，例如：水漬</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>類別(&amp;T)</translation>
    </message>
    <message>
        <source>Category of the photo</source>
        <translation>照片類別</translation>
    </message>
    <message>
        <source>&amp;Damage items this photo shows</source>
        <translation>此照片顯示的損失項目(&amp;D)</translation>
    </message>
    <message>
        <source>Damage items this photo shows</source>
        <translation>此照片顯示的損失項目</translation>
    </message>
    <message>
        <source>No damage item yet: add them in Damage &amp; valuation.</source>
        <translation>尚無損失項目：請在「損失與定損」中新增。</translation>
    </message>
    <message>
        <source>&amp;View / mark up</source>
        <translation>檢視 / 標註(&amp;V)</translation>
    </message>
    <message>
        <source>View the photo full size and mark it up</source>
        <translation>以原尺寸檢視照片並加上標註</translation>
    </message>
    <message>
        <source>&amp;Remove photo…</source>
        <translation>移除照片(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove this photo from the survey</source>
        <translation>從本查勘中移除此照片</translation>
    </message>
    <message>
        <source>Choose a photo to describe it.</source>
        <translation>選擇一張照片以填寫說明。</translation>
    </message>
    <message>
        <source>capture time not recorded</source>
        <translation>未記錄拍攝時間</translation>
    </message>
    <message>
        <source>Taken %1 · %2×%3 px</source>
        <translation>拍攝於 %1 · %2×%3 像素</translation>
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
        <translation>檔案</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍攝時間</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>From the incident</source>
        <translation>距事故地點</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相機</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Not recorded by the camera</source>
        <translation>相機未記錄</translation>
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
        <translation>東</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 公尺</translation>
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
        <translation>顯示：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no picture to show</source>
        <translation>無法顯示影像</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>無說明</translation>
    </message>
    <message>
        <source>no damage item linked</source>
        <translation>未連結損失項目</translation>
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
        <translation>正在本裝置上加密舊版本保存的照片。加密期間可以繼續工作。</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo %1 — marks</source>
        <translation>照片 %1 — 標記</translation>
    </message>
    <message>
        <source>The photo and its marks</source>
        <translation>照片及其標記</translation>
    </message>
    <message>
        <source>Drag to draw with the chosen tool; Enter places a mark in the middle. N chooses the next mark; arrow keys move it, or move the view when no mark is chosen.</source>
        <translation>以所選工具拖曳即可繪製；按 Enter 在中間放置標記。按 N 選取下一個標記；方向鍵移動所選標記，未選標記時移動檢視。</translation>
    </message>
    <message>
        <source>Words of a text mark</source>
        <translation>文字標記的內容</translation>
    </message>
    <message>
        <source>e.g. dent 12 cm</source>
        <translation>例如：凹陷 12 cm</translation>
    </message>
    <message>
        <source>Each mark is stored as you draw it; there is nothing to save. The photo itself is never changed.</source>
        <translation>每個標記畫好即已儲存，無須另行儲存。照片本身不會被修改。</translation>
    </message>
    <message>
        <source>This photo's picture cannot be shown: %1</source>
        <translation>無法顯示這張照片的畫面：%1</translation>
    </message>
    <message>
        <source>Revision %1 is signed: its marks are shown but cannot be changed. Open the next revision from the survey list to change them.</source>
        <translation>第 %1 版已簽署：標記僅供檢視，不能修改。如需修改，請在查勘清單中開啟下一版。</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>正在載入照片…</translation>
    </message>
    <message>
        <source>Draw a mark</source>
        <translation>繪製標記</translation>
    </message>
    <message>
        <source>Type the words first, then tap the photo.</source>
        <translation>請先輸入文字，再點按照片。</translation>
    </message>
    <message>
        <source>Move marks</source>
        <translation>移動標記</translation>
    </message>
    <message>
        <source>Delete marks</source>
        <translation>刪除標記</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>變更顏色</translation>
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
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>加入照片(&amp;A)…</translation>
    </message>
    <message>
        <source>Add photos from files</source>
        <translation>從檔案加入照片</translation>
    </message>
    <message>
        <source>From camera &amp;card / phone…</source>
        <translation>從相機記憶卡 / 手機(&amp;C)…</translation>
    </message>
    <message>
        <source>Add photos from a camera card or a phone</source>
        <translation>從相機記憶卡或手機加入照片</translation>
    </message>
    <message>
        <source>or drop photos or folders here</source>
        <translation>或將照片、資料夾拖放到此處</translation>
    </message>
    <message>
        <source>Photos of the survey</source>
        <translation>本查勘的照片</translation>
    </message>
    <message>
        <source>This survey is signed: its photos are shown, not changed.</source>
        <translation>本查勘已簽署：照片僅供檢視，不能變更。</translation>
    </message>
    <message>
        <source>No photos yet. Add them, or drop files or folders here.</source>
        <translation>尚無照片。請加入，或將檔案、資料夾拖放到此處。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>加入照片</translation>
    </message>
    <message>
        <source>Add photos as: %1</source>
        <translation>加入照片，類別：%1</translation>
    </message>
    <message>
        <source>Camera cards and phones</source>
        <translation>相機記憶卡和手機</translation>
    </message>
    <message>
        <source>All photos on %1 (%2)</source>
        <translation>%1 上的全部照片（%2）</translation>
    </message>
    <message>
        <source>No camera card or phone found</source>
        <translation>找不到相機記憶卡或手機</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>Folder of photos to add</source>
        <translation>要加入的照片所在資料夾</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Remove “%1” from this survey? Use this for a photo added by mistake. The removal is recorded in the survey's log, and the original file is kept.</source>
        <translation>從本查勘中移除「%1」？此操作用於誤加的照片。移除會記入查勘日誌，原始檔案會保留。</translation>
    </message>
</context>
<context>
    <name>PolicyTermsForm</name>
    <message>
        <source>Policy terms</source>
        <translation>保單條件</translation>
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
        <translation>依原因統計的拒收匯入</translation>
    </message>
    <message>
        <source>rejected-by-reason</source>
        <translation>依原因拒收</translation>
    </message>
    <message>
        <source>No import was rejected in this period.</source>
        <translation>此期間沒有被拒收的匯入。</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>匯入次數</translation>
    </message>
</context>
<context>
    <name>ReportPreviewPane</name>
    <message>
        <source>Preview of the report — not signed</source>
        <translation>報告預覽——未簽署</translation>
    </message>
    <message>
        <source>Built from the survey as it is now by the same layout as the export, with personal data masked. The exported report is signed and may differ in the signature block.</source>
        <translation>依查勘目前內容、以與匯出相同的排版產生，個人資料已遮蔽。匯出的報告帶數位簽章，簽署欄可能與此不同。</translation>
    </message>
    <message>
        <source>Language of the previewed report</source>
        <translation>預覽報告的語言</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>重新整理預覽(&amp;R)</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>重新產生預覽</translation>
    </message>
    <message>
        <source>Preview of the report's pages</source>
        <translation>報告頁面預覽</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>正在產生預覽…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>共 %n 頁。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPerWeek</name>
    <message>
        <source>Reports received per week, by line</source>
        <translation>每週收到的報告（依險種）</translation>
    </message>
    <message>
        <source>reports-per-week</source>
        <translation>每週報告數</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>報告數</translation>
    </message>
    <message>
        <source>week starting (UTC)</source>
        <translation>週起始日（UTC）</translation>
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
        <translation>必拍照片已齊全。</translation>
    </message>
    <message>
        <source>＋ %1 (%2 of %3)</source>
        <translation>＋ %1（%2 / %3）</translation>
    </message>
    <message>
        <source>Add photos as: %1</source>
        <translation>加入照片，類別：%1</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Received</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Claim, or why not</source>
        <translation>案件編號，或未接收的原因</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>該怎麼做</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>Imported again %1: %2, revision %3.</source>
        <translation>已於 %1 重新匯入：%2，第 %3 版。</translation>
    </message>
</context>
<context>
    <name>ReviewStepPage</name>
    <message>
        <source>This revision is finished: its signatures can no longer change.</source>
        <translation>此版本已定稿：簽名不能再變更。</translation>
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
        <translation>選答</translation>
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
        <translation>不適用</translation>
    </message>
    <message>
        <source>Note: what was found or done (needed for a “no” to a required item)</source>
        <translation>備註：發現了什麼或採取了什麼措施（必答項答「否」時必填）</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Y: yes, N: no, A: not applicable; arrow keys move between them</source>
        <translation>Y：是，N：否，A：不適用；方向鍵在選項間移動</translation>
    </message>
</context>
<context>
    <name>SafetyStepPage</name>
    <message>
        <source>Emergency — skip the checklist…</source>
        <translation>緊急情況——略過檢查清單…</translation>
    </message>
    <message>
        <source>Emergency: skip the safety checklist</source>
        <translation>緊急情況：略過安全檢查清單</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency skip recorded&lt;/b&gt; at %1. Reason: %2</source>
        <translation>&lt;b&gt;已記錄緊急略過&lt;/b&gt;，時間 %1。原因：%2</translation>
    </message>
    <message>
        <source>Choose yes, no or not applicable: the note is stored with the answer.</source>
        <translation>請選擇「是」「否」或「不適用」：備註隨答案一併儲存。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up fieldapp</source>
        <translation>設定 fieldapp</translation>
    </message>
    <message>
        <source>This device has not been set up yet. Say who surveys with it and choose the passphrase that protects the personal data of every survey on it.</source>
        <translation>本裝置尚未設定。請填寫使用它的查勘員，並設定保護其中所有查勘個人資料的密語。</translation>
    </message>
    <message>
        <source>Surveyor's name</source>
        <translation>查勘員姓名</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所屬機構</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密語</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>密語強度</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次輸入密語</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Longer is stronger: 12 characters are fair; 16, or 12 mixing letters, digits and signs, are strong. Without the passphrase the data cannot be read: keep it safe.</source>
        <translation>
            <numerusform>至少 %n 個字元。越長越安全：12 個字元為中等；16 個字元，或混合字母、數字和符號的 12 個字元為強。沒有密語就無法讀取資料，請妥善保管。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up this device</source>
        <translation>設定本裝置</translation>
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
        <translation>強</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>C&amp;lear signature</source>
        <translation>清除簽名(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>清除簽名</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>簽名板</translation>
    </message>
    <message>
        <source>The person signs here with a finger, a pen or the mouse.</source>
        <translation>當事人可用手指、觸控筆或滑鼠在此簽名。</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>請在此簽名</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Surveyor's signature</source>
        <translation>查勘員簽名</translation>
    </message>
    <message>
        <source>Insured's signature</source>
        <translation>被保險人簽名</translation>
    </message>
    <message>
        <source>Signature pad of the surveyor</source>
        <translation>查勘員簽名板</translation>
    </message>
    <message>
        <source>Signature pad of the insured</source>
        <translation>被保險人簽名板</translation>
    </message>
    <message>
        <source>Store the surveyor's &amp;signature</source>
        <translation>儲存查勘員簽名(&amp;S)</translation>
    </message>
    <message>
        <source>Store the &amp;insured's signature</source>
        <translation>儲存被保險人簽名(&amp;I)</translation>
    </message>
    <message>
        <source>If the insured does not sign, why:</source>
        <translation>被保險人如不簽名，原因：</translation>
    </message>
    <message>
        <source>e.g. not at the scene; refused to sign</source>
        <translation>例如：不在現場；拒絕簽名</translation>
    </message>
    <message>
        <source>Why the insured does not sign</source>
        <translation>被保險人不簽名的原因</translation>
    </message>
    <message>
        <source>Record: &amp;does not sign</source>
        <translation>記錄：不簽名(&amp;D)</translation>
    </message>
    <message>
        <source>Record that the insured does not sign</source>
        <translation>記錄被保險人不簽名</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>查勘員</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>被保險人</translation>
    </message>
    <message>
        <source>No insured recorded yet: add the insured in Parties first.</source>
        <translation>尚未登記被保險人：請先在「當事人與同意」中新增。</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>尚未簽名。</translation>
    </message>
    <message>
        <source>Signed at %1.</source>
        <translation>已於 %1 簽名。</translation>
    </message>
    <message>
        <source>Does not sign (recorded at %1): %2</source>
        <translation>不簽名（記錄於 %1）：%2</translation>
    </message>
    <message>
        <source>Sign &amp;now</source>
        <translation>現在簽名(&amp;N)</translation>
    </message>
    <message>
        <source>The insured signs after all</source>
        <translation>被保險人改為簽名</translation>
    </message>
    <message>
        <source>Sign a&amp;gain</source>
        <translation>重新簽名(&amp;G)</translation>
    </message>
    <message>
        <source>Replace the stored signature</source>
        <translation>取代已儲存的簽名</translation>
    </message>
</context>
<context>
    <name>StartStepPage</name>
    <message>
        <source>Time in this device's time zone (%1)</source>
        <translation>本裝置所在時區的時間（%1）</translation>
    </message>
    <message>
        <source>Recorded as %1 (%2)</source>
        <translation>記錄為 %1（%2）</translation>
    </message>
    <message>
        <source>The claim and the incident. Each change is stored as you type.</source>
        <translation>案件與出險情況。每項修改在輸入時即自動儲存。</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>報案號</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>保單號碼</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>險種</translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation>出險時間</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>出險地址</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>經過描述</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>經度</translation>
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
        <translation>選填：以度為單位（WGS-84），兩者都填或都不填；南緯與西經為負數。</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>事故發生的地點</translation>
    </message>
    <message>
        <source>How the loss happened, in your words</source>
        <translation>以您自己的話描述損失經過</translation>
    </message>
    <message>
        <source>Fixed once the survey is started: the safety checklist and the required photos depend on it. For another line, start a new survey.</source>
        <translation>查勘開始後不可更改：安全檢查清單與必拍照片取決於險種。如需其他險種，請新增查勘。</translation>
    </message>
    <message>
        <source>This revision is signed and cannot change. To correct it, choose “Revise” in the survey list.</source>
        <translation>此版本已簽署，不能再修改。如需更正，請在查勘清單中選擇「修訂」。</translation>
    </message>
    <message>
        <source>Latitude and longitude are numbers of degrees, e.g. 25.0330.</source>
        <translation>緯度與經度是度數，例如 25.0330。</translation>
    </message>
    <message>
        <source>Stored at %1.</source>
        <translation>已於 %1 儲存。</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>Steps of the survey</source>
        <translation>查勘步驟</translation>
    </message>
</context>
<context>
    <name>SurveyListPage</name>
    <message>
        <source>Search claim or policy number</source>
        <translation>搜尋報案號或保單號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>險種</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>全部險種</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>新增查勘</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open the selected survey</source>
        <translation>開啟所選查勘</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>修訂</translation>
    </message>
    <message>
        <source>Revise the selected signed survey</source>
        <translation>修訂所選已簽署查勘</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>查勘</translation>
    </message>
    <message>
        <source>No surveys yet. Start one with “New survey”.</source>
        <translation>尚無查勘。點選「新增查勘」開始。</translation>
    </message>
    <message>
        <source>No survey matches the search.</source>
        <translation>沒有符合搜尋條件的查勘。</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>← Surveys</source>
        <translation>← 查勘清單</translation>
    </message>
    <message>
        <source>Back to the survey list</source>
        <translation>返回查勘清單</translation>
    </message>
</context>
<context>
    <name>SurveyTableModel</name>
    <message>
        <source>Claim</source>
        <translation>報案號</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>險種</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>出險時間</translation>
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
        <translation>無必填項；尚待簽名：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust this device?</source>
        <translation>信任此裝置？</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the surveyor's tablet shows (Device identity), pair by pair, before trusting. Reports this device signs will then be accepted.</source>
        <translation>信任之前，請與查勘員平板上顯示的指紋（裝置身分）逐組核對。信任後，此裝置簽署的報告將被接收。</translation>
    </message>
    <message>
        <source>Surveyor:</source>
        <translation>查勘員：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>機構：</translation>
    </message>
    <message>
        <source>Staff number:</source>
        <translation>員工編號：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期間：</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>指紋 (SHA-256)：</translation>
    </message>
    <message>
        <source>&amp;Name at the office:</source>
        <translation>辦公室內名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Name of the device at the office</source>
        <translation>裝置在辦公室內的名稱</translation>
    </message>
    <message>
        <source>Trust this device</source>
        <translation>信任此裝置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This device is trusted already; its name will be updated.</source>
        <translation>此裝置已受信任；其名稱將被更新。</translation>
    </message>
    <message>
        <source>This device was revoked. Trusting it again accepts its reports from now on.</source>
        <translation>此裝置曾被撤銷。重新信任後，將從現在起接收其報告。</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>Trusted devices</source>
        <translation>受信任裝置</translation>
    </message>
    <message>
        <source>The office accepts reports signed by these devices only. Add a device from the certificate its surveyor exported (or drop the .pem file here); revoking keeps its archived reports and refuses new ones.</source>
        <translation>辦公室只接收由這些裝置簽署的報告。請用查勘員匯出的憑證加入裝置（或將 .pem 檔案拖放到這裡）；撤銷後其已歸檔的報告保留，新報告將被拒收。</translation>
    </message>
    <message>
        <source>Trust a device…</source>
        <translation>信任裝置…</translation>
    </message>
    <message>
        <source>Trust a device from its certificate</source>
        <translation>用憑證信任一台裝置</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤銷…</translation>
    </message>
    <message>
        <source>Revoke the chosen device</source>
        <translation>撤銷所選裝置</translation>
    </message>
    <message>
        <source>The device's certificate</source>
        <translation>裝置的憑證</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>憑證 (*.pem)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 is trusted.</source>
        <translation>已信任 %1。</translation>
    </message>
    <message>
        <source>Revoke this device?</source>
        <translation>撤銷此裝置？</translation>
    </message>
    <message>
        <source>Stop trusting %1?</source>
        <translation>不再信任 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Reports it signs will be refused from now on; the archive keeps the %n report(s) it signed.</source>
        <translation>
            <numerusform>今後由它簽署的報告將被拒收；已歸檔的 %n 份由它簽署的報告仍會保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Keep trusting</source>
        <translation>繼續信任</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>已撤銷對 %1 的信任。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock fieldapp</source>
        <translation>解鎖 fieldapp</translation>
    </message>
    <message>
        <source>Type the passphrase that protects this device's surveys.</source>
        <translation>請輸入保護本裝置查勘資料的密語。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密語</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>High contrast (sunlight)</source>
        <translation>高對比（強光下）</translation>
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
        <translation>縮放：%1%</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>使照片符合視窗</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>實際大小（100%）</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>向左轉</translation>
    </message>
    <message>
        <source>Turn the view left (the photo is not changed)</source>
        <translation>向左旋轉檢視（不修改照片）</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>向右轉</translation>
    </message>
    <message>
        <source>Turn the view right (the photo is not changed)</source>
        <translation>向右旋轉檢視（不修改照片）</translation>
    </message>
</context>
<context>
    <name>WatchBar</name>
    <message>
        <source>&amp;Watched folder:</source>
        <translation>監看的資料夾(&amp;W)：</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>監看的資料夾</translation>
    </message>
    <message>
        <source>a shared folder or a USB inbox</source>
        <translation>共用資料夾或隨身碟收件匣</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>選擇監看的資料夾</translation>
    </message>
    <message>
        <source>Import new reports from it</source>
        <translation>自動匯入其中的新報告</translation>
    </message>
    <message>
        <source>Watch the folder</source>
        <translation>監看該資料夾</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>未在監看。</translation>
    </message>
    <message>
        <source>Watching.</source>
        <translation>正在監看。</translation>
    </message>
    <message>
        <source>Watching; looked %1.</source>
        <translation>正在監看；上次查看於 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still arriving.</source>
        <translation>
            <numerusform>%n 個檔案仍在傳入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithinSevenDays</name>
    <message>
        <source>Share of cases finished within 7 days</source>
        <translation>7 天內完成的案件比例</translation>
    </message>
    <message>
        <source>Whole period: %1 % of %2 cases</source>
        <translation>整個期間：%2 件中 %1 %</translation>
    </message>
    <message>
        <source>within-7-days</source>
        <translation>7天內完成比例</translation>
    </message>
    <message>
        <source>week starting (UTC)</source>
        <translation>週起始日（UTC）</translation>
    </message>
</context>
<context>
    <name>damage</name>
    <message>
        <source>not stated</source>
        <translation>未說明</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>輕微</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <source>total</source>
        <translation>全損</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>更換</translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation>重置成本</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>市場價值</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>帳面價值</translation>
    </message>
    <message>
        <source>Expert appraisal</source>
        <translation>專家鑑定</translation>
    </message>
    <message>
        <source>whole item</source>
        <translation>整件</translation>
    </message>
    <message>
        <source>part</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>labour</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>烤漆</translation>
    </message>
    <message>
        <source>What is damaged</source>
        <translation>受損標的</translation>
    </message>
    <message>
        <source>Area or part</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Kind of damage</source>
        <translation>損壞類型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>損壞程度</translation>
    </message>
    <message>
        <source>Repair or replace</source>
        <translation>修復或更換</translation>
    </message>
    <message>
        <source>Why it belongs to this incident</source>
        <translation>與本次事故的因果關係</translation>
    </message>
    <message>
        <source>Valuation method</source>
        <translation>估價方法</translation>
    </message>
    <message>
        <source>Estimate line</source>
        <translation>定損類別</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit cost (new)</source>
        <translation>單價（全新）</translation>
    </message>
    <message>
        <source>Depreciation %</source>
        <translation>折舊率 %</translation>
    </message>
    <message>
        <source>Basis of the depreciation</source>
        <translation>折舊依據</translation>
    </message>
    <message>
        <source>Assessed value</source>
        <translation>評估價值</translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation>殘值</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>鑑定人</translation>
    </message>
    <message>
        <source>Basis of the appraisal</source>
        <translation>鑑定依據</translation>
    </message>
    <message>
        <source>Photos showing it</source>
        <translation>顯示此損失的照片</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Sum insured</source>
        <translation>保險金額</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>出險時保險價值</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>自負額</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>賠償限額</translation>
    </message>
    <message>
        <source>Vehicle's actual value</source>
        <translation>車輛實際價值</translation>
    </message>
    <message>
        <source>Disability grade (1–10)</source>
        <translation>傷殘等級（1–10）</translation>
    </message>
    <message>
        <source>Medical expenses</source>
        <translation>醫療費用</translation>
    </message>
    <message>
        <source>Medical limit</source>
        <translation>醫療限額</translation>
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
        <translation>PDF 已損毀</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未簽署</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>簽署後遭到修改</translation>
    </message>
    <message>
        <source>Modified after signing</source>
        <translation>簽署後遭修改</translation>
    </message>
    <message>
        <source>Untrusted device</source>
        <translation>裝置未受信任</translation>
    </message>
    <message>
        <source>Revoked device</source>
        <translation>裝置信任已撤銷</translation>
    </message>
    <message>
        <source>No survey data</source>
        <translation>無查勘資料</translation>
    </message>
    <message>
        <source>Unknown data version</source>
        <translation>未知資料版本</translation>
    </message>
    <message>
        <source>Inconsistent data</source>
        <translation>資料自相矛盾</translation>
    </message>
    <message>
        <source>Revision clash</source>
        <translation>修訂版衝突</translation>
    </message>
    <message>
        <source>Unreadable file</source>
        <translation>檔案無法讀取</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>內部錯誤</translation>
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
        <translation>已歸檔過</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>Still arriving</source>
        <translation>仍在傳入</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未匯入</translation>
    </message>
    <message>
        <source>Not a PDF file</source>
        <translation>不是 PDF 檔案</translation>
    </message>
    <message>
        <source>Import the report PDF the surveyor exported.</source>
        <translation>請匯入查勘員匯出的報告 PDF。</translation>
    </message>
    <message>
        <source>The PDF is damaged or cut short</source>
        <translation>此 PDF 已損壞或不完整</translation>
    </message>
    <message>
        <source>Ask the surveyor to send the report again.</source>
        <translation>請查勘員重新傳送報告。</translation>
    </message>
    <message>
        <source>The PDF carries no digital signature</source>
        <translation>此 PDF 沒有數位簽章</translation>
    </message>
    <message>
        <source>Only reports exported by fieldapp can be imported.</source>
        <translation>只能匯入由 fieldapp 匯出的報告。</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>簽署後遭到修改</translation>
    </message>
    <message>
        <source>Ask the surveyor to export the report again.</source>
        <translation>請查勘員重新匯出報告。</translation>
    </message>
    <message>
        <source>The document was changed after it was signed</source>
        <translation>文件在簽署後遭到修改</translation>
    </message>
    <message>
        <source>Ask the surveyor to export again and send that file unchanged.</source>
        <translation>請查勘員重新匯出，並原封不動傳送該檔案。</translation>
    </message>
    <message>
        <source>Signed by a device this office does not trust</source>
        <translation>簽署裝置不受本辦公室信任</translation>
    </message>
    <message>
        <source>Check the device's fingerprint with the surveyor, then trust its certificate on the Trusted devices page.</source>
        <translation>請與查勘員核對裝置指紋，然後在「受信任裝置」頁信任其憑證。</translation>
    </message>
    <message>
        <source>Signed by a device whose trust was revoked</source>
        <translation>簽署裝置的信任已被撤銷</translation>
    </message>
    <message>
        <source>Ask the team lead whether reports from this device may be accepted.</source>
        <translation>請向組長確認是否可接收此裝置的報告。</translation>
    </message>
    <message>
        <source>No survey data covered by the signature</source>
        <translation>簽章未涵蓋任何查勘資料</translation>
    </message>
    <message>
        <source>Ask the surveyor to export again with this version of fieldapp.</source>
        <translation>請查勘員用此版本的 fieldapp 重新匯出。</translation>
    </message>
    <message>
        <source>Survey data of a version this office cannot read</source>
        <translation>查勘資料的版本本辦公室無法讀取</translation>
    </message>
    <message>
        <source>Update fieldapp at the office.</source>
        <translation>請更新辦公室的 fieldapp。</translation>
    </message>
    <message>
        <source>The survey data disagrees with itself</source>
        <translation>查勘資料前後不一致</translation>
    </message>
    <message>
        <source>Another file of the same survey and revision is archived</source>
        <translation>同一查勘同一版本的另一個檔案已歸檔</translation>
    </message>
    <message>
        <source>Ask the surveyor which file they sent; a new revision replaces both.</source>
        <translation>請向查勘員確認傳送的是哪個檔案；新版本會取代兩者。</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>無法讀取此檔案</translation>
    </message>
    <message>
        <source>Check the file's permissions and copy it again.</source>
        <translation>請檢查檔案權限後重新複製。</translation>
    </message>
    <message>
        <source>fieldapp could not process the file</source>
        <translation>fieldapp 無法處理此檔案</translation>
    </message>
    <message>
        <source>Keep the quarantined copy and its reason file; report the problem.</source>
        <translation>請保留隔離副本及其原因檔案，並回報此問題。</translation>
    </message>
    <message>
        <source>Still being copied</source>
        <translation>仍在複製中</translation>
    </message>
    <message>
        <source>Import it again once it has finished arriving.</source>
        <translation>傳完後請再匯入一次。</translation>
    </message>
    <message>
        <source>The batch was cancelled before this file</source>
        <translation>本批在處理此檔案前已取消</translation>
    </message>
    <message>
        <source>Import it again.</source>
        <translation>請重新匯入。</translation>
    </message>
    <message>
        <source>The office's disk is full</source>
        <translation>辦公室的磁碟已滿</translation>
    </message>
    <message>
        <source>Free some space, then import it again.</source>
        <translation>請釋出一些空間，然後重新匯入。</translation>
    </message>
    <message>
        <source>The office database stayed busy</source>
        <translation>辦公室資料庫一直忙碌</translation>
    </message>
    <message>
        <source>Import it again in a moment.</source>
        <translation>請稍後重新匯入。</translation>
    </message>
    <message>
        <source>The office database does not allow this user to import</source>
        <translation>辦公室資料庫不允許此使用者匯入</translation>
    </message>
    <message>
        <source>Ask the office's database administrator for the importer role.</source>
        <translation>請向辦公室的資料庫管理員申請匯入員角色。</translation>
    </message>
    <message>
        <source>The office database cannot be reached</source>
        <translation>無法連線辦公室資料庫</translation>
    </message>
    <message>
        <source>Check the server and the network, then import it again.</source>
        <translation>請檢查伺服器和網路，然後重新匯入。</translation>
    </message>
    <message>
        <source>Report this to the fieldapp team.</source>
        <translation>請將此情況回報給 fieldapp 團隊。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>密語不正確，請檢查後重試。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>請設定至少 %n 個字元的密語。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>兩次輸入的密語不一致，請輸入相同的密語。</translation>
    </message>
    <message>
        <source>The surveyor's name and the organisation are needed.</source>
        <translation>需要填寫查勘員姓名和所屬機構。</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space and try again.</source>
        <translation>磁碟已滿：無法寫入%1。請釋放空間後重試。</translation>
    </message>
    <message>
        <source>Another program kept the survey database busy. Nothing was changed.</source>
        <translation>另一個程式正在佔用查勘資料庫，未做任何修改。</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>檔案不見了</translation>
    </message>
    <message>
        <source>its bytes changed</source>
        <translation>檔案內容已被改變</translation>
    </message>
    <message>
        <source>The archived report %1 does not match its fingerprint (%2). Import the surveyor's copy again, or restore the archive folder from a backup.</source>
        <translation>已歸檔的報告 %1 與其指紋不符（%2）。請重新匯入查勘員的副本，或從備份還原歸檔資料夾。</translation>
    </message>
    <message>
        <source>The office database does not allow %1 to %2; nothing was changed. Ask the office's database administrator for the importer role.</source>
        <translation>辦公室資料庫不允許 %1 %2；未做任何變更。請向辦公室的資料庫管理員申請匯入員角色。</translation>
    </message>
    <message>
        <source>This is not a database address: give postgresql://SERVER/DATABASE.</source>
        <translation>這不是資料庫位址：請填寫 postgresql://伺服器/資料庫。</translation>
    </message>
    <message>
        <source>The office database is PostgreSQL (postgresql://SERVER/DATABASE) or this folder's own file.</source>
        <translation>辦公室資料庫只能是 PostgreSQL（postgresql://伺服器/資料庫）或本資料夾自己的資料庫檔案。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: fieldapp never stores it. Give it in PGPASSWORD, the password file (~/.pgpass) or a service file.</source>
        <translation>位址中不要包含密碼：fieldapp 從不儲存密碼。請透過 PGPASSWORD、密碼檔（~/.pgpass）或服務檔提供。</translation>
    </message>
    <message>
        <source>The key file of this data folder is damaged; restore it from a backup.</source>
        <translation>此資料夾的金鑰檔已損壞，請從備份還原。</translation>
    </message>
    <message>
        <source>A stored photo file does not open: it was altered or belongs to another photo. Restore the data folder from a backup.</source>
        <translation>保存的照片檔案無法開啟：它已被改動，或屬於另一張照片。請從備份還原資料資料夾。</translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation>內容過長：最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Write at least %1 characters (a Chinese character counts as two).</source>
        <translation>請至少寫 %1 個字元（一個中文字算兩個）。</translation>
    </message>
    <message>
        <source>This must be filled in.</source>
        <translation>此項必須填寫。</translation>
    </message>
    <message>
        <source>This holds a character that cannot be shown or printed; remove it.</source>
        <translation>此處含有無法顯示或列印的字元，請刪除。</translation>
    </message>
    <message>
        <source>Enter an amount with at most two decimals, e.g. 1,234.50.</source>
        <translation>請輸入最多兩位小數的金額，例如 1,234.50。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <source>This amount is too large: amounts stay below 10^15. Check the figures.</source>
        <translation>金額過大：金額須小於 10^15，請核對數字。</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 2 or 2.5.</source>
        <translation>請輸入數字，例如 2 或 2.5。</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>此數字超出允許範圍。</translation>
    </message>
    <message>
        <source>A quantity is above 0 and below 1,000,000.</source>
        <translation>數量須大於 0 且小於 1,000,000。</translation>
    </message>
    <message>
        <source>A quantity has at most 4 decimals.</source>
        <translation>數量最多四位小數。</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>請輸入 0 至 100 的百分比。</translation>
    </message>
    <message>
        <source>A percentage has at most 2 decimals.</source>
        <translation>百分比最多兩位小數。</translation>
    </message>
    <message>
        <source>Replacement cost needs the unit cost (the cost of one unit new).</source>
        <translation>重置成本法需要填寫單價（一件全新品的價格）。</translation>
    </message>
    <message>
        <source>This method needs the assessed value.</source>
        <translation>此估價方法需要填寫評估價值。</translation>
    </message>
    <message>
        <source>Depreciation needs its basis (age, wear, a rule).</source>
        <translation>折舊須註明依據（使用年限、磨損或規則）。</translation>
    </message>
    <message>
        <source>An expert appraisal names the appraiser and the basis.</source>
        <translation>專家鑑定須註明鑑定人與鑑定依據。</translation>
    </message>
    <message>
        <source>Choose a valuation method.</source>
        <translation>請選擇估價方法。</translation>
    </message>
    <message>
        <source>Not an ISO 4217 currency code (e.g. CNY, HKD, USD, EUR).</source>
        <translation>不是 ISO 4217 幣別代碼（例如 CNY、HKD、USD、EUR）。</translation>
    </message>
    <message>
        <source>A disability grade is a whole number from 1 to 10.</source>
        <translation>傷殘等級為 1 至 10 的整數。</translation>
    </message>
    <message>
        <source>This survey is signed; revise it from the survey list to change it.</source>
        <translation>本查勘已簽署；如需修改，請在查勘清單中選擇「修訂」。</translation>
    </message>
    <message>
        <source>the picture is damaged and cannot be decoded; the original is kept.</source>
        <translation>畫面已損壞，無法解碼；原始檔案仍予保留。</translation>
    </message>
    <message>
        <source>the original is not in this data folder; add the photo file again.</source>
        <translation>原始檔案不在此資料夾中；請重新加入照片檔案。</translation>
    </message>
    <message>
        <source>A photo holds at most 200 marks; delete some before drawing more.</source>
        <translation>一張照片最多 200 個標記；請先刪除一些再畫。</translation>
    </message>
    <message>
        <source>The incident time is in the future; give the time it happened.</source>
        <translation>出險時間在未來，請填寫實際發生的時間。</translation>
    </message>
    <message>
        <source>The incident time is more than ten years ago; check the year.</source>
        <translation>出險時間在十年以前，請檢查年份。</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>請檢查年份。</translation>
    </message>
    <message>
        <source>This time zone offset does not exist.</source>
        <translation>不存在這個時區偏移。</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>緯度與經度要嘛都填，要嘛都不填。</translation>
    </message>
    <message>
        <source>Latitude is a number of degrees from -90 to 90.</source>
        <translation>緯度是 -90 到 90 之間的度數。</translation>
    </message>
    <message>
        <source>Longitude is a number of degrees from -180 to 180.</source>
        <translation>經度是 -180 到 180 之間的度數。</translation>
    </message>
    <message>
        <source>Choose the legal basis: record the person's consent first, or choose another basis.</source>
        <translation>請選擇處理依據：先記錄本人同意，或選擇其他依據。</translation>
    </message>
    <message>
        <source>Choose a consent recorded in this survey as the legal basis.</source>
        <translation>請選擇本查勘中已記錄的同意作為處理依據。</translation>
    </message>
    <message>
        <source>This person refused consent: their data can be kept only on another legal basis.</source>
        <translation>此人拒絕同意：只能依據其他法定依據保存其資料。</translation>
    </message>
    <message>
        <source>An ID number is sensitive: choose a consent that also covers sensitive data.</source>
        <translation>身分證件號碼屬於敏感個人資料：請選擇包含敏感資料的同意。</translation>
    </message>
    <message>
        <source>This line of business does not collect that detail of a party.</source>
        <translation>此險種不蒐集當事人的這項資料。</translation>
    </message>
    <message>
        <source>The signature pad is blank: ask the person to sign.</source>
        <translation>簽名板是空白的：請當事人簽名。</translation>
    </message>
    <message>
        <source>That is only a dot or a short mark: ask the person to sign in full.</source>
        <translation>這只是一個點或短劃：請當事人完整簽名。</translation>
    </message>
    <message>
        <source>Choose whether the person granted or refused consent.</source>
        <translation>請選擇當事人是同意還是拒絕。</translation>
    </message>
    <message>
        <source>A “no” to a required item needs a note: say why, and what was done instead.</source>
        <translation>必答項答「否」時須填寫備註：說明原因以及改採了什麼措施。</translation>
    </message>
    <message>
        <source>Write the reason in a sentence (at least 10 characters); the report shows it.</source>
        <translation>請用一句話寫明原因（至少 10 個字元）；報告會顯示它。</translation>
    </message>
    <message>
        <source>Say why the insured does not sign (not at the scene, refused, …).</source>
        <translation>請說明被保險人不簽名的原因（不在現場、拒絕等）。</translation>
    </message>
    <message>
        <source>The surveyor signs the report; only the insured may decline.</source>
        <translation>查勘員須在報告上簽名；只有被保險人可以不簽。</translation>
    </message>
    <message>
        <source>Record the insured in Parties first: the name under the signature is theirs.</source>
        <translation>請先在「當事人與同意」中登記被保險人：簽名下方顯示其姓名。</translation>
    </message>
    <message>
        <source>A signature needs no reason for not signing: give one or the other.</source>
        <translation>已簽名就無需填寫不簽名的原因：兩者只能擇一。</translation>
    </message>
    <message>
        <source>The disk is full: the report (%1) does not fit in %2. Free some space there or choose another folder; the survey was left as it was.</source>
        <translation>磁碟已滿：報告（%1）放不進 %2。請在那裡釋放空間或選擇其他資料夾；查勘保持原樣。</translation>
    </message>
    <message>
        <source>The folder %1 is not there (a USB stick removed, a shared folder disconnected?). Choose the folder again; the survey was left as it was.</source>
        <translation>資料夾 %1 不在了（隨身碟被拔出、共用資料夾中斷？）。請重新選擇資料夾；查勘保持原樣。</translation>
    </message>
    <message>
        <source>The export was cancelled; the survey was left as it was, no file written.</source>
        <translation>匯出已取消；查勘保持原樣，未寫入任何檔案。</translation>
    </message>
    <message>
        <source>The report could not be written into that folder: check that it is there and writable, then export again. The survey was left as it was.</source>
        <translation>報告無法寫入那個資料夾：請確認它存在且可寫入，然後重新匯出。查勘保持原樣。</translation>
    </message>
    <message>
        <source>This device has no signing identity yet, so no report can be signed. Create it (your name and organisation) with “fieldapp identity create”.</source>
        <translation>本裝置還沒有簽署身分，因此無法簽署報告。請用「fieldapp identity create」建立（填寫您的姓名和機構）。</translation>
    </message>
    <message>
        <source>The survey is not complete yet; nothing was exported. It still needs:</source>
        <translation>查勘尚未完成，未匯出任何內容。還缺：</translation>
    </message>
    <message>
        <source>The file is a readable PDF</source>
        <translation>檔案是可讀的 PDF</translation>
    </message>
    <message>
        <source>It carries a digital signature</source>
        <translation>帶有數位簽章</translation>
    </message>
    <message>
        <source>The signature is intact and valid</source>
        <translation>簽章完好且有效</translation>
    </message>
    <message>
        <source>The signer is this device (trusted)</source>
        <translation>簽署者是本裝置（受信任）</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>簽署後沒有任何變更</translation>
    </message>
    <message>
        <source>The signature covers the embedded survey data</source>
        <translation>簽章涵蓋內嵌的查勘資料</translation>
    </message>
    <message>
        <source>The survey data matches its schema and photo list</source>
        <translation>查勘資料符合其格式和照片清單</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>不是 PDF 檔案</translation>
    </message>
    <message>
        <source>the PDF is damaged or cut short</source>
        <translation>PDF 已損壞或不完整</translation>
    </message>
    <message>
        <source>the PDF carries no digital signature</source>
        <translation>PDF 沒有數位簽章</translation>
    </message>
    <message>
        <source>changed after signing: the signature does not match the content</source>
        <translation>簽署後被變更：簽章與內容不符</translation>
    </message>
    <message>
        <source>the document was changed after it was signed</source>
        <translation>文件在簽署後被變更過</translation>
    </message>
    <message>
        <source>signed by a device this office does not trust</source>
        <translation>簽署裝置不受本機構信任</translation>
    </message>
    <message>
        <source>signed by a device whose trust was revoked</source>
        <translation>簽署裝置的信任已被撤銷</translation>
    </message>
    <message>
        <source>no survey data covered by the signature</source>
        <translation>簽章未涵蓋任何查勘資料</translation>
    </message>
    <message>
        <source>survey data of a version this office cannot read</source>
        <translation>查勘資料的版本本機構無法讀取</translation>
    </message>
    <message>
        <source>the survey data disagrees with itself</source>
        <translation>查勘資料自相矛盾</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>檔案無法讀取</translation>
    </message>
    <message>
        <source>fieldapp could not process the file</source>
        <translation>fieldapp 無法處理此檔案</translation>
    </message>
    <message>
        <source>Larger than %1 MB: too large to be a photo.</source>
        <translation>大於 %1 MB：檔案過大，不像是照片。</translation>
    </message>
    <message>
        <source>Its file name cannot go into the report: rename the file and add it again.</source>
        <translation>檔名無法寫入報告：請重新命名檔案後再加入。</translation>
    </message>
    <message>
        <source>Already in this survey: not added a second time.</source>
        <translation>已在本查勘中，未重複加入。</translation>
    </message>
    <message>
        <source>Inside fieldapp's own data folder: those photos are already kept.</source>
        <translation>位於 fieldapp 本身的資料夾中：這些照片已保存。</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>沒有此檔案或資料夾。</translation>
    </message>
    <message>
        <source>The file disappeared before it could be read (was the card removed?).</source>
        <translation>檔案在讀取前消失了（記憶卡是否已拔出？）。</translation>
    </message>
    <message>
        <source>This file cannot be read: permission denied.</source>
        <translation>無法讀取此檔案：沒有權限。</translation>
    </message>
    <message>
        <source>A folder, not a file.</source>
        <translation>這是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>無法讀取此檔案。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>Not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF).</source>
        <translation>不是已知格式的照片（JPEG、PNG、WebP、TIFF、HEIC/HEIF）。</translation>
    </message>
    <message>
        <source>Pictures in this format are not accepted as evidence (JPEG, PNG, WebP, TIFF and HEIC/HEIF are).</source>
        <translation>此格式的圖片不能作為證據（可接受 JPEG、PNG、WebP、TIFF 和 HEIC/HEIF）。</translation>
    </message>
    <message>
        <source>Too many pixels to be a photo.</source>
        <translation>像素過多，不像是照片。</translation>
    </message>
    <message>
        <source>The file is cut short or its header is damaged.</source>
        <translation>檔案不完整或檔頭已損壞。</translation>
    </message>
    <message>
        <source>The picture's data is damaged.</source>
        <translation>影像資料已損壞。</translation>
    </message>
    <message>
        <source>Its colour mode cannot be shown.</source>
        <translation>無法顯示其色彩模式。</translation>
    </message>
    <message>
        <source>Not enough memory to read this picture.</source>
        <translation>記憶體不足，無法讀取此影像。</translation>
    </message>
    <message>
        <source>Not added: the import was cancelled before it.</source>
        <translation>未加入：匯入在此之前已取消。</translation>
    </message>
    <message>
        <source>Not added: the disk is full.</source>
        <translation>未加入：磁碟已滿。</translation>
    </message>
    <message>
        <source>Not added: the data folder was busy.</source>
        <translation>未加入：資料夾正忙。</translation>
    </message>
    <message>
        <source>This file was not added.</source>
        <translation>此檔案未加入。</translation>
    </message>
    <message>
        <source>Or choose a TrueType font (.ttf/.ttc) that covers Chinese: fieldapp settings set report_font PATH</source>
        <translation>或選擇一個包含中文的 TrueType 字型（.ttf/.ttc）：fieldapp settings set report_font 字型檔路徑</translation>
    </message>
    <message>
        <source>The report font cannot draw %1, used in this survey; nothing was exported. Change that text, or choose a font that has it: fieldapp settings set report_font PATH</source>
        <translation>報告字型無法顯示本次查勘中用到的 %1；未匯出任何內容。請修改這段文字，或選擇包含這些字元的字型：fieldapp settings set report_font 字型檔路徑</translation>
    </message>
    <message>
        <source>The report font %1 is missing or is not a TrueType font; nothing was exported.</source>
        <translation>報告字型 %1 不存在或不是 TrueType 字型；未匯出任何內容。</translation>
    </message>
    <message>
        <source>Add the Chinese Supplemental Fonts of Windows (Settings &gt; Apps &gt; Optional features &gt; Add a feature).</source>
        <translation>請新增 Windows 的中文補充字型（設定 &gt; 應用程式 &gt; 選用功能 &gt; 新增功能）。</translation>
    </message>
    <message>
        <source>Restore the standard fonts in Font Book (File &gt; Restore Standard Fonts).</source>
        <translation>請在「字體簿」中回復標準字體（檔案 &gt; 回復標準字體）。</translation>
    </message>
    <message>
        <source>Install WenQuanYi Micro Hei (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Fedora: sudo dnf install wqy-microhei-fonts).</source>
        <translation>請安裝文泉驛微米黑（Debian/Ubuntu：sudo apt install fonts-wqy-microhei；Fedora：sudo dnf install wqy-microhei-fonts）。</translation>
    </message>
    <message>
        <source>No Chinese font for the report was found on this computer; nothing was exported.</source>
        <translation>這台電腦上找不到報告所需的中文字型；未匯出任何內容。</translation>
    </message>
    <message>
        <source>read the office archive</source>
        <translation>讀取辦公室檔案</translation>
    </message>
    <message>
        <source>import reports</source>
        <translation>匯入報告</translation>
    </message>
    <message>
        <source>change the trusted devices</source>
        <translation>變更受信任的裝置</translation>
    </message>
    <message>
        <source>upgrade the office database to this version</source>
        <translation>將辦公室資料庫升級到此版本</translation>
    </message>
    <message>
        <source>set up the office roles</source>
        <translation>設定辦公室角色</translation>
    </message>
    <message>
        <source>copy the archive into this database</source>
        <translation>把檔案複製到此資料庫</translation>
    </message>
    <message>
        <source>write to the office archive</source>
        <translation>寫入辦公室檔案</translation>
    </message>
    <message>
        <source>The office database %1 cannot be reached (%2). Check the server and the network; nothing was changed.</source>
        <translation>無法連線辦公室資料庫 %1（%2）。請檢查伺服器和網路；沒有做任何變更。</translation>
    </message>
    <message>
        <source>The office database %1 refused the login (%2). Check the user name and the password (PGPASSWORD, ~/.pgpass or the service file).</source>
        <translation>辦公室資料庫 %1 拒絕登入（%2）。請檢查使用者名稱和密碼（PGPASSWORD、~/.pgpass 或服務檔）。</translation>
    </message>
    <message>
        <source>The office database %1 was written by a newer version of fieldapp (schema %2); update fieldapp on this desk. Nothing was changed.</source>
        <translation>辦公室資料庫 %1 由較新版本的 fieldapp 寫入（結構 %2）；請在這台電腦上更新 fieldapp。沒有做任何變更。</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Motor</source>
        <translation>車險</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>財產險</translation>
    </message>
    <message>
        <source>Personal accident</source>
        <translation>意外傷害險</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已簽署</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>現場安全</translation>
    </message>
    <message>
        <source>Parties &amp; consent</source>
        <translation>當事人與同意</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Damage &amp; valuation</source>
        <translation>損失與定損</translation>
    </message>
    <message>
        <source>Review &amp; sign</source>
        <translation>複核與簽署</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>not answered: %1</source>
        <translation>未回答：%1</translation>
    </message>
    <message>
        <source>shot %1: %2 of %3</source>
        <translation>照片「%1」：%2/%3</translation>
    </message>
    <message>
        <source>damage item %1 has no photo</source>
        <translation>損失項 %1 沒有照片</translation>
    </message>
    <message>
        <source>no party recorded</source>
        <translation>尚未記錄當事人</translation>
    </message>
    <message>
        <source>no damage item yet</source>
        <translation>尚無損失項</translation>
    </message>
    <message>
        <source>locked until the safety checklist is answered or an emergency skip recorded</source>
        <translation>須先完成現場安全檢查或記錄緊急略過</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>尚未簽署</translation>
    </message>
    <message>
        <source>the surveyor has not signed</source>
        <translation>查勘員尚未簽名</translation>
    </message>
    <message>
        <source>the insured has not signed (or why not is not recorded)</source>
        <translation>被保險人尚未簽名（或未記錄不簽名的原因）</translation>
    </message>
    <message>
        <source>no report exported yet</source>
        <translation>尚未匯出報告</translation>
    </message>
    <message>
        <source>emergency skip recorded</source>
        <translation>已記錄緊急略過</translation>
    </message>
    <message>
        <source>%n more</source>
        <translation>另有 %n 項</translation>
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
        <translation>損失特寫</translation>
    </message>
    <message>
        <source>plate / VIN</source>
        <translation>車牌/車身號碼</translation>
    </message>
    <message>
        <source>odometer</source>
        <translation>里程表</translation>
    </message>
    <message>
        <source>document</source>
        <translation>證件資料</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>被保險人</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>駕駛人</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Injured person</source>
        <translation>傷者</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>證人</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>求償人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>車牌號碼</translation>
    </message>
    <message>
        <source>Vehicle (make, model, colour)</source>
        <translation>車輛（廠牌、型號、顏色）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證件號碼</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>本人同意</translation>
    </message>
    <message>
        <source>Needed for the insurance contract</source>
        <translation>履行保險契約所必需</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>法定義務</translation>
    </message>
    <message>
        <source>Emergency (life, health or property)</source>
        <translation>緊急情況（保護生命、健康或財產）</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>before incident</source>
        <translation>事故前拍攝</translation>
    </message>
    <message>
        <source>long after</source>
        <translation>事故後很久</translation>
    </message>
    <message>
        <source>far away</source>
        <translation>遠離現場</translation>
    </message>
    <message>
        <source>in another survey</source>
        <translation>他案已用</translation>
    </message>
    <message>
        <source>picture damaged</source>
        <translation>影像損壞</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Taken before the incident: the camera's time is %1 before the stated time.</source>
        <translation>拍攝於事故之前：相機時間比申報的事故時間早 %1。</translation>
    </message>
    <message>
        <source>Taken long after the incident: %1 after the stated time.</source>
        <translation>拍攝時間距事故很久：比申報的事故時間晚 %1。</translation>
    </message>
    <message>
        <source>Taken far from the place: its GPS position is %1 km from the incident place.</source>
        <translation>拍攝地點遠離現場：GPS 位置距事故地點 %1 公里。</translation>
    </message>
    <message>
        <source>Used in another survey: the same original is attached to %1 other survey(s).</source>
        <translation>他案已用：同一原始照片也附在另外 %1 個查勘中。</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown; the original is kept exactly as received.</source>
        <translation>影像已損壞，無法顯示；原始檔案依收到時原樣保存。</translation>
    </message>
    <message>
        <source>A risk note concerns this photo.</source>
        <translation>此照片有一則風險提示。</translation>
    </message>
</context>
</TS>