<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AnalysisPage</name>
        <message>
            <location filename="../../gui/overview/analysis_page.py" line="77" />
            <source>Cannot compute the analysis</source>
            <translation>无法完成分析计算</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <location filename="../../gui/tables/delegates.py" line="35" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../gui/tables/delegates.py" line="36" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../gui/tables/delegates.py" line="54" />
            <source>Type a name or #id</source>
            <translation>输入名称或 #编号</translation>
        </message>
    </context>
    <context>
        <name>ChainMapPage</name>
        <message>
            <location filename="../../gui/chain_map/view.py" line="708" />
            <source>Highlight components, firms, centres…</source>
            <translation>高亮显示部件、企业、创新载体…</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="713" />
            <source>Fit</source>
            <translation>全图显示</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="714" />
            <source>Show the whole map (key 0); + and - or the wheel zoom</source>
            <translation>显示完整图谱（快捷键 0）；按 + / - 键或滚动鼠标滚轮缩放</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="718" />
            <source>Search:</source>
            <translation>搜索：</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="722" />
            <source>Layer:</source>
            <translation>层级：</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="724" />
            <source>District:</source>
            <translation>所在区：</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="742" />
            <source>Chain map</source>
            <translation>产业链图谱</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="766" />
            <source>All layers</source>
            <translation>全部层级</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="769" />
            <source>All districts</source>
            <translation>全部区</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="792" />
            <source>{n} found</source>
            <translation>找到 {n} 项</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="794" />
            <source>not on the map</source>
            <translation>图谱中未找到</translation>
        </message>
    </context>
    <context>
        <name>ChainMapView</name>
        <message>
            <location filename="../../gui/chain_map/view.py" line="356" />
            <source>In the standard BOM</source>
            <translation>标准物料清单部件</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="357" />
            <source>Local supplier</source>
            <translation>本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="358" />
            <source>Supplier elsewhere</source>
            <translation>外地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="359" />
            <source>Centre</source>
            <translation>创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="360" />
            <source>Integrator</source>
            <translation>整机企业</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="379" />
            <source>At most {n} suppliers per component are drawn; the rest are counted.</source>
            <translation>每个部件最多显示 {n} 家供应商，其余仅计数。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="382" />
            <source>Firms in {district} only.</source>
            <translation>仅显示{district}的企业。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="383" />
            <source>Lines: explicit supply links; every integrator also depends on the standard BOM.</source>
            <translation>连线表示明确的供应关系；此外，所有整机企业均依赖标准物料清单。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="414" />
            <source>{covered}/{total} covered</source>
            <translation>已覆盖 {covered}/{total}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="417" />
            <source>{name}: {total} components, {covered} with a local supplier</source>
            <translation>{name}：共 {total} 个部件，其中 {covered} 个有本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="420" />
            <source>Centres serving the layer: {n}</source>
            <translation>服务该层级的创新载体：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="454" />
            <source>Local suppliers: {n} (wanted {wanted}); in mass production: {mass}</source>
            <translation>本地供应商：{n}（期望 {wanted}）；已量产：{mass}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="457" />
            <source>Suppliers in {district}: {n}</source>
            <translation>{district}供应商：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="459" />
            <source>Suppliers (local or not): {n}</source>
            <translation>供应商（含非本地）：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="460" />
            <source>Centres serving it: {n}</source>
            <translation>服务该部件的创新载体：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="462" />
            <source>In the standard BOM: every integrator depends on it ({n})</source>
            <translation>属于标准物料清单：所有整机企业均依赖该部件（{n} 家）</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="464" />
            <source>Integrators with a supply link: {n}</source>
            <translation>有供应关系的整机企业：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="466" />
            <source>Flags: {flags}</source>
            <translation>短板标记：{flags}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="467" />
            <source>Click to open it in the Components table.</source>
            <translation>单击可在部件表中打开。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="483" />
            <source>local</source>
            <translation>本地</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="483" />
            <source>not local</source>
            <translation>非本地</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="484" />
            <source>Supplies {component}: {where}, {stage}</source>
            <translation>供应{component}：{where}，{stage}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="486" />
            <source>stage unknown</source>
            <translation>阶段未知</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="487" />
            <location filename="../../gui/chain_map/view.py" line="566" />
            <source>Click to open it in the Firms table.</source>
            <translation>单击可在企业表中打开。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="490" />
            <source>+{n} more</source>
            <translation>另 {n} 家</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="491" />
            <source>{n} suppliers</source>
            <translation>{n} 家供应商</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="494" />
            <source>{n} suppliers in all; the component's row lists every one.</source>
            <translation>共 {n} 家供应商，完整名单见部件表中该部件的记录。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="501" />
            <source>Click to open it in the Centres table.</source>
            <translation>单击可在创新载体表中打开。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="503" />
            <source>+{n} centres</source>
            <translation>另 {n} 个载体</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="505" />
            <source>{n} centres serve it in all.</source>
            <translation>共有 {n} 个创新载体为其服务。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="535" />
            <source>Standard BOM</source>
            <translation>标准物料清单</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="535" />
            <source>{n} components</source>
            <translation>{n} 个部件</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="540" />
            <source>Every integrator depends on the {n} components of the standard humanoid bill of materials (marked with a blue strip). Point at this box to see them.</source>
            <translation>所有整机企业均依赖人形机器人标准物料清单中的 {n} 个部件（以蓝色竖条标示）。将鼠标指向此框即可查看。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="563" />
            <source>Supply links to {n} components on the map</source>
            <translation>与图谱中 {n} 个部件存在供应关系</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="565" />
            <source>Depends on the {n} standard-BOM components</source>
            <translation>依赖标准物料清单中的 {n} 个部件</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="576" />
            <source>+{n} more integrators</source>
            <translation>另 {n} 家整机企业</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="578" />
            <source>{total} integrators in all; the {shown} with the most supply links are drawn.</source>
            <translation>共 {total} 家整机企业，图中显示供应关系最多的 {shown} 家。</translation>
        </message>
    </context>
    <context>
        <name>ChainPage</name>
        <message>
            <location filename="../../gui/chain_map/outline.py" line="24" />
            <source>Layer / component</source>
            <translation>层级 / 部件</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/outline.py" line="24" />
            <source>Local suppliers</source>
            <translation>本地供应商数</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/outline.py" line="24" />
            <source>Wanted</source>
            <translation>期望数</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/outline.py" line="25" />
            <source>Centres</source>
            <translation>创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/outline.py" line="25" />
            <source>Integrators depending</source>
            <translation>依赖整机数</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/outline.py" line="25" />
            <source>Flags</source>
            <translation>短板标记</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/outline.py" line="34" />
            <source>Chain map</source>
            <translation>产业链图谱</translation>
        </message>
    </context>
    <context>
        <name>CoverageMatrix</name>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="23" />
            <source>Local</source>
            <translation>本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="23" />
            <source>Mass prod.</source>
            <translation>量产</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="23" />
            <source>Centres</source>
            <translation>服务载体</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="24" />
            <source>Integrators</source>
            <translation>依赖整机</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="28" />
            <source>Local suppliers</source>
            <translation>本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="28" />
            <source>Local suppliers in mass production</source>
            <translation>已量产的本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="29" />
            <source>Centres serving it</source>
            <translation>服务该部件的创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="29" />
            <source>Integrators depending on it</source>
            <translation>依赖该部件的整机企业</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="136" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="140" />
            <source>Wanted local suppliers: {n}</source>
            <translation>期望本地供应商数：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="141" />
            <source>Flags: {flags}</source>
            <translation>短板标记：{flags}</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../gui/tables/detail.py" line="15" />
            <source>Select a row to see what it is connected to.</source>
            <translation>选择一行即可查看与之关联的内容。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="16" />
            <source>No source recorded.</source>
            <translation>未记录来源。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="17" />
            <source>stage unknown</source>
            <translation>阶段未知</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="18" />
            <source>not local</source>
            <translation>非本地</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="19" />
            <source>Needs checking: </source>
            <translation>待核实：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="20" />
            <source>Supplies (capabilities)</source>
            <translation>可供应部件（供应能力）</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="21" />
            <source>None recorded</source>
            <translation>暂无记录</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="22" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="23" />
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="24" />
            <source>Centres serving its components</source>
            <translation>服务其部件的创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="25" />
            <source>Targets that count firms by rule</source>
            <translation>按规则统计企业数的目标</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="26" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="27" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="28" />
            <source>wanted local suppliers</source>
            <translation>期望本地供应商数</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="29" />
            <source>No supplier recorded</source>
            <translation>未记录供应商</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="30" />
            <source>Parts</source>
            <translation>子部件</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="31" />
            <source>Centres serving it</source>
            <translation>服务该部件的创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="32" />
            <source>Part of</source>
            <translation>上级载体</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="33" />
            <source>Serves</source>
            <translation>服务对象</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="34" />
            <source>Sub-centres</source>
            <translation>下级载体</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="40" />
            <source>Writing {name}…</source>
            <translation>正在写入 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="42" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="44" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="92" />
            <source>Saved {table} to {path}</source>
            <translation>已将{table}表保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="95" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="106" />
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="125" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="127" />
            <source>CSV, the current table (*.csv)</source>
            <translation>CSV 文件，仅当前表 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="145" />
            <source>chain-map-{date}.xlsx</source>
            <translation>产业链图谱-{date}.xlsx</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="149" />
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="159" />
            <source>chain-map-import-template.xlsx</source>
            <translation>产业链图谱-导入模板.xlsx</translation>
        </message>
        <message>
            <location filename="../../gui/excel/export_actions.py" line="161" />
            <source>Export template</source>
            <translation>导出模板</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../gui/tables/history_page.py" line="44" />
            <source>All tables</source>
            <translation>全部表</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="48" />
            <source>Row id</source>
            <translation>行 ID</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="54" />
            <source>Revert selected changes</source>
            <translation>撤回所选修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="57" />
            <source>Table:</source>
            <translation>表：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="57" />
            <source>Row:</source>
            <translation>行：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="58" />
            <source>Since:</source>
            <translation>起始日期：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="88" />
            <source>{n} changes</source>
            <translation>共 {n} 条修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="94" />
            <source>Revert changes</source>
            <translation>撤回修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="95" />
            <source>Revert {n} selected changes? This is itself a change you can undo.</source>
            <translation>撤回所选的 {n} 条修改？撤回本身也是一次修改，可以撤销。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="99" />
            <source>Revert {n} changes</source>
            <translation>撤回 {n} 条修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="102" />
            <source>Cannot revert</source>
            <translation>无法撤回</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="80" />
            <location filename="../../gui/excel/import_dialog.py" line="376" />
            <source>Import {name}</source>
            <translation>导入 {name}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="85" />
            <source>Reading {name}…</source>
            <translation>正在读取 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="106" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="106" />
            <source>First values</source>
            <translation>示例值</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="107" />
            <source>Import as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="112" />
            <source>The list holds:</source>
            <translation>列表内容：</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="126" />
            <source>What</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="126" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="133" />
            <source>&lt; &amp;Columns</source>
            <translation>&lt; 列对应(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="135" />
            <source>&amp;Preview &gt;</source>
            <translation>预览(&amp;P) &gt;</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="137" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="139" />
            <location filename="../../gui/excel/import_dialog.py" line="162" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="162" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="178" />
            <source>Reading {name} and comparing it with the database…</source>
            <translation>正在读取 {name} 并与数据库比对…</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="213" />
            <location filename="../../gui/excel/import_dialog.py" line="395" />
            <source>Cannot import</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="213" />
            <location filename="../../gui/excel/import_dialog.py" line="395" />
            <source>{problem}

Nothing was changed.</source>
            <translation>{problem}

未作任何更改。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="223" />
            <source>Plan code (finds the target)</source>
            <translation>规划代码（用于匹配目标）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="229" />
            <source>Sheet '{sheet}', header in row {row}. Check what each column holds; columns set to '(ignore)' are left out. Your choices are remembered for the next list.</source>
            <translation>工作表“{sheet}”，表头位于第 {row} 行。请核对每列的内容；设为“（忽略）”的列不会导入。您的选择将被记住，供下次导入列表时使用。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="234" />
            <source>Choose the column that holds the names: {why}</source>
            <translation>请选择包含名称的列：{why}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="249" />
            <source>(ignore)</source>
            <translation>（忽略）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="291" />
            <source>{n} problem(s) must be fixed in the file before anything can be imported; nothing was changed.</source>
            <translation>文件中有 {n} 个问题，须先修正才能导入；未作任何更改。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="294" />
            <source>{adds} row(s) to add and {changes} to change. Import writes them all in one step (Edit → Undo takes it back) after saving a backup copy of the database.</source>
            <translation>将新增 {adds} 行，修改 {changes} 行。导入时会先备份数据库，再一次性写入全部内容（可通过“编辑 → 撤销”撤回）。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="298" />
            <source>Nothing to change: the database already holds what the file says.</source>
            <translation>无需更改：数据库内容已与文件一致。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="301" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="301" />
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="304" />
            <source>{adds} to add, {changes} to change, {same} unchanged, {skipped} skipped, {errors} error(s)</source>
            <translation>新增 {adds}，修改 {changes}，未变 {same}，跳过 {skipped}，错误 {errors}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="308" />
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="310" />
            <source>Changes</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="311" />
            <location filename="../../gui/excel/import_dialog.py" line="342" />
            <source>row {row}: {name}</source>
            <translation>第 {row} 行：{name}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="314" />
            <source>New rows</source>
            <translation>新增行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="315" />
            <source>row {row}</source>
            <translation>第 {row} 行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="318" />
            <source>Notes</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="334" />
            <source>… and {n} more</source>
            <translation>…及其他 {n} 项</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="338" />
            <source>Likely duplicates ({n}): decide for each</source>
            <translation>疑似重复（{n}）：请逐条确定处理方式</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="343" />
            <source>looks like {other} ({why})</source>
            <translation>疑似与 {other} 重复（{why}）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="346" />
            <source>Skip this row</source>
            <translation>跳过此行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="348" />
            <source>Update the existing firm</source>
            <translation>更新已有企业</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="349" />
            <source>Add as a new firm</source>
            <translation>作为新企业添加</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="378" />
            <source>Writing to the database…</source>
            <translation>正在写入数据库…</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="389" />
            <source>Imported {adds} new and {changes} changed row(s); backup: {backup}</source>
            <translation>已导入：新增 {adds} 行，修改 {changes} 行；备份：{backup}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="412" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="413" />
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
            <translation>电子表格 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="59" />
            <source>Saved {time}</source>
            <translation>已保存 {time}</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="61" />
            <source>Cannot undo/redo</source>
            <translation>无法撤销/重做</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="63" />
            <source>Chain Mapper — {path}</source>
            <translation>Chain Mapper — {path}</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="74" />
            <source>Overview</source>
            <translation>总览</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="74" />
            <source>Chain map</source>
            <translation>产业链图谱</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="74" />
            <source>Plans &amp; targets</source>
            <translation>规划与目标</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="75" />
            <source>History</source>
            <translation>修改记录</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="89" />
            <source>Map</source>
            <translation>图谱</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="90" />
            <source>Outline</source>
            <translation>大纲</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="165" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="166" />
            <source>&amp;New database…</source>
            <translation>新建数据库(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="167" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="168" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="171" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="173" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="174" />
            <source>Export &amp;template…</source>
            <translation>导出模板(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="176" />
            <source>Print pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="177" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="179" />
            <source>Export P&amp;DF…</source>
            <translation>导出 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="181" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="183" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="184" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="186" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="192" />
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="193" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="194" />
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="195" />
            <source>Fill &amp;down</source>
            <translation>向下填充(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="197" />
            <source>&amp;Add row</source>
            <translation>添加行(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="198" />
            <source>D&amp;uplicate rows</source>
            <translation>复制为新行(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="199" />
            <source>De&amp;lete rows</source>
            <translation>删除行(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="201" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="203" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="204" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="207" />
            <source>&amp;Columns</source>
            <translation>显示列(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="209" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="211" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="212" />
            <source>&amp;About Chain Mapper</source>
            <translation>关于 Chain Mapper(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="264" />
            <source>(open a table first)</source>
            <translation>（请先打开一个表）</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="280" />
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="281" />
            <source>Chain Mapper databases (*.sqlite *.db);;All files (*)</source>
            <translation>Chain Mapper 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="286" />
            <source>New database</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="287" />
            <source>Chain Mapper databases (*.sqlite)</source>
            <translation>Chain Mapper 数据库 (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="294" />
            <source>About Chain Mapper</source>
            <translation>关于 Chain Mapper</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="295" />
            <source>&lt;p&gt;&lt;b&gt;Chain Mapper&lt;/b&gt; keeps a living map of Shenzhen's embodied-robot industry chain and its gaps against the 2026/2027 targets.&lt;/p&gt;&lt;p&gt;Data sources:&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Chain Mapper&lt;/b&gt; 持续更新深圳具身智能机器人产业链图谱，并对照 2026/2027 年目标梳理短板与差距。&lt;/p&gt;&lt;p&gt;数据来源：&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../gui/overview/page.py" line="155" />
            <source>Overview</source>
            <translation>总览</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="34" />
            <location filename="../../gui/overview/page.py" line="269" />
            <source>qualitative</source>
            <translation>定性</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="35" />
            <source>yr</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="36" />
            <location filename="../../gui/overview/page.py" line="277" />
            <source>Plan</source>
            <translation>规划</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="37" />
            <location filename="../../gui/overview/page.py" line="277" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="38" />
            <location filename="../../gui/overview/page.py" line="277" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="39" />
            <location filename="../../gui/overview/page.py" line="277" />
            <source>Goal</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="40" />
            <location filename="../../gui/overview/page.py" line="277" />
            <source>Deadline</source>
            <translation>截止年份</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="41" />
            <location filename="../../gui/overview/page.py" line="278" />
            <source>Actual</source>
            <translation>实际值</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="42" />
            <location filename="../../gui/overview/page.py" line="278" />
            <source>As of</source>
            <translation>截至</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="43" />
            <location filename="../../gui/overview/page.py" line="278" />
            <source>Required per year</source>
            <translation>年均需完成</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="44" />
            <location filename="../../gui/overview/page.py" line="278" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="45" />
            <source>Targets and chain coverage</source>
            <translation>目标进展与产业链覆盖</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="46" />
            <source>Components with a local supplier</source>
            <translation>有本地供应商的部件</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="83" />
            <source>Met</source>
            <translation>已达成</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="83" />
            <source>On track</source>
            <translation>进度正常</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="83" />
            <source>Need acceleration</source>
            <translation>需加速</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="84" />
            <source>Off track</source>
            <translation>进展滞后</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="84" />
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="85" />
            <source>Components without a local supplier</source>
            <translation>无本地供应商的部件</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="85" />
            <source>Single-source components</source>
            <translation>单一来源部件</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="102" />
            <source>Save charts…</source>
            <translation>保存图表…</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="105" />
            <source>Plan:</source>
            <translation>规划：</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="105" />
            <source>Deadline:</source>
            <translation>截止年份：</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="106" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="117" />
            <source>Open the observations of this target</source>
            <translation>打开该目标的观测值</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="137" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="138" />
            <source>Table</source>
            <translation>表格</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="190" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="230" />
            <source>Observations of {code}</source>
            <translation>{code} 的观测值</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="242" />
            <source>Local suppliers of {name}</source>
            <translation>{name} 的本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="246" />
            <source>Centres serving {name}</source>
            <translation>服务 {name} 的创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="249" />
            <source>Integrators depending on {name}</source>
            <translation>依赖 {name} 的整机企业</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="256" />
            <source>Save charts to folder</source>
            <translation>保存图表到文件夹</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="43" />
            <source>% of target</source>
            <translation>占目标值的百分比（%）</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="98" />
            <source>needs {n}/yr</source>
            <translation>每年需增 {n}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="105" />
            <source>qualitative: {status}</source>
            <translation>定性：{status}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="114" />
            <source>{actual} (no trend yet)</source>
            <translation>{actual}（暂无趋势）</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="129" />
            <source>baseline</source>
            <translation>基期</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="130" />
            <source>expected today</source>
            <translation>按所需进度今日应达</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="145" />
            <source>Target: {op} {value} {unit} by {year}</source>
            <translation>目标：{year} 年 {op} {value} {unit}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="147" />
            <source>Latest actual: {v}</source>
            <translation>最新实际值：{v}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="148" />
            <source>Baseline: {v}</source>
            <translation>基期值：{v}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="149" />
            <source>Required per year: {v}</source>
            <translation>年均需完成：{v}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="150" />
            <source>Status: {s}</source>
            <translation>状态：{s}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="152" />
            <source>Sources:</source>
            <translation>来源：</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../gui/report/render.py" line="65" />
            <source>Shenzhen Embodied-Robot Industry Chain Gap Report</source>
            <translation>深圳市具身智能机器人产业链缺口报告</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="66" />
            <source>Dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="67" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="68" />
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="69" />
            <source>Plans</source>
            <translation>规划</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="70" />
            <source>Layers</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="71" />
            <source>1. Summary</source>
            <translation>一、总体情况</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="72" />
            <source>Targets by status</source>
            <translation>目标状态统计</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="73" />
            <source>The five largest gaps (share of the target still missing)</source>
            <translation>差距最大的五项目标（按尚缺比例）</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="74" />
            <source>Components with no or a single local supplier</source>
            <translation>无本地供应商或仅有单一本地供应商的部件</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="75" />
            <source>2. Targets by plan</source>
            <translation>二、各规划目标进展</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="76" />
            <source>3. Charts</source>
            <translation>三、图表</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="77" />
            <source>Target progress (percent of target; ▼ where the actual should be today)</source>
            <translation>目标进度（占目标值百分比；▼ 为按所需进度今日应达位置）</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="78" />
            <source>Chain coverage matrix</source>
            <translation>产业链覆盖矩阵</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="79" />
            <source>4. Chain gaps by layer</source>
            <translation>四、分层产业链短板</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="80" />
            <source>5. Firms and centres by layer</source>
            <translation>五、分层企业与创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="81" />
            <source>6. Sources</source>
            <translation>六、资料来源</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="82" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="83" />
            <source>Target</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="84" />
            <source>Goal</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="85" />
            <source>Deadline</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="86" />
            <source>Baseline</source>
            <translation>基期值</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="87" />
            <source>Latest actual (as of)</source>
            <translation>最新实际值（截至）</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="88" />
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="89" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="90" />
            <source>Required per year</source>
            <translation>年均需完成</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="91" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="92" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="93" />
            <source>Component</source>
            <translation>部件</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="94" />
            <source>Flags</source>
            <translation>短板标记</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="95" />
            <source>Local suppliers (maturity)</source>
            <translation>本地供应商（成熟度）</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="96" />
            <source>Integrators depending on it</source>
            <translation>依赖该部件的整机企业</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="97" />
            <source>Centres serving it</source>
            <translation>服务该部件的创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="98" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="99" />
            <source>Role</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="100" />
            <source>District</source>
            <translation>所在区</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="101" />
            <source>Components</source>
            <translation>部件</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="102" />
            <source>Best stage</source>
            <translation>最高成熟度</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="103" />
            <source>Centre</source>
            <translation>创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="104" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="105" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="106" />
            <source>none recorded</source>
            <translation>暂无记录</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="107" />
            <source>qualitative</source>
            <translation>定性</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="108" />
            <source>No firms recorded for this layer.</source>
            <translation>本层暂无企业记录。</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="109" />
            <source>No centres recorded for this layer.</source>
            <translation>本层暂无创新载体记录。</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="110" />
            <source>No component of this layer is flagged.</source>
            <translation>本层无被标记的部件。</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="111" />
            <source>Page {n} of {m}</source>
            <translation>第 {n} 页 / 共 {m} 页</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="112" />
            <source>{n}/yr</source>
            <translation>每年 {n}</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="113" />
            <source>As of {date}, of the {total} targets in this report {met} are met, {on_track} on track, {accel} need acceleration and {off} are off track; {nodata} have no usable data or measure a different definition. Of the {components} components of the chain, {no_local} have no local supplier and {single} rely on a single local supplier; the most gaps are in the {layer} layer.</source>
            <translation>截至 {date}，本报告所列 {total} 项目标中，已达成 {met} 项，进度正常 {on_track} 项，需加速 {accel} 项，进展滞后 {off} 项；另有 {nodata} 项缺少可用数据或统计口径不一致。产业链 {components} 个部件中，{no_local} 个尚无本地供应商，{single} 个仅依赖单一本地供应商；短板最集中的是{layer}。</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="119" />
            <source>The largest measured gap is {code} {name}: {actual} against a target of {goal}, which needs {pace} a year until {year}.</source>
            <translation>已有实测数据的目标中差距最大的是 {code} {name}：现为 {actual}，目标为 {goal}，{year} 年前每年需完成 {pace}。</translation>
        </message>
        <message>
            <location filename="../../gui/report/render.py" line="121" />
            <source>Numbers in brackets refer to the sources in section 6.</source>
            <translation>方括号内数字为第六部分所列资料来源的编号。</translation>
        </message>
    </context>
    <context>
        <name>ReportJob</name>
        <message>
            <location filename="../../gui/report/dialog.py" line="74" />
            <source>Preparing the report…</source>
            <translation>正在生成报告…</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="74" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="102" />
            <source>Cannot make the report</source>
            <translation>无法生成报告</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="117" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="118" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="132" />
            <source>Report saved: {path} ({n} pages)</source>
            <translation>报告已保存：{path}（共 {n} 页）</translation>
        </message>
    </context>
    <context>
        <name>ReportOptions</name>
        <message>
            <location filename="../../gui/report/dialog.py" line="29" />
            <source>Gap report</source>
            <translation>缺口报告</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="34" />
            <source>Plans</source>
            <translation>规划</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="42" />
            <source>Layers</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="55" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
    </context>
    <context>
        <name>SqlTableModel</name>
        <message>
            <location filename="../../gui/tables/model.py" line="261" />
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <location filename="../../gui/tables/page.py" line="30" />
            <source>Search names, aliases and notes (Chinese or English)…</source>
            <translation>搜索名称、别名和备注（中文或英文）…</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="37" />
            <source>Show all</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="76" />
            <source>{n} rows</source>
            <translation>共 {n} 行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="78" />
            <source>search: {text}</source>
            <translation>搜索：{text}</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="80" />
            <source>filtered</source>
            <translation>已筛选</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="99" />
            <source>Selected entry</source>
            <translation>所选条目</translation>
        </message>
    </context>
    <context>
        <name>TrajectoryChart</name>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="43" />
            <source>Select a target to see its trajectory</source>
            <translation>选择一个目标以查看其变化轨迹</translation>
        </message>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="59" />
            <source>(other definition)</source>
            <translation>（口径不同）</translation>
        </message>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="65" />
            <source>projection at observed growth</source>
            <translation>按实际增速预测</translation>
        </message>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="70" />
            <source>required path</source>
            <translation>所需路径</translation>
        </message>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="76" />
            <source>target {op} {value}</source>
            <translation>目标 {op} {value}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../gui/tables/actions.py" line="26" />
            <source>Edit {column} of {row}</source>
            <translation>修改 {row} 的{column}</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="28" />
            <source>Edit {n} cells in {table}</source>
            <translation>修改{table}表中的 {n} 个单元格</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="49" />
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="78" />
            <source>Edit conflict</source>
            <translation>编辑冲突</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="79" />
            <source>Use mine</source>
            <translation>使用我的值</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="80" />
            <source>Keep theirs</source>
            <translation>保留对方的值</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="88" />
            <source>Another window saved a different value for {column} while you were editing.

Value when you started: {before}
Saved by the other window: {theirs}
Your value: {mine}

Which value should be kept?</source>
            <translation>在您编辑期间，另一个窗口为{column}保存了不同的值。

开始编辑时的值：{before}
另一个窗口保存的值：{theirs}
您的值：{mine}

要保留哪个值？</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="92" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="102" />
            <source>Add row to {table}</source>
            <translation>在{table}表中添加行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="106" />
            <source>Cannot add a row</source>
            <translation>无法添加行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="112" />
            <source>Duplicate {n} rows</source>
            <translation>将 {n} 行复制为新行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="115" />
            <source>Cannot duplicate</source>
            <translation>无法复制为新行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="123" />
            <source> and {n} more</source>
            <translation>及其他 {n} 项</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="126" />
            <source>Other entries refer to {names}:
{what}

Delete anyway? Links to it are cleared and dependent rows (capabilities, supply links) are deleted too. You can undo this.</source>
            <translation>其他条目引用了 {names}：
{what}

仍要删除吗？指向它的引用将被清空，依赖它的行（供应能力、供应关系）也会一并删除。此操作可以撤销。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="130" />
            <source>Delete {names}? You can undo this.</source>
            <translation>删除 {names}？此操作可以撤销。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="131" />
            <source>Delete rows</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="134" />
            <source>Delete {n} rows from {table}</source>
            <translation>从{table}表中删除 {n} 行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="138" />
            <source>Cannot delete</source>
            <translation>无法删除</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="156" />
            <source>row {row}: beyond the last row</source>
            <translation>第 {row} 行：超出最后一行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="162" />
            <source>column {col}: beyond the last column</source>
            <translation>第 {col} 列：超出最后一列</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="171" />
            <source>row {row}: {problem}</source>
            <translation>第 {row} 行：{problem}</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="174" />
            <source>{bad} of {all} pasted cells are not valid:

{lines}

Apply the {good} valid cells?</source>
            <translation>粘贴的 {all} 个单元格中有 {bad} 个无效：

{lines}

是否应用其余 {good} 个有效单元格？</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="177" />
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="181" />
            <source>Paste {n} cells into {table}</source>
            <translation>向{table}表粘贴 {n} 个单元格</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="205" />
            <source>Fill down {n} cells</source>
            <translation>向下填充 {n} 个单元格</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../gui/app.py" line="32" />
            <location filename="../../gui/app.py" line="36" />
            <source>Cannot open database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="70" />
            <source>Cannot create database</source>
            <translation>无法创建数据库</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../gui/wording.py" line="30" />
            <source>Something went wrong inside Chain Mapper ({error}). Nothing was changed. The details are in the log file: {log}</source>
            <translation>Chain Mapper 内部出错（{error}）。数据未被修改。详细信息已写入日志文件：{log}</translation>
        </message>
        <message>
            <source>cannot be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <source>'{text}' is not a number</source>
            <translation>“{text}”不是数字</translation>
        </message>
        <message>
            <source>'{text}' is not a finite number</source>
            <translation>“{text}”不是有限的数值</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>“{text}”不是整数</translation>
        </message>
        <message>
            <source>must be at least {minimum}</source>
            <translation>不能小于 {minimum}</translation>
        </message>
        <message>
            <source>must be at most {maximum}</source>
            <translation>不能大于 {maximum}</translation>
        </message>
        <message>
            <source>'{text}' carries a footnote mark; remove it and keep the note elsewhere</source>
            <translation>“{text}”带有脚注标记；请删去标记，把注释写在备注里</translation>
        </message>
        <message>
            <source>'{text}' is ambiguous: a comma separates thousands (12,500); write decimals with a point (12.5)</source>
            <translation>“{text}”有歧义：逗号用于千位分隔（12,500）；小数请用小数点（12.5）</translation>
        </message>
        <message>
            <source>'{text}' is a percentage, not {unit}</source>
            <translation>“{text}”是百分比，不是{unit}</translation>
        </message>
        <message>
            <source>'{text}' is in {found}, but this column holds {unit}</source>
            <translation>“{text}”的单位是{found}，而此列是{unit}</translation>
        </message>
        <message>
            <source>'{text}' is too large to be {unit}; write the unit (元, 万元 or 亿元)</source>
            <translation>“{text}”作为{unit}过大；请写明单位（元、万元或亿元）</translation>
        </message>
        <message>
            <source>'{text}' is not a year like 2025</source>
            <translation>“{text}”不是年份（如 2025）</translation>
        </message>
        <message>
            <source>'{text}' is not a date like 2025-03-03</source>
            <translation>“{text}”不是日期（如 2025-03-03）</translation>
        </message>
        <message>
            <source>'{text}' is not a date like 2025-06-30, 2025年6月 or 2025年</source>
            <translation>“{text}”不是日期或时期（如 2025-06-30、2025年6月、2025年）</translation>
        </message>
        <message>
            <source>'{text}' is not a real date</source>
            <translation>“{text}”不是有效日期</translation>
        </message>
        <message>
            <source>'{text}' is a time of day, not a date</source>
            <translation>“{text}”是时刻，不是日期</translation>
        </message>
        <message>
            <source>'{text}' is not yes or no (是/否)</source>
            <translation>“{text}”不是“是”或“否”</translation>
        </message>
        <message>
            <source>'{text}' is not one of: {choices}</source>
            <translation>“{text}”不是以下之一：{choices}</translation>
        </message>
        <message>
            <source>'{text}' is not an 18-character unified social credit code</source>
            <translation>“{text}”不是18位统一社会信用代码</translation>
        </message>
        <message>
            <source>'{text}' is not a valid credit code (its last character should be {expected})</source>
            <translation>“{text}”不是有效的统一社会信用代码（校验位应为 {expected}）</translation>
        </message>
        <message>
            <source>not valid JSON ({reason})</source>
            <translation>不是有效的 JSON（{reason}）</translation>
        </message>
        <message>
            <source>the text contains control characters</source>
            <translation>文本含有控制字符</translation>
        </message>
        <message>
            <source>the text has {length} characters; the limit is {limit}</source>
            <translation>文本有 {length} 个字符，上限为 {limit}</translation>
        </message>
        <message>
            <source>no {ref_table} entry named '{text}'</source>
            <translation>“{ref_table}”中没有名为“{text}”的条目</translation>
        </message>
        <message>
            <source>'{text}' matches several {ref_table} entries; pick one from the list</source>
            <translation>“{text}”对应“{ref_table}”中的多个条目，请从列表中选择</translation>
        </message>
        <message>
            <source>no {ref_table} entry #{text}</source>
            <translation>“{ref_table}”中没有编号为 #{text} 的条目</translation>
        </message>
        <message>
            <source>'{text}' is not a row number (leave the key empty for a new row)</source>
            <translation>“{text}”不是行编号（新增行请留空）</translation>
        </message>
        <message>
            <source>an entry cannot be its own parent</source>
            <translation>条目不能以自身为上级</translation>
        </message>
        <message>
            <source>unknown rule '{rule}'; known rules: {known}</source>
            <translation>未知的计算规则“{rule}”；可用规则：{known}</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>Add an entry to {ref_table} first</source>
            <translation>请先在“{ref_table}”中添加条目</translation>
        </message>
        <message>
            <source>another entry already has this value</source>
            <translation>已有其他条目使用此值</translation>
        </message>
        <message>
            <source>refers to an entry that does not exist</source>
            <translation>引用的条目不存在</translation>
        </message>
        <message>
            <source>the value is outside the allowed range</source>
            <translation>数值超出允许范围</translation>
        </message>
        <message>
            <source>The {table} entry was deleted in another window</source>
            <translation>该{table}条目已在另一个窗口中被删除</translation>
        </message>
        <message>
            <source>{table} '{row}': {column} has been changed since (now {current})</source>
            <translation>{table}“{row}”的{column}此后已被修改（现为 {current}）</translation>
        </message>
        <message>
            <source>{table} '{row}' no longer exists</source>
            <translation>{table}“{row}”已不存在</translation>
        </message>
        <message>
            <source>{table} '{row}' exists again; it cannot be restored twice</source>
            <translation>{table}“{row}”已存在，不能重复恢复</translation>
        </message>
        <message>
            <source>{table} '{row}' is now referred to by other entries</source>
            <translation>{table}“{row}”现已被其他条目引用</translation>
        </message>
        <message>
            <source>Another window saved a different value for {column}</source>
            <translation>另一个窗口为{column}保存了不同的值</translation>
        </message>
        <message>
            <source>'{name}' is not a table of the map</source>
            <translation>“{name}”不是图谱中的表</translation>
        </message>
        <message>
            <source>{table} has {rows:,} rows; an Excel sheet holds at most {limit:,}. Export this table as CSV instead</source>
            <translation>{table}表有 {rows:,} 行，超过 Excel 工作表的上限 {limit:,} 行。请改为将此表导出为 CSV</translation>
        </message>
        <message>
            <source>{table} '{row}' (ID {row_id}), {column}: the text has {length:,} characters; an Excel cell holds at most {limit:,}. Shorten it, or export this table as CSV. Nothing was written</source>
            <translation>{table}表“{row}”（系统编号 {row_id}）的「{column}」有 {length:,} 个字符，超过 Excel 单元格的上限 {limit:,} 个字符。请缩短该内容，或将此表导出为 CSV。未写入任何文件</translation>
        </message>
        <message>
            <source>{table} '{row}' (ID {row_id}), {column}: the text has {length:,} characters; an Excel cell holds at most {limit:,} ({count} cells are too long). Shorten them, or export these tables as CSV. Nothing was written</source>
            <translation>{table}表“{row}”（系统编号 {row_id}）的「{column}」有 {length:,} 个字符，超过 Excel 单元格的上限 {limit:,} 个字符（共 {count} 个单元格超长）。请缩短这些内容，或将这些表导出为 CSV。未写入任何文件</translation>
        </message>
        <message>
            <source>{path}: the folder {folder} does not exist</source>
            <translation>{path}：文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <source>{path} is a folder; choose a file name</source>
            <translation>{path} 是一个文件夹，请输入文件名</translation>
        </message>
        <message>
            <source>{path}: the disk is full. Nothing was written and an earlier file of that name is unchanged; free some space or choose another folder</source>
            <translation>{path}：磁盘已满。未写入任何内容，同名的原有文件保持不变；请释放空间或选择其他文件夹</translation>
        </message>
        <message>
            <source>{path}: the disk is read-only. Choose another folder</source>
            <translation>{path}：磁盘为只读，请选择其他文件夹</translation>
        </message>
        <message>
            <source>{path}: cannot write there (no permission, or the file is open in another program such as Excel or WPS). Close it or choose another folder; an earlier file of that name is unchanged</source>
            <translation>{path}：无法写入（没有权限，或文件正在 Excel、WPS 等程序中打开）。请关闭该文件或选择其他文件夹；同名的原有文件保持不变</translation>
        </message>
        <message>
            <source>{path}: cannot write the file ({reason}). An earlier file of that name is unchanged</source>
            <translation>{path}：无法写入文件（{reason}）。同名的原有文件保持不变</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../gui/messages.py" line="31" />
            <source>The database file does not exist.</source>
            <translation>数据库文件不存在。</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="32" />
            <source>The database file cannot be opened.</source>
            <translation>无法打开数据库文件。</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="33" />
            <source>The database file is damaged or is not a database.</source>
            <translation>数据库文件已损坏，或不是数据库文件。</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="34" />
            <source>The database is locked by another program. Try again in a moment.</source>
            <translation>数据库已被其他程序锁定，请稍后重试。</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="35" />
            <source>The database was made by a newer version of Chain Mapper. Please upgrade.</source>
            <translation>该数据库由更高版本的 Chain Mapper 创建，请升级本程序。</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="36" />
            <source>This file is not a Chain Mapper database.</source>
            <translation>此文件不是 Chain Mapper 数据库。</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="38" />
            <source>The database cannot be used.</source>
            <translation>无法使用该数据库。</translation>
        </message>
        <message>
            <location filename="../../gui/messages.py" line="39" />
            <source>The file was not changed.</source>
            <translation>文件未作任何更改。</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <location filename="../../gui/tasks.py" line="29" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
</TS>