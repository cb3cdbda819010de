<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>unknown commit</source>
        <translation>unknown commit</translation>
    </message>
    <message>
        <source>%1 · build %2 (%3)</source>
        <translation>%1 · build %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2, from source)</source>
        <translation>%1 (%2, from source)</translation>
    </message>
</context>
<context>
    <name>ArchiveDetailPane</name>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Open the report's PDF in the system viewer</source>
        <translation>Open the report's PDF in the system viewer</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>No report chosen</source>
        <translation>No report chosen</translation>
    </message>
    <message>
        <source>Choose a report in the table to see its details.</source>
        <translation>Choose a report in the table to see its details.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Parties (masked)</source>
        <translation>Parties (masked)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Risk notes</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>An earlier revision: r%1 supersedes it.</source>
        <translation>An earlier revision: r%1 supersedes it.</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Show it</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>Surveyor</translation>
    </message>
    <message>
        <source>Survey finished</source>
        <translation>Survey finished</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Net loss</source>
        <translation>Net loss</translation>
    </message>
    <message>
        <source>Indemnity</source>
        <translation>Indemnity</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>no longer in the trust list</source>
        <translation>no longer in the trust list</translation>
    </message>
    <message>
        <source>revoked %1; this report was accepted before</source>
        <translation>revoked %1; this report was accepted before</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>✓ holds</source>
        <translation>✓ holds</translation>
    </message>
    <message>
        <source>✗ fails</source>
        <translation>✗ fails</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– not checked</translation>
    </message>
    <message>
        <source>Readable PDF</source>
        <translation>Readable PDF</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Signature intact and valid</source>
        <translation>Signature intact and valid</translation>
    </message>
    <message>
        <source>Signer trusted</source>
        <translation>Signer trusted</translation>
    </message>
    <message>
        <source>No change after signing</source>
        <translation>No change after signing</translation>
    </message>
    <message>
        <source>Signature covers the survey data</source>
        <translation>Signature covers the survey data</translation>
    </message>
    <message>
        <source>Data matches its schema and manifest</source>
        <translation>Data matches its schema and manifest</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Indemnity: %1</source>
        <translation>Indemnity: %1</translation>
    </message>
    <message>
        <source>Taking the photos from the archived PDF…</source>
        <translation>Taking the photos from the archived PDF…</translation>
    </message>
    <message>
        <source>The report holds no photos.</source>
        <translation>The report holds no photos.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
</context>
<context>
    <name>ArchiveFilters</name>
    <message>
        <source>Claim or policy number</source>
        <translation>Claim or policy number</translation>
    </message>
    <message>
        <source>Search claim or policy number</source>
        <translation>Search claim or policy number</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Clear every filter</translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation>Received on or after</translation>
    </message>
    <message>
        <source>Received on or before</source>
        <translation>Received on or before</translation>
    </message>
    <message>
        <source>Incident on or after</source>
        <translation>Incident on or after</translation>
    </message>
    <message>
        <source>Incident on or before</source>
        <translation>Incident on or before</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>Every line</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>Surveyor</translation>
    </message>
    <message>
        <source>Every surveyor</source>
        <translation>Every surveyor</translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation>Signing device</translation>
    </message>
    <message>
        <source>Every device</source>
        <translation>Every device</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>Surveyor</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Indemnity</source>
        <translation>Indemnity</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the filtered surveys as CSV</source>
        <translation>Export the filtered surveys as CSV</translation>
    </message>
    <message>
        <source>Archived surveys</source>
        <translation>Archived surveys</translation>
    </message>
    <message>
        <source>Archived surveys and the chosen report</source>
        <translation>Archived surveys and the chosen report</translation>
    </message>
    <message>
        <source>No report matches the filters.</source>
        <translation>No report matches the filters.</translation>
    </message>
    <message>
        <source>The archive is empty. Import reports on the import desk.</source>
        <translation>The archive is empty. Import reports on the import desk.</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Reports: %1</translation>
    </message>
    <message>
        <source>%1 read so far; scroll for more</source>
        <translation>%1 read so far; scroll for more</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV written to %1; surveys in it: %2</source>
        <translation>CSV written to %1; surveys in it: %2</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Steps of the calculation</source>
        <translation>Steps of the calculation</translation>
    </message>
    <message>
        <source>Proposed indemnity: %1</source>
        <translation>Proposed indemnity: %1</translation>
    </message>
    <message>
        <source>Counts what is being typed; it is stored as soon as it is valid.</source>
        <translation>Counts what is being typed; it is stored as soon as it is valid.</translation>
    </message>
    <message>
        <source>As stored.</source>
        <translation>As stored.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save the chart %1 as a PNG image</source>
        <translation>Save the chart %1 as a PNG image</translation>
    </message>
    <message>
        <source>Nothing was received in this period.</source>
        <translation>Nothing was received in this period.</translation>
    </message>
</context>
<context>
    <name>CompletenessList</name>
    <message>
        <source>What the survey still needs</source>
        <translation>What the survey still needs</translation>
    </message>
    <message>
        <source>Nothing is missing: the report can be exported.</source>
        <translation>Nothing is missing: the report can be exported.</translation>
    </message>
    <message>
        <source>The report can be exported; still to do before handing it over:</source>
        <translation>The report can be exported; still to do before handing it over:</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) must be done before the report can be exported:</source>
        <translation>
            <numerusform>%n thing must be done before the report can be exported:</numerusform><numerusform>%n things must be done before the report can be exported:</numerusform></translation>
    </message>
    <message>
        <source>%1 (needed to export)</source>
        <translation>%1 (needed to export)</translation>
    </message>
    <message>
        <source>%1 — go to %2</source>
        <translation>%1 — go to %2</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>&lt;b&gt;Privacy notice and consent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Privacy notice and consent&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notice &amp;language</source>
        <translation>Notice &amp;language</translation>
    </message>
    <message>
        <source>&amp;Person informed</source>
        <translation>&amp;Person informed</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Their answer</translation>
    </message>
    <message>
        <source>Consents recorded</source>
        <translation>Consents recorded</translation>
    </message>
    <message>
        <source>Language of the privacy notice</source>
        <translation>Language of the privacy notice</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Name of the person informed</source>
        <translation>Name of the person informed</translation>
    </message>
    <message>
        <source>&amp;Granted</source>
        <translation>&amp;Granted</translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation>Consent granted</translation>
    </message>
    <message>
        <source>Re&amp;fused</source>
        <translation>Re&amp;fused</translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation>Consent refused</translation>
    </message>
    <message>
        <source>Also covers &amp;sensitive data (ID number)</source>
        <translation>Also covers &amp;sensitive data (ID number)</translation>
    </message>
    <message>
        <source>Consent also covers sensitive data</source>
        <translation>Consent also covers sensitive data</translation>
    </message>
    <message>
        <source>Record &amp;consent with signature</source>
        <translation>Record &amp;consent with signature</translation>
    </message>
    <message>
        <source>Record the consent with the signature</source>
        <translation>Record the consent with the signature</translation>
    </message>
    <message>
        <source>Consents recorded in this survey</source>
        <translation>Consents recorded in this survey</translation>
    </message>
    <message>
        <source>incl. sensitive data</source>
        <translation>incl. sensitive data</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>not signed by hand</source>
        <translation>not signed by hand</translation>
    </message>
</context>
<context>
    <name>DamageItemEditor</name>
    <message>
        <source>e.g. 1,234.50</source>
        <translation>e.g. 1,234.50</translation>
    </message>
    <message>
        <source>What links this damage to the incident (marks, height of water, traces…)</source>
        <translation>What links this damage to the incident (marks, height of water, traces…)</translation>
    </message>
    <message>
        <source>Photos of the survey: tick those showing this item</source>
        <translation>Photos of the survey: tick those showing this item</translation>
    </message>
    <message>
        <source>The survey has no photos yet; add them in the Photos step.</source>
        <translation>The survey has no photos yet; add them in the Photos step.</translation>
    </message>
    <message>
        <source>No item chosen. Add one with Insert or “Add item”.</source>
        <translation>No item chosen. Add one with Insert or “Add item”.</translation>
    </message>
    <message>
        <source>New item: stored as soon as its description, causal link and value are valid.</source>
        <translation>New item: stored as soon as its description, causal link and value are valid.</translation>
    </message>
    <message>
        <source>Item %1: each change is stored as you type.</source>
        <translation>Item %1: each change is stored as you type.</translation>
    </message>
