<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Browser</name>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="33" />
        <source>Draft</source>
        <extracomment>Item data roles carrying internal ids (never shown).</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="34" />
        <source>In preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="35" />
        <source>Ready for MDT</source>
        <translation>待MDT讨论</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="36" />
        <source>Discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="37" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="60" />
        <source>Patient / study / series</source>
        <translation>患者 / 检查 / 序列</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="60" />
        <source>ID / modality</source>
        <translation>编号 / 模态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="60" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="60" />
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="64" />
        <source>Patient {n}</source>
        <translation>患者 {n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="66" />
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="75" />
        <source>(study without description)</source>
        <translation>（检查无描述）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="85" />
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="106" />
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="106" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="106" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="106" />
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="106" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="106" />
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="158" />
        <source>No imaging yet. Imported studies appear here.</source>
        <translation>尚无影像。导入的检查将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="203" />
        <source>Imaging — patients: {patients}, studies: {studies}</source>
        <translation>影像 — 患者：{patients}，检查：{studies}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="217" />
        <source>Cases — {n}</source>
        <translation>病例 — {n}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="42" />
        <source>Surgeon</source>
        <translation>外科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="43" />
        <source>Radiologist</source>
        <translation>放射科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="44" />
        <source>Medical oncologist</source>
        <translation>肿瘤内科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="45" />
        <source>Radiation oncologist</source>
        <translation>放疗科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="46" />
        <source>Pathologist</source>
        <translation>病理科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="47" />
        <source>Gastroenterologist</source>
        <translation>消化内科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="48" />
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="49" />
        <source>MDT coordinator</source>
        <translation>MDT协调员</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="50" />
        <source>Trainee</source>
        <translation>进修/规培医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="51" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="61" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="79" />
        <source>Hide patient identity when casereview starts</source>
        <translation>启动时隐藏患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="88" />
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="89" />
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="90" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="91" />
        <source>Name shown on reports</source>
        <translation>报告中显示的姓名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="92" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="93" />
        <source>Memory for open images</source>
        <translation>打开图像可用内存</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="140" />
        <source>About casereview</source>
        <translation>关于 casereview</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="145" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="146" />
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="147" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="148" />
        <source>Schema revision</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="149" />
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="160" />
        <source>Surgical case review and MDT meetings for hepatopancreatobiliary teams.</source>
        <translation>面向肝胆胰外科团队的病例讨论与多学科会诊（MDT）工作站。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="162" />
        <source>Not a medical device for primary diagnosis; decisions rest with the clinical team.</source>
        <translation>本软件不用于初级诊断；临床决策由诊疗团队负责。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="184" />
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="189" />
        <source>e.g. Pancreatic head mass, SMV contact</source>
        <translation>例如：胰头占位，肠系膜上静脉受累</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="191" />
        <source>Question for the review or the MDT</source>
        <translation>提交讨论或MDT的问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="193" />
        <source>Comma-separated, e.g. pancreas, borderline</source>
        <translation>用逗号分隔，例如：胰腺, 交界可切除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="198" />
        <source>Selected — studies: {studies}, series: {series}</source>
        <translation>已选择 — 检查：{studies}，序列：{series}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="204" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="205" />
        <source>Clinical question</source>
        <translation>临床问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="206" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="24" />
        <source>casereview could not finish this</source>
        <translation>casereview 无法完成此操作</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="25" />
        <source>Settings problem</source>
        <translation>设置问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="26" />
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="27" />
        <source>Database from a newer version</source>
        <translation>数据库来自更新的版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="28" />
        <source>Database busy</source>
        <translation>数据库繁忙</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="29" />
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="30" />
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="31" />
        <source>Record cannot be changed</source>
        <translation>记录不可更改</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="32" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="33" />
        <source>DICOM file could not be read</source>
        <translation>无法读取DICOM文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="69" />
        <source>Unexpected problem</source>
        <extracomment>Emitted with (title, text) each time a message is shown (tests and the status bar use it).</extracomment>
        <translation>意外问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="70" />
        <source>casereview ran into an unexpected problem and stopped this action. Your saved work is safe.

Reference: {reference}</source>
        <translation>casereview 遇到意外问题，已停止此操作。已保存的工作不受影响。

参考编号：{reference}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="76" />
        <source>Details are in the log file: {path}</source>
        <translation>详细信息见日志文件：{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="61" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="194" />
        <source>Patients: {p} · Studies: {s} · Cases: {c}</source>
        <translation>患者：{p} · 检查：{s} · 病例：{c}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="199" />
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="202" />
        <source>Database: {kind}, schema {rev}</source>
        <translation>数据库：{kind}，结构版本 {rev}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="213" />
        <source>Patient identity hidden</source>
        <translation>已隐藏患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="213" />
        <source>Patient identity shown</source>
        <translation>已显示患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="237" />
        <source>Case “{title}” created</source>
        <translation>已创建病例“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="257" />
        <source>Demo case “{title}” is open</source>
        <translation>已打开演示病例“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="264" />
        <source>Preparing the demo case</source>
        <translation>正在准备演示病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="273" />
        <source>Checking database and files</source>
        <translation>正在检查数据库和文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="277" />
        <source>The database is sound and all {n} indexed files are unchanged.</source>
        <translation>数据库完好，全部 {n} 个已索引文件均未改变。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="283" />
        <source>Missing: {path}</source>
        <translation>缺失：{path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="284" />
        <source>Changed: {path}</source>
        <translation>已改变：{path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="285" />
        <source>Problems were found ({m} missing, {c} changed files, {d} database problems):</source>
        <translation>发现问题（缺失文件 {m} 个，改变文件 {c} 个，数据库问题 {d} 个）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="291" />
        <source>Check database and files</source>
        <translation>检查数据库和文件</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="119" />
        <source>Cancel</source>
        <extracomment>A unit of long work: receives a progress reporter and a cancel token, returns a result.</extracomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="29" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="30" />
        <source>&amp;Case</source>
        <translation>病例(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="31" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="32" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="33" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="93" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="98" />
        <source>Reload patients and cases from the database</source>
        <translation>从数据库重新加载患者和病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="102" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="111" />
        <source>&amp;New case from selection…</source>
        <translation>根据所选内容新建病例(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="117" />
        <source>Create a case from the selected patient, studies or series</source>
        <translation>根据所选患者、检查或序列创建病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="123" />
        <source>&amp;Hide patient identity</source>
        <translation>隐藏患者身份信息(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="129" />
        <source>Hide names, IDs and birth dates, e.g. before sharing the screen</source>
        <translation>隐藏姓名、编号和出生日期，例如在共享屏幕之前</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="135" />
        <source>&amp;Check database and files…</source>
        <translation>检查数据库和文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="139" />
        <source>Check the database and that every indexed file is unchanged</source>
        <translation>检查数据库以及每个已索引文件是否未被改变</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="145" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="154" />
        <source>Open &amp;demo case</source>
        <translation>打开演示病例(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="157" />
        <source>Create (first time only) and open the synthetic pancreatic-cancer demo case</source>
        <translation>创建（仅首次）并打开合成的胰腺癌演示病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="164" />
        <source>&amp;About casereview</source>
        <translation>关于 casereview(&amp;A)</translation>
    </message>
</context>
</TS>