<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../gui/delegates.py" line="35"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/delegates.py" line="36"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/delegates.py" line="54"/>
        <source>Type a name or #id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainPage</name>
    <message>
        <location filename="../../gui/chain_page.py" line="24"/>
        <source>Layer / component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/chain_page.py" line="24"/>
        <source>Local suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/chain_page.py" line="24"/>
        <source>Wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/chain_page.py" line="25"/>
        <source>Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/chain_page.py" line="25"/>
        <source>Integrators depending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/chain_page.py" line="25"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/chain_page.py" line="35"/>
        <source>Chain map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../gui/history_page.py" line="35"/>
        <source>All tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="39"/>
        <source>Row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="45"/>
        <source>Revert selected changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="48"/>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="48"/>
        <source>Row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="49"/>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="79"/>
        <source>{n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="86"/>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="87"/>
        <source>Revert {n} selected changes? This is itself a change you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="92"/>
        <source>Revert {n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_page.py" line="95"/>
        <source>Cannot revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="51"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="53"/>
        <source>Cannot undo/redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="55"/>
        <source>Chain Mapper — {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63"/>
        <source>Chain map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63"/>
        <source>Plans &amp; targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="64"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>Fill &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>D&amp;uplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>De&amp;lete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="182"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;About Chain Mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216"/>
        <source>(open a table first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="233"/>
        <source>Chain Mapper databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="239"/>
        <source>Chain Mapper databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>About Chain Mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="247"/>
        <source>&lt;p&gt;&lt;b&gt;Chain Mapper&lt;/b&gt; keeps a living map of Shenzhen&apos;s embodied-robot industry chain and its gaps against the 2026/2027 targets.&lt;/p&gt;&lt;p&gt;Data sources:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/overview_page.py" line="41"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="60"/>
        <source>qualitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="68"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="68"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="68"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="68"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="68"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="69"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="69"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="69"/>
        <source>Required per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/overview_page.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlTableModel</name>
    <message>
        <location filename="../../gui/table_model.py" line="250"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/table_model.py" line="250"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/table_model.py" line="266"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/table_model.py" line="298"/>
        <source>{column}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../gui/table_page.py" line="30"/>
        <source>Search names, aliases and notes (Chinese or English)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/table_page.py" line="37"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/table_page.py" line="76"/>
        <source>{n} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/table_page.py" line="78"/>
        <source>search: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/table_page.py" line="80"/>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/table_page.py" line="99"/>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="31"/>
        <location filename="../../gui/app.py" line="35"/>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="69"/>
        <source>Cannot create database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/labels.py" line="8"/>
        <source>Firms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="9"/>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="10"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="11"/>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="12"/>
        <source>Supply links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="13"/>
        <source>Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="14"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="15"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="16"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="17"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="21"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="22"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="23"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="24"/>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="25"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="26"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="27"/>
        <location filename="../../gui/labels.py" line="118"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="28"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="29"/>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="30"/>
        <source>Valuation (100M CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="31"/>
        <source>Revenue (100M CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="32"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="33"/>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="34"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="35"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="36"/>
        <source>Joined cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="37"/>
        <source>Needs check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="38"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="39"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="40"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="41"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="42"/>
        <source>Wanted suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="43"/>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="44"/>
        <source>Standard BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="45"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="46"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="47"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="48"/>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="49"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="50"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="51"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="52"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="53"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="54"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="55"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="56"/>
        <location filename="../../gui/labels.py" line="127"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="57"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="59"/>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="60"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="61"/>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="62"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="63"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="64"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="65"/>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="66"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="67"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="68"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="69"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="70"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="71"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="72"/>
        <source>Original wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="73"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="74"/>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="75"/>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="76"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="77"/>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="78"/>
        <source>On-track ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="79"/>
        <source>Acceleration ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="80"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="81"/>
        <source>Rule parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="82"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="83"/>
        <source>Metric (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="84"/>
        <source>Metric (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="85"/>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="86"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="87"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="88"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="89"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="90"/>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="91"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="92"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="93"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="94"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="95"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="99"/>
        <source>Integrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="100"/>
        <source>Component supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="101"/>
        <source>Brain &amp; software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="102"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="103"/>
        <source>R&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="104"/>
        <source>Prototype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="105"/>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="106"/>
        <source>Mass production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="107"/>
        <source>Innovation centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="108"/>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="109"/>
        <source>Institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="110"/>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="111"/>
        <source>Compute centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="112"/>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="113"/>
        <source>Cluster area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="114"/>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="115"/>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="116"/>
        <source>Provincial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="117"/>
        <source>Municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="119"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="120"/>
        <source>Being built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="121"/>
        <source>Operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="122"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="123"/>
        <source>Flow (new since plan start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="124"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="125"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="126"/>
        <source>Qualitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="128"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="129"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="130"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="131"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="132"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="133"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="134"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="135"/>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="136"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="137"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="138"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="139"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="140"/>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="141"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="142"/>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="143"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="144"/>
        <source>General knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="145"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="146"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="147"/>
        <source>No local supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="148"/>
        <source>Single source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="149"/>
        <source>Fewer than wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="150"/>
        <source>None in mass production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="151"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="152"/>
        <source>Acceleration needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="153"/>
        <source>Limited progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="154"/>
        <source>Deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="155"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="156"/>
        <source>Not comparable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