</context>
<context>
    <name>DamageItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>DamageStepPage</name>
    <message>
        <source>Remove damage item</source>
        <translation>Remove damage item</translation>
    </message>
    <message>
        <source>Remove “%1” from this survey? Its photos stay in the survey.</source>
        <translation>Remove “%1” from this survey? Its photos stay in the survey.</translation>
    </message>
    <message>
        <source>Add item (Ins)</source>
        <translation>Add item (Ins)</translation>
    </message>
    <message>
        <source>Add a damage item</source>
        <translation>Add a damage item</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <source>Remove the chosen damage item</source>
        <translation>Remove the chosen damage item</translation>
    </message>
    <message>
        <source>Damage items</source>
        <translation>Damage items</translation>
    </message>
    <message>
        <source>This survey is signed: revise it from the survey list to change its damage.</source>
        <translation>This survey is signed: revise it from the survey list to change its damage.</translation>
    </message>
    <message>
        <source>The policy terms being typed have errors: the stored ones count.</source>
        <translation>The policy terms being typed have errors: the stored ones count.</translation>
    </message>
    <message>
        <source>The item being edited is not counted until its errors are fixed.</source>
        <translation>The item being edited is not counted until its errors are fixed.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Everything received</source>
        <translation>Everything received</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Last %1 weeks</translation>
    </message>
    <message>
        <source>Period of the figures</source>
        <translation>Period of the figures</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>First day received (UTC)</source>
        <translation>First day received (UTC)</translation>
    </message>
    <message>
        <source>Last day received (UTC)</source>
        <translation>Last day received (UTC)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>No report has been received yet.</source>
        <translation>No report has been received yet.</translation>
    </message>
    <message>
        <source>Received %1 to %2 (UTC): %3, %4.</source>
        <translation>Received %1 to %2 (UTC): %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n survey(s)</source>
        <translation>
            <numerusform>%n survey</numerusform><numerusform>%n surveys</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) rejected</source>
        <translation>
            <numerusform>%n import rejected</numerusform><numerusform>%n imports rejected</numerusform></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <source>Office database</source>
        <translation>Office database</translation>
    </message>
    <message>
        <source>This desk now uses: %1</source>
        <translation>This desk now uses: %1</translation>
    </message>
    <message>
        <source>This desk is set to use %1, which did not open.</source>
        <translation>This desk is set to use %1, which did not open.</translation>
    </message>
    <message>
        <source>This office folder's own database file (%1): one desk</source>
        <translation>This office folder's own database file (%1): one desk</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database: several desks</source>
        <translation>A shared PostgreSQL database: several desks</translation>
    </message>
    <message>
        <source>Address of the PostgreSQL database</source>
        <translation>Address of the PostgreSQL database</translation>
    </message>
    <message>
        <source>The password is not part of the address and is never stored by fieldapp: give it in PGPASSWORD, the password file (~/.pgpass) or a service file.</source>
        <translation>The password is not part of the address and is never stored by fieldapp: give it in PGPASSWORD, the password file (~/.pgpass) or a service file.</translation>
    </message>
    <message>
        <source>Choosing another database does not move this desk's archive or its trusted devices. To take them along, run %1 before switching (user guide, section 2.5).</source>
        <translation>Choosing another database does not move this desk's archive or its trusted devices. To take them along, run %1 before switching (user guide, section 2.5).</translation>
    </message>
    <message>
        <source>FIELDAPP_OFFICE_DB is set on this computer: when fieldapp starts, it chooses the database before this folder's setting does.</source>
        <translation>FIELDAPP_OFFICE_DB is set on this computer: when fieldapp starts, it chooses the database before this folder's setting does.</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Use this database</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Import desk</source>
        <translation>Import desk</translation>
    </message>
    <message>
        <source>Drop report PDFs or folders here, or add them. Each file is verified before anything of it is read; refused files go to quarantine with their reason.</source>
        <translation>Drop report PDFs or folders here, or add them. Each file is verified before anything of it is read; refused files go to quarantine with their reason.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Add report files</source>
        <translation>Add report files</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>Add a folder of reports</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Import results, newest first</source>
        <translation>Import results, newest first</translation>
    </message>
    <message>
        <source>Open quarantined copy</source>
        <translation>Open quarantined copy</translation>
    </message>
    <message>
        <source>Open the quarantined copy</source>
        <translation>Open the quarantined copy</translation>
    </message>
    <message>
        <source>Open reason file</source>
        <translation>Open reason file</translation>
    </message>
    <message>
        <source>Open the reason file</source>
        <translation>Open the reason file</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Import again</translation>
    </message>
    <message>
        <source>Import the chosen file again</source>
        <translation>Import the chosen file again</translation>
    </message>
    <message>
        <source>After trusting its device, or once it has finished arriving</source>
        <translation>After trusting its device, or once it has finished arriving</translation>
    </message>
    <message>
        <source>Reports (*.pdf)</source>
        <translation>Reports (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Looking for reports…</source>
        <translation>Looking for reports…</translation>
    </message>
    <message>
        <source>Verified %1 of %2: %3</source>
        <translation>Verified %1 of %2: %3</translation>
    </message>
    <message>
        <source>Cancelling after the file in hand…</source>
        <translation>Cancelling after the file in hand…</translation>
    </message>
    <message>
        <source>Last batch: %1 accepted, %2 already archived, %3 refused, %4 to import again.</source>
        <translation>Last batch: %1 accepted, %2 already archived, %3 refused, %4 to import again.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Trusted since</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
</context>
<context>
    <name>EmergencySkipDialog</name>
    <message>
        <source>Emergency — skip the safety checklist</source>
        <translation>Emergency — skip the safety checklist</translation>
    </message>
    <message>
        <source>Go straight to evidence only when waiting would put people or the evidence at risk. Write why: the report shows the reason and the time.</source>
        <translation>Go straight to evidence only when waiting would put people or the evidence at risk. Write why: the report shows the reason and the time.</translation>
    </message>
    <message>
        <source>Reason for the emergency skip</source>
        <translation>Reason for the emergency skip</translation>
    </message>
    <message>
        <source>e.g. fire spreading to the neighbouring house; fire brigade on site</source>
        <translation>e.g. fire spreading to the neighbouring house; fire brigade on site</translation>
    </message>
    <message>
        <source>Record emergency skip</source>
        <translation>Record emergency skip</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>&amp;Save the report in</source>
        <translation>&amp;Save the report in</translation>
    </message>
    <message>
        <source>Folder the report is saved in</source>
        <translation>Folder the report is saved in</translation>
    </message>
    <message>
        <source>The data folder's exports folder</source>
        <translation>The data folder's exports folder</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>Choose the folder for the report</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Default folder</translation>
    </message>
    <message>
        <source>Use the data folder's exports folder</source>
        <translation>Use the data folder's exports folder</translation>
    </message>
    <message>
        <source>This folder is not there (a USB stick removed?). Plug it in or choose another folder.</source>
        <translation>This folder is not there (a USB stick removed?). Plug it in or choose another folder.</translation>
    </message>
    <message>
        <source>This folder cannot be written to (a locked stick, no permission). Choose another folder.</source>
        <translation>This folder cannot be written to (a locked stick, no permission). Choose another folder.</translation>
    </message>
    <message>
        <source>Free space: %1</source>
        <translation>Free space: %1</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Folder for the report</translation>
    </message>
</context>
<context>
    <name>ExportResultPanel</name>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Open the folder of the report</source>
        <translation>Open the folder of the report</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Open the report in the PDF viewer</source>
        <translation>Open the report in the PDF viewer</translation>
    </message>
    <message>
        <source>Revision %1 written (%2):
%3</source>
        <translation>Revision %1 written (%2):
%3</translation>
    </message>
    <message>
        <source>The written file could not be checked: %1</source>
        <translation>The written file could not be checked: %1</translation>
    </message>
    <message>
        <source>Checking the written file…</source>
        <translation>Checking the written file…</translation>
    </message>
    <message>
        <source>The written file verifies: every check holds.</source>
        <translation>The written file verifies: every check holds.</translation>
    </message>
    <message>
        <source>The written file does NOT verify: %1. Export it again.</source>
        <translation>The written file does NOT verify: %1. Export it again.</translation>
    </message>
    <message>
        <source>Signed at %1; the signing device's fingerprint:
%2</source>
        <translation>Signed at %1; the signing device's fingerprint:
%2</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>holds</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExportStepPage</name>
    <message>
        <source>Report &amp;language</source>
        <translation>Report &amp;language</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>&amp;Masked: personal data shortened (for the office and insurer)</source>
        <translation>&amp;Masked: personal data shortened (for the office and insurer)</translation>
    </message>
    <message>
        <source>&amp;Full: personal data as recorded (asks first; logged)</source>
        <translation>&amp;Full: personal data as recorded (asks first; logged)</translation>
    </message>
    <message>
        <source>&amp;Export report</source>
        <translation>&amp;Export report</translation>
    </message>
    <message>
        <source>Export the signed report</source>
        <translation>Export the signed report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation>&amp;Revise…</translation>
    </message>
    <message>
        <source>Open the next revision of this survey</source>
        <translation>Open the next revision of this survey</translation>
    </message>
    <message>
        <source>Export the full report?</source>
        <translation>Export the full report?</translation>
    </message>
    <message>
        <source>A full report shows the personal data unmasked: names, phone numbers, ID numbers, registration plates, the full address and the map position of the incident. Anyone who gets the file can read them. The survey's log records this export.</source>
        <translation>A full report shows the personal data unmasked: names, phone numbers, ID numbers, registration plates, the full address and the map position of the incident. Anyone who gets the file can read them. The survey's log records this export.</translation>
    </message>
    <message>
        <source>Export full report</source>
        <translation>Export full report</translation>
    </message>
    <message>
        <source>Open the next revision?</source>
        <translation>Open the next revision?</translation>
    </message>
    <message>
        <source>Revision %1 stays as it was signed and sent. Revision %2 opens for changes; it must be signed and exported again.</source>
        <translation>Revision %1 stays as it was signed and sent. Revision %2 opens for changes; it must be signed and exported again.</translation>
    </message>
    <message>
        <source>Open revision %1</source>
        <translation>Open revision %1</translation>
    </message>
    <message>
        <source>Revision %1 is signed. Exporting it again writes a new file with the same data. To change something, revise it: the signed revision stays as sent.</source>
        <translation>Revision %1 is signed. Exporting it again writes a new file with the same data. To change something, revise it: the signed revision stays as sent.</translation>
    </message>
    <message>
        <source>Checking the survey</source>
        <translation>Checking the survey</translation>
    </message>
    <message>
        <source>Preparing the photos</source>
        <translation>Preparing the photos</translation>
    </message>
    <message>
        <source>Gathering the survey data</source>
        <translation>Gathering the survey data</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Laying out the report</translation>
    </message>
    <message>
        <source>Signing and writing the file</source>
        <translation>Signing and writing the file</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelling after this stage…</source>
        <translation>Cancelling after this stage…</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <source>fieldapp %1 — on-site survey</source>
        <translation>fieldapp %1 — on-site survey</translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation>&amp;Survey</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>&amp;New survey…</translation>
    </message>
    <message>
        <source>Survey &amp;list</source>
        <translation>Survey &amp;list</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>fieldapp user guide</source>
        <translation>fieldapp user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About fieldapp</source>
        <translation>&amp;About fieldapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;fieldapp&lt;/h3&gt;&lt;p&gt;On-site loss survey with digitally signed PDF reports.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;fieldapp&lt;/h3&gt;&lt;p&gt;On-site loss survey with digitally signed PDF reports.&lt;/p&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Python %2 · Qt for Python %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About fieldapp</source>
        <translation>About fieldapp</translation>
    </message>
</context>
<context>
    <name>HoursToSurvey</name>
    <message>
        <source>Hours from incident to survey finished</source>
        <translation>Hours from incident to survey finished</translation>
    </message>
    <message>
        <source>Whole period: mean %1 h, 90th percentile %2 h; target %3 h</source>
        <translation>Whole period: mean %1 h, 90th percentile %2 h; target %3 h</translation>
    </message>
    <message>
        <source>hours-to-survey</source>
        <translation>hours-to-survey</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>target %1 h</source>
        <translation>target %1 h</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>week starting (UTC)</source>
        <translation>week starting (UTC)</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Cancel the photo import</source>
        <translation>Cancel the photo import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the import results</source>
        <translation>Close the import results</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Files not added, with the reason</source>
        <translation>Files not added, with the reason</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Looking for photos…</translation>
    </message>
    <message>
        <source>Cancelling: the photos already added stay added…</source>
        <translation>Cancelling: the photos already added stay added…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added</source>
        <translation>
            <numerusform>%n photo added</numerusform><numerusform>%n photos added</numerusform></translation>
    </message>
    <message>
        <source> as “%1”</source>
        <translation> as “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n already in this survey</source>
        <translation>
            <numerusform>%n already in this survey</numerusform><numerusform>%n already in this survey</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform><numerusform>%n refused</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not added</source>
        <translation>
            <numerusform>%n not added</numerusform><numerusform>%n not added</numerusform></translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The import was cancelled; the photos added before stay.</source>
        <translation>The import was cancelled; the photos added before stay.</translation>
    </message>
</context>
<context>
    <name>IndemnityByLine</name>
    <message>
        <source>Indemnity by line</source>
        <translation>Indemnity by line</translation>
    </message>
    <message>
        <source>indemnity-by-line</source>
        <translation>indemnity-by-line</translation>
    </message>
    <message>
        <source>indemnity</source>
        <translation>indemnity</translation>
    </message>
</context>
<context>
    <name>MarkTools</name>
    <message>
        <source>Choose / move</source>
        <translation>Choose / move</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Free-hand</source>
        <translation>Free-hand</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Delete mark</translation>
    </message>
    <message>
        <source>Delete the chosen marks</source>
        <translation>Delete the chosen marks</translation>
    </message>
</context>
<context>
    <name>NewSurveyDialog</name>
    <message>
        <source>New survey</source>
        <translation>New survey</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>Claim number</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation>Incident time</translation>
    </message>
    <message>
        <source>Time in this device's time zone (UTC%1)</source>
        <translation>Time in this device's time zone (UTC%1)</translation>
    </message>
    <message>
        <source>Start survey</source>
        <translation>Start survey</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>surveyor</source>
        <translation>surveyor</translation>
    </message>
</context>
<context>
    <name>NotOpenedNote</name>
    <message>
        <source>File not opened</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <source>No program on this computer opened it. Open it yourself from its full path (select it to copy it): %1</source>
        <translation>No program on this computer opened it. Open it yourself from its full path (select it to copy it): %1</translation>
    </message>
</context>
<context>
    <name>OfficeOpeningDialog</name>
    <message>
        <source>fieldapp — office</source>
        <translation>fieldapp — office</translation>
    </message>
    <message>
        <source>The office database cannot be opened.</source>
        <translation>The office database cannot be opened.</translation>
    </message>
    <message>
        <source>Opening the office database %1 …</source>
        <translation>Opening the office database %1 …</translation>
    </message>
    <message>
        <source>Last tried at %1.</source>
        <translation>Last tried at %1.</translation>
    </message>
    <message>
        <source>Opening the office database</source>
        <translation>Opening the office database</translation>
    </message>
    <message>
        <source>&amp;Password for this session (not stored; PGPASSWORD or ~/.pgpass also work):</source>
        <translation>&amp;Password for this session (not stored; PGPASSWORD or ~/.pgpass also work):</translation>
    </message>
    <message>
        <source>Password of the database user</source>
        <translation>Password of the database user</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Use another database…</source>
        <translation>Use another database…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>fieldapp %1 — office</source>
        <translation>fieldapp %1 — office</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Office &amp;database…</source>
        <translation>Office &amp;database…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Office tasks</source>
        <translation>Office tasks</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Previous tab</translation>
    </message>
</context>
<context>
    <name>PartiesStep</name>
    <message>
        <source>Consent recorded.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parties&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parties&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Parties of this survey</source>
        <translation>Parties of this survey</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Add party</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Add a party</translation>
    </message>
    <message>
        <source>&amp;Mask phone and ID numbers</source>
        <translation>&amp;Mask phone and ID numbers</translation>
    </message>
    <message>
        <source>&amp;Reveal phone and ID numbers</source>
        <translation>&amp;Reveal phone and ID numbers</translation>
    </message>
    <message>
        <source>Showing them unmasked is recorded in the log.</source>
        <translation>Showing them unmasked is recorded in the log.</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>Role of the party</translation>
    </message>
    <message>
        <source>Legal basis of the party's data</source>
        <translation>Legal basis of the party's data</translation>
    </message>
    <message>
        <source>This revision is signed; open the next revision to change it.</source>
        <translation>This revision is signed; open the next revision to change it.</translation>
    </message>
    <message>
        <source>Each change is stored as you type; there is nothing to save.</source>
        <translation>Each change is stored as you type; there is nothing to save.</translation>
    </message>
    <message>
        <source>— choose the legal basis —</source>
        <translation>— choose the legal basis —</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation>Consent of %1</translation>
    </message>
    <message>
        <source> (incl. sensitive data)</source>
        <translation> (incl. sensitive data)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New party&lt;/b&gt;</source>
        <translation>&lt;b&gt;New party&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Party&lt;/b&gt;</source>
        <translation>&lt;b&gt;Party&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (masked; type to replace)</source>
        <translation>%1 (masked; type to replace)</translation>
    </message>
</context>
<context>
    <name>PhotoDetails</name>
    <message>
        <source>Capt&amp;ion</source>
        <translation>Capt&amp;ion</translation>
    </message>
    <message>
        <source>Caption of the photo</source>
        <translation>Caption of the photo</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. water stain</source>
        <translation>What the photo shows, e.g. water stain</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <source>Category of the photo</source>
        <translation>Category of the photo</translation>
    </message>
    <message>
        <source>&amp;Damage items this photo shows</source>
        <translation>&amp;Damage items this photo shows</translation>
    </message>
    <message>
        <source>Damage items this photo shows</source>
        <translation>Damage items this photo shows</translation>
    </message>
    <message>
        <source>No damage item yet: add them in Damage &amp; valuation.</source>
        <translation>No damage item yet: add them in Damage &amp; valuation.</translation>
    </message>
    <message>
        <source>&amp;View / mark up</source>
        <translation>&amp;View / mark up</translation>
    </message>
    <message>
        <source>View the photo full size and mark it up</source>
        <translation>View the photo full size and mark it up</translation>
    </message>
    <message>
        <source>&amp;Remove photo…</source>
        <translation>&amp;Remove photo…</translation>
    </message>
    <message>
        <source>Remove this photo from the survey</source>
        <translation>Remove this photo from the survey</translation>
    </message>
    <message>
        <source>Choose a photo to describe it.</source>
        <translation>Choose a photo to describe it.</translation>
    </message>
    <message>
        <source>capture time not recorded</source>
        <translation>capture time not recorded</translation>
    </message>
    <message>
        <source>Taken %1 · %2×%3 px</source>
        <translation>Taken %1 · %2×%3 px</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsPanel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>From the incident</source>
        <translation>From the incident</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Not recorded by the camera</source>
        <translation>Not recorded by the camera</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Shows: %1</source>
        <translation>Shows: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no picture to show</source>
        <translation>no picture to show</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>no caption</translation>
    </message>
    <message>
        <source>no damage item linked</source>
        <translation>no damage item linked</translation>
    </message>
</context>
<context>
    <name>PhotoSealingDialog</name>
    <message>
        <source>Encrypting the photos</source>
        <translation>Encrypting the photos</translation>
    </message>
    <message>
        <source>The photos kept by the previous version are being encrypted on this device. You can go on working meanwhile.</source>
        <translation>The photos kept by the previous version are being encrypted on this device. You can go on working meanwhile.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo %1 — marks</source>
        <translation>Photo %1 — marks</translation>
    </message>
    <message>
        <source>The photo and its marks</source>
        <translation>The photo and its marks</translation>
    </message>
    <message>
        <source>Drag to draw with the chosen tool; Enter places a mark in the middle. N chooses the next mark; arrow keys move it, or move the view when no mark is chosen.</source>
        <translation>Drag to draw with the chosen tool; Enter places a mark in the middle. N chooses the next mark; arrow keys move it, or move the view when no mark is chosen.</translation>
    </message>
    <message>
        <source>Words of a text mark</source>
        <translation>Words of a text mark</translation>
    </message>
    <message>
        <source>e.g. dent 12 cm</source>
        <translation>e.g. dent 12 cm</translation>
    </message>
    <message>
        <source>Each mark is stored as you draw it; there is nothing to save. The photo itself is never changed.</source>
        <translation>Each mark is stored as you draw it; there is nothing to save. The photo itself is never changed.</translation>
    </message>
    <message>
        <source>This photo's picture cannot be shown: %1</source>
        <translation>This photo's picture cannot be shown: %1</translation>
    </message>
    <message>
        <source>Revision %1 is signed: its marks are shown but cannot be changed. Open the next revision from the survey list to change them.</source>
        <translation>Revision %1 is signed: its marks are shown but cannot be changed. Open the next revision from the survey list to change them.</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Loading the picture…</translation>
    </message>
    <message>
        <source>Draw a mark</source>
        <translation>Draw a mark</translation>
    </message>
    <message>
        <source>Type the words first, then tap the photo.</source>
        <translation>Type the words first, then tap the photo.</translation>
    </message>
    <message>
        <source>Move marks</source>
        <translation>Move marks</translation>
    </message>
    <message>
        <source>Delete marks</source>
        <translation>Delete marks</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
</context>
<context>
    <name>PhotosStepPage</name>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <source>Add photos from files</source>
        <translation>Add photos from files</translation>
    </message>
    <message>
        <source>From camera &amp;card / phone…</source>
        <translation>From camera &amp;card / phone…</translation>
    </message>
    <message>
        <source>Add photos from a camera card or a phone</source>
        <translation>Add photos from a camera card or a phone</translation>
    </message>
    <message>
        <source>or drop photos or folders here</source>
        <translation>or drop photos or folders here</translation>
    </message>
    <message>
        <source>Photos of the survey</source>
        <translation>Photos of the survey</translation>
    </message>
    <message>
        <source>This survey is signed: its photos are shown, not changed.</source>
        <translation>This survey is signed: its photos are shown, not changed.</translation>
    </message>
    <message>
        <source>No photos yet. Add them, or drop files or folders here.</source>
        <translation>No photos yet. Add them, or drop files or folders here.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Add photos as: %1</source>
        <translation>Add photos as: %1</translation>
    </message>
    <message>
        <source>Camera cards and phones</source>
        <translation>Camera cards and phones</translation>
    </message>
    <message>
        <source>All photos on %1 (%2)</source>
        <translation>All photos on %1 (%2)</translation>
    </message>
    <message>
        <source>No camera card or phone found</source>
        <translation>No camera card or phone found</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>Folder of photos to add</source>
        <translation>Folder of photos to add</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Remove “%1” from this survey? Use this for a photo added by mistake. The removal is recorded in the survey's log, and the original file is kept.</source>
        <translation>Remove “%1” from this survey? Use this for a photo added by mistake. The removal is recorded in the survey's log, and the original file is kept.</translation>
    </message>
</context>
<context>
    <name>PolicyTermsForm</name>
    <message>
        <source>Policy terms</source>
        <translation>Policy terms</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>RejectedByReason</name>
    <message>
        <source>Rejected imports by reason</source>
        <translation>Rejected imports by reason</translation>
    </message>
    <message>
        <source>rejected-by-reason</source>
        <translation>rejected-by-reason</translation>
    </message>
    <message>
        <source>No import was rejected in this period.</source>
        <translation>No import was rejected in this period.</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>imports</translation>
    </message>
</context>
<context>
    <name>ReportPreviewPane</name>
    <message>
        <source>Preview of the report — not signed</source>
        <translation>Preview of the report — not signed</translation>
    </message>
    <message>
        <source>Built from the survey as it is now by the same layout as the export, with personal data masked. The exported report is signed and may differ in the signature block.</source>
        <translation>Built from the survey as it is now by the same layout as the export, with personal data masked. The exported report is signed and may differ in the signature block.</translation>
    </message>
    <message>
        <source>Language of the previewed report</source>
        <translation>Language of the previewed report</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>&amp;Refresh preview</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Build the preview again</translation>
    </message>
    <message>
        <source>Preview of the report's pages</source>
        <translation>Preview of the report's pages</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Building the preview…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform><numerusform>%n pages.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportsPerWeek</name>
    <message>
        <source>Reports received per week, by line</source>
        <translation>Reports received per week, by line</translation>
    </message>
    <message>
        <source>reports-per-week</source>
        <translation>reports-per-week</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>week starting (UTC)</source>
        <translation>week starting (UTC)</translation>
    </message>
</context>
<context>
    <name>RequiredShots</name>
    <message>
        <source>Required shots still missing</source>
        <translation>Required shots still missing</translation>
    </message>
    <message>
        <source>Every required shot is here.</source>
        <translation>Every required shot is here.</translation>
    </message>
    <message>
        <source>＋ %1 (%2 of %3)</source>
        <translation>＋ %1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Add photos as: %1</source>
        <translation>Add photos as: %1</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Claim, or why not</source>
        <translation>Claim, or why not</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revision %2</translation>
    </message>
    <message>
        <source>Imported again %1: %2, revision %3.</source>
        <translation>Imported again %1: %2, revision %3.</translation>
    </message>
</context>
<context>
    <name>ReviewStepPage</name>
    <message>
        <source>This revision is finished: its signatures can no longer change.</source>
        <translation>This revision is finished: its signatures can no longer change.</translation>
    </message>
</context>
<context>
    <name>SafetyItemRow</name>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Note: what was found or done (needed for a “no” to a required item)</source>
        <translation>Note: what was found or done (needed for a “no” to a required item)</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>Note on: %1</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>Y: yes, N: no, A: not applicable; arrow keys move between them</source>
        <translation>Y: yes, N: no, A: not applicable; arrow keys move between them</translation>
    </message>
</context>
<context>
    <name>SafetyStepPage</name>
    <message>
        <source>Emergency — skip the checklist…</source>
        <translation>Emergency — skip the checklist…</translation>
    </message>
    <message>
        <source>Emergency: skip the safety checklist</source>
        <translation>Emergency: skip the safety checklist</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency skip recorded&lt;/b&gt; at %1. Reason: %2</source>
        <translation>&lt;b&gt;Emergency skip recorded&lt;/b&gt; at %1. Reason: %2</translation>
    </message>
    <message>
        <source>Choose yes, no or not applicable: the note is stored with the answer.</source>
        <translation>Choose yes, no or not applicable: the note is stored with the answer.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up fieldapp</source>
        <translation>Set up fieldapp</translation>
    </message>
    <message>
        <source>This device has not been set up yet. Say who surveys with it and choose the passphrase that protects the personal data of every survey on it.</source>
        <translation>This device has not been set up yet. Say who surveys with it and choose the passphrase that protects the personal data of every survey on it.</translation>
    </message>
    <message>
        <source>Surveyor's name</source>
        <translation>Surveyor's name</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Longer is stronger: 12 characters are fair; 16, or 12 mixing letters, digits and signs, are strong. Without the passphrase the data cannot be read: keep it safe.</source>
        <translation>
            <numerusform>At least %n characters. Longer is stronger: 12 characters are fair; 16, or 12 mixing letters, digits and signs, are strong. Without the passphrase the data cannot be read: keep it safe.</numerusform><numerusform>At least %n characters. Longer is stronger: 12 characters are fair; 16, or 12 mixing letters, digits and signs, are strong. Without the passphrase the data cannot be read: keep it safe.</numerusform></translation>
    </message>
    <message>
        <source>Set up this device</source>
        <translation>Set up this device</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>C&amp;lear signature</source>
        <translation>C&amp;lear signature</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Clear the signature</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>The person signs here with a finger, a pen or the mouse.</source>
        <translation>The person signs here with a finger, a pen or the mouse.</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Surveyor's signature</source>
        <translation>Surveyor's signature</translation>
    </message>
    <message>
        <source>Insured's signature</source>
        <translation>Insured's signature</translation>
    </message>
    <message>
        <source>Signature pad of the surveyor</source>
        <translation>Signature pad of the surveyor</translation>
    </message>
    <message>
        <source>Signature pad of the insured</source>
        <translation>Signature pad of the insured</translation>
    </message>
    <message>
        <source>Store the surveyor's &amp;signature</source>
        <translation>Store the surveyor's &amp;signature</translation>
    </message>
    <message>
        <source>Store the &amp;insured's signature</source>
        <translation>Store the &amp;insured's signature</translation>
    </message>
    <message>
        <source>If the insured does not sign, why:</source>
        <translation>If the insured does not sign, why:</translation>
    </message>
    <message>
        <source>e.g. not at the scene; refused to sign</source>
        <translation>e.g. not at the scene; refused to sign</translation>
    </message>
    <message>
        <source>Why the insured does not sign</source>
        <translation>Why the insured does not sign</translation>
    </message>
    <message>
        <source>Record: &amp;does not sign</source>
        <translation>Record: &amp;does not sign</translation>
    </message>
    <message>
        <source>Record that the insured does not sign</source>
        <translation>Record that the insured does not sign</translation>
    </message>
    <message>
        <source>Surveyor</source>
        <translation>Surveyor</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>No insured recorded yet: add the insured in Parties first.</source>
        <translation>No insured recorded yet: add the insured in Parties first.</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message>
        <source>Signed at %1.</source>
        <translation>Signed at %1.</translation>
    </message>
    <message>
        <source>Does not sign (recorded at %1): %2</source>
        <translation>Does not sign (recorded at %1): %2</translation>
    </message>
    <message>
        <source>Sign &amp;now</source>
        <translation>Sign &amp;now</translation>
    </message>
    <message>
        <source>The insured signs after all</source>
        <translation>The insured signs after all</translation>
    </message>
    <message>
        <source>Sign a&amp;gain</source>
        <translation>Sign a&amp;gain</translation>
    </message>
    <message>
        <source>Replace the stored signature</source>
        <translation>Replace the stored signature</translation>
    </message>
</context>
<context>
    <name>StartStepPage</name>
    <message>
        <source>Time in this device's time zone (%1)</source>
        <translation>Time in this device's time zone (%1)</translation>
    </message>
    <message>
        <source>Recorded as %1 (%2)</source>
        <translation>Recorded as %1 (%2)</translation>
    </message>
    <message>
        <source>The claim and the incident. Each change is stored as you type.</source>
        <translation>The claim and the incident. Each change is stored as you type.</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>Claim number</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation>Incident time</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>e.g. 25.0330</source>
        <translation>e.g. 25.0330</translation>
    </message>
    <message>
        <source>e.g. 121.5654</source>
        <translation>e.g. 121.5654</translation>
    </message>
    <message>
        <source>Optional: degrees (WGS-84), both or neither; south and west are negative.</source>
        <translation>Optional: degrees (WGS-84), both or neither; south and west are negative.</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Where it happened</translation>
    </message>
    <message>
        <source>How the loss happened, in your words</source>
        <translation>How the loss happened, in your words</translation>
    </message>
    <message>
        <source>Fixed once the survey is started: the safety checklist and the required photos depend on it. For another line, start a new survey.</source>
        <translation>Fixed once the survey is started: the safety checklist and the required photos depend on it. For another line, start a new survey.</translation>
    </message>
    <message>
        <source>This revision is signed and cannot change. To correct it, choose “Revise” in the survey list.</source>
        <translation>This revision is signed and cannot change. To correct it, choose “Revise” in the survey list.</translation>
    </message>
    <message>
        <source>Latitude and longitude are numbers of degrees, e.g. 25.0330.</source>
        <translation>Latitude and longitude are numbers of degrees, e.g. 25.0330.</translation>
    </message>
    <message>
        <source>Stored at %1.</source>
        <translation>Stored at %1.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>Steps of the survey</source>
        <translation>Steps of the survey</translation>
    </message>
</context>
<context>
    <name>SurveyListPage</name>
    <message>
        <source>Search claim or policy number</source>
        <translation>Search claim or policy number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Line of business</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>Every line</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>New survey</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the selected survey</source>
        <translation>Open the selected survey</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>Revise the selected signed survey</source>
        <translation>Revise the selected signed survey</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>No surveys yet. Start one with “New survey”.</source>
        <translation>No surveys yet. Start one with “New survey”.</translation>
    </message>
    <message>
        <source>No survey matches the search.</source>
        <translation>No survey matches the search.</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>← Surveys</source>
        <translation>← Surveys</translation>
    </message>
    <message>
        <source>Back to the survey list</source>
        <translation>Back to the survey list</translation>
    </message>
</context>
<context>
    <name>SurveyTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>nothing required; still to sign: %1</source>
        <translation>nothing required; still to sign: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust this device?</source>
        <translation>Trust this device?</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the surveyor's tablet shows (Device identity), pair by pair, before trusting. Reports this device signs will then be accepted.</source>
        <translation>Compare the fingerprint with the one the surveyor's tablet shows (Device identity), pair by pair, before trusting. Reports this device signs will then be accepted.</translation>
    </message>
    <message>
        <source>Surveyor:</source>
        <translation>Surveyor:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Staff number:</source>
        <translation>Staff number:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Name at the office:</source>
        <translation>&amp;Name at the office:</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Name of the device at the office</source>
        <translation>Name of the device at the office</translation>
    </message>
    <message>
        <source>Trust this device</source>
        <translation>Trust this device</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This device is trusted already; its name will be updated.</source>
        <translation>This device is trusted already; its name will be updated.</translation>
    </message>
    <message>
        <source>This device was revoked. Trusting it again accepts its reports from now on.</source>
        <translation>This device was revoked. Trusting it again accepts its reports from now on.</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>Trusted devices</source>
        <translation>Trusted devices</translation>
    </message>
    <message>
        <source>The office accepts reports signed by these devices only. Add a device from the certificate its surveyor exported (or drop the .pem file here); revoking keeps its archived reports and refuses new ones.</source>
        <translation>The office accepts reports signed by these devices only. Add a device from the certificate its surveyor exported (or drop the .pem file here); revoking keeps its archived reports and refuses new ones.</translation>
    </message>
    <message>
        <source>Trust a device…</source>
        <translation>Trust a device…</translation>
    </message>
    <message>
        <source>Trust a device from its certificate</source>
        <translation>Trust a device from its certificate</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Revoke the chosen device</source>
        <translation>Revoke the chosen device</translation>
    </message>
    <message>
        <source>The device's certificate</source>
        <translation>The device's certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certificates (*.pem)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 is trusted.</source>
        <translation>%1 is trusted.</translation>
    </message>
    <message>
        <source>Revoke this device?</source>
        <translation>Revoke this device?</translation>
    </message>
    <message>
        <source>Stop trusting %1?</source>
        <translation>Stop trusting %1?</translation>
    </message>
    <message numerus="yes">
        <source>Reports it signs will be refused from now on; the archive keeps the %n report(s) it signed.</source>
        <translation>
            <numerusform>Reports it signs will be refused from now on; the archive keeps the %n report it signed.</numerusform><numerusform>Reports it signs will be refused from now on; the archive keeps the %n reports it signed.</numerusform></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Keep trusting</source>
        <translation>Keep trusting</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1 is revoked.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock fieldapp</source>
        <translation>Unlock fieldapp</translation>
    </message>
    <message>
        <source>Type the passphrase that protects this device's surveys.</source>
        <translation>Type the passphrase that protects this device's surveys.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>High contrast (sunlight)</source>
        <translation>High contrast (sunlight)</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Text &amp;size</translation>
    </message>
</context>
<context>
    <name>ViewTools</name>
    <message>
        <source>Zoom: %1 percent</source>
        <translation>Zoom: %1 percent</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Fit the photo to the window</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Actual size (100 %)</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Turn left</translation>
    </message>
    <message>
        <source>Turn the view left (the photo is not changed)</source>
        <translation>Turn the view left (the photo is not changed)</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Turn right</translation>
    </message>
    <message>
        <source>Turn the view right (the photo is not changed)</source>
        <translation>Turn the view right (the photo is not changed)</translation>
    </message>
</context>
<context>
    <name>WatchBar</name>
    <message>
        <source>&amp;Watched folder:</source>
        <translation>&amp;Watched folder:</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <source>a shared folder or a USB inbox</source>
        <translation>a shared folder or a USB inbox</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>Choose the watched folder</translation>
    </message>
    <message>
        <source>Import new reports from it</source>
        <translation>Import new reports from it</translation>
    </message>
    <message>
        <source>Watch the folder</source>
        <translation>Watch the folder</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>Not watching.</translation>
    </message>
    <message>
        <source>Watching.</source>
        <translation>Watching.</translation>
    </message>
    <message>
        <source>Watching; looked %1.</source>
        <translation>Watching; looked %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still arriving.</source>
        <translation>
            <numerusform>%n file still arriving.</numerusform><numerusform>%n files still arriving.</numerusform></translation>
    </message>
</context>
<context>
    <name>WithinSevenDays</name>
    <message>
        <source>Share of cases finished within 7 days</source>
        <translation>Share of cases finished within 7 days</translation>
    </message>
    <message>
        <source>Whole period: %1 % of %2 cases</source>
        <translation>Whole period: %1 % of %2 cases</translation>
    </message>
    <message>
        <source>within-7-days</source>
        <translation>within-7-days</translation>
    </message>
    <message>
        <source>week starting (UTC)</source>
        <translation>week starting (UTC)</translation>
    </message>
</context>
<context>
    <name>damage</name>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>repair</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>replace</translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation>Replacement cost</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Market value</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Book value</translation>
    </message>
    <message>
        <source>Expert appraisal</source>
        <translation>Expert appraisal</translation>
    </message>
    <message>
        <source>whole item</source>
        <translation>whole item</translation>
    </message>
    <message>
        <source>part</source>
        <translation>part</translation>
    </message>
    <message>
        <source>labour</source>
        <translation>labour</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>paint</translation>
    </message>
    <message>
        <source>What is damaged</source>
        <translation>What is damaged</translation>
    </message>
    <message>
        <source>Area or part</source>
        <translation>Area or part</translation>
    </message>
    <message>
        <source>Kind of damage</source>
        <translation>Kind of damage</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Repair or replace</source>
        <translation>Repair or replace</translation>
    </message>
    <message>
        <source>Why it belongs to this incident</source>
        <translation>Why it belongs to this incident</translation>
    </message>
    <message>
        <source>Valuation method</source>
        <translation>Valuation method</translation>
    </message>
    <message>
        <source>Estimate line</source>
        <translation>Estimate line</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit cost (new)</source>
        <translation>Unit cost (new)</translation>
    </message>
    <message>
        <source>Depreciation %</source>
        <translation>Depreciation %</translation>
    </message>
    <message>
        <source>Basis of the depreciation</source>
        <translation>Basis of the depreciation</translation>
    </message>
    <message>
        <source>Assessed value</source>
        <translation>Assessed value</translation>
    </message>
    <message>
        <source>Salvage value</source>
        <translation>Salvage value</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <source>Basis of the appraisal</source>
        <translation>Basis of the appraisal</translation>
    </message>
    <message>
        <source>Photos showing it</source>
        <translation>Photos showing it</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Sum insured</source>
        <translation>Sum insured</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Value at risk</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Vehicle's actual value</source>
        <translation>Vehicle's actual value</translation>
    </message>
    <message>
        <source>Disability grade (1–10)</source>
        <translation>Disability grade (1–10)</translation>
    </message>
    <message>
        <source>Medical expenses</source>
        <translation>Medical expenses</translation>
    </message>
    <message>
        <source>Medical limit</source>
        <translation>Medical limit</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Not a PDF</source>
        <translation>Not a PDF</translation>
    </message>
    <message>
        <source>Damaged PDF</source>
        <translation>Damaged PDF</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <source>Modified after signing</source>
        <translation>Modified after signing</translation>
    </message>
    <message>
        <source>Untrusted device</source>
        <translation>Untrusted device</translation>
    </message>
    <message>
        <source>Revoked device</source>
        <translation>Revoked device</translation>
    </message>
    <message>
        <source>No survey data</source>
        <translation>No survey data</translation>
    </message>
    <message>
        <source>Unknown data version</source>
        <translation>Unknown data version</translation>
    </message>
    <message>
        <source>Inconsistent data</source>
        <translation>Inconsistent data</translation>
    </message>
    <message>
        <source>Revision clash</source>
        <translation>Revision clash</translation>
    </message>
    <message>
        <source>Unreadable file</source>
        <translation>Unreadable file</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Internal error</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Already archived</source>
        <translation>Already archived</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Still arriving</source>
        <translation>Still arriving</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Not a PDF file</source>
        <translation>Not a PDF file</translation>
    </message>
    <message>
        <source>Import the report PDF the surveyor exported.</source>
        <translation>Import the report PDF the surveyor exported.</translation>
    </message>
    <message>
        <source>The PDF is damaged or cut short</source>
        <translation>The PDF is damaged or cut short</translation>
    </message>
    <message>
        <source>Ask the surveyor to send the report again.</source>
        <translation>Ask the surveyor to send the report again.</translation>
    </message>
    <message>
        <source>The PDF carries no digital signature</source>
        <translation>The PDF carries no digital signature</translation>
    </message>
    <message>
        <source>Only reports exported by fieldapp can be imported.</source>
        <translation>Only reports exported by fieldapp can be imported.</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <source>Ask the surveyor to export the report again.</source>
        <translation>Ask the surveyor to export the report again.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed</source>
        <translation>The document was changed after it was signed</translation>
    </message>
    <message>
        <source>Ask the surveyor to export again and send that file unchanged.</source>
        <translation>Ask the surveyor to export again and send that file unchanged.</translation>
    </message>
    <message>
        <source>Signed by a device this office does not trust</source>
        <translation>Signed by a device this office does not trust</translation>
    </message>
    <message>
        <source>Check the device's fingerprint with the surveyor, then trust its certificate on the Trusted devices page.</source>
        <translation>Check the device's fingerprint with the surveyor, then trust its certificate on the Trusted devices page.</translation>
    </message>
    <message>
        <source>Signed by a device whose trust was revoked</source>
        <translation>Signed by a device whose trust was revoked</translation>
    </message>
    <message>
        <source>Ask the team lead whether reports from this device may be accepted.</source>
        <translation>Ask the team lead whether reports from this device may be accepted.</translation>
    </message>
    <message>
        <source>No survey data covered by the signature</source>
        <translation>No survey data covered by the signature</translation>
    </message>
    <message>
        <source>Ask the surveyor to export again with this version of fieldapp.</source>
        <translation>Ask the surveyor to export again with this version of fieldapp.</translation>
    </message>
    <message>
        <source>Survey data of a version this office cannot read</source>
        <translation>Survey data of a version this office cannot read</translation>
    </message>
    <message>
        <source>Update fieldapp at the office.</source>
        <translation>Update fieldapp at the office.</translation>
    </message>
    <message>
        <source>The survey data disagrees with itself</source>
        <translation>The survey data disagrees with itself</translation>
    </message>
    <message>
        <source>Another file of the same survey and revision is archived</source>
        <translation>Another file of the same survey and revision is archived</translation>
    </message>
    <message>
        <source>Ask the surveyor which file they sent; a new revision replaces both.</source>
        <translation>Ask the surveyor which file they sent; a new revision replaces both.</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>Check the file's permissions and copy it again.</source>
        <translation>Check the file's permissions and copy it again.</translation>
    </message>
    <message>
        <source>fieldapp could not process the file</source>
        <translation>fieldapp could not process the file</translation>
    </message>
    <message>
        <source>Keep the quarantined copy and its reason file; report the problem.</source>
        <translation>Keep the quarantined copy and its reason file; report the problem.</translation>
    </message>
    <message>
        <source>Still being copied</source>
        <translation>Still being copied</translation>
    </message>
    <message>
        <source>Import it again once it has finished arriving.</source>
        <translation>Import it again once it has finished arriving.</translation>
    </message>
    <message>
        <source>The batch was cancelled before this file</source>
        <translation>The batch was cancelled before this file</translation>
    </message>
    <message>
        <source>Import it again.</source>
        <translation>Import it again.</translation>
    </message>
    <message>
        <source>The office's disk is full</source>
        <translation>The office's disk is full</translation>
    </message>
    <message>
        <source>Free some space, then import it again.</source>
        <translation>Free some space, then import it again.</translation>
    </message>
    <message>
        <source>The office database stayed busy</source>
        <translation>The office database stayed busy</translation>
    </message>
    <message>
        <source>Import it again in a moment.</source>
        <translation>Import it again in a moment.</translation>
    </message>
    <message>
        <source>The office database does not allow this user to import</source>
        <translation>The office database does not allow this user to import</translation>
    </message>
    <message>
        <source>Ask the office's database administrator for the importer role.</source>
        <translation>Ask the office's database administrator for the importer role.</translation>
    </message>
    <message>
        <source>The office database cannot be reached</source>
        <translation>The office database cannot be reached</translation>
    </message>
    <message>
        <source>Check the server and the network, then import it again.</source>
        <translation>Check the server and the network, then import it again.</translation>
    </message>
    <message>
        <source>Report this to the fieldapp team.</source>
        <translation>Report this to the fieldapp team.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The passphrase is not right. Check it and try again.</source>
        <translation>The passphrase is not right. Check it and try again.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>Choose a passphrase of at least %n characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>The two passphrases differ. Type the same one twice.</translation>
    </message>
    <message>
        <source>The surveyor's name and the organisation are needed.</source>
        <translation>The surveyor's name and the organisation are needed.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space and try again.</source>
        <translation>The disk is full: %1 could not be written. Free some space and try again.</translation>
    </message>
    <message>
        <source>Another program kept the survey database busy. Nothing was changed.</source>
        <translation>Another program kept the survey database busy. Nothing was changed.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>its bytes changed</source>
        <translation>its bytes changed</translation>
    </message>
    <message>
        <source>The archived report %1 does not match its fingerprint (%2). Import the surveyor's copy again, or restore the archive folder from a backup.</source>
        <translation>The archived report %1 does not match its fingerprint (%2). Import the surveyor's copy again, or restore the archive folder from a backup.</translation>
    </message>
    <message>
        <source>The office database does not allow %1 to %2; nothing was changed. Ask the office's database administrator for the importer role.</source>
        <translation>The office database does not allow %1 to %2; nothing was changed. Ask the office's database administrator for the importer role.</translation>
    </message>
    <message>
        <source>This is not a database address: give postgresql://SERVER/DATABASE.</source>
        <translation>This is not a database address: give postgresql://SERVER/DATABASE.</translation>
    </message>
    <message>
        <source>The office database is PostgreSQL (postgresql://SERVER/DATABASE) or this folder's own file.</source>
        <translation>The office database is PostgreSQL (postgresql://SERVER/DATABASE) or this folder's own file.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: fieldapp never stores it. Give it in PGPASSWORD, the password file (~/.pgpass) or a service file.</source>
        <translation>Leave the password out of the address: fieldapp never stores it. Give it in PGPASSWORD, the password file (~/.pgpass) or a service file.</translation>
    </message>
    <message>
        <source>The key file of this data folder is damaged; restore it from a backup.</source>
        <translation>The key file of this data folder is damaged; restore it from a backup.</translation>
    </message>
    <message>
        <source>A stored photo file does not open: it was altered or belongs to another photo. Restore the data folder from a backup.</source>
        <translation>A stored photo file does not open: it was altered or belongs to another photo. Restore the data folder from a backup.</translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters.</source>
        <translation>This is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Write at least %1 characters (a Chinese character counts as two).</source>
        <translation>Write at least %1 characters (a Chinese character counts as two).</translation>
    </message>
    <message>
        <source>This must be filled in.</source>
        <translation>This must be filled in.</translation>
    </message>
    <message>
        <source>This holds a character that cannot be shown or printed; remove it.</source>
        <translation>This holds a character that cannot be shown or printed; remove it.</translation>
    </message>
    <message>
        <source>Enter an amount with at most two decimals, e.g. 1,234.50.</source>
        <translation>Enter an amount with at most two decimals, e.g. 1,234.50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>This amount is too large: amounts stay below 10^15. Check the figures.</source>
        <translation>This amount is too large: amounts stay below 10^15. Check the figures.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 2 or 2.5.</source>
        <translation>Enter a number, e.g. 2 or 2.5.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>This number is out of range.</translation>
    </message>
    <message>
        <source>A quantity is above 0 and below 1,000,000.</source>
        <translation>A quantity is above 0 and below 1,000,000.</translation>
    </message>
    <message>
        <source>A quantity has at most 4 decimals.</source>
        <translation>A quantity has at most 4 decimals.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>Enter a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>A percentage has at most 2 decimals.</source>
        <translation>A percentage has at most 2 decimals.</translation>
    </message>
    <message>
        <source>Replacement cost needs the unit cost (the cost of one unit new).</source>
        <translation>Replacement cost needs the unit cost (the cost of one unit new).</translation>
    </message>
    <message>
        <source>This method needs the assessed value.</source>
        <translation>This method needs the assessed value.</translation>
    </message>
    <message>
        <source>Depreciation needs its basis (age, wear, a rule).</source>
        <translation>Depreciation needs its basis (age, wear, a rule).</translation>
    </message>
    <message>
        <source>An expert appraisal names the appraiser and the basis.</source>
        <translation>An expert appraisal names the appraiser and the basis.</translation>
    </message>
    <message>
        <source>Choose a valuation method.</source>
        <translation>Choose a valuation method.</translation>
    </message>
    <message>
        <source>Not an ISO 4217 currency code (e.g. CNY, HKD, USD, EUR).</source>
        <translation>Not an ISO 4217 currency code (e.g. CNY, HKD, USD, EUR).</translation>
    </message>
    <message>
        <source>A disability grade is a whole number from 1 to 10.</source>
        <translation>A disability grade is a whole number from 1 to 10.</translation>
    </message>
    <message>
        <source>This survey is signed; revise it from the survey list to change it.</source>
        <translation>This survey is signed; revise it from the survey list to change it.</translation>
    </message>
    <message>
        <source>the picture is damaged and cannot be decoded; the original is kept.</source>
        <translation>the picture is damaged and cannot be decoded; the original is kept.</translation>
    </message>
    <message>
        <source>the original is not in this data folder; add the photo file again.</source>
        <translation>the original is not in this data folder; add the photo file again.</translation>
    </message>
    <message>
        <source>A photo holds at most 200 marks; delete some before drawing more.</source>
        <translation>A photo holds at most 200 marks; delete some before drawing more.</translation>
    </message>
    <message>
        <source>The incident time is in the future; give the time it happened.</source>
        <translation>The incident time is in the future; give the time it happened.</translation>
    </message>
    <message>
        <source>The incident time is more than ten years ago; check the year.</source>
        <translation>The incident time is more than ten years ago; check the year.</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Check the year.</translation>
    </message>
    <message>
        <source>This time zone offset does not exist.</source>
        <translation>This time zone offset does not exist.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>Latitude is a number of degrees from -90 to 90.</source>
        <translation>Latitude is a number of degrees from -90 to 90.</translation>
    </message>
    <message>
        <source>Longitude is a number of degrees from -180 to 180.</source>
        <translation>Longitude is a number of degrees from -180 to 180.</translation>
    </message>
    <message>
        <source>Choose the legal basis: record the person's consent first, or choose another basis.</source>
        <translation>Choose the legal basis: record the person's consent first, or choose another basis.</translation>
    </message>
    <message>
        <source>Choose a consent recorded in this survey as the legal basis.</source>
        <translation>Choose a consent recorded in this survey as the legal basis.</translation>
    </message>
    <message>
        <source>This person refused consent: their data can be kept only on another legal basis.</source>
        <translation>This person refused consent: their data can be kept only on another legal basis.</translation>
    </message>
    <message>
        <source>An ID number is sensitive: choose a consent that also covers sensitive data.</source>
        <translation>An ID number is sensitive: choose a consent that also covers sensitive data.</translation>
    </message>
    <message>
        <source>This line of business does not collect that detail of a party.</source>
        <translation>This line of business does not collect that detail of a party.</translation>
    </message>
    <message>
        <source>The signature pad is blank: ask the person to sign.</source>
        <translation>The signature pad is blank: ask the person to sign.</translation>
    </message>
    <message>
        <source>That is only a dot or a short mark: ask the person to sign in full.</source>
        <translation>That is only a dot or a short mark: ask the person to sign in full.</translation>
    </message>
    <message>
        <source>Choose whether the person granted or refused consent.</source>
        <translation>Choose whether the person granted or refused consent.</translation>
    </message>
    <message>
        <source>A “no” to a required item needs a note: say why, and what was done instead.</source>
        <translation>A “no” to a required item needs a note: say why, and what was done instead.</translation>
    </message>
    <message>
        <source>Write the reason in a sentence (at least 10 characters); the report shows it.</source>
        <translation>Write the reason in a sentence (at least 10 characters); the report shows it.</translation>
    </message>
    <message>
        <source>Say why the insured does not sign (not at the scene, refused, …).</source>
        <translation>Say why the insured does not sign (not at the scene, refused, …).</translation>
    </message>
    <message>
        <source>The surveyor signs the report; only the insured may decline.</source>
        <translation>The surveyor signs the report; only the insured may decline.</translation>
    </message>
    <message>
        <source>Record the insured in Parties first: the name under the signature is theirs.</source>
        <translation>Record the insured in Parties first: the name under the signature is theirs.</translation>
    </message>
    <message>
        <source>A signature needs no reason for not signing: give one or the other.</source>
        <translation>A signature needs no reason for not signing: give one or the other.</translation>
    </message>
    <message>
        <source>The disk is full: the report (%1) does not fit in %2. Free some space there or choose another folder; the survey was left as it was.</source>
        <translation>The disk is full: the report (%1) does not fit in %2. Free some space there or choose another folder; the survey was left as it was.</translation>
    </message>
    <message>
        <source>The folder %1 is not there (a USB stick removed, a shared folder disconnected?). Choose the folder again; the survey was left as it was.</source>
        <translation>The folder %1 is not there (a USB stick removed, a shared folder disconnected?). Choose the folder again; the survey was left as it was.</translation>
    </message>
    <message>
        <source>The export was cancelled; the survey was left as it was, no file written.</source>
        <translation>The export was cancelled; the survey was left as it was, no file written.</translation>
    </message>
    <message>
        <source>The report could not be written into that folder: check that it is there and writable, then export again. The survey was left as it was.</source>
        <translation>The report could not be written into that folder: check that it is there and writable, then export again. The survey was left as it was.</translation>
    </message>
    <message>
        <source>This device has no signing identity yet, so no report can be signed. Create it (your name and organisation) with “fieldapp identity create”.</source>
        <translation>This device has no signing identity yet, so no report can be signed. Create it (your name and organisation) with “fieldapp identity create”.</translation>
    </message>
    <message>
        <source>The survey is not complete yet; nothing was exported. It still needs:</source>
        <translation>The survey is not complete yet; nothing was exported. It still needs:</translation>
    </message>
    <message>
        <source>The file is a readable PDF</source>
        <translation>The file is a readable PDF</translation>
    </message>
    <message>
        <source>It carries a digital signature</source>
        <translation>It carries a digital signature</translation>
    </message>
    <message>
        <source>The signature is intact and valid</source>
        <translation>The signature is intact and valid</translation>
    </message>
    <message>
        <source>The signer is this device (trusted)</source>
        <translation>The signer is this device (trusted)</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>Nothing was changed after signing</translation>
    </message>
    <message>
        <source>The signature covers the embedded survey data</source>
        <translation>The signature covers the embedded survey data</translation>
    </message>
    <message>
        <source>The survey data matches its schema and photo list</source>
        <translation>The survey data matches its schema and photo list</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>not a PDF file</translation>
    </message>
    <message>
        <source>the PDF is damaged or cut short</source>
        <translation>the PDF is damaged or cut short</translation>
    </message>
    <message>
        <source>the PDF carries no digital signature</source>
        <translation>the PDF carries no digital signature</translation>
    </message>
    <message>
        <source>changed after signing: the signature does not match the content</source>
        <translation>changed after signing: the signature does not match the content</translation>
    </message>
    <message>
        <source>the document was changed after it was signed</source>
        <translation>the document was changed after it was signed</translation>
    </message>
    <message>
        <source>signed by a device this office does not trust</source>
        <translation>signed by a device this office does not trust</translation>
    </message>
    <message>
        <source>signed by a device whose trust was revoked</source>
        <translation>signed by a device whose trust was revoked</translation>
    </message>
    <message>
        <source>no survey data covered by the signature</source>
        <translation>no survey data covered by the signature</translation>
    </message>
    <message>
        <source>survey data of a version this office cannot read</source>
        <translation>survey data of a version this office cannot read</translation>
    </message>
    <message>
        <source>the survey data disagrees with itself</source>
        <translation>the survey data disagrees with itself</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>fieldapp could not process the file</source>
        <translation>fieldapp could not process the file</translation>
    </message>
    <message>
        <source>Larger than %1 MB: too large to be a photo.</source>
        <translation>Larger than %1 MB: too large to be a photo.</translation>
    </message>
    <message>
        <source>Its file name cannot go into the report: rename the file and add it again.</source>
        <translation>Its file name cannot go into the report: rename the file and add it again.</translation>
    </message>
    <message>
        <source>Already in this survey: not added a second time.</source>
        <translation>Already in this survey: not added a second time.</translation>
    </message>
    <message>
        <source>Inside fieldapp's own data folder: those photos are already kept.</source>
        <translation>Inside fieldapp's own data folder: those photos are already kept.</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>No such file or folder.</translation>
    </message>
    <message>
        <source>The file disappeared before it could be read (was the card removed?).</source>
        <translation>The file disappeared before it could be read (was the card removed?).</translation>
    </message>
    <message>
        <source>This file cannot be read: permission denied.</source>
        <translation>This file cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>A folder, not a file.</source>
        <translation>A folder, not a file.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF).</source>
        <translation>Not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF).</translation>
    </message>
    <message>
        <source>Pictures in this format are not accepted as evidence (JPEG, PNG, WebP, TIFF and HEIC/HEIF are).</source>
        <translation>Pictures in this format are not accepted as evidence (JPEG, PNG, WebP, TIFF and HEIC/HEIF are).</translation>
    </message>
    <message>
        <source>Too many pixels to be a photo.</source>
        <translation>Too many pixels to be a photo.</translation>
    </message>
    <message>
        <source>The file is cut short or its header is damaged.</source>
        <translation>The file is cut short or its header is damaged.</translation>
    </message>
    <message>
        <source>The picture's data is damaged.</source>
        <translation>The picture's data is damaged.</translation>
    </message>
    <message>
        <source>Its colour mode cannot be shown.</source>
        <translation>Its colour mode cannot be shown.</translation>
    </message>
    <message>
        <source>Not enough memory to read this picture.</source>
        <translation>Not enough memory to read this picture.</translation>
    </message>
    <message>
        <source>Not added: the import was cancelled before it.</source>
        <translation>Not added: the import was cancelled before it.</translation>
    </message>
    <message>
        <source>Not added: the disk is full.</source>
        <translation>Not added: the disk is full.</translation>
    </message>
    <message>
        <source>Not added: the data folder was busy.</source>
        <translation>Not added: the data folder was busy.</translation>
    </message>
    <message>
        <source>This file was not added.</source>
        <translation>This file was not added.</translation>
    </message>
    <message>
        <source>Or choose a TrueType font (.ttf/.ttc) that covers Chinese: fieldapp settings set report_font PATH</source>
        <translation>Or choose a TrueType font (.ttf/.ttc) that covers Chinese: fieldapp settings set report_font PATH</translation>
    </message>
    <message>
        <source>The report font cannot draw %1, used in this survey; nothing was exported. Change that text, or choose a font that has it: fieldapp settings set report_font PATH</source>
        <translation>The report font cannot draw %1, used in this survey; nothing was exported. Change that text, or choose a font that has it: fieldapp settings set report_font PATH</translation>
    </message>
    <message>
        <source>The report font %1 is missing or is not a TrueType font; nothing was exported.</source>
        <translation>The report font %1 is missing or is not a TrueType font; nothing was exported.</translation>
    </message>
    <message>
        <source>Add the Chinese Supplemental Fonts of Windows (Settings &gt; Apps &gt; Optional features &gt; Add a feature).</source>
        <translation>Add the Chinese Supplemental Fonts of Windows (Settings &gt; Apps &gt; Optional features &gt; Add a feature).</translation>
    </message>
    <message>
        <source>Restore the standard fonts in Font Book (File &gt; Restore Standard Fonts).</source>
        <translation>Restore the standard fonts in Font Book (File &gt; Restore Standard Fonts).</translation>
    </message>
    <message>
        <source>Install WenQuanYi Micro Hei (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Fedora: sudo dnf install wqy-microhei-fonts).</source>
        <translation>Install WenQuanYi Micro Hei (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Fedora: sudo dnf install wqy-microhei-fonts).</translation>
    </message>
    <message>
        <source>No Chinese font for the report was found on this computer; nothing was exported.</source>
        <translation>No Chinese font for the report was found on this computer; nothing was exported.</translation>
    </message>
    <message>
        <source>read the office archive</source>
        <translation>read the office archive</translation>
    </message>
    <message>
        <source>import reports</source>
        <translation>import reports</translation>
    </message>
    <message>
        <source>change the trusted devices</source>
        <translation>change the trusted devices</translation>
    </message>
    <message>
        <source>upgrade the office database to this version</source>
        <translation>upgrade the office database to this version</translation>
    </message>
    <message>
        <source>set up the office roles</source>
        <translation>set up the office roles</translation>
    </message>
    <message>
        <source>copy the archive into this database</source>
        <translation>copy the archive into this database</translation>
    </message>
    <message>
        <source>write to the office archive</source>
        <translation>write to the office archive</translation>
    </message>
    <message>
        <source>The office database %1 cannot be reached (%2). Check the server and the network; nothing was changed.</source>
        <translation>The office database %1 cannot be reached (%2). Check the server and the network; nothing was changed.</translation>
    </message>
    <message>
        <source>The office database %1 refused the login (%2). Check the user name and the password (PGPASSWORD, ~/.pgpass or the service file).</source>
        <translation>The office database %1 refused the login (%2). Check the user name and the password (PGPASSWORD, ~/.pgpass or the service file).</translation>
    </message>
    <message>
        <source>The office database %1 was written by a newer version of fieldapp (schema %2); update fieldapp on this desk. Nothing was changed.</source>
        <translation>The office database %1 was written by a newer version of fieldapp (schema %2); update fieldapp on this desk. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Motor</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Personal accident</source>
        <translation>Personal accident</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Parties &amp; consent</source>
        <translation>Parties &amp; consent</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Damage &amp; valuation</source>
        <translation>Damage &amp; valuation</translation>
    </message>
    <message>
        <source>Review &amp; sign</source>
        <translation>Review &amp; sign</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>not answered: %1</source>
        <translation>not answered: %1</translation>
    </message>
    <message>
        <source>shot %1: %2 of %3</source>
        <translation>shot %1: %2 of %3</translation>
    </message>
    <message>
        <source>damage item %1 has no photo</source>
        <translation>damage item %1 has no photo</translation>
    </message>
    <message>
        <source>no party recorded</source>
        <translation>no party recorded</translation>
    </message>
    <message>
        <source>no damage item yet</source>
        <translation>no damage item yet</translation>
    </message>
    <message>
        <source>locked until the safety checklist is answered or an emergency skip recorded</source>
        <translation>locked until the safety checklist is answered or an emergency skip recorded</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <source>the surveyor has not signed</source>
        <translation>the surveyor has not signed</translation>
    </message>
    <message>
        <source>the insured has not signed (or why not is not recorded)</source>
        <translation>the insured has not signed (or why not is not recorded)</translation>
    </message>
    <message>
        <source>no report exported yet</source>
        <translation>no report exported yet</translation>
    </message>
    <message>
        <source>emergency skip recorded</source>
        <translation>emergency skip recorded</translation>
    </message>
    <message>
        <source>%n more</source>
        <translation>%n more</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>overview</source>
        <translation>overview</translation>
    </message>
    <message>
        <source>damage close-up</source>
        <translation>damage close-up</translation>
    </message>
    <message>
        <source>plate / VIN</source>
        <translation>plate / VIN</translation>
    </message>
    <message>
        <source>odometer</source>
        <translation>odometer</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>Insured</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Injured person</source>
        <translation>Injured person</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>Registration plate</translation>
    </message>
    <message>
        <source>Vehicle (make, model, colour)</source>
        <translation>Vehicle (make, model, colour)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Needed for the insurance contract</source>
        <translation>Needed for the insurance contract</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Emergency (life, health or property)</source>
        <translation>Emergency (life, health or property)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>before incident</source>
        <translation>before incident</translation>
    </message>
    <message>
        <source>long after</source>
        <translation>long after</translation>
    </message>
    <message>
        <source>far away</source>
        <translation>far away</translation>
    </message>
    <message>
        <source>in another survey</source>
        <translation>in another survey</translation>
    </message>
    <message>
        <source>picture damaged</source>
        <translation>picture damaged</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Taken before the incident: the camera's time is %1 before the stated time.</source>
        <translation>Taken before the incident: the camera's time is %1 before the stated time.</translation>
    </message>
    <message>
        <source>Taken long after the incident: %1 after the stated time.</source>
        <translation>Taken long after the incident: %1 after the stated time.</translation>
    </message>
    <message>
        <source>Taken far from the place: its GPS position is %1 km from the incident place.</source>
        <translation>Taken far from the place: its GPS position is %1 km from the incident place.</translation>
    </message>
    <message>
        <source>Used in another survey: the same original is attached to %1 other survey(s).</source>
        <translation>Used in another survey: the same original is attached to %1 other survey(s).</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown; the original is kept exactly as received.</source>
        <translation>The picture is damaged and cannot be shown; the original is kept exactly as received.</translation>
    </message>
    <message>
        <source>A risk note concerns this photo.</source>
        <translation>A risk note concerns this photo.</translation>
    </message>
</context>
</TS>