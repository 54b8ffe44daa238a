<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AnalysisPage</name>
        <message>
            <location filename="../../gui/overview/analysis_page.py" line="138" />
            <source>Cannot compute the analysis</source>
            <translation>无法完成分析计算</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <location filename="../../gui/tables/delegates.py" line="64" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../gui/tables/delegates.py" line="65" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../gui/tables/delegates.py" line="82" />
            <source>Type a name or #id</source>
            <translation>输入名称或 #编号</translation>
        </message>
    </context>
    <context>
        <name>ChainMapPage</name>
        <message>
            <location filename="../../gui/chain_map/view.py" line="250" />
            <source>Highlight components, firms, centres…</source>
            <translation>高亮显示部件、企业、创新载体…</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="255" />
            <source>Fit</source>
            <translation>全图显示</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="256" />
            <source>Show the whole map (key 0); + and - or the wheel zoom</source>
            <translation>显示完整图谱（快捷键 0）；按 + / - 键或滚动鼠标滚轮缩放</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="260" />
            <source>Search:</source>
            <translation>搜索：</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="264" />
            <source>Layer:</source>
            <translation>层级：</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="266" />
            <source>District:</source>
            <translation>所在区：</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="284" />
            <source>Chain map</source>
            <translation>产业链图谱</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="308" />
            <source>All layers</source>
            <translation>全部层级</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="311" />
            <source>All districts</source>
            <translation>全部区</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="334" />
            <source>{n} found</source>
            <translation>找到 {n} 项</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/view.py" line="336" />
            <source>not on the map</source>
            <translation>图谱中未找到</translation>
        </message>
    </context>
    <context>
        <name>ChainMapView</name>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="119" />
            <source>{covered}/{total} covered</source>
            <translation>已覆盖 {covered}/{total}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="166" />
            <source>local</source>
            <translation>本地</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="166" />
            <source>not local</source>
            <translation>非本地</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="167" />
            <source>Supplies {component}: {where}, {stage}</source>
            <translation>供应{component}：{where}，{stage}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="169" />
            <source>stage unknown</source>
            <translation>阶段未知</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="170" />
            <location filename="../../gui/chain_map/tips.py" line="71" />
            <source>Click to open it in the Firms table.</source>
            <translation>单击可在企业表中打开。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="173" />
            <source>+{n} more</source>
            <translation>另 {n} 家</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="174" />
            <source>{n} suppliers</source>
            <translation>{n} 家供应商</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="177" />
            <source>{n} suppliers in all; the component's row lists every one.</source>
            <translation>共 {n} 家供应商，完整名单见部件表中该部件的记录。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="184" />
            <source>Click to open it in the Centres table.</source>
            <translation>单击可在创新载体表中打开。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="186" />
            <source>+{n} centres</source>
            <translation>另 {n} 个载体</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="188" />
            <source>{n} centres serve it in all.</source>
            <translation>共有 {n} 个创新载体为其服务。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="218" />
            <source>Standard BOM</source>
            <translation>标准物料清单</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="218" />
            <source>{n} components</source>
            <translation>{n} 个部件</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="243" />
            <source>+{n} more integrators</source>
            <translation>另 {n} 家整机企业</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/builder.py" line="245" />
            <source>{total} integrators in all; the {shown} with the most supply links are drawn.</source>
            <translation>共 {total} 家整机企业，图中显示供应关系最多的 {shown} 家。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/legend.py" line="58" />
            <source>In the standard BOM</source>
            <translation>标准物料清单部件</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/legend.py" line="59" />
            <source>Local supplier</source>
            <translation>本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/legend.py" line="60" />
            <source>Supplier elsewhere</source>
            <translation>外地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/legend.py" line="61" />
            <source>Centre</source>
            <translation>创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/legend.py" line="62" />
            <source>Integrator</source>
            <translation>整机企业</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/legend.py" line="81" />
            <source>At most {n} suppliers per component are drawn; the rest are counted.</source>
            <translation>每个部件最多显示 {n} 家供应商，其余仅计数。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/legend.py" line="84" />
            <source>Firms in {district} only.</source>
            <translation>仅显示{district}的企业。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/legend.py" line="85" />
            <source>Lines: supply links on record; an integrator depends on a component only through them (the standard BOM is shown for reference, not counted).</source>
            <translation>连线：已记录的供应关系；整机企业只按供应关系计为依赖某部件（标准物料清单仅作参考，不计入）。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="20" />
            <source>Suppliers not yet surveyed: none recorded is not none found</source>
            <translation>供应商尚未摸排：没有记录不等于没有供应商</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="22" />
            <source>Suppliers surveyed: {facts}</source>
            <translation>供应商已摸排：{facts}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="28" />
            <source>Local suppliers: {n} (wanted {wanted}); in mass production: {mass}</source>
            <translation>本地供应商：{n}（期望 {wanted}）；已量产：{mass}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="32" />
            <location filename="../../gui/chain_map/tips.py" line="60" />
            <source>Supplier facts still to be checked: {n}</source>
            <translation>待核实的供应记录：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="34" />
            <source>Suppliers in {district}: {n}</source>
            <translation>{district}供应商：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="36" />
            <source>Suppliers (local or not): {n}</source>
            <translation>供应商（含非本地）：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="37" />
            <source>Centres serving it: {n}</source>
            <translation>服务该部件的创新载体：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="38" />
            <source>Integrators with a supply link: {n}</source>
            <translation>有供应关系的整机企业：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="40" />
            <source>In the standard BOM (for reference; not counted as depending)</source>
            <translation>属于标准物料清单（仅作参考，不计为依赖）</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="42" />
            <source>Flags: {flags}</source>
            <translation>短板标记：{flags}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="43" />
            <source>Click to open it in the Components table.</source>
            <translation>单击可在部件表中打开。</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="49" />
            <source>{not_surveyed} not yet surveyed · {no_local} no local supplier · {to_check} to check</source>
            <translation>尚未摸排 {not_surveyed} · 无本地供应商 {no_local} · 待核实 {to_check}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="56" />
            <source>{name}: {total} components, {covered} with a local supplier</source>
            <translation>{name}：共 {total} 个部件，其中 {covered} 个有本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="58" />
            <source>Not yet surveyed (no supplier recorded, nobody has looked): {n}</source>
            <translation>尚未摸排（无供应商记录，尚无人摸排）：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="59" />
            <source>Surveyed, no local supplier found: {n}</source>
            <translation>已摸排、未发现本地供应商：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="64" />
            <source>Centres serving the layer: {n}</source>
            <translation>服务该层级的创新载体：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="70" />
            <source>Supply links to {n} components on the map</source>
            <translation>与图谱中 {n} 个部件存在供应关系</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/tips.py" line="76" />
            <source>The {n} components of the standard humanoid bill of materials (marked with a blue strip): for reference only; an integrator depends on a component through a supply link. Point at this box to see them.</source>
            <translation>人形机器人标准物料清单中的 {n} 个部件（以蓝色竖条标示）：仅作参考；整机企业是否依赖某部件以供应关系为准。将鼠标移到此框上可查看这些部件。</translation>
        </message>
    </context>
    <context>
        <name>ChainPage</name>
        <message>
            <location filename="../../gui/chain_map/outline.py" line="35" />
            <source>Layer / component</source>
            <translation>层级 / 部件</translation>
        </message>
        <message>
            <location filename="../../gui/chain_map/outline.py" line="45" />
            <source>Chain map</source>
            <translation>产业链图谱</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="28" />
            <location filename="../../gui/overview/matrix_paint.py" line="35" />
            <source>Local suppliers</source>
            <translation>本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="29" />
            <source>In mass production</source>
            <translation>量产</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="30" />
            <source>Centres</source>
            <translation>服务载体</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="31" />
            <source>Integrators depending</source>
            <translation>依赖整机</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="32" />
            <source>To check</source>
            <translation>待核实</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="36" />
            <source>Local suppliers in mass production</source>
            <translation>已量产的本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="37" />
            <source>Centres serving it</source>
            <translation>服务该部件的创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="38" />
            <source>Integrators depending on it (supply links)</source>
            <translation>依赖该部件的整机企业（有供应关系）</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="45" />
            <source>fewer local suppliers than wanted</source>
            <translation>本地供应商少于期望数</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="46" />
            <source>as many as wanted</source>
            <translation>达到期望数</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="47" />
            <source>centres, integrators: some</source>
            <translation>载体、整机：有</translation>
        </message>
        <message>
            <location filename="../../gui/overview/matrix_paint.py" line="48" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_paint.py" line="47" />
            <source>% of target</source>
            <translation>占目标值百分比</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_paint.py" line="48" />
            <source>baseline</source>
            <translation>基期</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_paint.py" line="49" />
            <source>expected today</source>
            <translation>按所需进度今日应达</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_paint.py" line="50" />
            <source>target (100 %)</source>
            <translation>目标（100%）</translation>
        </message>
    </context>
    <context>
        <name>CoverageMatrix</name>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="19" />
            <source>Suppliers: {flag} (none recorded is not none found)</source>
            <translation>供应商：{flag}（没有记录不等于没有供应商）</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="22" />
            <source>Suppliers surveyed: {facts}</source>
            <translation>供应商已摸排：{facts}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="25" />
            <source>with its layer</source>
            <translation>随所在层级摸排</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="30" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="34" />
            <source>Wanted local suppliers: {n}</source>
            <translation>期望本地供应商数：{n}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="35" />
            <source>Flags: {flags}</source>
            <translation>短板标记：{flags}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="37" />
            <source>In the standard BOM: every integrator's robot uses one ({n}); not counted as depending</source>
            <translation>属于标准物料清单：各整机企业（{n} 家）的机器人都会用到，但不计为依赖</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="44" />
            <source>Place among the chain's gaps: {n}</source>
            <translation>缺口排序：第 {n} 位</translation>
        </message>
        <message>
            <location filename="../../gui/overview/coverage_matrix.py" line="46" />
            <source>Click to open these rows.</source>
            <translation>单击打开这些记录。</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../gui/tables/detail.py" line="17" />
            <source>Select a row to see what it is connected to.</source>
            <translation>选择一行即可查看与之关联的内容。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="18" />
            <source>This entry no longer exists.</source>
            <translation>该条目已不存在。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="19" />
            <source>No source recorded.</source>
            <translation>未记录来源。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="20" />
            <location filename="../../gui/tables/detail.py" line="88" />
            <source>stage unknown</source>
            <translation>阶段未知</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="21" />
            <source>not local</source>
            <translation>非本地</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="22" />
            <source>Needs checking: </source>
            <translation>待核实：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="23" />
            <location filename="../../gui/tables/detail.py" line="112" />
            <source>Supplies (capabilities)</source>
            <translation>可供应部件（供应能力）</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="24" />
            <location filename="../../gui/tables/detail.py" line="112" />
            <location filename="../../gui/tables/detail.py" line="113" />
            <location filename="../../gui/tables/detail.py" line="114" />
            <location filename="../../gui/tables/detail.py" line="115" />
            <location filename="../../gui/tables/detail.py" line="134" />
            <location filename="../../gui/tables/detail.py" line="150" />
            <source>None recorded</source>
            <translation>暂无记录</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="25" />
            <location filename="../../gui/tables/detail.py" line="113" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="26" />
            <location filename="../../gui/tables/detail.py" line="114" />
            <location filename="../../gui/tables/detail.py" line="131" />
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="27" />
            <location filename="../../gui/tables/detail.py" line="115" />
            <source>Centres serving its components</source>
            <translation>服务其部件的创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="28" />
            <location filename="../../gui/tables/detail.py" line="116" />
            <source>Targets that count firms by rule</source>
            <translation>按规则统计企业数的目标</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="29" />
            <location filename="../../gui/tables/detail.py" line="116" />
            <location filename="../../gui/tables/detail.py" line="132" />
            <location filename="../../gui/tables/detail.py" line="152" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="30" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="31" />
            <location filename="../../gui/tables/detail.py" line="125" />
            <source>Local suppliers: {n} of {wanted} wanted</source>
            <translation>本地供应商：{n} 家（期望 {wanted} 家）</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="38" />
            <source>whole layer</source>
            <translation>整个层级</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="32" />
            <location filename="../../gui/tables/detail.py" line="131" />
            <source>No supplier recorded</source>
            <translation>未记录供应商</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="33" />
            <location filename="../../gui/tables/detail.py" line="132" />
            <source>Parts</source>
            <translation>子部件</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="34" />
            <location filename="../../gui/tables/detail.py" line="133" />
            <source>Centres serving it</source>
            <translation>服务该部件的创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="35" />
            <source>Part of</source>
            <translation>上级载体</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="36" />
            <location filename="../../gui/tables/detail.py" line="150" />
            <source>Serves</source>
            <translation>服务对象</translation>
        </message>
        <message>
            <location filename="../../gui/tables/detail.py" line="37" />
            <location filename="../../gui/tables/detail.py" line="151" />
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
        <name>HistoryModel</name>
        <message>
            <location filename="../../gui/tables/history_page.py" line="78" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="78" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="78" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="78" />
            <source>Table</source>
            <translation>表</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="78" />
            <source>Entry</source>
            <translation>条目</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="79" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="79" />
            <source>Old value</source>
            <translation>原值</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="79" />
            <source>New value</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="95" />
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="95" />
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="95" />
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="102" />
            <source>whole entry</source>
            <translation>整条</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../gui/tables/history_page.py" line="155" />
            <source>All tables</source>
            <translation>全部表</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="165" />
            <source>Revert selected changes</source>
            <translation>撤回所选修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="168" />
            <source>Table:</source>
            <translation>表：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="169" />
            <source>Since:</source>
            <translation>起始日期：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="202" />
            <source>{n} changes</source>
            <translation>共 {n} 条修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="210" />
            <source>Revert changes</source>
            <translation>撤回修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="209" />
            <source>Revert {n} selected changes? This is itself a change you can undo.</source>
            <translation>撤回所选的 {n} 条修改？撤回本身也是一次修改，可以撤销。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="159" />
            <source>Entry id</source>
            <translation>条目编号</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="168" />
            <source>Entry:</source>
            <translation>条目：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="202" />
            <source>1 change</source>
            <translation>共 1 条修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="208" />
            <source>Revert the selected change? This is itself a change you can undo.</source>
            <translation>撤回所选的修改？撤回本身也是一次修改，可以撤销。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="215" />
            <source>Revert {n} changes</source>
            <translation>撤回 {n} 条修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="215" />
            <source>Revert 1 change</source>
            <translation>撤回 1 条修改</translation>
        </message>
        <message>
            <location filename="../../gui/tables/history_page.py" line="220" />
            <source>Cannot revert</source>
            <translation>无法撤回</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="62" />
            <location filename="../../gui/excel/import_dialog.py" line="239" />
            <source>Import {name}</source>
            <translation>导入 {name}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="67" />
            <source>Reading {name}…</source>
            <translation>正在读取 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="86" />
            <source>&lt; &amp;Columns</source>
            <translation>&lt; 列对应(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="88" />
            <source>&amp;Preview &gt;</source>
            <translation>预览(&amp;P) &gt;</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="90" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="92" />
            <location filename="../../gui/excel/import_dialog.py" line="133" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="133" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="149" />
            <source>Reading {name} and comparing it with the database…</source>
            <translation>正在读取 {name} 并与数据库比对…</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="171" />
            <location filename="../../gui/excel/import_dialog.py" line="272" />
            <source>Cannot import</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="171" />
            <location filename="../../gui/excel/import_dialog.py" line="272" />
            <source>{problem}

Nothing was changed.</source>
            <translation>{problem}

未作任何更改。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="241" />
            <source>Writing to the database…</source>
            <translation>正在写入数据库…</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="255" />
            <source>Imported {adds} new and {changes} changed row(s); backup: {backup}</source>
            <translation>已导入：新增 {adds} 行，修改 {changes} 行；备份：{backup}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="257" />
            <source>Rows left out: {path}</source>
            <translation>未导入的行：{path}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="262" />
            <source>The map changed</source>
            <translation>数据已被修改</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="263" />
            <source>{problem}

Preview the import again with the map as it is now?</source>
            <translation>{problem}

按当前数据重新预览这次导入吗？</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="288" />
            <source>Rows left out</source>
            <translation>未导入的行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="289" />
            <source>The import was written, but the rows left out could not be saved beside the file ({problem}).</source>
            <translation>导入已写入，但未导入的行无法保存到原文件旁（{problem}）。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="302" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_dialog.py" line="303" />
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
            <translation>电子表格 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportMapping</name>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="31" />
            <source>Chain layer (产业链环节)</source>
            <translation>产业链环节（层级）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="32" />
            <source>Chain position (上中下游)</source>
            <translation>上中下游位置</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="33" />
            <source>Chain segment or component (细分领域)</source>
            <translation>细分领域 / 部件</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="34" />
            <source>Address (city and district)</source>
            <translation>地址（城市和区）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="35" />
            <source>Region (district or city)</source>
            <translation>地区（区或城市）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="36" />
            <source>Local supplier (yes/no)</source>
            <translation>是否本地供应商（是/否）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="37" />
            <source>Stage of the firm's products</source>
            <translation>产品阶段</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="38" />
            <source>Add to the notes</source>
            <translation>记入备注</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="39" />
            <source>Plan code (finds the target)</source>
            <translation>规划编号（用于查找目标）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="46" />
            <source>matched</source>
            <translation>已匹配</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="46" />
            <source>your choice</source>
            <translation>您的选择</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="47" />
            <source>choose one</source>
            <translation>请选择</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="47" />
            <source>a layer</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="48" />
            <source>a chain position</source>
            <translation>上中下游位置</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="48" />
            <source>no component</source>
            <translation>无对应部件</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="49" />
            <source>not a component</source>
            <translation>不是部件</translation>
        </message>
    </context>
    <context>
        <name>LazyPage</name>
        <message>
            <location filename="../../gui/lazy_page.py" line="20" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="72" />
            <source>Saved {time}</source>
            <translation>已保存 {time}</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="76" />
            <source>Chain Mapper — {path}</source>
            <translation>Chain Mapper — {path}</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="87" />
            <source>Overview</source>
            <translation>总览</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="87" />
            <source>Chain map</source>
            <translation>产业链图谱</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="87" />
            <source>Plans &amp; targets</source>
            <translation>规划与目标</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="88" />
            <source>History</source>
            <translation>修改记录</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="127" />
            <source>Map</source>
            <translation>图谱</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="128" />
            <source>Outline</source>
            <translation>大纲</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="189" />
            <source>Cannot undo or redo</source>
            <translation>无法撤销或重做</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="26" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="27" />
            <source>&amp;New database…</source>
            <translation>新建数据库(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="28" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="29" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="32" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="33" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="34" />
            <source>Export &amp;template…</source>
            <translation>导出模板(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="36" />
            <source>Print pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="37" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="39" />
            <source>Export P&amp;DF…</source>
            <translation>导出 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="41" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="43" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="44" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="46" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="52" />
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="53" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="54" />
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="55" />
            <source>Fill &amp;down</source>
            <translation>向下填充(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="57" />
            <source>&amp;New entry</source>
            <translation>新建条目(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="58" />
            <source>D&amp;uplicate rows</source>
            <translation>复制为新行(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="59" />
            <source>De&amp;lete rows</source>
            <translation>删除行(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="61" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="63" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="64" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="73" />
            <source>&amp;Columns</source>
            <translation>显示列(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="75" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="77" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="78" />
            <source>&amp;User guide</source>
            <translation>使用指南(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="79" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="80" />
            <source>Open the &amp;data folder (backups, log)</source>
            <translation>打开数据文件夹（备份、日志）(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="82" />
            <source>&amp;About Chain Mapper</source>
            <translation>关于 Chain Mapper(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="276" />
            <source>(open a table first)</source>
            <translation>（请先打开一个表）</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="292" />
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="293" />
            <source>Chain Mapper databases (*.sqlite *.db);;All files (*)</source>
            <translation>Chain Mapper 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="299" />
            <source>New database</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="300" />
            <source>chain-map.sqlite</source>
            <translation>产业链图谱.sqlite</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="301" />
            <source>Chain Mapper databases (*.sqlite)</source>
            <translation>Chain Mapper 数据库 (*.sqlite)</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="78" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="78" />
            <source>First values</source>
            <translation>前几个值</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="79" />
            <source>Import as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="86" />
            <source>Value in the list</source>
            <translation>名单中的值</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="86" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="86" />
            <source>Found</source>
            <translation>匹配情况</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="87" />
            <source>Link to component</source>
            <translation>关联到部件</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="93" />
            <source>The list holds:</source>
            <translation>名单内容：</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="114" />
            <source>Sheet '{sheet}', header in row {row}. Check what each column holds; columns set to '(ignore)' are left out. Your choices are remembered for the next list, here and on the command line.</source>
            <translation>工作表“{sheet}”，表头在第 {row} 行。请核对每一列的内容；设为“（忽略）”的列不导入。您的选择会被记住，下次导入名单时（包括命令行）沿用。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="118" />
            <source>Choose the column that holds the names: no column was recognised as {column}.</source>
            <translation>请选择包含名称的列：没有识别出“{column}”列。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="134" />
            <source>(ignore)</source>
            <translation>（忽略）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="172" />
            <source>Chain values: {n} different value(s) in the chain columns, {uncertain} to choose. Matched values become links of the firm to the component; a value you set to '(not a component)' is kept in the firm's notes.</source>
            <translation>产业链取值：产业链相关列中共有 {n} 个不同的值，其中 {uncertain} 个需要您选择。匹配上的值会把企业关联到相应部件；设为“（不是部件）”的值记入企业备注。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="175" />
            <source>This list has no chain columns (产业链环节, 细分领域, 主要产品 …).</source>
            <translation>此名单没有产业链相关列（产业链环节、细分领域、主要产品等）。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_mapping.py" line="192" />
            <source>(not a component)</source>
            <translation>（不是部件）</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../gui/overview/page.py" line="141" />
            <source>Overview</source>
            <translation>总览</translation>
        </message>
        <message>
            <location filename="../../gui/overview/summary_table.py" line="25" />
            <source>Plan</source>
            <translation>规划</translation>
        </message>
        <message>
            <location filename="../../gui/overview/summary_table.py" line="20" />
            <source>Targets and chain coverage</source>
            <translation>目标进展与产业链覆盖</translation>
        </message>
        <message>
            <location filename="../../gui/overview/summary_table.py" line="21" />
            <source>Components with a local supplier</source>
            <translation>有本地供应商的部件</translation>
        </message>
        <message>
            <location filename="../../gui/overview/summary_table.py" line="22" />
            <source>{name}: {covered}/{total} covered, {not_surveyed} not yet surveyed, {no_local} surveyed without a local supplier, {to_check} supplier facts to check</source>
            <translation>{name}：已覆盖 {covered}/{total}，尚未摸排 {not_surveyed}，已摸排但无本地供应商 {no_local}，待核实的供应记录 {to_check}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="65" />
            <source>Save charts…</source>
            <translation>保存图表…</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="68" />
            <source>Plan:</source>
            <translation>规划：</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="68" />
            <source>Deadline:</source>
            <translation>截止年份：</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="69" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="83" />
            <source>Observations…</source>
            <translation>观测值…</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="84" />
            <source>Open the observations of this target</source>
            <translation>打开该目标的观测值</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="112" />
            <source>Coverage matrix</source>
            <translation>覆盖矩阵</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="113" />
            <source>Ranked chain gaps</source>
            <translation>缺口排序</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="122" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="123" />
            <source>Table</source>
            <translation>表格</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="200" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="278" />
            <source>Observations of {code}</source>
            <translation>{code} 的观测值</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="287" />
            <source>Local suppliers of {name}</source>
            <translation>{name} 的本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="288" />
            <source>Local suppliers of {name} in mass production</source>
            <translation>{name} 已量产的本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="289" />
            <source>Centres serving {name}</source>
            <translation>服务 {name} 的创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="290" />
            <source>Integrators depending on {name}</source>
            <translation>依赖 {name} 的整机企业</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="291" />
            <source>Supplier facts of {name} still to be checked</source>
            <translation>{name} 待核实的供应记录</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="297" />
            <source>Save charts to folder</source>
            <translation>保存图表到文件夹</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="302" />
            <source>target-progress</source>
            <translation>目标进度</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="302" />
            <source>coverage-matrix</source>
            <translation>产业链覆盖矩阵</translation>
        </message>
        <message>
            <location filename="../../gui/overview/page.py" line="303" />
            <source>trajectory</source>
            <translation>目标变化轨迹</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="45" />
            <source>Keep them and list the conflicts for me</source>
            <translation>保留原值，并列出冲突供我选择</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="46" />
            <source>Fill blanks only</source>
            <translation>只填写空白项</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="47" />
            <source>Take the list's values</source>
            <translation>采用名单中的值</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="53" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="53" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="56" />
            <source>Values the map already has:</source>
            <translation>数据库中已有的值：</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="79" />
            <source>Delete the {n} row(s) that are not in the file</source>
            <translation>删除文件中没有的 {n} 行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="88" />
            <source>{n} problem(s) must be fixed in the file before anything can be imported; nothing was changed.</source>
            <translation>文件中有 {n} 个问题需要先修正才能导入；未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="91" />
            <source>{adds} row(s) to add, {changes} to change and {deletes} to delete. Import writes them all in one step (Edit → Undo takes it back) after saving a backup copy of the database.</source>
            <translation>将新增 {adds} 行、修改 {changes} 行、删除 {deletes} 行。导入会先备份数据库，再一次性写入（可用“编辑 → 撤销”整体撤回）。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="95" />
            <source>Nothing to change: the database already holds what the file says.</source>
            <translation>无需修改：数据库中已是文件所写的内容。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="98" />
            <source>{n} row(s) are left out or held for your decision; they are listed below and saved beside the file as a rejects workbook.</source>
            <translation>有 {n} 行未导入或待您确认；它们列在下方，并另存为原文件旁的“未导入行”工作簿。</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="104" />
            <source>chain links</source>
            <translation>产业链关联</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="106" />
            <source>{adds} to add, {changes} to change, {same} unchanged, {skipped} skipped, {left} left out, {errors} error(s)</source>
            <translation>新增 {adds}，修改 {changes}，未变 {same}，跳过 {skipped}，未导入 {left}，错误 {errors}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="110" />
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="112" />
            <source>Changes</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="113" />
            <location filename="../../gui/excel/import_preview.py" line="165" />
            <source>row {row}: {name}</source>
            <translation>第 {row} 行：{name}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="117" />
            <source>New rows</source>
            <translation>新增行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="118" />
            <location filename="../../gui/excel/import_preview.py" line="125" />
            <location filename="../../gui/excel/import_preview.py" line="187" />
            <source>row {row}</source>
            <translation>第 {row} 行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="124" />
            <source>Rows left out</source>
            <translation>未导入的行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="126" />
            <source>: </source>
            <translation>：</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="129" />
            <source>Cells left out</source>
            <translation>未导入的单元格</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="132" />
            <source>deleted</source>
            <translation>将删除</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="132" />
            <source>kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="133" />
            <source>Not in the file: {action}</source>
            <translation>文件中没有的行：{action}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="135" />
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="140" />
            <source>Conflicts with the map ({n}): choose for each</source>
            <translation>与现有数据冲突（{n}）：请逐项选择</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="144" />
            <source>row {row} of the list</source>
            <translation>名单第 {row} 行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="144" />
            <source>the map</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="146" />
            <source>row {row}: {name} — {column}</source>
            <translation>第 {row} 行：{name} — {column}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="148" />
            <source>{source} has {old}; this row has {new}</source>
            <translation>{source}为 {old}；本行为 {new}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="152" />
            <source>Keep {old}</source>
            <translation>保留 {old}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="153" />
            <source>Take {new}</source>
            <translation>采用 {new}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="161" />
            <source>Likely duplicates ({n}): decide for each</source>
            <translation>疑似重复（{n}）：请逐项决定</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="166" />
            <source>looks like {other} ({why})</source>
            <translation>疑似“{other}”（{why}）</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="169" />
            <source>Skip this row</source>
            <translation>跳过此行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="171" />
            <source>Update the existing firm</source>
            <translation>更新已有企业</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="172" />
            <source>Add as a new firm</source>
            <translation>作为新企业添加</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="181" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="181" />
            <source>Row left out</source>
            <translation>未导入的行</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="181" />
            <source>Cell left out</source>
            <translation>未导入的单元格</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="182" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="185" />
            <source>sheet {sheet}</source>
            <translation>工作表 {sheet}</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="189" />
            <source>column {column}</source>
            <translation>{column} 列</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="190" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../gui/excel/import_preview.py" line="205" />
            <source>… and {n} more</source>
            <translation>…… 另有 {n} 项</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="17" />
            <source>Target: {goal} by {year}</source>
            <translation>目标：{year} 年 {goal}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="21" />
            <source>Baseline: {v}</source>
            <translation>基期值：{v}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/progress_chart.py" line="24" />
            <source>Sources:</source>
            <translation>来源：</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../gui/i18n.py" line="23" />
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../gui/i18n.py" line="24" />
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>RankedGaps</name>
        <message>
            <location filename="../../gui/overview/ranked_gaps.py" line="32" />
            <source>Gap</source>
            <translation>缺口</translation>
        </message>
        <message>
            <location filename="../../gui/overview/ranked_gaps.py" line="32" />
            <source>Standard-BOM share</source>
            <translation>标准物料清单占比</translation>
        </message>
        <message>
            <location filename="../../gui/overview/ranked_gaps.py" line="54" />
            <source>Ranked by criticality, then the share of the standard BOM, then the integrators depending through supply links, then gaps no centre works on. Double-click a row to open the component.</source>
            <translation>依次按关键程度、标准物料清单占比、有供应关系的依赖整机企业数、有无创新载体覆盖排序。双击一行可打开该部件。</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../gui/report/texts.py" line="12" />
            <source>Shenzhen Embodied-Robot Industry Chain Gap Report</source>
            <translation>深圳市具身智能机器人产业链缺口报告</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="13" />
            <source>Dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="14" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="15" />
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="16" />
            <source>Plans</source>
            <translation>规划</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="18" />
            <source>{plans} with {targets}; {components} in the layers {layers}; figures as of {date}</source>
            <translation>{plans}，共{targets}；{layers}，共{components}；数据截至{date}</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="20" />
            <source>1. Summary</source>
            <translation>一、总体情况</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="21" />
            <source>Targets by status</source>
            <translation>目标状态统计</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="22" />
            <source>The five largest gaps (share of the target still missing)</source>
            <translation>差距最大的五项目标（按尚缺比例）</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="41" />
            <source>2. Targets by plan</source>
            <translation>二、各规划目标进展</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="42" />
            <source>3. Charts</source>
            <translation>三、图表</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="43" />
            <source>Target progress (percent of target; ▼ where the actual should be today)</source>
            <translation>目标进度（占目标值百分比；▼ 为按所需进度今日应达位置）</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="44" />
            <source>Chain coverage matrix</source>
            <translation>产业链覆盖矩阵</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="49" />
            <source>4. Chain gaps by layer</source>
            <translation>四、分层产业链短板</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="50" />
            <source>5. Firms and centres by layer</source>
            <translation>五、分层企业与创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="51" />
            <source>6. Sources</source>
            <translation>六、资料来源</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="52" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="53" />
            <source>Target</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="54" />
            <source>Goal</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="55" />
            <source>Deadline</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="56" />
            <source>Baseline</source>
            <translation>基期值</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="57" />
            <source>Latest actual (as of)</source>
            <translation>最新实际值（截至）</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="58" />
            <source>Gap</source>
            <translation>差距</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="17" />
            <source>Layer</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="23" />
            <source>What matters first: the chain's gaps ranked</source>
            <translation>产业链缺口排序（优先关注）</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="24" />
            <source>Ranked by criticality, then the share of the standard bill of materials the component stands for, then the integrators depending on it through supply links, then gaps no centre works on. {shown} of {total} shown; the rest are in section 4.</source>
            <translation>依次按关键程度、该部件在标准物料清单中的占比、有供应关系的依赖整机企业数、有无创新载体覆盖排序。此处列出前 {shown} 项（共 {total} 项），其余见第四部分。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="28" />
            <source>Ranked by criticality, then the share of the standard bill of materials the component stands for, then the integrators depending on it through supply links, then gaps no centre works on.</source>
            <translation>依次按关键程度、该部件在标准物料清单中的占比、有供应关系的依赖整机企业数、有无创新载体覆盖排序。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="32" />
            <source>Kind of gap</source>
            <translation>缺口类型</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="33" />
            <source>Standard-BOM share</source>
            <translation>标准物料清单占比</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="34" />
            <source>Not yet surveyed (no supplier recorded and nobody has looked: unknown, not absent)</source>
            <translation>尚未摸排（无供应商记录、尚无人摸排：情况未知，不等于没有）</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="36" />
            <source>{components}: {covered}, {not_surveyed}, {no_local} and {single}; {to_check}.</source>
            <translation>共{components}：{covered}，{not_surveyed}，{no_local}，{single}；{to_check}。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="38" />
            <source>Notes on the figures</source>
            <translation>数据说明</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="39" />
            <source>{values}; headline: {rule}</source>
            <translation>{values}；取值规则：{rule}</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="40" />
            <source>to check</source>
            <translation>待核实</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="45" />
            <source>Numbers of local suppliers, of those in mass production, of centres serving the component, of integrators depending on it through supply links and of supplier facts still to be checked; “—”: suppliers not yet surveyed.</source>
            <translation>各部件的本地供应商数、其中已量产的供应商数、服务该部件的创新载体数、有供应关系的依赖整机企业数和待核实的供应记录数；“—”表示供应商尚未摸排。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="59" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="60" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="61" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="62" />
            <source>Component</source>
            <translation>部件</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="63" />
            <source>Local suppliers (maturity)</source>
            <translation>本地供应商（成熟度）</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="64" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="65" />
            <source>Role</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="66" />
            <source>District</source>
            <translation>所在区</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="67" />
            <source>Components</source>
            <translation>部件</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="68" />
            <source>Best stage</source>
            <translation>最高成熟度</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="69" />
            <source>stage not recorded</source>
            <translation>阶段未记录</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="70" />
            <source>elsewhere: {names}</source>
            <translation>外地：{names}</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="71" />
            <source>Centre</source>
            <translation>创新载体</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="72" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="73" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="74" />
            <source>none recorded</source>
            <translation>暂无记录</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="75" />
            <source>qualitative</source>
            <translation>定性</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="76" />
            <source>No firms recorded for this layer.</source>
            <translation>本层暂无企业记录。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="77" />
            <source>No centres recorded for this layer.</source>
            <translation>本层暂无创新载体记录。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="80" />
            <source>No target in the plans chosen.</source>
            <translation>所选规划中没有目标。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="81" />
            <source>Page {n} of {m}</source>
            <translation>第 {n} 页 / 共 {m} 页</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="82" />
            <source>{n}/yr</source>
            <translation>每年 {n}</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="87" />
            <source>latest figure older than {n} months</source>
            <translation>最新数据早于{n}个月前</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="90" />
            <source>Counting components with no or a single local supplier, the {layer} layer has the most gaps.</source>
            <translation>按无本地供应商和仅有单一本地供应商的部件计，短板最集中的是{layer}。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="103" />
            <source>{n} was surveyed and has no local supplier</source>
            <translation>已摸排但无本地供应商{n}个</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="104" />
            <source>{n} were surveyed and have no local supplier</source>
            <translation>已摸排但无本地供应商{n}个</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="105" />
            <source>{n} has a local supplier</source>
            <translation>有本地供应商的{n}个</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="106" />
            <source>{n} have a local supplier</source>
            <translation>有本地供应商的{n}个</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="107" />
            <source>{n} is not yet surveyed</source>
            <translation>尚未摸排{n}个</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="108" />
            <source>{n} are not yet surveyed</source>
            <translation>尚未摸排{n}个</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="109" />
            <source>{n} supplier fact is still to be checked</source>
            <translation>待核实的供应记录{n}条</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="110" />
            <source>{n} supplier facts are still to be checked</source>
            <translation>待核实的供应记录{n}条</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="100" />
            <source>{n} plan</source>
            <translation>{n}项规划</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="78" />
            <source>No component of this layer is known to lack a local supplier or to have a single one.</source>
            <translation>本层尚无已查明无本地供应商或仅有单一本地供应商的部件。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="100" />
            <source>{n} plans</source>
            <translation>{n}项规划</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="101" />
            <source>{n} target</source>
            <translation>{n}项目标</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="101" />
            <source>{n} targets</source>
            <translation>{n}项目标</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="102" />
            <source>{n} component</source>
            <translation>{n}个部件</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="102" />
            <source>{n} components</source>
            <translation>{n}个部件</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="111" />
            <source>{n} relies on a single local supplier</source>
            <translation>{n}个仅依赖单一本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="112" />
            <source>{n} rely on a single local supplier</source>
            <translation>{n}个仅依赖单一本地供应商</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="93" />
            <source>The largest measured gap is {code} {name}: {actual} against a target of {goal}, which needs {pace} a year until {year}.</source>
            <translation>已有实测数据的目标中差距最大的是 {code} {name}：现为 {actual}，目标为 {goal}，{year} 年前每年需完成 {pace}。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="83" />
            <source>As of {date}, the {total} in this report by status: {counts}.</source>
            <translation>截至{date}，本报告所列{total}按状态统计：{counts}。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="84" />
            <source>{status} {n}</source>
            <translation>{status}{n}项</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="85" />
            <source>Marked: {marks}.</source>
            <translation>其中{marks}。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="86" />
            <source>{mark} {n}</source>
            <translation>{mark}{n}项</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="88" />
            <source>Of the {components} of the chain, {covered}; {not_surveyed}, {no_local} and {single}; {to_check}.</source>
            <translation>产业链{components}中，{covered}；{not_surveyed}，{no_local}，{single}；{to_check}。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="92" />
            <source>First among the chain's gaps: {name} ({gap}, {layer}).</source>
            <translation>缺口排序第一位：{name}（{gap}，{layer}）。</translation>
        </message>
        <message>
            <location filename="../../gui/report/texts.py" line="95" />
            <source>Numbers in brackets refer to the sources in section 6.</source>
            <translation>方括号内数字为第六部分所列资料来源的编号。</translation>
        </message>
    </context>
    <context>
        <name>ReportJob</name>
        <message>
            <location filename="../../gui/report/dialog.py" line="84" />
            <source>Preparing the report…</source>
            <translation>正在生成报告…</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="102" />
            <source>Cannot make the report</source>
            <translation>无法生成报告</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="117" />
            <source>gap-report-{date}.pdf</source>
            <translation>产业链缺口报告-{date}.pdf</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="125" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="125" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="141" />
            <source>Report saved: {path} ({n} pages)</source>
            <translation>报告已保存：{path}（共 {n} 页）</translation>
        </message>
    </context>
    <context>
        <name>ReportOptions</name>
        <message>
            <location filename="../../gui/report/dialog.py" line="36" />
            <source>Gap report</source>
            <translation>缺口报告</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="42" />
            <source>Plans</source>
            <translation>规划</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="50" />
            <source>Layers</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../gui/report/dialog.py" line="61" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
    </context>
    <context>
        <name>SqlTableModel</name>
        <message>
            <location filename="../../gui/tables/model.py" line="281" />
            <source>New entry: saved once its required values are filled in</source>
            <translation>新条目：填好必填项后即保存</translation>
        </message>
        <message>
            <location filename="../../gui/tables/model.py" line="310" />
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <location filename="../../gui/tables/model.py" line="317" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../gui/tables/model.py" line="328" />
            <source>Not saved: {why}</source>
            <translation>未保存：{why}</translation>
        </message>
        <message>
            <location filename="../../gui/tables/model.py" line="330" />
            <source>Required: the new entry is saved once this is filled in</source>
            <translation>必填：填写后即保存该新条目</translation>
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <location filename="../../gui/tables/page.py" line="47" />
            <source>Search names, aliases and notes (Chinese or English)…</source>
            <translation>搜索名称、别名和备注（中文或英文）…</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="54" />
            <source>Show all</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="151" />
            <source>{n} rows</source>
            <translation>共 {n} 行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="151" />
            <source>1 row</source>
            <translation>共 1 行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="153" />
            <source>search: {text}</source>
            <translation>搜索：{text}</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="155" />
            <source>filtered</source>
            <translation>已筛选</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="157" />
            <source>1 new entry not saved yet</source>
            <translation>1 个新条目尚未保存</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="178" />
            <source>Selected entry</source>
            <translation>所选条目</translation>
        </message>
        <message>
            <location filename="../../gui/tables/page.py" line="201" />
            <source>New entry: fill in the required columns to save it</source>
            <translation>新条目：填写必填列后即保存</translation>
        </message>
    </context>
    <context>
        <name>TargetWords</name>
        <message>
            <location filename="../../gui/overview/target_words.py" line="27" />
            <source>baseline {value}</source>
            <translation>基期 {value}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="28" />
            <source>needs {n}/yr</source>
            <translation>每年需增 {n}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="29" />
            <source>needs {n}/yr ({m} from the latest figure)</source>
            <translation>每年需增 {n}（按最新数据 {m}）</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="30" />
            <source>{n} month</source>
            <translation>{n}个月</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="31" />
            <source>{n} months</source>
            <translation>{n}个月</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="32" />
            <source>Values of {date} by source:</source>
            <translation>{date} 各来源数值：</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="33" />
            <source>headline: {rule}</source>
            <translation>取值规则：{rule}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="34" />
            <source>{year}: {value}</source>
            <translation>{year}年：{value}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="35" />
            <source>{year}: {value} to {date}, {pace} a year at this pace</source>
            <translation>{year}年：截至{date} {value}，按此进度全年 {pace}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="36" />
            <source>{n} still needed this year</source>
            <translation>本年尚需 {n}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="37" />
            <source>{year}: no figure</source>
            <translation>{year}年：无数据</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="38" />
            <source>{n}/yr</source>
            <translation>每年 {n}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="39" />
            <source>{goal} a year</source>
            <translation>每年 {goal}</translation>
        </message>
        <message>
            <location filename="../../gui/overview/target_words.py" line="40" />
            <source>qualitative: {status}</source>
            <translation>定性：{status}</translation>
        </message>
    </context>
    <context>
        <name>Tiles</name>
        <message>
            <location filename="../../gui/overview/tiles.py" line="40" />
            <source>Targets with the status “{status}”. Click to show them in the chart.</source>
            <translation>状态为“{status}”的目标。单击在图表中只显示这些目标。</translation>
        </message>
        <message>
            <location filename="../../gui/overview/tiles.py" line="42" />
            <source>Targets marked “{status}”. Click to show them in the chart.</source>
            <translation>标记为“{status}”的目标。单击在图表中只显示这些目标。</translation>
        </message>
        <message>
            <location filename="../../gui/overview/tiles.py" line="44" />
            <source>Components whose suppliers were surveyed and no local supplier was found. Click to open them.</source>
            <translation>已摸排供应商、但未发现本地供应商的部件。单击打开这些部件。</translation>
        </message>
        <message>
            <location filename="../../gui/overview/tiles.py" line="47" />
            <source>Components with no supplier recorded that nobody has surveyed yet: unknown, not absent. Click to open them.</source>
            <translation>尚无供应商记录、也尚未摸排的部件：情况未知，不等于没有。单击打开这些部件。</translation>
        </message>
        <message>
            <location filename="../../gui/overview/tiles.py" line="50" />
            <source>Components with a single local supplier. Click to open them.</source>
            <translation>只有一家本地供应商的部件。单击打开这些部件。</translation>
        </message>
        <message>
            <location filename="../../gui/overview/tiles.py" line="52" />
            <source>Supplier facts (capability rows) still to be checked. Click to open them.</source>
            <translation>有待核实的供应记录（供应能力记录）。单击打开这些记录。</translation>
        </message>
    </context>
    <context>
        <name>TrajectoryChart</name>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="62" />
            <source>Select a target to see its trajectory</source>
            <translation>选择一个目标以查看其变化轨迹</translation>
        </message>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="81" />
            <source>(other definition)</source>
            <translation>（口径不同）</translation>
        </message>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="87" />
            <source>projection at observed growth</source>
            <translation>按实际增速预测</translation>
        </message>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="92" />
            <source>required path</source>
            <translation>所需路径</translation>
        </message>
        <message>
            <location filename="../../gui/overview/trajectory_chart.py" line="98" />
            <source>target {op} {value}</source>
            <translation>目标 {op} {value}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../gui/tables/actions.py" line="36" />
            <source>Edit {column} of {row}</source>
            <translation>修改 {row} 的{column}</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="39" />
            <source>Edit 1 cell in {table}</source>
            <translation>修改{table}表中的 1 个单元格</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="41" />
            <source>Edit {n} cells in {table}</source>
            <translation>修改{table}表中的 {n} 个单元格</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="69" />
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="106" />
            <source>Edit conflict</source>
            <translation>编辑冲突</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="107" />
            <source>Use mine</source>
            <translation>使用我的值</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="108" />
            <source>Keep theirs</source>
            <translation>保留对方的值</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="116" />
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
            <location filename="../../gui/tables/actions.py" line="120" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="135" />
            <source>Add {row} to {table}</source>
            <translation>在{table}表中新增 {row}</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="137" />
            <source>Add a row to {table}</source>
            <translation>在{table}表中新增一行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="145" />
            <source>Cannot add a row</source>
            <translation>无法添加行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="158" />
            <source>Duplicate {row}</source>
            <translation>将 {row} 复制为新行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="159" />
            <source>Duplicate {n} rows</source>
            <translation>将 {n} 行复制为新行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="164" />
            <source>Cannot duplicate</source>
            <translation>无法复制为新行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="179" />
            <source> and {n} more</source>
            <translation>及其他 {n} 项</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="182" />
            <source>Other entries refer to {names}:
{what}

Delete anyway? Links to it are cleared and dependent rows (capabilities, supply links) are deleted too. You can undo this.</source>
            <translation>其他条目引用了 {names}：
{what}

仍要删除吗？指向它的引用将被清空，依赖它的行（供应能力、供应关系）也会一并删除。此操作可以撤销。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="186" />
            <source>Delete {names}? You can undo this.</source>
            <translation>删除 {names}？此操作可以撤销。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="187" />
            <source>Delete rows</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="193" />
            <source>Delete {row} from {table}</source>
            <translation>从{table}表中删除 {row}</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="195" />
            <source>Delete {n} rows from {table}</source>
            <translation>从{table}表中删除 {n} 行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="201" />
            <source>Cannot delete</source>
            <translation>无法删除</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="219" />
            <source>row {row}: beyond the last row</source>
            <translation>第 {row} 行：超出最后一行</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="225" />
            <source>column {col}: beyond the last column</source>
            <translation>第 {col} 列：超出最后一列</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="234" />
            <source>row {row}: {problem}</source>
            <translation>第 {row} 行：{problem}</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="238" />
            <source>1 of {all} pasted cells is not valid:</source>
            <translation>粘贴的 {all} 个单元格中有 1 个无效：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="239" />
            <source>{bad} of {all} pasted cells are not valid:</source>
            <translation>粘贴的 {all} 个单元格中有 {bad} 个无效：</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="243" />
            <source>Nothing was pasted.</source>
            <translation>未粘贴任何内容。</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="247" />
            <location filename="../../gui/tables/actions.py" line="252" />
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="249" />
            <source>Paste the 1 valid cell?</source>
            <translation>是否粘贴其余 1 个有效单元格？</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="250" />
            <source>Paste the {good} valid cells?</source>
            <translation>是否粘贴其余 {good} 个有效单元格？</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="260" />
            <source>Paste 1 cell into {table}</source>
            <translation>向{table}表粘贴 1 个单元格</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="262" />
            <source>Paste {n} cells into {table}</source>
            <translation>向{table}表粘贴 {n} 个单元格</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="289" />
            <source>Fill down 1 cell</source>
            <translation>向下填充 1 个单元格</translation>
        </message>
        <message>
            <location filename="../../gui/tables/actions.py" line="290" />
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
            <location filename="../../gui/app.py" line="62" />
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="89" />
            <source>Cannot create database</source>
            <translation>无法创建数据库</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="126" />
            <source>Something went wrong</source>
            <translation>程序出错</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="127" />
            <source>Chain Mapper hit an internal error. Nothing you saved is lost; the last action may not have finished.</source>
            <translation>Chain Mapper 遇到内部错误。已保存的数据不会丢失，但刚才的操作可能没有完成。</translation>
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
            <source>the target has no value to measure against</source>
            <translation>目标没有可对照的数值</translation>
        </message>
        <message>
            <source>no observation yet</source>
            <translation>尚无观测值</translation>
        </message>
        <message>
            <source>every observation measures another definition than the target</source>
            <translation>所有观测值的统计口径都与目标不同</translation>
        </message>
        <message>
            <source>only a baseline from before the plan period ({baseline} on {date}); nothing measured since {start}</source>
            <translation>只有计划期之前的基期数据（{date}：{baseline}），自{start}起尚无观测值</translation>
        </message>
        <message>
            <source>only figures from before the plan period, which a target counting what is added since {start} does not use</source>
            <translation>只有计划期之前的数据；本目标只计{start}以来的新增，不采用这些数据</translation>
        </message>
        <message>
            <source>target met ({actual} on {date})</source>
            <translation>已达成目标（{date}：{actual}）</translation>
        </message>
        <message>
            <source>{actual} on {date}, and no earlier figure from the same source: no trend to judge yet</source>
            <translation>{date}：{actual}；同一来源没有更早的数据，尚无法判断趋势</translation>
        </message>
        <message>
            <source>the earlier figure is not older than the latest: no trend to judge yet</source>
            <translation>较早的数据并不早于最新数据，尚无法判断趋势</translation>
        </message>
        <message>
            <source>the deadline ({year}) passed without the target being met</source>
            <translation>已过期限（{year}年）而未达成目标</translation>
        </message>
        <message>
            <source>growth so far is {ratio} of the growth needed from {date} to the deadline</source>
            <translation>迄今增速为自{date}至期限所需增速的{ratio}</translation>
        </message>
        <message>
            <source>growth so far cannot be compared with the growth needed</source>
            <translation>迄今增速无法与所需增速比较</translation>
        </message>
        <message>
            <source>average growth in the plan period so far {average} ({years}); the target asks {op} {target}</source>
            <translation>计划期内迄今年均增长{average}（{years}）；目标要求{op} {target}</translation>
        </message>
        <message>
            <source>average growth over the plan period {average} ({years}); the target asks {op} {target}</source>
            <translation>计划期年均增长{average}（{years}）；目标要求{op} {target}</translation>
        </message>
        <message>
            <source>{year}: {value} by {date}, {pace} a year at this pace; the target asks {target} each year</source>
            <translation>{year}年：截至{date}为{value}，按此进度全年约{pace}；目标要求每年{target}</translation>
        </message>
        <message>
            <source>every year of the plan period judged: {years}</source>
            <translation>计划期各年均已评估：{years}</translation>
        </message>
        <message>
            <source>no figure for any year of the plan period yet</source>
            <translation>计划期内各年尚无数据</translation>
        </message>
        <message>
            <source>assessed as {choices} on {date}</source>
            <translation>{date}评估为{choices}</translation>
        </message>
        <message>
            <source>not assessed yet</source>
            <translation>尚未评估</translation>
        </message>
        <message>
            <source>sources disagree for {date} ({low} to {high}); the most conservative value, {value}, is used</source>
            <translation>{date}的数据来源不一致（{low}至{high}），取最保守值{value}</translation>
        </message>
        <message>
            <source>sources disagree for {date} ({low} to {high}); {value} from the preferred source {source} is used</source>
            <translation>{date}的数据来源不一致（{low}至{high}），采用采信来源{source}的{value}</translation>
        </message>
        <message>
            <source>the latest figure is {months} months old ({date})</source>
            <translation>最新数据已有{months}个月（{date}）</translation>
        </message>
        <message>
            <source>{year}: {value}, fewer than the {target} asked for that year</source>
            <translation>{year}年：{value}，低于当年要求的{target}</translation>
        </message>
        <message>
            <source>{year}: only a figure to {date} ({value}); judged on its pace</source>
            <translation>{year}年：只有截至{date}的数据（{value}），按其进度评估</translation>
        </message>
        <message>
            <source>{count} observation(s) published after {date} are not counted</source>
            <translation>{count}条观测值在{date}之后才发布，未计入</translation>
        </message>
        <message>
            <source>the rule counts today's firm list, so it is not used for an earlier date</source>
            <translation>计算规则按当前的企业名单计数，不用于以往日期</translation>
        </message>
        <message>
            <source>counted from the firm list by the rule {rule}</source>
            <translation>按计算规则{rule}由企业名单计数</translation>
        </message>
        <message>
            <source>unknown plan code {codes}; known: {known}</source>
            <translation>未知的规划编号 {codes}；现有：{known}</translation>
        </message>
        <message>
            <source>unknown layer {keys}; known: {known}</source>
            <translation>未知的层级 {keys}；现有：{known}</translation>
        </message>
        <message>
            <source>--stale-months must be a whole number of months from 1 to 120</source>
            <translation>--stale-months 须为 1 至 120 之间的整数（月）</translation>
        </message>
        <message>
            <source>name at least one component or layer to mark as surveyed</source>
            <translation>请至少指定一个要标为已摸排的部件或层级</translation>
        </message>
        <message>
            <source>rule parameters are not valid JSON ({reason})</source>
            <translation>规则参数不是有效的 JSON（{reason}）</translation>
        </message>
        <message>
            <source>rule parameters must be a JSON object</source>
            <translation>规则参数须为 JSON 对象</translation>
        </message>
        <message>
            <source>rule {rule} has no parameter {param}</source>
            <translation>规则 {rule} 没有参数 {param}</translation>
        </message>
        <message>
            <source>rule {rule} needs the parameter {param}</source>
            <translation>规则 {rule} 需要参数 {param}</translation>
        </message>
        <message>
            <source>rule {rule}: {param} must be text</source>
            <translation>规则 {rule}：{param} 须为文本</translation>
        </message>
        <message>
            <source>rule {rule}: {param} must be a number</source>
            <translation>规则 {rule}：{param} 须为数字</translation>
        </message>
        <message>
            <source>rule {rule}: {param} must be a whole number</source>
            <translation>规则 {rule}：{param} 须为整数</translation>
        </message>
        <message>
            <source>rule {rule}: {param} must be positive</source>
            <translation>规则 {rule}：{param} 须为正数</translation>
        </message>
        <message>
            <source>unknown {kind} reference '{ref}'</source>
            <translation>未知的{kind}引用“{ref}”</translation>
        </message>
        <message>
            <source>{kind}: the ref '{ref}' is used twice</source>
            <translation>{kind}：引用“{ref}”重复使用</translation>
        </message>
        <message>
            <source>{kind}: a required reference is missing</source>
            <translation>{kind}：缺少必填的引用</translation>
        </message>
        <message>
            <source>parent references that never resolve: {refs}</source>
            <translation>无法解析的上级引用：{refs}</translation>
        </message>
        <message>
            <source>no header row found in {where}: give the columns names (e.g. 企业名称) or choose the columns</source>
            <translation>在{where}中找不到表头行：请给各列加上列名（如“企业名称”），或手动指定各列</translation>
        </message>
        <message>
            <source>no header row found; the sheet is not imported</source>
            <translation>找不到表头行；此工作表不导入</translation>
        </message>
        <message>
            <source>not imported (choose it with --sheet)</source>
            <translation>未导入（可用 --sheet 指定）</translation>
        </message>
        <message>
            <source>sheet '{other}' already holds {table}; this one is not imported</source>
            <translation>工作表“{other}”已包含{table}；此工作表不导入</translation>
        </message>
        <message>
            <source>no column for {column} found in header row {row}; choose the column that holds the names</source>
            <translation>第 {row} 行表头中没有“{column}”列；请选择包含名称的列</translation>
        </message>
        <message>
            <source>not a column of {table}; ignored</source>
            <translation>不是{table}的列；已忽略</translation>
        </message>
        <message>
            <source>--map entry '{text}' is not 源列=field</source>
            <translation>--map 项“{text}”不是“源列=字段”的形式</translation>
        </message>
        <message>
            <source>--map: no column '{text}' in the header ({known})</source>
            <translation>--map：表头中没有“{text}”列（现有：{known}）</translation>
        </message>
        <message>
            <source>'{text}' is not a column of {table} (one of: {known})</source>
            <translation>“{text}”不是{table}的列（可选：{known}）</translation>
        </message>
        <message>
            <source>cannot read the value mapping {file} ({reason})</source>
            <translation>无法读取取值对应文件 {file}（{reason}）</translation>
        </message>
        <message>
            <source>line {line} of the value mapping is not 值=部件: '{text}'</source>
            <translation>取值对应文件第 {line} 行不是“值=部件”的形式：“{text}”</translation>
        </message>
        <message>
            <source>a formula without a saved value (formulas are never calculated on import: open and save the file in Excel or LibreOffice first, or type the value)</source>
            <translation>公式没有保存的计算结果（导入时不计算公式：请先用 Excel 或 LibreOffice 打开并保存文件，或直接填写数值）</translation>
        </message>
        <message>
            <source>the same key as row {other}: each database row may appear once</source>
            <translation>与第 {other} 行的系统编号相同：每条记录只能出现一次</translation>
        </message>
        <message>
            <source>{n} row(s) have a key this database does not know (rows {rows}): they are added as new rows — was the workbook exported from another database?</source>
            <translation>有 {n} 行的系统编号在本数据库中不存在（第 {rows} 行）：将作为新行添加——这个工作簿是否从其他数据库导出？</translation>
        </message>
        <message>
            <source>no {column} column: rows are matched by name or code</source>
            <translation>没有“{column}”列：按名称或编号匹配各行</translation>
        </message>
        <message>
            <source>no key: matched the existing row #{id} by its name or code</source>
            <translation>没有系统编号：已按名称或编号匹配到现有记录 #{id}</translation>
        </message>
        <message>
            <source>the same as row {other} of this list; merged into it</source>
            <translation>与本名单第 {other} 行是同一条；已合并</translation>
        </message>
        <message>
            <source>{n} row(s) of {table} are not in the sheet: kept</source>
            <translation>{table}中有 {n} 行不在此工作表中：保留</translation>
        </message>
        <message>
            <source>{n} row(s) of {table} are not in the sheet: deleted</source>
            <translation>{table}中有 {n} 行不在此工作表中：将删除</translation>
        </message>
        <message>
            <source>'{text}' is a region, not a district; left out</source>
            <translation>“{text}”是大区，不是行政区；未导入</translation>
        </message>
        <message>
            <source>'{text}' is neither a city nor a district; left out</source>
            <translation>“{text}”既不是城市也不是行政区；未导入</translation>
        </message>
        <message>
            <source>where {name} is located is not known: its chain links are not counted as local</source>
            <translation>{name}的所在地未知：其产业链关联不计为本地</translation>
        </message>
        <message>
            <source>'{text}' may be {candidates}; choose it in the value mapping (nothing is linked meanwhile)</source>
            <translation>“{text}”可能是：{candidates}；请在取值对应中选择（选择前不建立关联）</translation>
        </message>
        <message>
            <source>no full name column: the short name is used as the name</source>
            <translation>没有全称列：以简称作为企业名称</translation>
        </message>
        <message>
            <source>a similar name at row {other} of this list</source>
            <translation>与本名单第 {other} 行名称相近</translation>
        </message>
        <message>
            <source>a similar name</source>
            <translation>名称相近</translation>
        </message>
        <message>
            <source>several firms have this name</source>
            <translation>有多家企业使用此名称</translation>
        </message>
        <message>
            <source>same name, different credit code</source>
            <translation>名称相同但统一社会信用代码不同</translation>
        </message>
        <message>
            <source>the full name {name} replaces the short name {old}</source>
            <translation>以全称“{name}”替换简称“{old}”</translation>
        </message>
        <message>
            <source>{n} row(s) this import changes were changed in another window since the preview (first: {first}); preview the import again</source>
            <translation>本次导入要修改的 {n} 行在预览后已被其他窗口修改（首个：{first}）；请重新预览</translation>
        </message>
        <message>
            <source>{table} entries with the same names were added in another window since the preview (first: {first}); preview the import again</source>
            <translation>预览后其他窗口新增了同名的{table}记录（首个：{first}）；请重新预览</translation>
        </message>
        <message>
            <source>the database or the file changed since the preview; preview the import again</source>
            <translation>预览后数据库或文件已发生变化；请重新预览</translation>
        </message>
        <message>
            <source>another window or program is writing to the database; try again when it has finished</source>
            <translation>另一个窗口或程序正在写入数据库；请待其完成后再试</translation>
        </message>
        <message>
            <source>the database refused the import (a constraint failed)</source>
            <translation>数据库拒绝了这次导入（违反约束）</translation>
        </message>
        <message>
            <source>{where}: refers to a {ref_table} entry that does not exist</source>
            <translation>{where}：引用了不存在的{ref_table}记录</translation>
        </message>
        <message>
            <source>cannot save a backup copy of the database ({reason}); nothing was imported</source>
            <translation>无法保存数据库备份（{reason}）；未导入任何内容</translation>
        </message>
        <message>
            <source>the database file is damaged ({reason}); nothing was imported and no backup was made</source>
            <translation>数据库文件已损坏（{reason}）；未导入任何内容，也未备份</translation>
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
        <name>help</name>
        <message>
            <location filename="../../gui/help.py" line="47" />
            <source>Cannot open the user guide</source>
            <translation>无法打开使用指南</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="50" />
            <location filename="../../gui/help.py" line="70" />
            <source>User guide</source>
            <translation>使用指南</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="57" />
            <source>Edit the cell (typing starts editing too)</source>
            <translation>编辑单元格（直接输入也会开始编辑）</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="58" />
            <source>Save and move down / up</source>
            <translation>保存并下移 / 上移</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="59" />
            <source>Save and move right / left</source>
            <translation>保存并右移 / 左移</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="60" />
            <source>A line break inside a notes cell</source>
            <translation>在备注单元格内换行</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="61" />
            <source>Cancel the edit</source>
            <translation>取消编辑</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="62" />
            <source>Copy, paste, cut ranges (to and from Excel or WPS)</source>
            <translation>复制、粘贴、剪切区域（可与 Excel 或 WPS 互通）</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="63" />
            <source>Fill down</source>
            <translation>向下填充</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="64" />
            <source>Clear the selected cells</source>
            <translation>清空所选单元格</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="65" />
            <source>Undo / redo</source>
            <translation>撤销 / 重做</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="66" />
            <source>New entry (saved once its required values are filled in)</source>
            <translation>新建条目（填好必填项后即保存）</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="67" />
            <source>Search the table</source>
            <translation>在表中搜索</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="68" />
            <source>Import a workbook or list / export to Excel</source>
            <translation>导入工作簿或名单 / 导出为 Excel</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="69" />
            <source>Print the gap report</source>
            <translation>打印差距报告</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="78" />
            <source>Keyboard shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="87" />
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="95" />
            <source>&lt;p&gt;&lt;b&gt;Chain Mapper&lt;/b&gt; keeps a living map of Shenzhen's embodied-robot industry chain and its gaps against the 2026/2027 targets.&lt;/p&gt;&lt;p&gt;Data sources:&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Chain Mapper（产业链图谱）&lt;/b&gt;持续维护深圳具身智能机器人产业链图谱，并对照 2026/2027 年目标分析差距。&lt;/p&gt;&lt;p&gt;数据来源：&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/help.py" line="98" />
            <source>About Chain Mapper</source>
            <translation>关于 Chain Mapper</translation>
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