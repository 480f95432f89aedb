<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Browser</name>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="79"/>
        <source>Draft</source>
        <extracomment>Side of the thumbnails in the tree, in device-independent pixels. Typing pauses this long (ms) before the index is searched, so each key does not query. Produces the PNG thumbnail of a series id (runs on a worker thread; may raise).</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="80"/>
        <source>In preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="81"/>
        <source>Ready for MDT</source>
        <translation>待MDT讨论</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="82"/>
        <source>Discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="83"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="136"/>
        <source>Patient / study / series</source>
        <translation>患者 / 检查 / 序列</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="137"/>
        <source>ID / modality</source>
        <translation>编号 / 模态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="138"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="139"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="144"/>
        <source>Patient {n}</source>
        <translation>患者 {n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="147"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="164"/>
        <source>(study without description)</source>
        <translation>（检查无描述）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="183"/>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="208"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="209"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="210"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="211"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="212"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="213"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="356"/>
        <source>Search name, patient ID or accession number</source>
        <extracomment>Emitted with the series id when its thumbnail is shown (or failed).</extracomment>
        <translation>搜索姓名、患者 ID 或检查号</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="367"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="371"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="386"/>
        <source>Only studies on or after this date</source>
        <translation>仅显示此日期及之后的检查</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="389"/>
        <source>Only studies on or before this date</source>
        <translation>仅显示此日期及之前的检查</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="394"/>
        <source>All modalities</source>
        <translation>所有模态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="399"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="521"/>
        <source>No preview: the images of this series cannot be shown.</source>
        <translation>无预览：此序列的图像无法显示。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="598"/>
        <source>Imaging — patients: {patients}, studies: {studies}</source>
        <translation>影像 — 患者：{patients}，检查：{studies}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="604"/>
        <source>No imaging matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的影像。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="608"/>
        <source>No imaging yet. Import a folder, files, a zip archive or a DICOMDIR (File menu), or drop them on this window.</source>
        <translation>尚无影像。请导入文件夹、文件、zip 压缩包或 DICOMDIR（“文件”菜单），或将其拖放到此窗口。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="625"/>
        <source>Cases — {n}</source>
        <translation>病例 — {n}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="45"/>
        <source>Surgeon</source>
        <translation>外科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="46"/>
        <source>Radiologist</source>
        <translation>放射科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="47"/>
        <source>Medical oncologist</source>
        <translation>肿瘤内科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="48"/>
        <source>Radiation oncologist</source>
        <translation>放疗科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="49"/>
        <source>Pathologist</source>
        <translation>病理科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="50"/>
        <source>Gastroenterologist</source>
        <translation>消化内科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="51"/>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="52"/>
        <source>MDT coordinator</source>
        <translation>MDT协调员</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="53"/>
        <source>Trainee</source>
        <translation>进修/规培医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="54"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="64"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="83"/>
        <source>Hide patient identity when casereview starts</source>
        <translation>启动时隐藏患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="95"/>
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="97"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="98"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="100"/>
        <source>Name shown on reports</source>
        <translation>报告中显示的姓名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="102"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="103"/>
        <source>Memory for open images</source>
        <translation>打开图像可用内存</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="150"/>
        <source>About casereview</source>
        <translation>关于 casereview</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="155"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="156"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="157"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="158"/>
        <source>Schema revision</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="159"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="170"/>
        <source>Surgical case review and MDT meetings for hepatopancreatobiliary teams.</source>
        <translation>面向肝胆胰外科团队的病例讨论与多学科会诊（MDT）工作站。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="174"/>
        <source>Not a medical device for primary diagnosis; decisions rest with the clinical team.</source>
        <translation>本软件不用于初级诊断；临床决策由诊疗团队负责。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="199"/>
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="205"/>
        <source>e.g. Pancreatic head mass, SMV contact</source>
        <translation>例如：胰头占位，肠系膜上静脉受累</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="209"/>
        <source>Question for the review or the MDT</source>
        <translation>提交讨论或MDT的问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="213"/>
        <source>Comma-separated, e.g. pancreas, borderline</source>
        <translation>用逗号分隔，例如：胰腺, 交界可切除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="219"/>
        <source>Selected — studies: {studies}, series: {series}</source>
        <translation>已选择 — 检查：{studies}，序列：{series}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="225"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="226"/>
        <source>Clinical question</source>
        <translation>临床问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="227"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="25"/>
        <source>casereview could not finish this</source>
        <translation>casereview 无法完成此操作</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="26"/>
        <source>Settings problem</source>
        <translation>设置问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="27"/>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="28"/>
        <source>Database from a newer version</source>
        <translation>数据库来自更新的版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="29"/>
        <source>Database busy</source>
        <translation>数据库繁忙</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="30"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="31"/>
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="32"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="33"/>
        <source>DICOM file could not be read</source>
        <translation>无法读取DICOM文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="83"/>
        <source>Unexpected problem</source>
        <extracomment>Emitted with (title, text) each time a message is shown (tests and the status bar use it).</extracomment>
        <translation>意外问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="84"/>
        <source>casereview ran into an unexpected problem and stopped this action. Your saved work is safe.

Reference: {reference}</source>
        <translation>casereview 遇到意外问题，已停止此操作。已保存的工作不受影响。

参考编号：{reference}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="90"/>
        <source>Details are in the log file: {path}</source>
        <translation>详细信息见日志文件：{path}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="27"/>
        <source>not a DICOM file</source>
        <translation>不是 DICOM 文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="28"/>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="39"/>
        <source>Import finished: {new} new images in {series} series</source>
        <translation>导入完成：{series} 个序列中新增 {new} 幅图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="43"/>
        <source>; {n} files not imported (see the report)</source>
        <translation>；{n} 个文件未导入（见报告）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="63"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="66"/>
        <source>Conflict, quarantined</source>
        <translation>冲突，已隔离</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="70"/>
        <location filename="../../src/casereview/ui/import_report.py" line="118"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="78"/>
        <source>{n} new images were added to the index.</source>
        <translation>已向索引新增 {n} 幅图像。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="84"/>
        <source>No new images were added to the index.</source>
        <translation>索引中没有新增图像。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="99"/>
        <source>Files found</source>
        <translation>找到的文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="100"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="103"/>
        <source>Already indexed, unchanged</source>
        <translation>已索引且未更改</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="108"/>
        <source>Identical copies skipped</source>
        <translation>已跳过的相同副本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="113"/>
        <source>Conflicts, quarantined</source>
        <translation>冲突（已隔离）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="138"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="139"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="140"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="156"/>
        <source>Files not imported</source>
        <translation>未导入的文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="169"/>
        <source>Copy list</source>
        <translation>复制列表</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="173"/>
        <source>Copy the files not imported and the reasons, e.g. for the PACS team</source>
        <translation>复制未导入的文件及原因，例如发送给 PACS 团队</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="104"/>
        <source>Study browser</source>
        <extracomment>How often a viewer that is still loading redraws the slices that arrived.</extracomment>
        <translation>检查浏览器</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="120"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="330"/>
        <source>Patients: {p} · Studies: {s} · Cases: {c}</source>
        <translation>患者：{p} · 检查：{s} · 病例：{c}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="335"/>
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="340"/>
        <source>Database: {kind}, schema {rev}</source>
        <translation>数据库：{kind}，结构版本 {rev}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="353"/>
        <source>Patient identity hidden</source>
        <translation>已隐藏患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="355"/>
        <source>Patient identity shown</source>
        <translation>已显示患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="381"/>
        <source>Case “{title}” created</source>
        <translation>已创建病例“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="503"/>
        <source>Viewer</source>
        <translation>阅片器</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="481"/>
        <location filename="../../src/casereview/ui/main_window.py" line="524"/>
        <source>Loading images</source>
        <translation>正在加载图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="542"/>
        <source>Import a folder of DICOM files</source>
        <translation>导入 DICOM 文件夹</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="551"/>
        <source>Import DICOM files, zip archives or a DICOMDIR</source>
        <translation>导入 DICOM 文件、zip 压缩包或 DICOMDIR</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="558"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="559"/>
        <source>DICOM, zip and DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)</source>
        <translation>DICOM、zip 和 DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="583"/>
        <source>An import is already running; wait for it to finish.</source>
        <translation>已有导入正在进行，请等待其完成。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="609"/>
        <source>Importing DICOM files</source>
        <translation>正在导入 DICOM 文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="612"/>
        <source>files</source>
        <translation>个文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="627"/>
        <source>Import cancelled; the files imported so far are kept.</source>
        <translation>导入已取消；已导入的文件会保留。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="686"/>
        <source>Demo case “{title}” is open</source>
        <translation>已打开演示病例“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="693"/>
        <source>Preparing the demo case</source>
        <translation>正在准备演示病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="711"/>
        <source>Export volume as NIfTI</source>
        <translation>将容积导出为 NIfTI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="713"/>
        <source>NIfTI images (*.nii.gz *.nii)</source>
        <translation>NIfTI 图像 (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="724"/>
        <source>Volume written to {path}</source>
        <translation>容积已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="731"/>
        <source>Writing the NIfTI file</source>
        <translation>正在写入 NIfTI 文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="744"/>
        <source>Checking database and files</source>
        <translation>正在检查数据库和文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="751"/>
        <source>The database is sound and all {n} indexed files are unchanged.</source>
        <translation>数据库完好，全部 {n} 个已索引文件均未改变。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="758"/>
        <source>Missing: {path}</source>
        <translation>缺失：{path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="762"/>
        <source>Changed: {path}</source>
        <translation>已改变：{path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="765"/>
        <source>Problems were found ({m} missing, {c} changed files, {d} database problems):</source>
        <translation>发现问题（缺失文件 {m} 个，改变文件 {c} 个，数据库问题 {d} 个）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="773"/>
        <source>Check database and files</source>
        <translation>检查数据库和文件</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="41"/>
        <source>Looking for files</source>
        <extracomment>A unit of long work: receives a progress reporter and a cancel token, returns a result.</extracomment>
        <translation>正在查找文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="42"/>
        <source>Reading DICOM headers</source>
        <translation>正在读取 DICOM 文件头</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="43"/>
        <source>Checking indexed files</source>
        <translation>正在检查已索引的文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="44"/>
        <source>Generating the synthetic CT</source>
        <translation>正在生成合成 CT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="55"/>
        <source>a few seconds left</source>
        <extracomment>Seconds between two updates of the progress text (values still move on every report).</extracomment>
        <translation>还剩几秒</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="57"/>
        <source>about {n} s left</source>
        <translation>大约还剩 {n} 秒</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="59"/>
        <source>about {n} min left</source>
        <translation>大约还剩 {n} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="60"/>
        <source>about {h} h {m} min left</source>
        <translation>大约还剩 {h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="181"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="68"/>
        <source>Loading images</source>
        <translation>正在加载图像</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="42"/>
        <source>1×1</source>
        <translation>1×1</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="43"/>
        <source>1×3</source>
        <translation>1×3</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="44"/>
        <source>2×2 with 3-D</source>
        <translation>2×2（含三维）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="45"/>
        <source>Side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="48"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="77"/>
        <source>Axial</source>
        <extracomment>Slices a second while cine plays.</extracomment>
        <translation>轴位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="49"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="78"/>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="50"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="79"/>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="53"/>
        <source>Abdomen</source>
        <translation>腹部</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="54"/>
        <source>Liver</source>
        <translation>肝脏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="55"/>
        <source>Pancreas</source>
        <translation>胰腺</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="56"/>
        <source>Angiography</source>
        <translation>血管成像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="57"/>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="58"/>
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="61"/>
        <source>Thin slice</source>
        <translation>薄层</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="62"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="85"/>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="63"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="86"/>
        <source>MinIP</source>
        <translation>MinIP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="64"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="87"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="80"/>
        <source>oblique</source>
        <translation>斜位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="81"/>
        <source>Im {index}/{count}</source>
        <translation>层 {index}/{count}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="82"/>
        <source>{axis} {mm:.1f} mm</source>
        <translation>{axis} {mm:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="83"/>
        <source>W {width:.0f} L {level:.0f}</source>
        <translation>窗宽 {width:.0f} 窗位 {level:.0f}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="84"/>
        <source>{mode} {thickness:.1f} mm</source>
        <translation>{mode} {thickness:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="88"/>
        <source>Identity hidden</source>
        <translation>身份已隐藏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="89"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="172"/>
        <source>Viewer</source>
        <extracomment>The user asked to show the series of this id beside the primary one.</extracomment>
        <translation>阅片器</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="174"/>
        <source>Viewer reformat</source>
        <translation>阅片器重建</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="178"/>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="192"/>
        <source>Plane shown by the 1×1 and side-by-side layouts</source>
        <translation>1×1 和并排布局显示的平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="204"/>
        <source>Show another series of the study beside this one, scrolled to the same position</source>
        <translation>在旁边显示本检查的另一序列，并定位到相同位置</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="209"/>
        <source>Compare with…</source>
        <translation>对比序列…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="219"/>
        <source>Window preset…</source>
        <translation>窗口预设…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="225"/>
        <source>W</source>
        <translation>窗宽</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="229"/>
        <source>Window width (HU)</source>
        <translation>窗宽（HU）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="231"/>
        <source>L</source>
        <translation>窗位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="235"/>
        <source>Window level (HU)</source>
        <translation>窗位（HU）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="246"/>
        <source>W/L drag</source>
        <translation>拖动调窗</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="247"/>
        <source>Left-drag changes the window (horizontal: width, vertical: level) instead of moving the crosshair</source>
        <translation>左键拖动调整窗口（水平：窗宽，垂直：窗位），而不是移动十字线</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="256"/>
        <source>Invert</source>
        <translation>反相</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="257"/>
        <source>Invert the grey scale</source>
        <translation>反转灰阶</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="262"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="264"/>
        <source>Fit the images in their views again (zoom and pan)</source>
        <translation>重新使图像适合视图（缩放和平移）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="271"/>
        <source>Slab:</source>
        <translation>层块：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="282"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="283"/>
        <source>Slab thickness</source>
        <translation>层块厚度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="289"/>
        <source>Oblique (°):</source>
        <translation>斜位（°）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="294"/>
        <source>Tilt the planes about the right–left axis</source>
        <translation>绕左右轴倾斜平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="298"/>
        <source>Tilt the planes about the anterior–posterior axis</source>
        <translation>绕前后轴倾斜平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="304"/>
        <source>Turn the planes about the head–foot axis</source>
        <translation>绕头足轴旋转平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="316"/>
        <source>R–L</source>
        <translation>右–左</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="317"/>
        <source>A–P</source>
        <translation>前–后</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="318"/>
        <source>S–I</source>
        <translation>上–下</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="326"/>
        <source>Straighten</source>
        <translation>摆正</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="328"/>
        <source>Back to the axial, coronal and sagittal planes</source>
        <translation>恢复轴位、冠状位和矢状位平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="336"/>
        <source>Cine</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="337"/>
        <source>Play through the slices of the active view (click again to pause)</source>
        <translation>连续播放当前视图的层面（再次点击暂停）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="479"/>
        <source>Check before measuring:</source>
        <translation>测量前请注意：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="526"/>
        <source>Move the mouse over an image for its value and position.</source>
        <translation>将鼠标移到图像上可查看数值和位置。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="534"/>
        <source>outside the volume</source>
        <translation>在容积之外</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="536"/>
        <source>{v:.0f} HU</source>
        <translation>{v:.0f} HU</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="540"/>
        <source>{value} · R/L {x:.1f}, A/P {y:.1f}, S/I {z:.1f} mm (LPS)</source>
        <translation>{value} · 右/左 {x:.1f}，前/后 {y:.1f}，上/下 {z:.1f} mm（LPS）</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="57"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="58"/>
        <source>&amp;Case</source>
        <translation>病例(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="59"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="60"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="61"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="152"/>
        <source>&amp;Import folder…</source>
        <translation>导入文件夹(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="158"/>
        <source>Import every DICOM file in a folder, e.g. a CD or a PACS export</source>
        <translation>导入文件夹中的所有 DICOM 文件，例如光盘或 PACS 导出</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="164"/>
        <source>Import &amp;files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="169"/>
        <source>Import DICOM files, zip archives or a DICOMDIR</source>
        <translation>导入 DICOM 文件、zip 压缩包或 DICOMDIR</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="173"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="178"/>
        <source>Reload patients and cases from the database</source>
        <translation>从数据库重新加载患者和病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="182"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="191"/>
        <source>&amp;New case from selection…</source>
        <translation>根据所选内容新建病例(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="197"/>
        <source>Create a case from the selected patient, studies or series</source>
        <translation>根据所选患者、检查或序列创建病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="203"/>
        <source>&amp;Export volume as NIfTI…</source>
        <translation>将容积导出为 NIfTI(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="207"/>
        <source>Write the volume shown in the viewer as a NIfTI file (for research and planning tools); it carries no patient identity</source>
        <translation>将查看器中的容积保存为 NIfTI 文件（供科研和手术规划工具使用）；文件不含患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="215"/>
        <source>&amp;Open in viewer</source>
        <translation>在阅片器中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="221"/>
        <source>Show the selected series in the 2-D viewer; a second selected series opens beside it</source>
        <translation>在二维阅片器中显示所选序列；所选的第二个序列在旁边打开</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="229"/>
        <source>&amp;Hide patient identity</source>
        <translation>隐藏患者身份信息(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="235"/>
        <source>Hide names, IDs and birth dates, e.g. before sharing the screen</source>
        <translation>隐藏姓名、编号和出生日期，例如在共享屏幕之前</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="241"/>
        <source>&amp;Check database and files…</source>
        <translation>检查数据库和文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="245"/>
        <source>Check the database and that every indexed file is unchanged</source>
        <translation>检查数据库以及每个已索引文件是否未被改变</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="251"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="260"/>
        <source>Open &amp;demo case</source>
        <translation>打开演示病例(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="263"/>
        <source>Create (first time only) and open the synthetic pancreatic-cancer demo case</source>
        <translation>创建（仅首次）并打开合成的胰腺癌演示病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="270"/>
        <source>&amp;About casereview</source>
        <translation>关于 casereview(&amp;A)</translation>
    </message>
</context>
</TS>
