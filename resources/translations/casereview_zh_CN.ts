<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AngleChart</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/angle_chart.py" line="134"/>
        <source>No sections measured</source>
        <extracomment>The section index nearest to a click.</extracomment>
        <translation>未测量任何横截面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/angle_chart.py" line="157"/>
        <source>corrected {angle:.0f}°</source>
        <translation>修正 {angle:.0f}°</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/angle_chart.py" line="188"/>
        <source>along the vessel (mm)</source>
        <translation>沿血管距离（mm）</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="52"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="53"/>
        <source>Bidirectional</source>
        <translation>双径</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="54"/>
        <source>Angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="55"/>
        <source>Ellipse ROI</source>
        <translation>椭圆 ROI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="56"/>
        <source>Polygon ROI</source>
        <translation>多边形 ROI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="57"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="58"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="59"/>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="63"/>
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="64"/>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="65"/>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="66"/>
        <source>3-D</source>
        <translation>三维</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="96"/>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="97"/>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="122"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="105"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="108"/>
        <source>Jump to</source>
        <translation>跳转到</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="111"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="120"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="121"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="132"/>
        <source>Flag key image…</source>
        <translation>标记关键图像…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="136"/>
        <source>Keep the active view (plane, window, zoom) as evidence for the MDT and report</source>
        <translation>将当前视图（平面、窗宽窗位、缩放）保存为 MDT 和报告的依据</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="143"/>
        <source>Flag 3-D view…</source>
        <translation>标记三维视图…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="155"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="171"/>
        <source>Layers</source>
        <extracomment>Called to flag the viewer&apos;s active view (set by the viewer). Called with the key image chosen in the list to show it (set by the viewer).</extracomment>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="173"/>
        <source>Show or hide the opinion of another institution as a whole</source>
        <translation>整体显示或隐藏其他机构的意见</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="193"/>
        <source>Measurements and marks</source>
        <translation>测量与标注</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="197"/>
        <source>Key images</source>
        <translation>关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="40"/>
        <source>from {institution}</source>
        <translation>来自{institution}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="44"/>
        <source>{author}, {institution}, {when}</source>
        <translation>{author}，{institution}，{when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="147"/>
        <source>Keep the 3-D view as a key image: its camera, surfaces, volume rendering, crop and clipping</source>
        <translation>将三维视图保存为关键图像：包括相机视角、表面、容积再现、裁剪与剪切</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="159"/>
        <source>Remove the selected key image</source>
        <translation>移除所选关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="233"/>
        <source>{kind} by {author}, changed {when}</source>
        <translation>{kind}，作者：{author}，修改于 {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="259"/>
        <source>Opinion from {institution}</source>
        <translation>{institution}的意见</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="336"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="337"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="365"/>
        <source>{plane}, W {w:.0f} L {l:.0f}</source>
        <translation>{plane}，窗宽 {w:.0f} 窗位 {l:.0f}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="432"/>
        <source>Flag key image</source>
        <translation>标记关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="433"/>
        <source>Caption (what this image shows):</source>
        <translation>说明（此图像显示的内容）：</translation>
    </message>
</context>
<context>
    <name>AssessmentSlide</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="42"/>
        <source>{criteria}: no category suggested — for the MDT to decide</source>
        <translation>{criteria}：未给出建议分类 — 由 MDT 决定</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="47"/>
        <source>at least {category}</source>
        <translation>至少为{category}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="50"/>
        <source>Suggested ({criteria}): {category} — for the MDT to confirm</source>
        <translation>建议（{criteria}）：{category} — 待 MDT 确认</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="61"/>
        <source>{vessel}: {angle:.0f}° (corrected by {author}; measured {measured:.0f}°)</source>
        <translation>{vessel}：{angle:.0f}°（由{author}修正；测量值 {measured:.0f}°）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="72"/>
        <source>{vessel}: {angle:.0f}° (read by {author})</source>
        <translation>{vessel}：{angle:.0f}°（由{author}判读）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="76"/>
        <source>{vessel}: {angle:.0f}°</source>
        <translation>{vessel}：{angle:.0f}°</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="80"/>
        <source>, over {length:.0f} mm</source>
        <translation>，接触长度 {length:.0f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="119"/>
        <source>No resectability assessment is stored for this case.</source>
        <translation>此病例未保存可切除性评估。</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="85"/>
        <source>Draft</source>
        <extracomment>Side of the thumbnails in the tree, in device-independent pixels. Typing pauses this long (ms) before the index is searched, so each key does not query. Produces the PNG thumbnail of a series id (runs on a worker thread; may raise).</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="86"/>
        <source>In preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="87"/>
        <source>Ready for MDT</source>
        <translation>待MDT讨论</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="88"/>
        <source>Discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="89"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="95"/>
        <source>Possible same patient as another row (same name and birth date). Check the images, then Patient ▸ Merge with flagged patient… or Keep apart.</source>
        <extracomment>What a flagged patient row says, per kind of flag (tooltip of the row&apos;s warning sign).</extracomment>
        <translation>可能与另一行是同一患者（姓名和出生日期相同）。请核对图像，然后选择“患者 ▸ 与标记的患者合并…”或“保持分开”。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="100"/>
        <source>Identity conflict: another row has the same Patient ID or Study Instance UID with a different name or birth date. The images were kept apart; check them, then Patient ▸ Merge with flagged patient…, Keep apart or Split studies off….</source>
        <translation>身份冲突：另一行的患者 ID 或 Study Instance UID 相同，但姓名或出生日期不同。这些图像已分开保存；请核对后选择“患者 ▸ 与标记的患者合并…”、“保持分开”或“拆分检查…”。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="203"/>
        <source>Patient / study / series</source>
        <extracomment>Colours of the warning sign: amber for a possible same patient, red for a conflict.</extracomment>
        <translation>患者 / 检查 / 序列</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="204"/>
        <source>ID / modality</source>
        <translation>编号 / 模态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="205"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="206"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="211"/>
        <location filename="../../src/casereview/ui/features/identity.py" line="150"/>
        <source>Patient {n}</source>
        <translation>患者 {n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="214"/>
        <location filename="../../src/casereview/ui/features/identity.py" line="151"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="237"/>
        <location filename="../../src/casereview/ui/features/identity.py" line="272"/>
        <source>(study without description)</source>
        <translation>（检查无描述）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="256"/>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="281"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="282"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="283"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="284"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="285"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="286"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="431"/>
        <source>Search name, patient ID or accession number</source>
        <extracomment>Emitted with the series id when its thumbnail is shown (or failed).</extracomment>
        <translation>搜索姓名、患者 ID 或检查号</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="442"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="446"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="461"/>
        <source>Only studies on or after this date</source>
        <translation>仅显示此日期及之后的检查</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="464"/>
        <source>Only studies on or before this date</source>
        <translation>仅显示此日期及之前的检查</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="469"/>
        <source>All modalities</source>
        <translation>所有模态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="474"/>
        <source>Identity flags only</source>
        <translation>仅显示身份标记</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="478"/>
        <source>Show only patients flagged as a possible same patient or a conflict</source>
        <translation>仅显示标记为可能同一患者或身份冲突的患者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="485"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="610"/>
        <source>No preview: the images of this series cannot be shown.</source>
        <translation>无预览：此序列的图像无法显示。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="691"/>
        <source>Imaging — patients: {patients}, studies: {studies}</source>
        <translation>影像 — 患者：{patients}，检查：{studies}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="697"/>
        <source>No imaging matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的影像。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="701"/>
        <source>No imaging yet. Import a folder, files, a zip archive or a DICOMDIR (File menu), or drop them on this window.</source>
        <translation>尚无影像。请导入文件夹、文件、zip 压缩包或 DICOMDIR（“文件”菜单），或将其拖放到此窗口。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="734"/>
        <source>Cases — {n}</source>
        <translation>病例 — {n}</translation>
    </message>
</context>
<context>
    <name>CprView</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/cpr_view.py" line="130"/>
        <source>No straightened view to show</source>
        <extracomment>Width (screen pixels) of the contact bar beside the image. The section index the person chose.</extracomment>
        <translation>无可显示的拉直视图（CPR）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/cpr_view.py" line="159"/>
        <location filename="../../src/casereview/ui/resectability/cpr_view.py" line="164"/>
        <source>{mm:.0f} mm</source>
        <translation>{mm:.0f} mm</translation>
    </message>
</context>
<context>
    <name>CrossSectionView</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/cross_section_view.py" line="197"/>
        <source>No cross-section to show</source>
        <extracomment>Arcs are drawn this far (mm) outside the measured wall, so they do not hide it. A press this close (screen pixels) to a handle grabs it. The corrected section angle (degrees), emitted when a drag ends. False on the shared screen: the arcs are shown, never dragged there.</extracomment>
        <translation>无可显示的横截面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/cross_section_view.py" line="219"/>
        <source>{angle:.0f}° at {position:.1f} mm</source>
        <translation>{position:.1f} mm 处 {angle:.0f}°</translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="104"/>
        <source>Connected to the department database: changes show at once.</source>
        <extracomment>Changes heard within this many milliseconds are published together. A :class:`Changes` record heard (emitted from the listener&apos;s thread, queued). Whether the listener is connected (emitted from the listener&apos;s thread, queued). Publishes made (one per burst).</extracomment>
        <translation>已连接科室数据库：更改将立即显示。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="108"/>
        <source>Lost the connection to the department database; reconnecting. Changes made elsewhere show once it is back.</source>
        <translation>与科室数据库的连接已断开；正在重新连接。连接恢复后将显示其他位置所做的更改。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="194"/>
        <source>Reload</source>
        <extracomment>The user asked to see the other version. The user, having seen theirs, saves their own text again.</extracomment>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="197"/>
        <source>Show what was saved at the other workstation; what you typed stays</source>
        <translation>显示另一工作站保存的内容；您输入的内容将保留</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="204"/>
        <source>Save mine again</source>
        <translation>再次保存我的版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="238"/>
        <source>Their version is shown where you had not typed. Where you both typed, your text is in the editor and theirs is below: combine them, then save again.</source>
        <translation>您未输入之处显示对方的版本。双方都输入之处，您的文本在编辑器中，对方的文本在下方：请合并后再次保存。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="246"/>
        <source>Theirs — {field}: {text}</source>
        <translation>对方版本 — {field}：{text}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="46"/>
        <source>Surgeon</source>
        <translation>外科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="47"/>
        <source>Radiologist</source>
        <translation>放射科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="48"/>
        <source>Medical oncologist</source>
        <translation>肿瘤内科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="49"/>
        <source>Radiation oncologist</source>
        <translation>放疗科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="50"/>
        <source>Pathologist</source>
        <translation>病理科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="51"/>
        <source>Gastroenterologist</source>
        <translation>消化内科医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="52"/>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="53"/>
        <source>MDT coordinator</source>
        <translation>MDT协调员</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="54"/>
        <source>Trainee</source>
        <translation>进修/规培医生</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="55"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="65"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="84"/>
        <source>Hide patient identity when casereview starts</source>
        <translation>启动时隐藏患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="96"/>
        <source>nats://relay.hospital.example:4222</source>
        <translation>nats://relay.hospital.example:4222</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="99"/>
        <source>The hospital&apos;s relay for remote joint review (its NATS server, nats:// or tls://); leave empty to use the relay each invitation names</source>
        <translation>医院用于远程联合会诊的中继（其 NATS 服务器，nats:// 或 tls://）；留空则使用每个邀请中指定的中继</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="108"/>
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="110"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="111"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="113"/>
        <source>Name shown on reports</source>
        <translation>报告中显示的姓名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="115"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="116"/>
        <source>Memory for open images</source>
        <translation>打开图像可用内存</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="119"/>
        <source>Relay for remote sessions</source>
        <translation>远程会话中继</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="167"/>
        <source>About casereview</source>
        <translation>关于 casereview</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="172"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="173"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="174"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="175"/>
        <source>Schema revision</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="176"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="187"/>
        <source>Surgical case review and MDT meetings for hepatopancreatobiliary teams.</source>
        <translation>面向肝胆胰外科团队的病例讨论与多学科会诊（MDT）工作站。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="191"/>
        <source>Not a medical device for primary diagnosis; decisions rest with the clinical team.</source>
        <translation>本软件不用于初级诊断；临床决策由诊疗团队负责。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="216"/>
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="222"/>
        <source>e.g. Pancreatic head mass, SMV contact</source>
        <translation>例如：胰头占位，肠系膜上静脉受累</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="226"/>
        <source>Question for the review or the MDT</source>
        <translation>提交讨论或MDT的问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="230"/>
        <source>Comma-separated, e.g. pancreas, borderline</source>
        <translation>用逗号分隔，例如：胰腺, 交界可切除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="236"/>
        <source>Selected — studies: {studies}, series: {series}</source>
        <translation>已选择 — 检查：{studies}，序列：{series}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="242"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="243"/>
        <source>Clinical question</source>
        <translation>临床问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="244"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="65"/>
        <source>Unexpected problem</source>
        <extracomment>Emitted with (title, text) each time a message is shown (tests and the status bar use it).</extracomment>
        <translation>意外问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="66"/>
        <source>casereview ran into an unexpected problem and stopped this action. Your saved work is safe.

Reference: {reference}</source>
        <translation>casereview 遇到意外问题，已停止此操作。已保存的工作不受影响。

参考编号：{reference}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="72"/>
        <source>Details are in the log file: {path}</source>
        <translation>详细信息见日志文件：{path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="81"/>
        <source>Clean descriptions and comments</source>
        <extracomment>Option check boxes: attribute of DeidOptions, label, tooltip (English; translated in the &quot;ExportDialog&quot; context).</extracomment>
        <translation>清理描述和备注</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="82"/>
        <source>Keep study and series descriptions with every word removed that is not in the clinical vocabulary; off: remove them</source>
        <translation>保留检查和序列描述，但删除临床词汇表以外的所有词语；不勾选：删除这些描述</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="90"/>
        <source>Clean structured reports</source>
        <translation>清理结构化报告</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="91"/>
        <source>Keep SR content with names removed, dates shifted and text cleaned</source>
        <translation>保留 SR 内容，但删除姓名、平移日期并清理文本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="97"/>
        <source>Clean graphic annotations</source>
        <translation>清理图形标注</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="98"/>
        <source>Keep graphic annotations with their text cleaned; overlays are always removed</source>
        <translation>保留图形标注并清理其文本；叠加层（overlay）始终删除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="105"/>
        <source>Keep dates, shifted (intervals stay exact)</source>
        <translation>保留日期并整体平移（时间间隔保持不变）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="106"/>
        <source>Move every date of the patient by the same number of days; off: remove dates</source>
        <translation>将该患者的所有日期平移相同天数；不勾选：删除日期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="113"/>
        <source>Keep age, sex, size and weight</source>
        <translation>保留年龄、性别、身高和体重</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="114"/>
        <source>Needed for dose and SUV calculations</source>
        <translation>剂量和 SUV 计算需要这些信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="118"/>
        <source>Keep device identity</source>
        <translation>保留设备身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="119"/>
        <source>Station names, serial numbers, device identifiers</source>
        <translation>工作站名称、序列号、设备标识符</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="123"/>
        <source>Keep institution identity</source>
        <translation>保留机构身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="124"/>
        <source>Institution names, addresses and departments</source>
        <translation>机构名称、地址和科室</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="128"/>
        <source>Keep original UIDs</source>
        <translation>保留原始 UID</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="129"/>
        <source>Only when the recipient must match the images with originals</source>
        <translation>仅当接收方需要将图像与原始图像对应时使用</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="135"/>
        <source>Keep safe private attributes</source>
        <translation>保留安全的私有属性</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="136"/>
        <source>Numeric vendor attributes known to identify nobody (scan pitch...)</source>
        <translation>已知不会识别任何人的厂商数值属性（扫描螺距...）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="143"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="144"/>
        <source>emptied</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="145"/>
        <source>replaced (dummy or pseudonym)</source>
        <translation>替换（虚拟值或假名）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="146"/>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="147"/>
        <source>cleaned or shifted</source>
        <translation>清理或平移</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="148"/>
        <source>replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="152"/>
        <source>Patient identity</source>
        <translation>患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="153"/>
        <source>Dates and times</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="154"/>
        <source>People and organisations</source>
        <translation>人员和机构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="155"/>
        <source>Device identity</source>
        <translation>设备身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="156"/>
        <source>Descriptions and comments</source>
        <translation>描述和备注</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="157"/>
        <source>Structured content</source>
        <translation>结构化内容</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="158"/>
        <source>Graphics and overlays</source>
        <translation>图形和叠加层</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="159"/>
        <source>Unique identifiers (UIDs)</source>
        <translation>唯一标识符（UID）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="160"/>
        <source>Private attributes</source>
        <translation>私有属性</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="161"/>
        <source>Other attributes</source>
        <translation>其他属性</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="165"/>
        <source>secondary capture (often a screenshot with burned-in text)</source>
        <translation>二次采集图像（通常是带烧录文字的截图）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="168"/>
        <source>ultrasound (usually carries burned-in patient text)</source>
        <translation>超声图像（通常带有烧录的患者信息文字）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="171"/>
        <source>endoscopy, photograph or fluoroscopy (usually carries burned-in patient text)</source>
        <translation>内镜、照片或透视图像（通常带有烧录的患者信息文字）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="175"/>
        <source>screenshot or derived picture</source>
        <translation>截图或衍生图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="178"/>
        <source>marked as carrying burned-in annotation</source>
        <translation>已标记为含有烧录注释</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="181"/>
        <source>document object that cannot be cleaned automatically</source>
        <translation>无法自动清理的文档对象</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="184"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="236"/>
        <source>Export case package</source>
        <extracomment>Item data role of a held-back image&apos;s description (without the &quot;cleaned&quot; note). Item data role: whether the held-back file has pixels that can be cleaned. Rectangles of burned-in text to black out, per held-back SOP Instance UID. Asks for this institution&apos;s name at the first export (none in the settings yet). The sender of a received case&apos;s packages, who holds its images (``None``: not a reply, the images go with the package). Whether the package written was an opinion-only answer.</extracomment>
        <translation>导出病例包</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="252"/>
        <source>Send annotations, segments, key images, decisions, the case and its report, and refer to the images by the UIDs the partner knows instead of sending them</source>
        <translation>发送标注、分割区域、关键图像、决策、病例及其报告，并以合作机构已知的 UID 引用图像，而不发送图像本身</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="258"/>
        <source>De-identification (DICOM PS3.15 Annex E)</source>
        <translation>去标识化（DICOM PS3.15 附录 E）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="277"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="277"/>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="277"/>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="284"/>
        <source>Held back: may show burned-in text (tick the ones you checked)</source>
        <translation>暂缓导出：可能含有烧录文字（请勾选您已核查过的图像）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="289"/>
        <source>Clean…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="292"/>
        <source>Black out the burned-in text of the selected image so that it can be sent</source>
        <translation>将所选图像中的烧录文字涂黑，以便发送</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="300"/>
        <source>What will be removed or changed</source>
        <translation>将被删除或更改的内容</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="308"/>
        <source>Free text as it will be sent</source>
        <translation>将发送的自由文本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="319"/>
        <source>Package file (.zip)</source>
        <translation>病例包文件（.zip）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="322"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="329"/>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="331"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="335"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="352"/>
        <source>There is no case to export yet: create a case first.</source>
        <translation>尚无可导出的病例：请先创建病例。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="385"/>
        <source>Answer every highlighted word under Free text first (remove or keep)</source>
        <translation>请先处理“自由文本”下每个高亮的词（删除或保留）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="394"/>
        <source>Save case package</source>
        <translation>保存病例包</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="394"/>
        <location filename="../../src/casereview/ui/exchange.py" line="847"/>
        <source>Case packages (*.zip)</source>
        <translation>病例包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="416"/>
        <location filename="../../src/casereview/ui/exchange.py" line="547"/>
        <source>the sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="419"/>
        <source>Opinion only: %1 already holds the images; send only our work on them</source>
        <translation>仅发送意见：%1 已有这些图像；只发送我方基于这些图像完成的工作</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="453"/>
        <source>Checking every header of the case…</source>
        <translation>正在检查病例的每个文件头…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="468"/>
        <source>Preparing the export preview</source>
        <translation>正在准备导出预览</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="471"/>
        <location filename="../../src/casereview/ui/exchange.py" line="897"/>
        <source>files</source>
        <translation>个文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="536"/>
        <source>dates removed</source>
        <translation>日期已删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="538"/>
        <source>dates moved %n day(s) earlier</source>
        <translation>
            <numerusform>日期提前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="540"/>
        <source>dates moved %n day(s) later</source>
        <translation>
            <numerusform>日期推后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="544"/>
        <source>Opinion only: no images are sent; the package refers to the images %1 already holds. Patient %2; %3.</source>
        <translation>仅发送意见：不发送图像；病例包引用 %1 已有的图像。患者 %2；%3。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="554"/>
        <source>%1 files will be exported as patient %2; %3.</source>
        <translation>将以患者 %2 的身份导出 %1 个文件；%3。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="528"/>
        <source>None: no image looks like it carries burned-in text.</source>
        <translation>无：没有图像看起来带有烧录文字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="572"/>
        <source>cleaned (%n region(s))</source>
        <translation>
            <numerusform>已清除（%n 个区域）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="589"/>
        <source>Loading the image to clean</source>
        <translation>正在加载待清除的图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="652"/>
        <source>Exporting the case package</source>
        <translation>正在导出病例包</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="687"/>
        <source>The package was written to %1: %2 images, %3 other objects.</source>
        <translation>病例包已写入 %1：%2 幅图像，%3 个其他对象。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="693"/>
        <source>It carries your opinion only (%1 MB): the images stay with the partner, who holds them already.</source>
        <translation>病例包仅包含您的意见（%1 MB）：图像留在合作机构处，对方已有这些图像。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="699"/>
        <source>%n image(s) were sent with their burned-in text blacked out.</source>
        <translation>
            <numerusform>已发送 %n 幅图像，其烧录文字已涂黑。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="706"/>
        <source>%n image(s) were held back for burned-in text and not sent.</source>
        <translation>
            <numerusform>%n 幅图像因可能含有烧录文字被暂缓导出，未发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="712"/>
        <source>Case package exported</source>
        <translation>病例包已导出</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="845"/>
        <source>Import case package</source>
        <translation>导入病例包</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="865"/>
        <source>Checking the case package</source>
        <translation>正在检查病例包</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="894"/>
        <source>Importing the case package</source>
        <translation>正在导入病例包</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="903"/>
        <source>This package was imported before; nothing changed.</source>
        <translation>此病例包之前已导入；未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="905"/>
        <source>%n image(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 幅图像。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="910"/>
        <source>Kept in the package folder, not yet shown as the sender&apos;s layer: %1</source>
        <translation>保存在病例包文件夹中，尚未作为发送方图层显示：%1</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="917"/>
        <source>Case package imported</source>
        <translation>病例包已导入</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="87"/>
        <source>Note (optional)</source>
        <extracomment>``(vessel, finding kind, thrombus kind or &quot;&quot;, note)``. ``(vessel, finding kind)``. ``(variant kind, touches the tumour, origin vessel or &quot;&quot;, description)``. Variant kind. Reconstructibility value, ``&quot;&quot;`` to clear. Tumour location, ``&quot;&quot;`` to clear.</extracomment>
        <translation>注释（可选）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="88"/>
        <source>Add finding</source>
        <translation>添加征象</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="90"/>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="108"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="100"/>
        <source>origin not given</source>
        <translation>起源未注明</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="103"/>
        <source>Description (for another variant)</source>
        <translation>描述（用于其他变异）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="104"/>
        <source>Touches the tumour</source>
        <translation>与肿瘤接触</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="106"/>
        <source>Record variant</source>
        <translation>记录变异</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="115"/>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="123"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="142"/>
        <source>head</source>
        <translation>胰头</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="143"/>
        <source>uncinate process</source>
        <translation>钩突</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="144"/>
        <source>neck</source>
        <translation>胰颈</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="145"/>
        <source>body</source>
        <translation>胰体</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="146"/>
        <source>tail</source>
        <translation>胰尾</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="151"/>
        <source>Findings on vessels</source>
        <translation>血管征象</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="160"/>
        <source>Variant arterial anatomy</source>
        <translation>动脉解剖变异</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="169"/>
        <source>Vein and tumour</source>
        <translation>静脉与肿瘤</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="171"/>
        <source>SMV–portal vein reconstructible:</source>
        <translation>SMV–门静脉可重建：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="172"/>
        <source>Tumour location:</source>
        <translation>肿瘤部位：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="192"/>
        <source>{vessel}: {finding} — {author}</source>
        <translation>{vessel}：{finding} — {author}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="201"/>
        <source>touches the tumour</source>
        <translation>与肿瘤接触</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="203"/>
        <source>does not touch the tumour</source>
        <translation>与肿瘤无接触</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="207"/>
        <source>{variant}: {touches} — {author}</source>
        <translation>{variant}：{touches} — {author}</translation>
    </message>
</context>
<context>
    <name>FlrPanel</name>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="77"/>
        <source>{condition}: remnant ≥ {sflr:.0f} %</source>
        <extracomment>Badge colours: white text on these reads at ≥ 4.5:1 in the light and the dark theme. What the size fields say about where the size came from. Condition, height or weight changed (the plan is computed again). &quot;Save plan…&quot; was pressed.</extracomment>
        <translation>{condition}：剩余肝 ≥ {sflr:.0f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="79"/>
        <source>{condition}: remnant ≥ {sflr:.0f} %, RBWR ≥ {rbwr:.1f} %</source>
        <translation>{condition}：剩余肝 ≥ {sflr:.0f} %，RBWR ≥ {rbwr:.1f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="92"/>
        <source>The liver&apos;s condition sets how much of it must remain (chosen by you)</source>
        <translation>肝脏状况决定必须保留的肝脏比例（由您选择）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="94"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="95"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="105"/>
        <source>Total liver</source>
        <translation>全肝</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="106"/>
        <source>Tumour</source>
        <translation>肿瘤</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="107"/>
        <source>Resected</source>
        <translation>切除部分</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="108"/>
        <source>Remnant</source>
        <translation>剩余肝</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="109"/>
        <source>Future liver remnant</source>
        <translation>剩余肝体积(FLR)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="110"/>
        <source>Margin</source>
        <translation>切缘</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="111"/>
        <source>FLR (of the functional liver)</source>
        <translation>FLR（按功能性肝脏计）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="112"/>
        <source>Standardised FLR</source>
        <translation>标准化FLR</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="113"/>
        <source>Remnant / body weight</source>
        <translation>剩余肝/体重</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="125"/>
        <source>Remnant against the standard liver volume from the body surface area</source>
        <translation>剩余肝相对于根据体表面积计算的标准肝体积</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="136"/>
        <source>Planning aid for the MDT to confirm — not a decision.</source>
        <translation>供MDT确认的规划辅助——并非决定。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="142"/>
        <source>Save plan…</source>
        <translation>保存方案…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="144"/>
        <source>Keep this plan with the case as a new version</source>
        <translation>将此方案作为新版本随病例保存</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="153"/>
        <source>Liver condition (sets the threshold)</source>
        <translation>肝脏状况（决定阈值）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="157"/>
        <source>Height, weight</source>
        <translation>身高、体重</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="231"/>
        <source>From the images&apos; headers (Patient&apos;s Size and Weight); type to change.</source>
        <translation>来自图像头信息（Patient&apos;s Size 和 Patient&apos;s Weight）；可输入修改。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="233"/>
        <source>Entered by you.</source>
        <translation>由您输入。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="236"/>
        <source>Not in the images: enter height and weight for the standardised FLR and the remnant-to-body-weight ratio.</source>
        <translation>图像中无此信息：请输入身高和体重，以计算标准化FLR及剩余肝与体重比。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="258"/>
        <source>{value:.0f} mL</source>
        <translation>{value:.0f} mL</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="267"/>
        <source>tumour left in the remnant ({value:.1f} mL)</source>
        <translation>肿瘤留在剩余肝内（{value:.1f} mL）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="273"/>
        <source>no tumour segmented</source>
        <translation>未分割肿瘤</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="276"/>
        <source>{value:.1f} mm</source>
        <translation>{value:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="278"/>
        <source>{value:.1f} %</source>
        <translation>{value:.1f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="283"/>
        <source>{value:.2f} %</source>
        <translation>{value:.2f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="286"/>
        <source>needs height and weight</source>
        <translation>需要身高和体重</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="291"/>
        <source>Standard liver volume {slv:.0f} mL from a body surface area of {bsa:.2f} m²</source>
        <translation>标准肝体积 {slv:.0f} mL（体表面积 {bsa:.2f} m²）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="303"/>
        <source>Thresholds from {sources} (hover for the references).</source>
        <translation>阈值来源：{sources}（悬停查看参考文献）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="312"/>
        <source>PASS</source>
        <translation>足够</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="312"/>
        <source>FAIL</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="317"/>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
</context>
<context>
    <name>FreeTextReview</name>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="110"/>
        <source>Another word that identifies the patient (a relative&apos;s name, a village…)</source>
        <extracomment>Unsure spans are marked in the same colours in either theme: dark text on amber (contrast about 12:1), so the highlight reads on the light and the dark palette alike. Every span asked about since the case was chosen, in the order first seen. Where each span was found (&quot;Case — question&quot;), as last seen unsure. Words the user typed in as identifying, in the order added (answered Remove). The Remove and Keep buttons of each span&apos;s row.</extracomment>
        <translation>其他可识别患者身份的词（亲属姓名、村庄等）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="113"/>
        <source>Remove everywhere</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="117"/>
        <source>Replace it with [removed] in every text of the package, like the patient&apos;s name</source>
        <translation>在包内所有文本中替换为 [removed]，与患者姓名相同</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="191"/>
        <source>added by you</source>
        <translation>由您添加</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="263"/>
        <source>Word or number</source>
        <translation>词或数字</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="263"/>
        <source>Found in</source>
        <translation>出现位置</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="263"/>
        <source>Your answer</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="272"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="274"/>
        <source>Replace it with [removed] in every text of the package</source>
        <translation>在包的所有文本中将其替换为 [removed]</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="275"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="277"/>
        <source>It does not identify the patient: send it as written</source>
        <translation>它不能识别患者：按原样发送</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="297"/>
        <source>No free text of this case names the patient.</source>
        <translation>此病例的自由文本中没有提到患者身份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/export_text_review.py" line="300"/>
        <source>%n text field(s) will be sent changed; what replaced the patient&apos;s identity is in bold.</source>
        <translation>
            <numerusform>%n 个文本字段将在修改后发送；替换患者身份的内容以粗体显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/export_text_review.py" line="308"/>
        <source>Export waits for your answer about %n highlighted word(s): remove or keep.</source>
        <translation>
            <numerusform>导出正在等待您对 %n 个高亮词的选择：删除或保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="127"/>
        <source>Choose a patient</source>
        <translation>选择患者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="128"/>
        <source>The selected patient is flagged with several rows. Which one?</source>
        <translation>所选患者与多行存在标记。请选择哪一行？</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="148"/>
        <source>patient #{id}</source>
        <translation>患者 #{id}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="154"/>
        <source>{name} (ID {id})</source>
        <translation>{name}（ID {id}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="226"/>
        <source>Move {studies} studies and {cases} cases of {source} into {target}?

{target} keeps its name, ID and birth date; {source} is no longer listed. The merge is recorded in the audit trail and can be undone (Edit ▸ Undo).</source>
        <translation>将 {source} 的 {studies} 个检查和 {cases} 个病例移至 {target}？

{target} 保留其姓名、ID 和出生日期；{source} 将不再列出。此次合并会记入审计日志，并可撤销（编辑 ▸ 撤销）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="237"/>
        <source>Merge patients</source>
        <translation>合并患者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="241"/>
        <source>Patients merged. Edit ▸ Undo takes the merge back.</source>
        <translation>患者已合并。“编辑 ▸ 撤销”可撤回此次合并。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="253"/>
        <source>Record that {first} and {second} are different people? They stay separate and are no longer flagged together.</source>
        <translation>确认 {first} 和 {second} 是不同的人？他们将保持分开，不再被一同标记。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="258"/>
        <source>Keep patients apart</source>
        <translation>保持患者分开</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="261"/>
        <source>Recorded as different patients.</source>
        <translation>已记录为不同患者。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="276"/>
        <source>Move {count} studies ({studies}) of {patient} to a new patient row with the same identity?

Cases that hold only these studies move with them. The split is recorded in the audit trail and can be undone (Edit ▸ Undo).</source>
        <translation>将 {patient} 的 {count} 个检查（{studies}）移至一个身份相同的新患者行？

仅包含这些检查的病例将随之移动。此次拆分会记入审计日志，并可撤销（编辑 ▸ 撤销）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="286"/>
        <source>Split studies off</source>
        <translation>拆分检查</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="291"/>
        <source>Studies moved to a new patient row.</source>
        <translation>检查已移至新的患者行。</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_canvas.py" line="386"/>
        <source>mm</source>
        <extracomment>Zoom limits (screen pixels per image column). A drag shorter than this (screen pixels) draws nothing. Part of the view the fitted picture fills (a margin keeps the edges visible). window/level (grey) or pan (colour) an area outline, clicked point by point The annotation each drawing tool makes. The pixel under the mouse: ``(image, frame, column, row)`` or ``None``. A mark was drawn: ``(AnnotationKind, list of pixel positions)``. The frame shown changed (page index). The window changed by dragging: ``(width, level)``. Zoom or pan changed. ``(width, level)`` of grey pictures. Whether a resize fits the picture again (until the user zooms or pans).</extracomment>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_canvas.py" line="388"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="78"/>
        <source>Lengths are in mm at the detector (Imager Pixel Spacing): not corrected for magnification, so the patient&apos;s sizes may be smaller.</source>
        <extracomment>Window presets of every grey picture: the one its header gives, and min to max.</extracomment>
        <translation>长度为探测器平面上的毫米数（Imager Pixel Spacing）：未经放大率校正，患者的实际尺寸可能更小。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="83"/>
        <source>This image has no pixel size: lengths and areas are in pixels (px), not millimetres.</source>
        <translation>此图像没有像素尺寸：长度和面积以像素（px）为单位，而非毫米。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="144"/>
        <source>Measurements on these images</source>
        <extracomment>Holds the case&apos;s annotations as stored (the edit commands refresh it).</extracomment>
        <translation>这些图像上的测量</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="154"/>
        <source>Delete measurement</source>
        <translation>删除测量</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="191"/>
        <source>This series is in no case: create a case (Ctrl+N) to measure and keep marks.</source>
        <translation>此序列不属于任何病例：请先创建病例（Ctrl+N）再进行测量和保存标注。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="208"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="213"/>
        <source>Window preset…</source>
        <translation>窗口预设…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="215"/>
        <source>As stored in the image</source>
        <translation>图像自带窗宽窗位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="218"/>
        <source>Full range</source>
        <translation>全范围</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="230"/>
        <source>Window width</source>
        <translation>窗宽</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="231"/>
        <source>Window level</source>
        <translation>窗位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="238"/>
        <source>Invert the grey scale</source>
        <translation>反转灰阶</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="250"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="251"/>
        <source>Show the whole image, as large as fits</source>
        <translation>以可容纳的最大尺寸显示整幅图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="256"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="257"/>
        <source>One screen pixel per image pixel</source>
        <translation>每个图像像素对应一个屏幕像素</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="262"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="263"/>
        <source>Magnify (also Ctrl+wheel, right-drag)</source>
        <translation>放大（也可用 Ctrl+滚轮、右键拖动）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="268"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="269"/>
        <source>Reduce (also Ctrl+wheel, right-drag)</source>
        <translation>缩小（也可用 Ctrl+滚轮、右键拖动）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="280"/>
        <source>Window</source>
        <translation>窗宽</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="282"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="283"/>
        <source>Drag to change the window (horizontal: width, vertical: level); Shift+drag or middle-drag pans</source>
        <translation>拖动调整窗宽窗位（水平：窗宽，垂直：窗位）；Shift+拖动或中键拖动可平移图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="289"/>
        <source>Drag to move the image</source>
        <translation>拖动以移动图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="293"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="294"/>
        <source>Drag from one end to the other</source>
        <translation>从一端拖动到另一端</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="298"/>
        <source>Angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="299"/>
        <source>Click the end of one arm, the vertex, then the other end</source>
        <translation>依次单击一条边的端点、顶点和另一条边的端点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="305"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="306"/>
        <source>Click around the outline; double-click or Enter closes it</source>
        <translation>沿轮廓逐点单击；双击或按 Enter 闭合</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="312"/>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="313"/>
        <source>Drag from the centre outwards</source>
        <translation>从中心向外拖动</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="323"/>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="328"/>
        <source>Image or frame shown (wheel, Page Up/Page Down)</source>
        <translation>显示的图像或帧（滚轮、Page Up/Page Down）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="340"/>
        <source>Play through the frames (click again to pause)</source>
        <translation>逐帧播放（再次单击暂停）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="434"/>
        <source>No pixel size: px</source>
        <translation>无像素尺寸：px</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="437"/>
        <source>Imager Pixel Spacing {mm:.3g} mm</source>
        <translation>探测器像素间距 {mm:.3g} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="443"/>
        <source>Pixel Spacing {mm:.3g} mm</source>
        <translation>像素间距 {mm:.3g} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="448"/>
        <source>Colour (shown as stored)</source>
        <translation>彩色（按原样显示）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="454"/>
        <source>Zoom {percent:.0f} %</source>
        <translation>缩放 {percent:.0f}%</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="471"/>
        <source>Move the mouse over the image for its value.</source>
        <translation>将鼠标移到图像上以显示其数值。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="479"/>
        <source>RGB {red}, {green}, {blue}</source>
        <translation>RGB {red}, {green}, {blue}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="483"/>
        <source>outside the image</source>
        <translation>图像外</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="489"/>
        <source>{value} · column {column}, row {row}</source>
        <translation>{value} · 第 {column} 列，第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="527"/>
        <source>{values} · Im {index}</source>
        <translation>{values} · 图 {index}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="29"/>
        <source>Import finished: {new} new images in {series} series</source>
        <translation>导入完成：{series} 个序列中新增 {new} 幅图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="33"/>
        <source>; {n} files not imported (see the report)</source>
        <translation>；{n} 个文件未导入（见报告）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="53"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="56"/>
        <source>Conflict, quarantined</source>
        <translation>冲突，已隔离</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="60"/>
        <location filename="../../src/casereview/ui/import_report.py" line="108"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="68"/>
        <source>{n} new images were added to the index.</source>
        <translation>已向索引新增 {n} 幅图像。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="74"/>
        <source>No new images were added to the index.</source>
        <translation>索引中没有新增图像。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="89"/>
        <source>Files found</source>
        <translation>找到的文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="90"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="93"/>
        <source>Already indexed, unchanged</source>
        <translation>已索引且未更改</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="98"/>
        <source>Identical copies skipped</source>
        <translation>已跳过的相同副本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="103"/>
        <source>Conflicts, quarantined</source>
        <translation>冲突（已隔离）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="128"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="129"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="130"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="146"/>
        <source>Files not imported</source>
        <translation>未导入的文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="159"/>
        <source>Copy list</source>
        <translation>复制列表</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="163"/>
        <source>Copy the files not imported and the reasons, e.g. for the PACS team</source>
        <translation>复制未导入的文件及原因，例如发送给 PACS 团队</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <location filename="../../src/casereview/ui/institution_dialog.py" line="34"/>
        <source>Your institution</source>
        <extracomment>Longest name kept: a received package&apos;s sender is stored with at most this many characters.</extracomment>
        <translation>您的机构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/institution_dialog.py" line="37"/>
        <source>Every case package names the institution that sends it, so that partners know who answers them. Type the name of your hospital or department (never a patient&apos;s). It is remembered; you can change it in Tools → Settings.</source>
        <translation>每个病例包都会注明发送机构，以便合作机构知道是谁在答复。请输入您所在医院或科室的名称（切勿输入患者姓名）。该名称会被记住；可在“工具 → 设置”中更改。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/institution_dialog.py" line="46"/>
        <source>For example: West China Hospital, HPB Surgery</source>
        <translation>例如：四川大学华西医院，肝胆胰外科</translation>
    </message>
</context>
<context>
    <name>JointBanner</name>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="61"/>
        <location filename="../../src/casereview/ui/joint/banner.py" line="198"/>
        <source>Take control</source>
        <extracomment>Banner background while someone else drives, while we drive, while not connected. The user wants control (presenter: take it back; others: ask for it). A participant driving hands control back to the presenter. Follow (``True``) or look around (``False``). Leave the session.</extracomment>
        <translation>接管控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="66"/>
        <source>Hand back control</source>
        <translation>交还控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="71"/>
        <source>Look around</source>
        <translation>自由浏览</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="76"/>
        <source>Stop following to look at the case on your own; the session goes on</source>
        <translation>停止跟随，自行查看病例；会话继续进行</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="81"/>
        <source>Snap back</source>
        <translation>返回跟随</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="84"/>
        <source>Show again what the driver shows, and follow</source>
        <translation>重新显示主控方展示的内容并跟随</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="89"/>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="128"/>
        <source>Joining the session…</source>
        <translation>正在加入会话…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="130"/>
        <source>You are driving</source>
        <translation>您为主控方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="132"/>
        <source>{name} ({institution}) is driving</source>
        <translation>{name}（{institution}）为主控方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="136"/>
        <source>{name} is driving</source>
        <translation>{name} 为主控方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="172"/>
        <source>everyone sees what you show</source>
        <translation>所有人都能看到您展示的内容</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="174"/>
        <source>you asked for control; waiting for an answer</source>
        <translation>您已申请控制，正在等待答复</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="178"/>
        <source>you are looking around on your own</source>
        <translation>您正在自由浏览</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="180"/>
        <source>control is open: the first to take it drives</source>
        <translation>控制权空闲：先接管者成为主控方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="184"/>
        <source>you follow</source>
        <translation>您正在跟随</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="188"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="189"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="192"/>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="201"/>
        <source>Control asked for</source>
        <translation>已申请控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="203"/>
        <source>Ask for control</source>
        <translation>申请控制</translation>
    </message>
</context>
<context>
    <name>JointDialogs</name>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="53"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="210"/>
        <source>Invite</source>
        <extracomment>The relay suggested when the settings name none (``casereview-cli relay`` on this machine).</extracomment>
        <translation>邀请</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="62"/>
        <source>Key fingerprint {fingerprint}</source>
        <translation>密钥指纹 {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="68"/>
        <source>No partner&apos;s key card is trusted yet (casereview-cli session trust CARD): invite with a one-time code.</source>
        <translation>尚未信任任何合作机构的密钥卡（casereview-cli session trust CARD）：请使用一次性代码邀请。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="79"/>
        <source>Make a one-time code to read out on the phone</source>
        <translation>生成一次性代码，通过电话告知对方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="122"/>
        <source>Start remote session</source>
        <translation>开始远程会话</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="125"/>
        <source>Partners follow on their own screens, each from the copy of the case package they received; only the view travels, encrypted.</source>
        <translation>合作机构在各自的屏幕上跟随，各自使用收到的病例包副本；仅传输视图，且经过加密。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="141"/>
        <source>Shows</source>
        <translation>展示内容</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="143"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="345"/>
        <source>Your name as others see it</source>
        <translation>其他参会者看到的您的姓名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="145"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="347"/>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="152"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="177"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="389"/>
        <source>Give your name as the others will see it.</source>
        <translation>请输入其他参会者将看到的您的姓名。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="184"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="223"/>
        <source>Choose a partner to invite, or make a one-time code.</source>
        <translation>请选择要邀请的合作机构，或生成一次性代码。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="202"/>
        <source>Invite to the session</source>
        <translation>邀请加入会话</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="246"/>
        <source>Invitation to the remote session</source>
        <translation>远程会话邀请</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="255"/>
        <source>Read out the session id and the code on the phone. The code opens one join and lasts 10 minutes.</source>
        <translation>请通过电话告知会话 ID 和代码。该代码仅可用于一次加入，有效期 10 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="272"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="341"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="273"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="342"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="281"/>
        <source>Send this invitation to {institutions} (it opens only there):</source>
        <translation>请将此邀请发送给{institutions}（仅对方可打开）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="289"/>
        <source>Copy invitation</source>
        <translation>复制邀请</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="312"/>
        <source>Join remote session</source>
        <translation>加入远程会话</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="314"/>
        <source>With an invitation</source>
        <translation>使用邀请</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="318"/>
        <source>With a session id and a one-time code</source>
        <translation>使用会话 ID 和一次性代码</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="325"/>
        <source>Paste the invitation (casereview-invite:…)</source>
        <translation>粘贴邀请（casereview-invite:…）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="330"/>
        <source>ABCDE-FGHJK</source>
        <translation>ABCDE-FGHJK</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="338"/>
        <source>the invitation&apos;s relay</source>
        <translation>邀请中指定的中继</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="353"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="396"/>
        <source>Paste the invitation you received.</source>
        <translation>请粘贴您收到的邀请。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="402"/>
        <source>Type the session id and the code the presenter read out.</source>
        <translation>请输入主讲方告知的会话 ID 和代码。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="409"/>
        <source>A code names no relay: type the relay&apos;s address (nats://host:port), or set it in the Settings.</source>
        <translation>代码未指定中继：请输入中继地址（nats://host:port），或在“设置”中设定。</translation>
    </message>
</context>
<context>
    <name>JointParticipants</name>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="30"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="31"/>
        <source>connection lost</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="32"/>
        <source>left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="50"/>
        <source>Participant</source>
        <extracomment>Grant control to the participant of this id.</extracomment>
        <translation>参会者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="51"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="63"/>
        <source>Grant control</source>
        <translation>授予控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="67"/>
        <source>Hand control to the selected participant</source>
        <translation>将控制交给所选参会者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="89"/>
        <source>Session {session}</source>
        <translation>会话 {session}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="103"/>
        <source>{name} (you)</source>
        <translation>{name}（您）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="108"/>
        <source>presents</source>
        <translation>主讲</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="110"/>
        <source>drives</source>
        <translation>主控</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="112"/>
        <source>asks for control</source>
        <translation>申请控制</translation>
    </message>
</context>
<context>
    <name>JointReview</name>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="188"/>
        <source>Case #{case}, from case package {packages}</source>
        <extracomment>How long starting, joining or a control change may take before it is given up (seconds). How often the banner reads whether the local view follows (the core decides it on its network thread when the user changes the view while someone else drives). Width of the participants list beside the viewers (pixels). The series being opened for the session (linked once loaded, comparison included: a view still being arranged must not count as the user&apos;s own change). Our UIDs of the series being opened for the session (primary, comparison). The open presentation window (announced when shown) and its link to the session.</extracomment>
        <translation>病例 #{case}，来自病例包 {packages}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="197"/>
        <source>The agenda of meeting #{meeting}, from case packages {packages}</source>
        <translation>会议 #{meeting} 的议程，来自病例包 {packages}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="280"/>
        <source>Starting the remote session</source>
        <translation>正在开始远程会话</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="355"/>
        <source>Making the invitation</source>
        <translation>正在生成邀请</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="420"/>
        <location filename="../../src/casereview/ui/features/joint.py" line="449"/>
        <source>Joining the remote session</source>
        <translation>正在加入远程会话</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="485"/>
        <source>In remote session {session}</source>
        <translation>已加入远程会话 {session}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="501"/>
        <source>Remote session</source>
        <translation>远程会话</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="512"/>
        <source>Session participants</source>
        <translation>会话参会者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="562"/>
        <source>Leaving the remote session</source>
        <translation>正在离开远程会话</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="567"/>
        <source>You left the remote session</source>
        <translation>您已离开远程会话</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="611"/>
        <source>This series is not part of the session&apos;s case package: the others keep seeing the last view shown to them.</source>
        <translation>此序列不属于本会话的病例包：其他参会者仍看到最后向其展示的视图。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="724"/>
        <source>Loading the comparison series</source>
        <translation>正在加载对比序列</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="770"/>
        <location filename="../../src/casereview/ui/joint/presentation_link.py" line="116"/>
        <source>Not shared: the presenter shows a case of the agenda that is not part of this remote session.</source>
        <extracomment>Covers the key image when what the presenter shows cannot be shown here.</extracomment>
        <translation>未共享：主讲方正在展示的议程病例不属于本次远程会话。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="898"/>
        <source>{name} ({institution}) asks for control.</source>
        <translation>{name}（{institution}）申请控制。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="902"/>
        <source>{name} asks for control.</source>
        <translation>{name} 申请控制。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="908"/>
        <source>Control asked for</source>
        <translation>已申请控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="911"/>
        <source>Hand them control? You can take it back at any time.</source>
        <translation>是否将控制交给对方？您可随时收回。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="919"/>
        <source>Grant control</source>
        <translation>授予控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="924"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="977"/>
        <source>Taking control</source>
        <translation>正在接管控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="981"/>
        <source>Asking for control</source>
        <translation>正在申请控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="996"/>
        <source>Handing back control</source>
        <translation>正在交还控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1005"/>
        <source>Handing over control</source>
        <translation>正在移交控制</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/presentation_link.py" line="135"/>
        <source>The presenter shows a case that is not on the agenda of the meeting presented here. Present the meeting the case is on to see it.</source>
        <translation>主讲方正在展示的病例不在此处所展示会议的议程中。请展示包含该病例的会议以查看该病例。</translation>
    </message>
</context>
<context>
    <name>LandmarkPanel</name>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="197"/>
        <source>Place landmarks</source>
        <extracomment>&quot;Place landmarks&quot; was toggled (True: clicks on the slice place landmarks).</extracomment>
        <translation>放置标志点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="201"/>
        <source>Click the landmarks on the slice, in the order asked, to build the segments</source>
        <translation>按提示顺序在切片上点击标志点，以构建肝段</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="209"/>
        <source>Undo last point</source>
        <translation>撤销最后一个点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="211"/>
        <source>Next landmark</source>
        <translation>下一个标志点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="213"/>
        <source>Build segments</source>
        <translation>构建肝段</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="217"/>
        <source>Divide the liver into Couinaud segments 1–8 from these landmarks (planes through the hepatic veins and the portal bifurcation); replaces earlier ones</source>
        <translation>根据这些标志点将肝脏划分为Couinaud肝段1–8（经肝静脉和门静脉分叉的平面）；将替换先前的肝段</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="240"/>
        <source>All landmarks placed: press Build segments.</source>
        <translation>所有标志点已放置：请点击“构建肝段”。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="241"/>
        <source>Landmark {number} of {count} — {name} ({placed} placed): {what}</source>
        <translation>标志点 {number}/{count} — {name}（已放置 {placed} 个）：{what}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="255"/>
        <source>{name}: slice {number}</source>
        <translation>{name}：切片 {number}</translation>
    </message>
</context>
<context>
    <name>LiverLandmarks</name>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="44"/>
        <source>IVC at the confluence</source>
        <extracomment>The landmarks in the order they are placed (English; translated in the &quot;LiverLandmarks&quot; context when shown).</extracomment>
        <translation>汇合处的下腔静脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="46"/>
        <source>Click the centre of the IVC on the slice where the hepatic veins open into it.</source>
        <translation>在肝静脉汇入下腔静脉的切片上，点击下腔静脉中心。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="56"/>
        <source>IVC, lower point</source>
        <translation>下腔静脉，下方点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="58"/>
        <source>Scroll down at least 1 cm (to the caudate process) and click the centre of the IVC.</source>
        <translation>向下滚动至少 1 cm（至尾状突），并点击下腔静脉中心。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="68"/>
        <source>Right hepatic vein</source>
        <translation>肝右静脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="70"/>
        <source>Click two or more points along the right hepatic vein, from the IVC outwards; then press Next landmark.</source>
        <translation>沿肝右静脉从下腔静脉向外点击两个或更多点；然后点击“下一个标志点”。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="81"/>
        <source>Middle hepatic vein</source>
        <translation>肝中静脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="83"/>
        <source>Click two or more points along the middle hepatic vein, from the IVC outwards; then press Next landmark.</source>
        <translation>沿肝中静脉从下腔静脉向外点击两个或更多点；然后点击“下一个标志点”。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="94"/>
        <source>Left hepatic vein</source>
        <translation>肝左静脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="96"/>
        <source>Click two or more points along the left hepatic vein, from the IVC outwards; then press Next landmark.</source>
        <translation>沿肝左静脉从下腔静脉向外点击两个或更多点；然后点击“下一个标志点”。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="107"/>
        <source>Portal bifurcation</source>
        <translation>门静脉分叉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="109"/>
        <source>Click where the main portal vein divides into its right and left branches.</source>
        <translation>点击门静脉主干分为左右分支处。</translation>
    </message>
</context>
<context>
    <name>LiverPlanSlide</name>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="47"/>
        <source>Liver resection plan: {resection}</source>
        <extracomment>Badge colours (white text on them reads at ≥ 4.5:1), as in the liver planning window. The verdict&apos;s words on the black screen, in the badge&apos;s hue and light enough to read.</extracomment>
        <translation>肝切除方案：{resection}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="57"/>
        <source>Plan of {origin}, version {number} by {author}, {when}</source>
        <translation>{origin}的方案，版本 {number}，由{author}制定，{when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="61"/>
        <source>Version {number} by {author}, {when}</source>
        <translation>版本 {number}，由{author}制定，{when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="64"/>
        <source>{line} · {condition} · a planning aid for the MDT to confirm</source>
        <translation>{line} · {condition} · 供MDT确认的规划辅助</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="72"/>
        <source>no threshold applied</source>
        <translation>未应用阈值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="75"/>
        <source>PASS</source>
        <translation>足够</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="79"/>
        <source>enough — threshold ≥ {threshold:.1f} %</source>
        <translation>足够 — 阈值 ≥ {threshold:.1f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="84"/>
        <source>FAIL</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="88"/>
        <source>NOT enough — threshold ≥ {threshold:.1f} %</source>
        <translation>不足 — 阈值 ≥ {threshold:.1f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="120"/>
        <source>Whole liver {total:.0f} mL · tumour {tumour:.0f} mL · resected {resected:.0f} mL · future remnant {remnant:.0f} mL · tumour margin {margin}</source>
        <translation>全肝 {total:.0f} mL · 肿瘤 {tumour:.0f} mL · 切除 {resected:.0f} mL · 剩余肝 {remnant:.0f} mL · 肿瘤切缘 {margin}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="175"/>
        <source>No liver resection plan is stored for this case.</source>
        <extracomment>(name, value, verdict) labels of each ratio shown, in order.</extracomment>
        <translation>此病例未保存肝切除方案。</translation>
    </message>
</context>
<context>
    <name>LiverPlannerWindow</name>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="85"/>
        <source>Liver planning</source>
        <extracomment>Kinds of change to a case after which the window reads it again. Label values of the slice view&apos;s outlines beyond the Couinaud ones (1–8).</extracomment>
        <translation>肝脏规划</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="77"/>
        <source>Add point</source>
        <extracomment>Milliseconds between two redraws of the surface while a point is dragged. The surface was bent (a control point dragged, added or removed). A new surface replaces the plan (the start plane, or a saved plan&apos;s surface). The surface in patient coordinates (``None``: none yet). How the start plane was placed (``None``: a saved plan&apos;s surface).</extracomment>
        <translation>添加点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="82"/>
        <source>Click on the slice to add a control point; the surface bends through it</source>
        <translation>在切片上点击以添加控制点；切除面将弯曲经过该点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="88"/>
        <source>Remove last point</source>
        <translation>删除最后一个点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="92"/>
        <source>Remove the control point added last (the first three define the plane)</source>
        <translation>删除最后添加的控制点（前三个点确定平面）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="98"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="102"/>
        <source>Go back to the start plane by three points</source>
        <translation>返回由三点确定的初始平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="74"/>
        <source>Segment liver…</source>
        <extracomment>The seed shown on the slice was placed or taken away. Where the liver is being grown from (array-frame mm; ``None``: no seed). The liver segment to choose in the next viewer opened.</extracomment>
        <translation>分割肝脏…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="79"/>
        <source>Click a seed in the liver on the slice; the liver is grown from it</source>
        <translation>在切片上的肝脏内点击一个种子点；将由此进行肝脏区域生长</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="92"/>
        <source>Portal-venous</source>
        <translation>门静脉期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="94"/>
        <source>Arterial</source>
        <translation>动脉期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="97"/>
        <source>Non-contrast</source>
        <translation>平扫</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="104"/>
        <source>Correct with the brush</source>
        <translation>用画笔修正</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="108"/>
        <source>Open the series in the viewer with the Liver segment and the brush chosen</source>
        <translation>在查看器中打开该序列，并选中肝脏分割和画笔</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="79"/>
        <source>Remnant and resected part</source>
        <extracomment>Milliseconds the remnant and resected surfaces wait after the last change of the plan. Grows with every plan&apos;s parts asked for, so older ones are not shown.</extracomment>
        <translation>剩余肝与切除部分</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="84"/>
        <source>Show the plan&apos;s remnant (solid) and resected part (translucent) instead of the liver&apos;s segments</source>
        <translation>显示方案的剩余肝（实体）和切除部分（半透明），而非肝段</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="146"/>
        <source>Front view</source>
        <translation>正面视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="166"/>
        <source>Resection</source>
        <translation>切除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="168"/>
        <source>Future liver remnant</source>
        <translation>剩余肝体积(FLR)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="175"/>
        <source>Couinaud segments from landmarks</source>
        <translation>根据标志点生成Couinaud肝段</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="177"/>
        <source>Liver tool</source>
        <translation>肝脏工具</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="180"/>
        <source>Phase</source>
        <translation>期相</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="190"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="190"/>
        <source>Segments</source>
        <translation>分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="268"/>
        <source>Reading the liver plan</source>
        <translation>正在读取肝脏规划方案</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="274"/>
        <source>Liver planning — {title}</source>
        <translation>肝脏规划 — {title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="276"/>
        <source>Case #{number}: {title}</source>
        <translation>病例 #{number}：{title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="126"/>
        <source>Read from the series description.</source>
        <translation>从序列描述中读取。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="128"/>
        <source>Not in the series description: check it.</source>
        <translation>序列描述中未包含：请核实。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="133"/>
        <source>Liver segment: {name}</source>
        <translation>肝脏分割：{name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="137"/>
        <source>No liver segment yet.</source>
        <translation>尚无肝脏分割。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="107"/>
        <source>Segment {number}</source>
        <translation>肝段 {number}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="118"/>
        <source>Liver</source>
        <translation>肝脏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="127"/>
        <source>Tumour</source>
        <translation>肿瘤</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="146"/>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="193"/>
        <source>Making the 3-D surfaces</source>
        <translation>正在生成3D表面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="147"/>
        <source>No plan saved yet.</source>
        <translation>尚未保存方案。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="152"/>
        <source>Version {number} saved by {author}, {when}</source>
        <translation>版本 {number}，由{author}于{when}保存</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="166"/>
        <source>The saved plan&apos;s surface.</source>
        <translation>已保存方案的切除面。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="147"/>
        <source>Start plane: between the right liver (segments 5–8) and the left (2–4), along the middle hepatic vein; the right liver is resected. Drag the points to change it.</source>
        <translation>初始平面：位于右半肝（肝段5–8）与左半肝（2–4）之间，沿肝中静脉；切除右半肝。拖动控制点可进行调整。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="153"/>
        <source>Start plane: through the liver&apos;s centre, across the patient&apos;s left–right axis; the patient&apos;s right side is resected. Drag the points to change it.</source>
        <translation>初始平面：经过肝脏中心，与患者左右轴垂直；切除患者右侧部分。拖动控制点可进行调整。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_controller.py" line="196"/>
        <source>The plan could not be computed.</source>
        <extracomment>A plan was computed and shown (its 3-D parts follow once it stops changing). The Couinaud segments removed (empty: the surface decides). The plan computed for what is shown (``None`` while it is computed, or failed).</extracomment>
        <translation>无法计算该方案。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="167"/>
        <source>Remnant</source>
        <translation>剩余肝</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="168"/>
        <source>Resected</source>
        <translation>切除部分</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="347"/>
        <source>Click where the resection surface should pass (on this slice).</source>
        <translation>点击切除面应经过的位置（在此切片上）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="357"/>
        <source>Click inside the liver parenchyma, away from vessels and tumour, to segment the liver.</source>
        <translation>在肝实质内远离血管和肿瘤处点击，以分割肝脏。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="371"/>
        <source>seed</source>
        <translation>种子点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/segments_controller.py" line="126"/>
        <source>{count} Couinaud segments built from the landmarks.</source>
        <extracomment>The landmarks placed, or whether segments are being built, changed. Segments were built for the case (its id): the case is read again. The landmarks placed so far (array-frame mm). Segments are being built from the landmarks (their buttons wait).</extracomment>
        <translation>已根据标志点构建 {count} 个Couinaud肝段。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/segments_controller.py" line="135"/>
        <source>Building the Couinaud segments</source>
        <translation>正在构建Couinaud肝段</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="155"/>
        <source>Replace the liver segment?</source>
        <translation>替换肝脏分割？</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="156"/>
        <source>The case has a liver segment ({name}). Replace its voxels with the liver tool&apos;s result? Edit → Undo brings them back.</source>
        <translation>该病例已有肝脏分割（{name}）。是否用肝脏工具的结果替换其体素？可通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="190"/>
        <source>Segmenting the liver</source>
        <translation>正在分割肝脏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="204"/>
        <source>Segment liver</source>
        <translation>分割肝脏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="226"/>
        <source>Liver segmented: {volume:.0f} mL. Correct it with the brush if needed.</source>
        <translation>肝脏已分割：{volume:.0f} mL。如有需要，请用画笔修正。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="110"/>
        <source>Save this plan with the case: FLR {flr:.1f} %, remnant {remnant:.0f} mL of {total:.0f} mL. It is kept as a new version; earlier versions stay.</source>
        <extracomment>The saved version shown (``None``: none saved yet, or not read yet).</extracomment>
        <translation>随病例保存此方案：FLR {flr:.1f} %，剩余肝 {remnant:.0f} mL / {total:.0f} mL。将作为新版本保存；先前版本仍保留。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="129"/>
        <source>Liver plan version {number} saved.</source>
        <translation>肝脏规划方案版本 {number} 已保存。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="136"/>
        <source>Saving the liver plan</source>
        <translation>正在保存肝脏规划方案</translation>
    </message>
</context>
<context>
    <name>LiverSliceView</name>
    <message>
        <location filename="../../src/casereview/ui/liver/slice_view.py" line="449"/>
        <source>Slice {number} / {count}</source>
        <extracomment>Window (width, level) in HU: liver parenchyma, vessels and tumour apart. A press this close (screen pixels) to a handle grabs it. Colour of the resection surface&apos;s curve and handles, and of the removed part&apos;s tint. Margin (mm) beyond the liver&apos;s box (itself 20 mm wider than the liver) that the view shows. Slices moved by Page Up / Page Down. drag handles a new control point the next Couinaud landmark the liver tool&apos;s seed A handle is being dragged: ``(index, (z, y, x) mm)`` at every mouse move. A handle was let go: ``(index, (z, y, x) mm)``. A point was picked in a picking mode: ``(z, y, x) mm``. The slice shown changed. Grows with every plan shown, so cached drawings of an older plan are not reused.</extracomment>
        <translation>切片 {number} / {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="83"/>
        <source>Study browser</source>
        <extracomment>How often a viewer that is still loading redraws the slices that arrived. A viewer tab opened (the new :class:`ViewerWidget`). Tabs of series that hold pictures rather than a volume.</extracomment>
        <translation>检查浏览器</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="126"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="285"/>
        <source>Reading the index</source>
        <translation>正在读取索引</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="326"/>
        <source>Patients: {p} · Studies: {s} · Cases: {c}</source>
        <translation>患者：{p} · 检查：{s} · 病例：{c}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="331"/>
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="337"/>
        <source>Database: {kind}, schema {rev}</source>
        <translation>数据库：{kind}，结构版本 {rev}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="161"/>
        <source>Patient identity hidden</source>
        <translation>已隐藏患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="163"/>
        <source>Patient identity shown</source>
        <translation>已显示患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="44"/>
        <source>Reading the cases</source>
        <extracomment>Kinds of change that move a case&apos;s status or &quot;Updated&quot; without changing the index: the case list alone is read again (the browser reads everything on the others).</extracomment>
        <translation>正在读取病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="78"/>
        <source>Case “{title}” created</source>
        <translation>已创建病例“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="221"/>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="250"/>
        <source>Viewer</source>
        <translation>阅片器</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="156"/>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="195"/>
        <source>Loading images</source>
        <translation>正在加载图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="34"/>
        <source>casereview — Meetings</source>
        <extracomment>Kinds of change after which the Meetings window reads its lists again.</extracomment>
        <translation>casereview — 会议</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="40"/>
        <source>&amp;Undo {what}</source>
        <extracomment>Kinds of change an editor shows (a partner&apos;s layer included).</extracomment>
        <translation>撤销“{what}”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="46"/>
        <source>&amp;Redo {what}</source>
        <translation>重做“{what}”(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="61"/>
        <source>This series is in no case: create a case (Ctrl+N) to measure and segment.</source>
        <translation>此序列不属于任何病例：请先创建病例（Ctrl+N）再进行测量和分割。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="51"/>
        <source>Key image flagged</source>
        <translation>已标记关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="49"/>
        <source>Import a folder of DICOM files</source>
        <extracomment>Where the file dialogs start. Kept in memory only: staff name folders after patients, and the data directory&apos;s files must not hold identity. Older versions stored it in the window state; it is dropped from there.</extracomment>
        <translation>导入 DICOM 文件夹</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="58"/>
        <source>Import DICOM files, zip archives or a DICOMDIR</source>
        <translation>导入 DICOM 文件、zip 压缩包或 DICOMDIR</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="65"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="66"/>
        <source>DICOM, zip and DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)</source>
        <translation>DICOM、zip 和 DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="85"/>
        <source>An import is already running; wait for it to finish.</source>
        <translation>已有导入正在进行，请等待其完成。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="108"/>
        <source>Importing DICOM files</source>
        <translation>正在导入 DICOM 文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="111"/>
        <source>files</source>
        <translation>个文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="126"/>
        <source>Import cancelled; the files imported so far are kept.</source>
        <translation>导入已取消；已导入的文件会保留。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="189"/>
        <source>Demo case “{title}” is open</source>
        <translation>已打开演示病例“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="196"/>
        <source>Preparing the demo case</source>
        <translation>正在准备演示病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="70"/>
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="71"/>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="72"/>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="79"/>
        <source>3-D view</source>
        <translation>三维视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="86"/>
        <source>(comparison)</source>
        <translation>（对比）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="39"/>
        <location filename="../../src/casereview/ui/features/viewing.py" line="97"/>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="41"/>
        <location filename="../../src/casereview/ui/features/viewing.py" line="99"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="48"/>
        <source>The screenshot could not be written to {path}</source>
        <translation>无法将截图写入 {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="55"/>
        <location filename="../../src/casereview/ui/features/viewing.py" line="109"/>
        <source>Screenshot saved to {path}</source>
        <translation>截图已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="127"/>
        <source>Export volume as NIfTI</source>
        <translation>将容积导出为 NIfTI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="129"/>
        <source>NIfTI images (*.nii.gz *.nii)</source>
        <translation>NIfTI 图像 (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="140"/>
        <source>Volume written to {path}</source>
        <translation>容积已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="147"/>
        <source>Writing the NIfTI file</source>
        <translation>正在写入 NIfTI 文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="77"/>
        <source>Checking database and files</source>
        <translation>正在检查数据库和文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="29"/>
        <source>The database is sound and all {n} indexed files are unchanged.</source>
        <translation>数据库完好，全部 {n} 个已索引文件均未改变。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="36"/>
        <source>Missing: {path}</source>
        <translation>缺失：{path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="40"/>
        <source>Changed: {path}</source>
        <translation>已改变：{path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="43"/>
        <source>Problems were found ({m} missing, {c} changed files, {d} database problems):</source>
        <translation>发现问题（缺失文件 {m} 个，改变文件 {c} 个，数据库问题 {d} 个）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="49"/>
        <source>{n} file(s) ({mb:.1f} MB) left by interrupted imports; they are removed at the next start, or now with casereview-cli check --repair.</source>
        <translation>中断的导入留下了 {n} 个文件（{mb:.1f} MB）；它们会在下次启动时删除，也可立即用 casereview-cli check --repair 删除。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="59"/>
        <source>Check database and files</source>
        <translation>检查数据库和文件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/app/gui.py" line="108"/>
        <location filename="../../src/casereview/ui/shell.py" line="88"/>
        <source>casereview</source>
        <extracomment>Kinds of change after which the browser reads the index and the cases again. A :class:`Changes` record: what an operation changed. The browser&apos;s selection moved. Another tab came to the front. A viewer tab opened (the :class:`ViewerWidget`). ``(name, widget)``: a report or dialog opened. Files or folders were dropped on the window (a list of :class:`Path`). The window is closing. The browser shows a new reading of the index and cases.</extracomment>
        <translation>casereview</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="319"/>
        <source>Resectability: {change}</source>
        <translation>可切除性：{change}</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="56"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="61"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="62"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="63"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="64"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="229"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="242"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="65"/>
        <source>DICOM event</source>
        <translation>DICOM 事件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="66"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="67"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="85"/>
        <source>Filter: user, action, object…</source>
        <translation>筛选：用户、操作、对象…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="92"/>
        <source>newest </source>
        <translation>最新 </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="93"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="95"/>
        <source>Verify chain</source>
        <translation>验证哈希链</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="99"/>
        <source>The chain has not been verified in this window.</source>
        <translation>尚未在此窗口中验证哈希链。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="166"/>
        <source>The audit trail is intact: {n} records verified.</source>
        <translation>审计日志完整：已验证 {n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="179"/>
        <source>Verifying the audit trail</source>
        <translation>正在验证审计日志</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="67"/>
        <source>Sign off the decision</source>
        <extracomment>Emitted with (user name, PIN, new PIN) when Sign is pressed; the new PIN is &quot;&quot; unless the signer had none and chose one here.</extracomment>
        <translation>签署决策</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="71"/>
        <source>Signing freezes the decision: it can no longer be changed, only amended with a reason. Sign as the chair of the meeting.</source>
        <translation>签署后决策即被锁定：不能再更改，只能注明原因进行修订。请以会议主持人身份签署。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="95"/>
        <source>PIN or password</source>
        <translation>PIN 码或密码</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="100"/>
        <source>New PIN or password</source>
        <translation>新 PIN 码或密码</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="102"/>
        <source>The same again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="113"/>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="122"/>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="154"/>
        <source>{name} has no PIN yet. {name} chooses one now (at least {count} characters or digits) and signs with it from then on; nobody else should type it.</source>
        <translation>{name} 尚未设置 PIN 码。请 {name} 现在设置一个（至少 {count} 个字符或数字），此后即用它签署；他人不得代为输入。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="170"/>
        <source>The two PINs differ; type the same new PIN twice.</source>
        <translation>两次输入的 PIN 码不一致；请两次输入相同的新 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="119"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="227"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="141"/>
        <source>Choose…</source>
        <extracomment>Emitted with the stored :class:`Decision` after each save, signature or amendment. Milliseconds after the last change before the draft is written. Whether the form shows a draft brought back from the draft store.</extracomment>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="148"/>
        <source>e.g. Pancreatoduodenectomy with SMV resection</source>
        <translation>例如：胰十二指肠切除术联合肠系膜上静脉切除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="163"/>
        <source>e.g. NCCN Pancreatic Adenocarcinoma, PANC-3</source>
        <translation>例如：NCCN 胰腺癌指南，PANC-3</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="171"/>
        <source>Trial</source>
        <translation>试验名称</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="184"/>
        <source>Why the signed decision is changed</source>
        <translation>修改已签署决策的原因</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="187"/>
        <source>Reason for amendment</source>
        <translation>修订原因</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="197"/>
        <source>Recommendation</source>
        <translation>建议方案</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="198"/>
        <source>Procedure</source>
        <translation>术式</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="199"/>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="25"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="200"/>
        <source>Intent</source>
        <translation>治疗意图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="201"/>
        <source>Rationale</source>
        <translation>决策依据</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="202"/>
        <source>Guideline</source>
        <translation>指南</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="203"/>
        <source>Clinical trial</source>
        <translation>临床试验</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="154"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="228"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="325"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="204"/>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="567"/>
        <source>Staging</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="205"/>
        <source>Dissent</source>
        <translation>不同意见</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="206"/>
        <source>Participants</source>
        <translation>参与决策人员</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="209"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="368"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="212"/>
        <source>Sign off…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="215"/>
        <source>Amend…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="224"/>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="230"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="245"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="231"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="157"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="327"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="232"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="120"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="250"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="253"/>
        <source>Done / reopen</source>
        <translation>完成 / 重新打开</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="366"/>
        <source>Save amendment</source>
        <extracomment>The version of each listed action item (handed back when it is ticked off).</extracomment>
        <translation>保存修订</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="374"/>
        <source>Unsaved changes typed earlier are shown again.</source>
        <translation>之前输入但未保存的内容已重新显示。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="389"/>
        <source>Choose a case on the agenda.</source>
        <translation>请在议程中选择一个病例。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="391"/>
        <source>Amending decision #{id}: change what was decided and give the reason.</source>
        <translation>正在修订决策 #{id}：请修改决策内容并说明原因。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="395"/>
        <source>No decision yet: fill in the form and save the draft.</source>
        <translation>尚无决策：请填写表单并保存草稿。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="400"/>
        <source>Amendment of decision #{id} ({reason}). </source>
        <translation>决策 #{id} 的修订（{reason}）。 </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="404"/>
        <source>Signed off by {who} on {when}; frozen.</source>
        <translation>已由 {who} 于 {when} 签署；已锁定。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="410"/>
        <source>Draft #{id}: not signed yet.</source>
        <translation>草稿 #{id}：尚未签署。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="15"/>
        <source>Upfront resection</source>
        <translation>直接手术切除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="16"/>
        <source>Neoadjuvant therapy, then restaging</source>
        <translation>新辅助治疗后重新分期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="19"/>
        <source>Definitive chemo(radio)therapy</source>
        <translation>根治性化疗或放化疗</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="22"/>
        <source>Further investigation</source>
        <translation>进一步检查</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="23"/>
        <source>Surveillance</source>
        <translation>随访观察</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="24"/>
        <source>Best supportive care</source>
        <translation>最佳支持治疗</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="28"/>
        <source>Curative</source>
        <translation>根治性</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="29"/>
        <source>Palliative</source>
        <translation>姑息性</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="30"/>
        <source>Diagnostic</source>
        <translation>诊断性</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="31"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="34"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="35"/>
        <source>Eligible</source>
        <translation>符合入组条件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="36"/>
        <source>Not eligible</source>
        <translation>不符合入组条件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="39"/>
        <source>Expected</source>
        <translation>预计出席</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="40"/>
        <source>Present</source>
        <translation>现场出席</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="41"/>
        <source>Remote</source>
        <translation>远程参会</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="42"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="45"/>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="46"/>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="47"/>
        <source>Discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="48"/>
        <source>Deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="51"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="52"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="53"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="56"/>
        <source>Imaging reviewed</source>
        <translation>影像已复核</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="57"/>
        <source>Key images selected</source>
        <translation>关键图像已选定</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="58"/>
        <source>Pathology available</source>
        <translation>病理结果已到</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="61"/>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="62"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="56"/>
        <source>Quorum rule</source>
        <extracomment>Item data role holding an attendee&apos;s id (on the Name cell).</extracomment>
        <translation>法定人数规则</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="61"/>
        <source>Specialties that must take part (present or remote):</source>
        <translation>必须参会的专科（现场或远程）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="79"/>
        <source>At least this many taking part</source>
        <translation>最少参会人数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="83"/>
        <source>Also use for new meetings (saved in the settings)</source>
        <translation>同样用于新会议（保存在设置中）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="114"/>
        <source>New meeting</source>
        <extracomment>Emitted with a meeting id when the user starts the presentation. Emitted when another meeting (or none) is shown, so actions can follow. Emitted after attendees were added, removed or marked (a running presentation follows). Milliseconds after the last change to a meeting or a case&apos;s preparation before it is saved: long enough to save once per pause in typing, short enough to lose nothing. Number of the latest list reading asked for; an older one that ends later is dropped.</extracomment>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="120"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="78"/>
        <source>Meeting</source>
        <extracomment>Emitted with the :class:`Meeting` as stored after a save (the meeting list follows). Emitted with the :class:`MeetingDetail` read again to show the other version.</extracomment>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="91"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="114"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="224"/>
        <source>Title</source>
        <extracomment>The meeting as the details editor loaded or last saved it: its version goes back with the next save, so a change saved elsewhere meanwhile is not overwritten.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="115"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="116"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="117"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="225"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="118"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="226"/>
        <source>Remote link</source>
        <translation>远程会议链接</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="116"/>
        <source>Agenda (drag to reorder)</source>
        <extracomment>Item data role holding an agenda item&apos;s id. Emitted with the agenda item ids in their new order after a drag. Emitted with a meeting id and the agenda item id to select (or ``None``) when the meeting must be read again: after a change, and after a refused one.</extracomment>
        <translation>议程（拖动以调整顺序）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="126"/>
        <source>Add case</source>
        <translation>添加病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="129"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="132"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="135"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="93"/>
        <source>Selected case</source>
        <extracomment>Emitted with the :class:`AgendaItem` as stored after a save or read again after a conflict (the agenda row follows). Emitted with the :class:`MeetingDetail` read again to show the other version. The user asked for the decision form of the case. The user asked for the case&apos;s outcome report.</extracomment>
        <translation>所选病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="141"/>
        <source>Decision…</source>
        <translation>决策…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="145"/>
        <source>Case report (PDF)…</source>
        <translation>病例报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="151"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="323"/>
        <source>Question for the MDT</source>
        <translation>提交 MDT 讨论的问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="153"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="224"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="324"/>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="566"/>
        <source>History</source>
        <translation>病史</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="156"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="326"/>
        <source>Preparation</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="131"/>
        <source>Attendees</source>
        <extracomment>Emitted after attendees were added, removed or marked, or the quorum rule changed. Emitted with the :class:`MeetingDetail` read again after a change of attendance. Emitted with a meeting id that must be read again and shown (after a change, or after a refused one, so the table shows what is stored).</extracomment>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="140"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="162"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="197"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="141"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="198"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="142"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="169"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="200"/>
        <source>Specialty</source>
        <translation>专科</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="143"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="203"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="144"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="206"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="174"/>
        <source>Institution (visitors)</source>
        <translation>机构（外院来宾）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="183"/>
        <source>Add attendee</source>
        <translation>添加参会人员</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="187"/>
        <source>Remove attendee</source>
        <translation>移除参会人员</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="191"/>
        <source>Quorum rule…</source>
        <translation>法定人数规则…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="196"/>
        <source>From users</source>
        <translation>从用户中选择</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="187"/>
        <source>Start presentation (Ctrl+Shift+P)</source>
        <translation>开始演示（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="192"/>
        <source>Meeting report (PDF)…</source>
        <translation>会议报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="257"/>
        <source>Reading the meetings</source>
        <translation>正在读取会议</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="236"/>
        <source>(type a name below)</source>
        <translation>（在下方输入姓名）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="270"/>
        <source>Quorum met: {n} taking part.</source>
        <translation>已达法定人数：{n} 人参会。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="276"/>
        <source>No quorum: {n} of at least {m} taking part.</source>
        <translation>未达法定人数：{n} 人参会，至少需要 {m} 人。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="280"/>
        <source>Missing: {roles}.</source>
        <translation>缺少：{roles}。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="218"/>
        <source>Received from {institution} with the case</source>
        <translation>随病例从 {institution} 收到</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="414"/>
        <source>HPB MDT</source>
        <translation>肝胆胰 MDT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="294"/>
        <source>This case was taken off the agenda at another workstation; your text stays in the fields until you choose another case: copy what you need.</source>
        <translation>此病例已在另一工作站从议程中移除；在您选择其他病例之前，您的文本将保留在字段中：请复制所需内容。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="288"/>
        <source>Not saved: yours and theirs differ</source>
        <translation>未保存：您的版本与对方的版本不同</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="460"/>
        <source>Decision: {title}</source>
        <translation>决策：{title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="55"/>
        <source>Save report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="57"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="83"/>
        <source>Writing the meeting report</source>
        <translation>正在生成会议报告</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="111"/>
        <source>Writing the case report</source>
        <translation>正在生成病例报告</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="121"/>
        <source>Report written to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="182"/>
        <source>casereview — MDT presentation</source>
        <extracomment>Body text size in points at scale 1.0: readable from about 8 m on a 2 m wide projection. Screen height (pixels) the point sizes are for; the type follows the window&apos;s height (within TYPE_FOLLOWS_HEIGHT) so that a 720-line projector shows the same slide as a 1080-line one. The text column&apos;s share of the width at the default text size and at the largest: larger type gets a little more room, and the key image still covers most of the screen. Milliseconds a window resize must rest before key images are drawn at the new size. Emitted when the window closes. Emitted when another case or key image comes on screen (read :attr:`case_index` and :attr:`image_index`); a remote joint review shows the same at partners.</extracomment>
        <translation>casereview — MDT 演示</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="310"/>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="580"/>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="426"/>
        <source>casereview — MDT decision</source>
        <extracomment>The text column: the case&apos;s text, the decision form (when docked), the keys.</extracomment>
        <translation>casereview — MDT 决策</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="491"/>
        <source>This meeting has no cases on its agenda.</source>
        <translation>本次会议议程中没有病例。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="513"/>
        <source>{meeting} · case {n} of {total} · {quorum}</source>
        <translation>{meeting} · 第 {n}/{total} 个病例 · {quorum}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="519"/>
        <source>quorum met</source>
        <translation>已达法定人数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="521"/>
        <source>NO QUORUM</source>
        <translation>未达法定人数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="730"/>
        <source>Reading the resectability assessment</source>
        <translation>正在读取可切除性评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="222"/>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="565"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="540"/>
        <source>Show identity</source>
        <translation>显示身份</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="542"/>
        <source>Hide identity</source>
        <translation>隐藏身份</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="547"/>
        <source>Patient identity hidden</source>
        <translation>已隐藏患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="235"/>
        <source>Key measurements</source>
        <extracomment>Key images drawn ahead of the one on screen, by key image and size. The case&apos;s resectability assessment shown in place of the key images (key A). The case&apos;s liver resection plan shown in place of the key images (key L).</extracomment>
        <translation>关键测量值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="589"/>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="571"/>
        <source>Saved 3-D views</source>
        <translation>已保存的三维视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="260"/>
        <source>PgDn/PgUp next/previous · Ctrl+Shift+H show/hide identity · +/− text size · D decision panel · S decision on second screen · V viewer · A assessment · L liver plan · B blank · Esc leave</source>
        <translation>PgDn/PgUp 下一页/上一页 · Ctrl+Shift+H 显示/隐藏身份信息 · +/− 文字大小 · D 决定面板 · S 在第二屏幕显示决定 · V 查看器 · A 评估 · L 肝脏规划方案 · B 黑屏 · Esc 退出</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="575"/>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="577"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="631"/>
        <source>No key images for this case — press V to open the viewer</source>
        <translation>此病例没有关键图像 — 按 V 打开阅片器</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="641"/>
        <source>Key image {n} of {total}</source>
        <translation>关键图像 {n}/{total}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="656"/>
        <source>This key image cannot be drawn: {reason}</source>
        <translation>无法生成此关键图像：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="661"/>
        <source>Drawing key images…</source>
        <translation>正在生成关键图像…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/prepared_images.py" line="245"/>
        <source>Drawing key images</source>
        <extracomment>Draws one key image at ``(width, height)`` pixels as RGB rows, top row first; raises CasereviewError when it cannot (series gone, another series). Memory for drawn key images: about 80 images of a 1920×1080 screen&apos;s image area. The case&apos;s generation when the drawing began (see ``PreparedKeyImages.forget_cases``). A key image was drawn (or found impossible to draw); its UUID. Bumped for a case whose marks changed (``epoch``: for every case): drawings started before are stale.</extracomment>
        <translation>正在生成关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/prepared_images.py" line="269"/>
        <source>its images could not be read</source>
        <translation>其图像无法读取</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="812"/>
        <source>Loading images</source>
        <translation>正在加载图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/autosave.py" line="68"/>
        <source>Saving…</source>
        <extracomment>Colours of the state: saved (green) and not saved (red); &quot;Saving…&quot; stays neutral. Whether the form holds changes that are not stored yet.</extracomment>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/autosave.py" line="117"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/autosave.py" line="127"/>
        <source>see the message</source>
        <translation>请查看提示信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/autosave.py" line="129"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="73"/>
        <source>{citation}: {category} suggested ({criteria})</source>
        <extracomment>Item data role holding a key image&apos;s UUID in the list of key images to cite.</extracomment>
        <translation>{citation}：建议为{category}（{criteria}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="81"/>
        <source>{citation}: {summary}</source>
        <translation>{citation}：{summary}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="132"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="162"/>
        <source>Key images to cite:</source>
        <extracomment>The liver plan offered for citing (the case&apos;s newest; a partner&apos;s when it has none). What the decision shown (or the one being amended) cites. What the choice is compared with while editing, and the heading of the comparison.</extracomment>
        <translation>要引用的关键图像：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="221"/>
        <source>Evidence changes from the signed decision:</source>
        <translation>与已签署决策相比的依据变更：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="226"/>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="436"/>
        <source>Evidence changes from the amended decision:</source>
        <translation>与被修订决策相比的依据变更：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="231"/>
        <source>Changes from what the draft cites now:</source>
        <translation>与草稿当前引用内容相比的变更：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="254"/>
        <source>This case has no resectability assessment to cite.</source>
        <translation>此病例没有可引用的可切除性评估。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="261"/>
        <source>Suggested by the resectability assessment (version {number}, {criteria}), for the MDT to confirm; it fills none of the decision&apos;s fields:</source>
        <translation>可切除性评估（版本 {number}，{criteria}）给出的建议，待 MDT 确认；不会自动填写决策的任何字段：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="291"/>
        <source>Liver resection plan of {origin} (version {number}, by {author}), a planning aid for the MDT to confirm:</source>
        <translation>{origin}的肝切除方案（版本 {number}，由{author}制定），供MDT确认的规划辅助：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="297"/>
        <source>Liver resection plan (version {number}, by {author}), a planning aid for the MDT to confirm:</source>
        <translation>肝切除方案（版本 {number}，由{author}制定），供MDT确认的规划辅助：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="323"/>
        <source>Cite the assessment (none yet)</source>
        <translation>引用评估（尚无评估）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="328"/>
        <source>Cite this assessment (version {number}, SHA-256 {hash})</source>
        <translation>引用此评估（版本 {number}，SHA-256 {hash}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="338"/>
        <source>Cite this liver plan (version {number}, SHA-256 {hash})</source>
        <translation>引用此肝脏规划方案（版本 {number}，SHA-256 {hash}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="394"/>
        <source>Will be cited when saved:</source>
        <translation>保存时将引用：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="398"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="407"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="415"/>
        <source>Cited evidence (frozen when signed):</source>
        <translation>已引用的依据（签署后锁定）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="418"/>
        <source>This decision cites no evidence.</source>
        <translation>此决策未引用任何依据。</translation>
    </message>
</context>
<context>
    <name>PackageVerificationDialog</name>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="731"/>
        <source>Received case package</source>
        <translation>收到的病例包</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="748"/>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="748"/>
        <source>not named</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="749"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="750"/>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="756"/>
        <source>None: an opinion on %n image(s) it does not carry (your own, sent to the partner)</source>
        <translation>
            <numerusform>无：仅含对 %n 幅图像的意见，图像本身未随包发送（为您方此前发给合作机构的图像）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="764"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="768"/>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="774"/>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="776"/>
        <source>I know where this package comes from; import it anyway</source>
        <translation>我知道此病例包的来源；仍然导入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="785"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="802"/>
        <source>Verified: signed by %1; every file is intact.</source>
        <translation>已验证：由 %1 签名；所有文件均完好。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="807"/>
        <source>Intact, but signed by a key that is not in your trusted keys. Compare the key below with the sender before importing.</source>
        <translation>文件完好，但签名密钥不在您的受信任密钥中。导入前请与发送方核对下方密钥。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="811"/>
        <source>Intact, but not signed: nothing proves who sent it.</source>
        <translation>文件完好，但未签名：无法证明发送方身份。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="813"/>
        <source>Rejected: the package was altered, damaged or crafted. Nothing was imported.</source>
        <translation>已拒绝：病例包已被篡改、损坏或伪造。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Pacs</name>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="47"/>
        <source>Archive (PACS)</source>
        <extracomment>Width the Archive panel opens with: the results&apos; columns side by side, Local included. The action of View → Hide patient identity (the viewing feature&apos;s); the panel follows it.</extracomment>
        <translation>影像归档(PACS)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="131"/>
        <source>Images sent to us by an archive: {n} series imported.</source>
        <translation>影像归档(PACS)发送给本机的图像：已导入 {n} 个序列。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="67"/>
        <source>DICOM</source>
        <extracomment>Folder of the data directory where retrieved images are kept, the same one the command line (``casereview-cli pacs get``) uses, so a retrieve started in either resumes in the other. Local presence states of :func:`casereview.services.pacs.local_presence`. Colours of the &quot;here already&quot; marks; each is also told apart by its shape (ring, half, full disc with a tick), so the mark reads without colour vision and on either theme. The tick of the &quot;complete&quot; mark, as offsets from the mark&apos;s centre.</extracomment>
        <translation>DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="69"/>
        <source>DICOMweb</source>
        <translation>DICOMweb</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="111"/>
        <source>Here</source>
        <translation>已在本机</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="114"/>
        <source>{n} of {m}</source>
        <translation>{n}/{m}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="115"/>
        <source>Not here</source>
        <translation>不在本机</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="121"/>
        <source>Every image is on this workstation.</source>
        <translation>所有图像均已在本工作站上。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="124"/>
        <source>Partly here: {n} of the {m} images the archive has. Retrieve to fetch the rest.</source>
        <translation>部分已在本机：影像归档中 {m} 幅图像中的 {n} 幅。获取以下载其余图像。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="128"/>
        <source>Not on this workstation yet.</source>
        <translation>尚未在本工作站上。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/listener.py" line="86"/>
        <source>Listening on {host}:{port} as {ae}</source>
        <extracomment>The listener started, stopped or failed (:meth:`state_text` says which). Internal ids of series that images pushed to us were imported into (UI thread).</extracomment>
        <translation>正在以 {ae} 身份监听 {host}:{port}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/listener.py" line="90"/>
        <source>Not listening: {reason}</source>
        <translation>未监听：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/listener.py" line="93"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="95"/>
        <source>PACS nodes</source>
        <extracomment>Columns of the node table. Pages of the editor. Emitted with the node&apos;s name when a Test has answered (tests wait on it).</extracomment>
        <translation>PACS节点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="120"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="174"/>
        <source>Name</source>
        <extracomment>Name of the node being edited (``None``: a new one).</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="121"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="122"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="124"/>
        <source>Last test</source>
        <translation>上次测试</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="139"/>
        <source>Add DICOM node</source>
        <translation>添加DICOM节点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="144"/>
        <source>Add DICOMweb node</source>
        <translation>添加DICOMweb节点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="148"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="164"/>
        <source>What you call it, e.g. Hospital PACS</source>
        <translation>自定义名称，例如 医院PACS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="170"/>
        <source>Save node</source>
        <translation>保存节点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="207"/>
        <source>Host name or IP address, e.g. pacs.hospital.org</source>
        <translation>主机名或 IP 地址，例如 pacs.hospital.org</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="215"/>
        <source>Where the archive sends the images of a C-MOVE: the storage listener&apos;s port when it runs with the same AE title, otherwise a port opened for each transfer</source>
        <translation>影像归档(PACS)发送 C-MOVE 图像的目标端口：若存储监听(存储SCP)使用相同的AE title，则为其端口，否则为每次传输单独开启的端口</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="224"/>
        <source>Archive&apos;s AE title</source>
        <translation>影像归档(PACS)的AE title</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="225"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="226"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="306"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="227"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="313"/>
        <source>Our AE title</source>
        <translation>本机AE title</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="228"/>
        <source>Our port for C-MOVE</source>
        <translation>本机 C-MOVE 端口</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="229"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="262"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="237"/>
        <source>e.g. https://pacs.hospital.org/dicom-web</source>
        <translation>例如 https://pacs.hospital.org/dicom-web</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="241"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="243"/>
        <source>User name and password</source>
        <translation>用户名和密码</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="246"/>
        <source>Access token (bearer)</source>
        <translation>访问令牌（bearer）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="254"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="531"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="258"/>
        <source>Address (base URL)</source>
        <translation>地址（基础 URL）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="259"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="260"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="267"/>
        <source>Receiving images (storage listener)</source>
        <translation>接收图像：存储监听(存储SCP)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="271"/>
        <source>Start the listener with casereview</source>
        <translation>随 casereview 启动存储监听</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="281"/>
        <source>0.0.0.0 listens on every network interface (an archive on another computer); 127.0.0.1 only on this computer</source>
        <translation>0.0.0.0 在所有网络接口上监听（影像归档(PACS)位于其他计算机时）；127.0.0.1 仅在本计算机上监听</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="288"/>
        <source>Accept images from any sender (not only the DICOM nodes above)</source>
        <translation>接受来自任何发送方的图像（不限于上方的DICOM节点）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="294"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="314"/>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="316"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="337"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="340"/>
        <source>Check that the archive answers</source>
        <translation>检查影像归档(PACS)是否响应</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="382"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="388"/>
        <source>Not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="429"/>
        <source>Reached in {ms} ms</source>
        <translation>已连通，耗时 {ms} ms</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="435"/>
        <source>Testing {node}</source>
        <translation>正在测试 {node}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="476"/>
        <source>New DICOM node</source>
        <translation>新建DICOM节点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="478"/>
        <source>New DICOMweb node</source>
        <translation>新建DICOMweb节点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="501"/>
        <source>{node} ({kind})</source>
        <translation>{node}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="529"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="539"/>
        <source>Stored; type a new one to replace it</source>
        <translation>已保存；输入新值即可替换</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="541"/>
        <source>Kept in an owner-only file, never shown</source>
        <translation>保存在仅所有者可访问的文件中，从不显示</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="596"/>
        <source>PACS node {node} saved.</source>
        <translation>PACS节点 {node} 已保存。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="662"/>
        <source>Remove PACS node</source>
        <translation>删除PACS节点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="663"/>
        <source>Remove {node}? Its password or token is forgotten too. Images retrieved from it stay.</source>
        <translation>删除 {node}？其密码或令牌也将被清除。从该节点获取的图像将保留。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="760"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="48"/>
        <source>No archive is set up yet. Add the hospital&apos;s PACS under PACS nodes…</source>
        <extracomment>Modalities offered in the search (the field also takes any other code typed). The user asked to search (Search, or Return in a text field). The user asked for the PACS nodes dialog.</extracomment>
        <translation>尚未配置影像归档(PACS)。添加医院的PACS请使用 PACS节点…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="55"/>
        <source>PACS nodes…</source>
        <translation>PACS节点…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="62"/>
        <source>Name or its beginning; * and ? are wildcards</source>
        <translation>姓名或其开头部分；* 和 ? 为通配符</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="73"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="77"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="90"/>
        <source>Only studies on or after this date</source>
        <translation>仅显示此日期及之后的检查</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="93"/>
        <source>Only studies on or before this date</source>
        <translation>仅显示此日期及之前的检查</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="100"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="101"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="124"/>
        <source>C-GET brings the images back on the same connection; C-MOVE has the archive send them to our storage listener (the archive must know our AE title and port).</source>
        <extracomment>The panel, and the rows&apos; keys and roles callers import from here (they live with the results tree and the tasks&apos; work now). Retrieve methods of a DICOM node (a DICOMweb node always uses WADO-RS). The retrieve method of a DICOMweb node (the protocol&apos;s name is not translated). Emitted when a search, a series listing, a presence update or a retrieve has ended. Studies whose series are being listed. The results&apos; model (the tree&apos;s).</extracomment>
        <translation>C-GET 通过同一连接取回图像；C-MOVE 则由影像归档(PACS)将图像发送至本机的存储监听(存储SCP)（影像归档须知道本机的AE title和端口）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="132"/>
        <source>Retrieve</source>
        <translation>获取</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="115"/>
        <source>Archive</source>
        <translation>影像归档(PACS)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="117"/>
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="88"/>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="118"/>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="119"/>
        <source>Accession number</source>
        <translation>检查号</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="120"/>
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="86"/>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="125"/>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="141"/>
        <source>Retrieve by</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="83"/>
        <source>Patient / description</source>
        <extracomment>Item data roles (on the first column): the kind of row and its key. Role of the Local column: ``&quot;absent&quot;``, ``&quot;partial&quot;`` or ``&quot;complete&quot;``. Columns of the results. Emitted with a study&apos;s UID when it is expanded and its series are not listed yet. The search shown (``None`` before the first). Series listed so far, by study UID.</extracomment>
        <translation>患者 / 描述</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="84"/>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="85"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="87"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="262"/>
        <source>Searching {node}…</source>
        <translation>正在搜索 {node}…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="264"/>
        <source>Searching {node}</source>
        <translation>正在搜索 {node}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="277"/>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="279"/>
        <source>The search failed: {reason}</source>
        <translation>搜索失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="294"/>
        <source>{studies} studies of {patients} patients on {node}.</source>
        <translation>{node} 上有 {patients} 位患者的 {studies} 项检查。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="304"/>
        <source>Nothing on {node} matches the search.</source>
        <translation>{node} 上没有符合搜索条件的内容。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="119"/>
        <source>Patient {n}</source>
        <translation>患者 {n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="122"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="146"/>
        <source>(study without description)</source>
        <translation>（检查无描述）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="158"/>
        <source>Accession number {number}</source>
        <translation>检查号 {number}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="204"/>
        <source>Expand to list the series…</source>
        <translation>展开以列出序列…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="221"/>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="338"/>
        <source>Listing the series of a study</source>
        <translation>正在列出检查的序列</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="384"/>
        <source>Retrieving from {node} ({method})</source>
        <translation>正在从 {node} 获取（{method}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="389"/>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="402"/>
        <source>The retrieve stopped: {reason}</source>
        <translation>获取已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="406"/>
        <source>Series completed before are imported; images of an unfinished series are kept aside. Retrieve again to fetch only what is missing.</source>
        <translation>之前已完成的序列已导入；未完成序列的图像被暂存。再次获取即可仅下载缺失部分。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="429"/>
        <source>Retrieve cancelled. {n} series finished before are imported; the images that arrived of the series in progress are kept aside, not imported. Retrieve again to resume: only the missing images are fetched.</source>
        <translation>获取已取消。之前已完成的 {n} 个序列已导入；正在传输的序列中已接收的图像被暂存，未导入。再次获取即可继续：仅下载缺失的图像。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="438"/>
        <source>Retrieved {n} series ({images} new images).</source>
        <translation>已获取 {n} 个序列（{images} 幅新图像）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="450"/>
        <source>{n} files could not be imported (see the import report in the log).</source>
        <translation>{n} 个文件无法导入（请参阅日志中的导入报告）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="476"/>
        <source>Checking what is here</source>
        <translation>正在检查本机已有内容</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="499"/>
        <source>an unexpected problem (see the message shown)</source>
        <translation>意外问题（请参阅显示的消息）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="85"/>
        <source>Send results to PACS</source>
        <extracomment>Role of a result item: its :class:`ResultKind` value. How each kind is called in the list. Emitted when the list of results is shown (tests wait on it). Emitted when a send has ended (sent, refused, cancelled or failed).</extracomment>
        <translation>将结果发送至PACS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="95"/>
        <source>Results of case “{title}”</source>
        <translation>病例“{title}”的结果</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="112"/>
        <source>The archive files them with the patient&apos;s study. Results of one kind are sent together.</source>
        <translation>影像归档(PACS)会将其归入患者的检查。同类结果将一并发送。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="124"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="133"/>
        <source>Send to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="160"/>
        <source>Reading the case&apos;s results…</source>
        <translation>正在读取病例结果…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="163"/>
        <source>Reading the case&apos;s results</source>
        <translation>正在读取病例结果</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="262"/>
        <source>Sending results to {node}</source>
        <translation>正在将结果发送至 {node}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="267"/>
        <source>objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="278"/>
        <source>Sending was cancelled; what the archive took before the cancel stays there.</source>
        <translation>发送已取消；影像归档(PACS)在取消前已接收的内容将保留。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="287"/>
        <source>an unexpected problem</source>
        <translation>意外问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="290"/>
        <source>Nothing was sent: {reason}</source>
        <translation>未发送任何内容：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="302"/>
        <source>Sent {n} of {total} to {node}.</source>
        <translation>已向 {node} 发送 {total} 项中的 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="308"/>
        <source>Refused {m}:</source>
        <translation>被拒绝（{m}）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="316"/>
        <source>Cancelled: the results not offered yet were not sent.</source>
        <translation>已取消：尚未提交的结果未发送。</translation>
    </message>
</context>
<context>
    <name>PartnerKeysDialog</name>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="929"/>
        <source>Package signing keys</source>
        <translation>病例包签名密钥</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="934"/>
        <source>This institution (give this key to your partners)</source>
        <translation>本机构（请将此密钥提供给合作机构）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="939"/>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="940"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="942"/>
        <source>Trusted partners (their packages verify as signed by them)</source>
        <translation>受信任的合作机构（其病例包将被验证为由其签名）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="950"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="953"/>
        <source>Public key (from the partner&apos;s casereview)</source>
        <translation>公钥（来自合作机构的 casereview）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="954"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="957"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="989"/>
        <source>Type the partner institution&apos;s name.</source>
        <translation>请输入合作机构的名称。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="996"/>
        <source>That is not a casereview public key; ask the partner for the key shown here.</source>
        <translation>这不是 casereview 公钥；请向合作机构索取其在此处显示的密钥。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="1002"/>
        <source>Added %1 (fingerprint %2): compare the fingerprint with the partner by phone.</source>
        <translation>已添加 %1（指纹 %2）：请通过电话与合作机构核对指纹。</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../src/casereview/ui/redact_dialog.py" line="196"/>
        <source>Clean burned-in text</source>
        <translation>清除烧录文字</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/redact_dialog.py" line="202"/>
        <source>Drag a rectangle over every name, number or date burned into the picture. The marked areas are made black in all %n frame(s) before export.</source>
        <translation>
            <numerusform>请拖动矩形框覆盖图像中烧录的每个姓名、编号或日期。导出前，所有 %n 帧中标记的区域都会被涂黑。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/redact_dialog.py" line="211"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/redact_dialog.py" line="216"/>
        <source>Undo last</source>
        <translation>撤销上一个</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/redact_dialog.py" line="219"/>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/redact_dialog.py" line="250"/>
        <source>%n region(s) marked</source>
        <translation>
            <numerusform>已标记 %n 个区域</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="408"/>
        <source>Meeting</source>
        <extracomment>Resectability assessments by case id, printed with their case. What each decision cites, by decision id. Liver resection plans by case id, printed with their case.</extracomment>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="409"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="410"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="411"/>
        <source>Remote link</source>
        <translation>远程会议链接</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="412"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="417"/>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="421"/>
        <source>No attendees recorded.</source>
        <translation>未记录参会人员。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="426"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="427"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="428"/>
        <source>Specialty</source>
        <translation>专科</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="429"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="430"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="445"/>
        <source>Quorum met: {n} taking part (at least {m} required).</source>
        <translation>已达法定人数：{n} 人参会（至少需要 {m} 人）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="450"/>
        <source>Quorum NOT met: {n} taking part (at least {m} required); missing: {missing}.</source>
        <translation>未达法定人数：{n} 人参会（至少需要 {m} 人）；缺少：{missing}。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="462"/>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="466"/>
        <source>Question for the MDT</source>
        <translation>提交 MDT 讨论的问题</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="469"/>
        <source>History</source>
        <translation>病史</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="470"/>
        <location filename="../../src/casereview/ui/reports.py" line="607"/>
        <source>Staging</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="483"/>
        <source>Saved 3-D views</source>
        <translation>已保存的三维视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="490"/>
        <source>Key measurements</source>
        <translation>关键测量值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="494"/>
        <source>No measurements recorded.</source>
        <translation>未记录测量值。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="502"/>
        <source>What</source>
        <translation>测量项</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="80"/>
        <source>no category suggested</source>
        <translation>未给出建议分类</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="82"/>
        <source>at least {category}</source>
        <translation>至少为{category}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="90"/>
        <source>Criteria</source>
        <translation>判定标准</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="92"/>
        <source>Assessment version</source>
        <translation>评估版本</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="94"/>
        <source>version {number} of {when}, by {author}; SHA-256 {hash}</source>
        <translation>版本 {number}（{when}），作者 {author}；SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="105"/>
        <source>Suggested category</source>
        <translation>建议分类</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="138"/>
        <source>{angle} by {author}, {when}</source>
        <translation>{angle}，{author}，{when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="158"/>
        <source>Vessel</source>
        <translation>血管</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="159"/>
        <source>Measured angle</source>
        <translation>测量角度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="160"/>
        <source>Override (who, when)</source>
        <translation>修正（修正者，时间）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="161"/>
        <source>Angle the criteria read</source>
        <translation>判定标准采用的角度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="162"/>
        <source>Contact length</source>
        <translation>接触长度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="171"/>
        <source>{vessel}: {finding} — recorded by {author}</source>
        <translation>{vessel}：{finding} — 由{author}记录</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="181"/>
        <source>touches the tumour</source>
        <translation>与肿瘤接触</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="183"/>
        <source>no tumour contact</source>
        <translation>与肿瘤无接触</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="186"/>
        <source>{variant} ({touches}) — recorded by {author}</source>
        <translation>{variant}（{touches}）— 由{author}记录</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="196"/>
        <source>SMV–portal vein reconstructible: {value} — judged by {author}</source>
        <translation>SMV–门静脉可重建：{value} — 由{author}判定</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="231"/>
        <source>segment “{name}”</source>
        <translation>分割区域“{name}”</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="235"/>
        <source>key image “{caption}”</source>
        <translation>关键图像“{caption}”</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="239"/>
        <source>entered by {user} ({when})</source>
        <translation>由{user}录入（{when}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="264"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="265"/>
        <location filename="../../src/casereview/ui/report_liver.py" line="236"/>
        <location filename="../../src/casereview/ui/reports.py" line="503"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="266"/>
        <source>Rests on</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="278"/>
        <source>No evidence cited.</source>
        <translation>未引用任何依据。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="283"/>
        <source>{citation}: {category} suggested ({criteria})</source>
        <translation>{citation}：建议为{category}（{criteria}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="291"/>
        <source>{citation}: {summary}</source>
        <translation>{citation}：{summary}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="504"/>
        <source>By</source>
        <translation>测量者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="511"/>
        <source>Key images</source>
        <translation>关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="515"/>
        <source>No key images selected.</source>
        <translation>未选择关键图像。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="533"/>
        <source>(image not drawn)</source>
        <translation>（图像未生成）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="543"/>
        <source>Image unavailable: {reason}</source>
        <translation>图像不可用：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="554"/>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="558"/>
        <source>No decision recorded.</source>
        <translation>未记录决策。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="569"/>
        <source>Earlier versions (amended)</source>
        <translation>早期版本（已修订）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="578"/>
        <source>signed by {who} on {when}</source>
        <translation>由 {who} 于 {when} 签署</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="583"/>
        <source>amended by</source>
        <translation>已被修订为</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="593"/>
        <source>Recommendation</source>
        <translation>建议方案</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="596"/>
        <source>Intent</source>
        <translation>治疗意图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="597"/>
        <source>Rationale</source>
        <translation>决策依据</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="599"/>
        <source>Guideline</source>
        <translation>指南</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="603"/>
        <source>Clinical trial</source>
        <translation>临床试验</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="609"/>
        <source>Dissent</source>
        <translation>不同意见</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="610"/>
        <source>None recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="613"/>
        <source>Participants</source>
        <translation>参与决策人员</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="620"/>
        <source>Evidence cited</source>
        <translation>引用的依据</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="627"/>
        <source>Amends</source>
        <translation>修订对象</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="629"/>
        <source>decision #{id}; reason: {reason}</source>
        <translation>决策 #{id}；原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="637"/>
        <source>Signed off on {when}</source>
        <translation>于 {when} 签署</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="641"/>
        <source>Signed off by {who} on {when} (recorded by {user})</source>
        <translation>由 {who} 于 {when} 签署（由 {user} 录入）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="650"/>
        <location filename="../../src/casereview/ui/reports.py" line="657"/>
        <source>Sign-off</source>
        <translation>签署</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="659"/>
        <source>DRAFT — not signed by the chair</source>
        <translation>草稿 — 主持人尚未签署</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="668"/>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="676"/>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="677"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="678"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="679"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="688"/>
        <source>Produced {when} by {who} with casereview.</source>
        <translation>由 {who} 于 {when} 使用 casereview 生成。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="692"/>
        <source>Produced {when} with casereview.</source>
        <translation>由 casereview 于 {when} 生成。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="695"/>
        <source>casereview supports case review and team discussion. It is not cleared for primary diagnosis; clinical decisions rest with the treating team.</source>
        <translation>casereview 用于辅助病例讨论和团队讨论，未获批用于初级诊断；临床决策由诊疗团队负责。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="850"/>
        <source>Gathering the case</source>
        <extracomment>A CMap&apos;s mapping blocks; Qt writes them uncompressed.</extracomment>
        <translation>正在收集病例资料</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="870"/>
        <location filename="../../src/casereview/ui/reports.py" line="992"/>
        <source>Drawing key images</source>
        <translation>正在生成关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="938"/>
        <source>MDT outcome report</source>
        <translation>MDT 讨论结果报告</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="882"/>
        <location filename="../../src/casereview/ui/reports.py" line="884"/>
        <location filename="../../src/casereview/ui/reports.py" line="995"/>
        <source>Writing the PDF</source>
        <translation>正在写入 PDF</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="276"/>
        <source>Case #{id}: {title}</source>
        <extracomment>Pixels of the longer side of a key image in the PDF (about 9 cm at 150 dpi). Draws one key image as RGB pixels, or raises CasereviewError when it cannot. Families for Latin and accented text, the first one installed is used (Debian&apos;s fonts-noto-core, DejaVu, Windows and macOS). Latin comes from them, not from the CJK font: Qt writes no text mapping (ToUnicode) for the digit forms Noto Sans CJK shapes in Latin runs, so a reader or search could not get the digits of a date or a dose back. Height of the band under each page&apos;s text that holds the page footer (millimetres). Size of the page footer&apos;s text (points).</extracomment>
        <translation>病例 #{id}：{title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="281"/>
        <source>Patient: {identity}</source>
        <translation>患者：{identity}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="289"/>
        <source>Meeting: {title}, {when}</source>
        <translation>会议：{title}，{when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="296"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="970"/>
        <source>Gathering the meeting</source>
        <translation>正在收集会议资料</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="979"/>
        <location filename="../../src/casereview/ui/reports.py" line="994"/>
        <source>MDT meeting summary</source>
        <translation>MDT 会议纪要</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="981"/>
        <source>{title}, {when} — {n} cases</source>
        <translation>{title}，{when} — {n} 个病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="83"/>
        <source>not known (the standardised FLR and RBWR could not be computed)</source>
        <extracomment>Colours of a verdict in print: readable in black and white too, as the word says it. Hex digits of the plan&apos;s SHA-256 printed (enough to compare with a decision&apos;s citation).</extracomment>
        <translation>未知（无法计算标准化FLR和RBWR）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="87"/>
        <source>{height} cm, {weight} kg</source>
        <translation>{height} cm，{weight} kg</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="92"/>
        <source>entered by the planner</source>
        <translation>由规划者录入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="93"/>
        <source>read from the images (DICOM Patient&apos;s Size and Weight)</source>
        <translation>从图像中读取（DICOM Patient&apos;s Size 和 Patient&apos;s Weight）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="107"/>
        <source>a plane bent through {n} control points</source>
        <translation>经 {n} 个控制点弯曲的平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="109"/>
        <source>a plane through the liver</source>
        <translation>穿过肝脏的平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="117"/>
        <source>version {number} of {when}, by {author}; SHA-256 {hash}…</source>
        <translation>版本 {number}（{when}），作者 {author}；SHA-256 {hash}…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="128"/>
        <source>Plan of {origin}, received in a package; not planned here.</source>
        <translation>{origin}的方案，通过病例包接收；非本机构制定。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="142"/>
        <source>Whole liver (tumour included)</source>
        <translation>全肝（含肿瘤）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="145"/>
        <source>Tumour</source>
        <translation>肿瘤</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="147"/>
        <source>Resected (tumour included)</source>
        <translation>切除部分（含肿瘤）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="150"/>
        <source>Remnant</source>
        <translation>剩余肝</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="155"/>
        <source>Tumour left in the remnant</source>
        <translation>留在剩余肝内的肿瘤</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="167"/>
        <source>removed</source>
        <translation>已切除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="169"/>
        <source>remains</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="174"/>
        <source>Couinaud segment {label} ({state})</source>
        <translation>Couinaud肝段 {label}（{state}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="183"/>
        <source>Part of the liver</source>
        <translation>肝脏部分</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="184"/>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="197"/>
        <source>enough</source>
        <translation>足够</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="199"/>
        <source>NOT enough</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="235"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="237"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="238"/>
        <source>Verdict</source>
        <translation>判定结果</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="239"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="245"/>
        <source>FLR: future liver remnant as a share of the functional liver (whole minus tumour).</source>
        <translation>剩余肝体积(FLR)：剩余肝占功能性肝脏（全肝减去肿瘤）的比例。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="252"/>
        <source>Standardised FLR: future remnant over the standard liver volume {slv} (from a body surface area of {bsa} m² {bsa_ref}; formula {slv_ref}).</source>
        <translation>标准化FLR：剩余肝与标准肝体积 {slv} 之比（根据体表面积 {bsa} m² {bsa_ref} 计算；公式 {slv_ref}）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="264"/>
        <source>RBWR: remnant-to-body-weight ratio (1 mL of liver taken as 1 g).</source>
        <translation>RBWR：剩余肝与体重比（1 mL 肝脏按 1 g 计）。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="291"/>
        <source>Resection</source>
        <translation>切除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="293"/>
        <source>Liver condition</source>
        <translation>肝脏状况</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="296"/>
        <source>Height and weight</source>
        <translation>身高和体重</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="298"/>
        <source>Tumour margin</source>
        <translation>肿瘤切缘</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="302"/>
        <source>Future liver remnant</source>
        <translation>剩余肝体积(FLR)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="305"/>
        <source>Plan version</source>
        <translation>方案版本</translation>
    </message>
</context>
<context>
    <name>ResectabilityWindow</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="57"/>
        <source>casereview — Resectability</source>
        <extracomment>Kinds of change to a case after which the workbench reads it again.</extracomment>
        <translation>casereview — 可切除性评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="68"/>
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="72"/>
        <source>Measure the tumour&apos;s contact with each segmented vessel and store it as a new version (corrections and findings are kept)</source>
        <translation>测量肿瘤与每支已分割血管的接触，并保存为新版本（保留已有的修正和征象）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="80"/>
        <source>Our assessment, or a partner institution&apos;s received in a package</source>
        <translation>本机构的评估，或通过病例包收到的合作机构评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="89"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="90"/>
        <source>Findings</source>
        <translation>征象</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="203"/>
        <source>Reading the assessment</source>
        <translation>正在读取评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="209"/>
        <source>Case #{number}: {title}</source>
        <translation>病例 #{number}：{title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="233"/>
        <source>Our assessment</source>
        <translation>本机构的评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="236"/>
        <source>Assessment of {institution}</source>
        <translation>{institution} 的评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="252"/>
        <source>Received from {institution}: their version {number} — {change} ({author}, {when}); read-only</source>
        <translation>收自 {institution}：对方版本 {number} — {change}（{author}，{when}）；只读</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="262"/>
        <source>Not assessed yet: press Assess to measure the case&apos;s segments.</source>
        <translation>尚未评估：请按“评估”测量该病例的分割区域。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="264"/>
        <source>Version {number} — {change} ({author}, {when})</source>
        <translation>版本 {number} — {change}（{author}，{when}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="297"/>
        <source>Assessing resectability</source>
        <translation>正在评估可切除性</translation>
    </message>
</context>
<context>
    <name>ResectionChooser</name>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="47"/>
        <source>What the plan removes</source>
        <extracomment>Item data of the chooser&apos;s special entries. Couinaud segments to remove (sorted tuple of labels). The resection surface was chosen.</extracomment>
        <translation>方案切除范围</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="56"/>
        <source>{number} ({roman})</source>
        <translation>{number}（{roman}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="58"/>
        <source>Remove Couinaud segment {number}</source>
        <translation>切除Couinaud肝段 {number}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="80"/>
        <source>Resection surface (drag its points)</source>
        <translation>切除面（拖动其控制点）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="84"/>
        <source>Segments ticked below</source>
        <translation>下方勾选的肝段</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="92"/>
        <source>Named resections and segments need the Couinaud segments: place the landmarks and build them (Segments tab).</source>
        <translation>指定切除方式和肝段需要Couinaud肝段：请放置标志点并构建肝段（“肝段”选项卡）。</translation>
    </message>
</context>
<context>
    <name>SavePlanDialog</name>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="43"/>
        <source>Save liver plan</source>
        <translation>保存肝脏规划方案</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="48"/>
        <source>Note for the MDT (optional)</source>
        <translation>MDT备注（可选）</translation>
    </message>
</context>
<context>
    <name>ScreenshotDialog</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1328"/>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1338"/>
        <source>{n}× size</source>
        <translation>{n} 倍大小</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1340"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1341"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="53"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="77"/>
        <source>Tumour</source>
        <extracomment>&quot; (&lt;author&gt;, &lt;institution&gt;, &lt;time&gt;)&quot; after the name Names of the segment templates (``casereview.domain.segments``), marked for translation.</extracomment>
        <translation>肿瘤</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="54"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="76"/>
        <source>Pancreas</source>
        <translation>胰腺</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="55"/>
        <source>Superior mesenteric vein</source>
        <translation>肠系膜上静脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="56"/>
        <source>Portal vein</source>
        <translation>门静脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="57"/>
        <source>Superior mesenteric artery</source>
        <translation>肠系膜上动脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="58"/>
        <source>Celiac trunk</source>
        <translation>腹腔干</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="59"/>
        <source>Common hepatic artery</source>
        <translation>肝总动脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="60"/>
        <source>Aorta</source>
        <translation>主动脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="61"/>
        <source>Lymph node</source>
        <translation>淋巴结</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="62"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="75"/>
        <source>Liver</source>
        <translation>肝脏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="63"/>
        <source>Hepatic veins</source>
        <translation>肝静脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="64"/>
        <source>Inferior vena cava</source>
        <translation>下腔静脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="65"/>
        <source>Gallbladder</source>
        <translation>胆囊</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="66"/>
        <source>Common bile duct</source>
        <translation>胆总管</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="67"/>
        <source>Pancreatic duct</source>
        <translation>胰管</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="73"/>
        <source>Vein</source>
        <extracomment>The structures with HU ranges of their own, in the order the chooser lists them.</extracomment>
        <translation>静脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="74"/>
        <source>Artery</source>
        <translation>动脉</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="78"/>
        <source>Bile (gallbladder)</source>
        <translation>胆汁（胆囊）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="82"/>
        <source>Non-contrast</source>
        <extracomment>Contrast phases, in acquisition order.</extracomment>
        <translation>平扫</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="83"/>
        <source>Arterial</source>
        <translation>动脉期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="84"/>
        <source>Portal venous</source>
        <translation>门静脉期</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="115"/>
        <source>Segment</source>
        <translation>分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="116"/>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="117"/>
        <source>Diameters</source>
        <translation>径线</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="132"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="135"/>
        <source>Add an empty segment of the chosen type</source>
        <translation>添加所选类型的空分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="138"/>
        <source>Set type</source>
        <translation>设置类型</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="141"/>
        <source>Give the selected segment the chosen type&apos;s SNOMED CT category and type</source>
        <translation>将所选类型的 SNOMED CT 类别和类型赋予所选分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="147"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="150"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="165"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="170"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="239"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="309"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="174"/>
        <source>3-D brush (sphere)</source>
        <translation>三维画笔（球体）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="181"/>
        <source>Brush radius</source>
        <translation>画笔半径</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="187"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="191"/>
        <source>The structure whose HU range region growing and thresholds use</source>
        <translation>区域生长和阈值所采用的 HU 范围对应的结构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="200"/>
        <source>Contrast phase?</source>
        <translation>增强期相？</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="204"/>
        <source>The contrast phase of the series</source>
        <translation>该序列的增强期相</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="211"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="225"/>
        <source> HU</source>
        <extracomment>``(segment, type)`` whose structure the chooser last took, so a refresh after an edit leaves a range the user changed alone.</extracomment>
        <translation> HU</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="232"/>
        <source>HU range</source>
        <translation>HU 范围</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="242"/>
        <source>Cuts thin bridges to neighbouring structures after region growing (0: off)</source>
        <translation>区域生长后切断与相邻结构之间的细小连接（0：关闭）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="248"/>
        <source>Cut bridges</source>
        <translation>切断细连接</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="250"/>
        <source>Only slices</source>
        <translation>仅限层面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="253"/>
        <source>Grow only between these slices, e.g. below a venous confluence</source>
        <translation>仅在这些层面之间生长，例如静脉汇合处以下</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="272"/>
        <source>Region growing</source>
        <translation>区域生长</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="275"/>
        <source>Keep HU range</source>
        <translation>保留 HU 范围内体素</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="279"/>
        <source>Keep only the voxels of the segment whose value lies in the HU range</source>
        <translation>仅保留分割区域中数值位于 HU 范围内的体素</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="285"/>
        <source>Fill between slices</source>
        <translation>层间填充</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="289"/>
        <source>Interpolate the outline on the slices between the slices you drew</source>
        <translation>在您绘制的层面之间的层面上插值生成轮廓</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="299"/>
        <source> mL</source>
        <translation> mL</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="301"/>
        <source>Remove islands below</source>
        <translation>去除小于此体积的孤岛</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="310"/>
        <source>Smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="326"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="329"/>
        <source>Outlines only</source>
        <translation>仅显示轮廓</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="339"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="342"/>
        <source>Surfaces in 3-D</source>
        <translation>三维表面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="346"/>
        <source>Show the visible segments as surfaces in the 3-D view (2×2 layout)</source>
        <translation>在三维视图中以表面形式显示可见的分割区域（2×2 布局）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="354"/>
        <source>Import SEG…</source>
        <translation>导入 SEG…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="358"/>
        <source>Add the segments of a DICOM Segmentation made on this series</source>
        <translation>添加基于此序列制作的 DICOM Segmentation 中的分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="364"/>
        <source>Export SEG…</source>
        <translation>导出 SEG…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="368"/>
        <source>Write the case&apos;s segments as a DICOM Segmentation (names, codes, colours)</source>
        <translation>将病例的分割区域保存为 DICOM Segmentation（名称、编码、颜色）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="407"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="602"/>
        <source> (other series)</source>
        <translation> （其他序列）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="411"/>
        <source> ({origin})</source>
        <translation>（{origin}）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="418"/>
        <source>{ml:.1f} mL</source>
        <translation>{ml:.1f} mL</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="421"/>
        <source>{d:.0f} mm; {a:.0f} × {b:.0f} mm</source>
        <translation>{d:.0f} mm；{a:.0f} × {b:.0f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="441"/>
        <source>Longest diameter {d:.1f} mm; axial long × short axis {a:.1f} × {b:.1f} mm</source>
        <translation>最大径 {d:.1f} mm；轴位长径 × 短径 {a:.1f} × {b:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="517"/>
        <source>HU ranges are for CT; set the range of this series yourself.</source>
        <translation>HU 范围仅适用于 CT；请自行设置此序列的范围。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="524"/>
        <source>The series does not say its contrast phase: choose it to use the structure&apos;s HU range.</source>
        <translation>该序列未注明增强期相：请选择期相以使用该结构的 HU 范围。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="544"/>
        <source>{structure}, {phase}: {lower:.0f} to {upper:.0f} HU</source>
        <translation>{structure}，{phase}：{lower:.0f} 至 {upper:.0f} HU</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="548"/>
        <source>Range changed by hand ({structure}, {phase}: {lower:.0f} to {upper:.0f} HU)</source>
        <translation>范围已手动修改（{structure}，{phase}：{lower:.0f} 至 {upper:.0f} HU）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="569"/>
        <source>Select a segment to edit it, or add one.</source>
        <translation>请选择要编辑的分割区域，或添加一个。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="573"/>
        <source>{category} / {type} ({scheme} {value}), by {author}</source>
        <translation>{category} / {type}（{scheme} {value}），作者：{author}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="649"/>
        <source>Segment colour</source>
        <translation>分割区域颜色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="695"/>
        <source>Add or select a segment first.</source>
        <translation>请先添加或选择一个分割区域。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="709"/>
        <source>Applying the HU range</source>
        <translation>正在应用 HU 范围</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="717"/>
        <source>Filling between slices</source>
        <translation>正在进行层间填充</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="726"/>
        <source>Removing small islands</source>
        <translation>正在去除小孤岛</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="735"/>
        <source>Smoothing</source>
        <translation>正在平滑</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="747"/>
        <source>Import DICOM Segmentation</source>
        <translation>导入 DICOM Segmentation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="749"/>
        <source>DICOM files (*.dcm *.DCM);;All files (*)</source>
        <translation>DICOM 文件 (*.dcm *.DCM);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="762"/>
        <source>{n} segment(s) imported.</source>
        <translation>已导入 {n} 个分割区域。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="768"/>
        <source>Importing the segmentation</source>
        <translation>正在导入分割</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="776"/>
        <source>Export DICOM Segmentation</source>
        <translation>导出 DICOM Segmentation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="778"/>
        <source>DICOM files (*.dcm)</source>
        <translation>DICOM 文件 (*.dcm)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="789"/>
        <source>Segmentation written to {path}</source>
        <translation>分割已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="795"/>
        <source>Writing the segmentation</source>
        <translation>正在写入分割</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="55"/>
        <source>Criteria set:</source>
        <extracomment>Colour of each category&apos;s heading (readable on light and dark backgrounds). The id of the criteria set a person chose.</extracomment>
        <translation>标准集：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="70"/>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="74"/>
        <source>Assess the case to measure the contact with each vessel.</source>
        <translation>请评估该病例，以测量肿瘤与每支血管的接触。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="87"/>
        <source>No category can be suggested</source>
        <translation>无法建议分类</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="90"/>
        <source>Suggested: at least {category} — for the MDT to confirm</source>
        <translation>建议：至少为{category} — 待 MDT 确认</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="93"/>
        <source>Suggested: {category} — for the MDT to confirm</source>
        <translation>建议：{category} — 待 MDT 确认</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="49"/>
        <source>a few seconds left</source>
        <extracomment>A unit of long work: receives a progress reporter and a cancel token, returns a result. Seconds between two updates of the progress text (values still move on every report).</extracomment>
        <translation>还剩几秒</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="51"/>
        <source>about {n} s left</source>
        <translation>大约还剩 {n} 秒</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="53"/>
        <source>about {n} min left</source>
        <translation>大约还剩 {n} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="54"/>
        <source>about {h} h {m} min left</source>
        <translation>大约还剩 {h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="206"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/data.py" line="42"/>
        <source>Reading the assessment</source>
        <extracomment>Progress steps (translated by the task runner in its &quot;TaskRunner&quot; context).</extracomment>
        <translation>正在读取评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/data.py" line="43"/>
        <source>Reading the images of the vessels</source>
        <translation>正在读取血管图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/data.py" line="44"/>
        <source>Measuring the contact along each vessel</source>
        <translation>正在沿每支血管测量接触</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="155"/>
        <source>Length</source>
        <extracomment>The tools that mark and measure; the others paint segments. Names of the measurements, translated where shown.</extracomment>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="158"/>
        <source>Angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="158"/>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="147"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="156"/>
        <source>Long axis</source>
        <translation>长径</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="157"/>
        <source>Short axis</source>
        <translation>短径</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="159"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="160"/>
        <source>Perimeter</source>
        <translation>周长</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="161"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="162"/>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="163"/>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="164"/>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/editor.py" line="66"/>
        <source>Measure and segment</source>
        <translation>测量与分割</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/editor.py" line="74"/>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/editor.py" line="76"/>
        <source>Segments</source>
        <translation>分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/editor.py" line="107"/>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="46"/>
        <source>Add or select a segment in the Segments panel first.</source>
        <translation>请先在“分割区域”面板中添加或选择一个分割区域。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="192"/>
        <source>Choose the 2×2 layout for the 3-D view, and paint a segment first.</source>
        <translation>请先选择含三维视图的 2×2 布局，并涂画一个分割区域。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="148"/>
        <source>Text of the note:</source>
        <translation>注释内容：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="156"/>
        <source>Point {n}</source>
        <translation>点 {n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="159"/>
        <source>Name of the point:</source>
        <translation>点的名称：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="54"/>
        <source>This segment was drawn on another series; open that series.</source>
        <translation>此分割区域是在另一序列上绘制的；请打开该序列。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="151"/>
        <source>Region growing</source>
        <translation>区域生长</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="180"/>
        <source>Nothing changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="310"/>
        <source>Choose the 2×2 layout to show the 3-D view first.</source>
        <translation>请先选择 2×2 布局以显示三维视图。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="19"/>
        <source>Add {kind}</source>
        <extracomment>The commands&apos; text templates, marked for translation (``casereview.commands.edits``).</extracomment>
        <translation>添加{kind}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="20"/>
        <source>Move {kind}</source>
        <translation>移动{kind}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="21"/>
        <source>Rename annotation</source>
        <translation>重命名标注</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="22"/>
        <source>Show annotation</source>
        <translation>显示标注</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="23"/>
        <source>Hide annotation</source>
        <translation>隐藏标注</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="24"/>
        <source>Delete annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="25"/>
        <source>Flag key image</source>
        <translation>标记关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="26"/>
        <source>Remove key image</source>
        <translation>移除关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="27"/>
        <source>Add segment {name}</source>
        <translation>添加分割区域 {name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="28"/>
        <source>Change segment {name}</source>
        <translation>更改分割区域 {name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="29"/>
        <source>Delete segment</source>
        <translation>删除分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="30"/>
        <source>Edit segment</source>
        <translation>编辑分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="31"/>
        <source>Paint</source>
        <translation>涂画</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="32"/>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="33"/>
        <source>Region growing</source>
        <translation>区域生长</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="34"/>
        <source>Threshold</source>
        <translation>阈值分割</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="35"/>
        <source>Fill between slices</source>
        <translation>层间填充</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="36"/>
        <source>Remove small islands</source>
        <translation>去除小孤岛</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="37"/>
        <source>Smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="38"/>
        <source>Import segmentation</source>
        <translation>导入分割</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="40"/>
        <source>length</source>
        <translation>长度测量</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="41"/>
        <source>bidirectional</source>
        <translation>双径测量</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="42"/>
        <source>angle</source>
        <translation>角度测量</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="43"/>
        <source>ellipse</source>
        <translation>椭圆 ROI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="44"/>
        <source>polygon</source>
        <translation>多边形 ROI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="45"/>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="46"/>
        <source>text</source>
        <translation>文本注释</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="47"/>
        <source>arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="27"/>
        <source>Merge patients</source>
        <extracomment>The identity commands&apos; texts in the Edit menu&apos;s Undo/Redo entries.</extracomment>
        <translation>合并患者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="28"/>
        <source>Keep patients apart</source>
        <translation>保持患者分开</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="29"/>
        <source>Split studies off</source>
        <translation>拆分检查</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="49"/>
        <source>Who is working?</source>
        <translation>当前使用者是谁？</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="52"/>
        <source>Everything you create and every case you open is recorded under the user chosen here.</source>
        <translation>您创建的所有内容和打开的每个病例都将记录在此处所选用户名下。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="60"/>
        <source>Known user</source>
        <translation>已有用户</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="72"/>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="85"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="86"/>
        <source>Name shown</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="87"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="88"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="91"/>
        <source>Ask at every start</source>
        <translation>每次启动时询问</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="124"/>
        <source>Choose a user from the list.</source>
        <translation>请从列表中选择用户。</translation>
    </message>
</context>
<context>
    <name>VesselTable</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="56"/>
        <source>Vessel</source>
        <extracomment>Contact above this angle (degrees) is flagged (encasement; most criteria turn on it). The role (``&quot;smv&quot;``...) of the vessel chosen, ``&quot;&quot;`` for none.</extracomment>
        <translation>血管</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="57"/>
        <source>Measured</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="58"/>
        <source>Corrected (by, when)</source>
        <translation>修正值（修正人，时间）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="59"/>
        <source>Contact length</source>
        <translation>接触长度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="60"/>
        <source>Landmarks</source>
        <translation>解剖标志</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="61"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="138"/>
        <source>{angle:.1f}° — {author}, {when}</source>
        <translation>{angle:.1f}° — {author}，{when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="149"/>
        <source>&gt; 180°</source>
        <translation>&gt; 180°</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="151"/>
        <source>corrected</source>
        <translation>已修正</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="153"/>
        <source>not near the tumour</source>
        <translation>未邻近肿瘤</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="155"/>
        <source>segment chosen by hand</source>
        <translation>手动指定的分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="161"/>
        <source>not segmented</source>
        <translation>未分割</translation>
    </message>
</context>
<context>
    <name>VesselView</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="88"/>
        <source>Record as the vessel&apos;s angle</source>
        <extracomment>Half the width (mm) of the straightened view: the vessel and the tumour beside it, tall enough to follow the vessel. What the masks read as when the series&apos; images cannot be read (vessel bright, tumour grey). ``(angle_deg, reason)``: record a person&apos;s angle for the vessel shown. Remove the person&apos;s angle of the vessel shown.</extracomment>
        <translation>记录为该血管的角度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="90"/>
        <source>Discard the correction</source>
        <translation>放弃修正</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="92"/>
        <source>Back to measured</source>
        <translation>恢复测量值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="95"/>
        <source>Remove the corrected angle; the rules read the measured one again</source>
        <translation>移除修正角度；规则将重新采用测量角度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="213"/>
        <source>Choose a vessel in the table</source>
        <translation>请在表格中选择血管</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="218"/>
        <source>{vessel}: not near the tumour, no sections measured</source>
        <translation>{vessel}：未邻近肿瘤，未测量横截面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="222"/>
        <source>{vessel}: largest contact {angle:.0f}° over {length:.1f} mm</source>
        <translation>{vessel}：最大接触角 {angle:.0f}°，接触长度 {length:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="255"/>
        <source>Drag an end of a red arc to correct the contact.</source>
        <translation>拖动红色弧线的端点以修正接触范围。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="260"/>
        <source>Corrected at {position:.1f} mm: {angle:.0f}° (measured here {measured:.0f}°)</source>
        <translation>已在 {position:.1f} mm 处修正：{angle:.0f}°（此处测量值 {measured:.0f}°）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="273"/>
        <source>Contact arcs corrected on the cross-section at {position:.1f} mm along the vessel (measured there {measured:.1f}°)</source>
        <translation>已在沿血管 {position:.1f} mm 处的横截面上修正接触弧（该处测量值 {measured:.1f}°）</translation>
    </message>
</context>
<context>
    <name>View3D</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="110"/>
        <source>CT angiography</source>
        <extracomment>Milliseconds without camera or crosshair movement before the full-quality frame. Milliseconds without new voxels before the volume rendering is prepared (a loading series reports new voxels every quarter second; preparing blocks the UI for a few seconds).</extracomment>
        <translation>CT 血管成像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="111"/>
        <source>Soft tissue</source>
        <translation>软组织</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="112"/>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="113"/>
        <source>Vessels &amp; organs</source>
        <translation>血管与器官</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="114"/>
        <source>3-D MIP</source>
        <translation>三维 MIP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="118"/>
        <source>A</source>
        <translation>前</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="119"/>
        <source>Anterior</source>
        <translation>前方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="122"/>
        <source>P</source>
        <translation>后</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="123"/>
        <source>Posterior</source>
        <translation>后方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="125"/>
        <source>R</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="125"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="126"/>
        <source>L</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="126"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="128"/>
        <source>S</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="129"/>
        <source>Superior</source>
        <translation>上方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="132"/>
        <source>I</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="133"/>
        <source>Inferior</source>
        <translation>下方</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="137"/>
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="138"/>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="139"/>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
</context>
<context>
    <name>View3DWidget</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="364"/>
        <source>Preparing the 3-D rendering…</source>
        <extracomment>Called after every frame (the widget checks for a volume rendering to prepare). A screenshot was written (its :class:`Path`). A movie was written (its :class:`Path`). Label value of each surface to the segment it shows, and to an iso-surface&apos;s CT value: what a 3-D key image keeps of the surfaces (``scene``).</extracomment>
        <translation>正在准备三维渲染…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="385"/>
        <source>Volume rendering preset</source>
        <translation>容积再现预设</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="393"/>
        <source>Look from the {side}</source>
        <translation>从{side}观察</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="399"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="400"/>
        <source>Back to the starting view of the whole volume</source>
        <translation>恢复到整个容积的初始视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="405"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="409"/>
        <source>Show the 3-D settings: preset editor, crop and clipping, segments, saved views, screenshot and movie</source>
        <translation>显示三维设置：预设编辑器、裁剪与剪切、分割区域、已保存视图、截图和视频</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="439"/>
        <source>Volume rendering</source>
        <translation>容积再现</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="442"/>
        <source>Volume</source>
        <translation>容积</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="446"/>
        <source>Planes</source>
        <translation>平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="448"/>
        <source>Show the axial, coronal and sagittal slices</source>
        <translation>显示轴位、冠状位和矢状位层面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="450"/>
        <source>Shading</source>
        <translation>光照</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="453"/>
        <source>3-D MIP</source>
        <translation>三维 MIP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="455"/>
        <source>Brightest value along each ray instead of surfaces</source>
        <translation>显示每条射线上的最大值，而非表面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="464"/>
        <source>Range of CT values over which opacity rises</source>
        <translation>不透明度上升所跨越的 CT 值范围</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="469"/>
        <source>Centre of the opacity ramp</source>
        <translation>不透明度斜坡的中心</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="473"/>
        <source>Window</source>
        <translation>窗宽</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="474"/>
        <source>Level</source>
        <translation>窗位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="478"/>
        <source>Highest opacity of the ramp</source>
        <translation>斜坡的最大不透明度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="480"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="566"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="486"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="490"/>
        <source>Preset name</source>
        <translation>预设名称</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="491"/>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="494"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="623"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="496"/>
        <source>Delete the chosen user preset</source>
        <translation>删除所选的用户预设</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="508"/>
        <source>Crop and clip</source>
        <translation>裁剪与剪切</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="510"/>
        <source>Crop box (% of the volume)</source>
        <translation>裁剪框（占容积的 %）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="534"/>
        <source>Clipping plane</source>
        <translation>剪切平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="545"/>
        <source>Flip</source>
        <translation>翻转</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="547"/>
        <source>Keep the other side of the plane</source>
        <translation>保留平面的另一侧</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="554"/>
        <source>Move the plane (mm from the crosshair along its normal)</source>
        <translation>移动平面（沿其法线方向距十字线的毫米数）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="561"/>
        <source>Surfaces</source>
        <translation>表面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="566"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="620"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="566"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="566"/>
        <source>Segment</source>
        <translation>分割区域</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="581"/>
        <source>CT value of the surface (about 200 HU: opacified vessels and bone)</source>
        <translation>表面的 CT 值（约 200 HU：强化血管和骨）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="583"/>
        <source>Add iso-surface</source>
        <translation>添加等值面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="590"/>
        <source>Export STL/OBJ…</source>
        <translation>导出 STL/OBJ…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="593"/>
        <source>Write the shown surfaces for 3-D printing or planning software</source>
        <translation>保存所显示的表面，用于三维打印或手术规划软件</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="596"/>
        <source>Remove all</source>
        <translation>全部移除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="605"/>
        <source>Saved views</source>
        <translation>已保存视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="609"/>
        <source>Name of this view</source>
        <translation>此视图的名称</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="610"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="613"/>
        <source>Keep this camera and preset under a name, for key images and the MDT</source>
        <translation>以名称保存此相机视角和预设，用于关键图像和 MDT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="639"/>
        <source>Views can be saved when the series is opened from the study browser</source>
        <translation>从检查浏览器打开序列时才能保存视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="644"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="649"/>
        <source>{n}× size</source>
        <translation>{n} 倍大小</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="651"/>
        <source>Screenshot…</source>
        <translation>截图…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="653"/>
        <source>Save the 3-D view as a PNG picture</source>
        <translation>将三维视图保存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="661"/>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="662"/>
        <source>360° movie…</source>
        <translation>360° 旋转视频…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="664"/>
        <source>One turn round the patient as MP4 or animated GIF</source>
        <translation>围绕患者旋转一周，保存为 MP4 或 GIF 动画</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="690"/>
        <source>(edited)</source>
        <translation>（已编辑）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="729"/>
        <source>Colour at {value:.0f} HU</source>
        <translation>{value:.0f} HU 处的颜色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="757"/>
        <source>Colour of the preset</source>
        <translation>预设颜色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="878"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="890"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="904"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1134"/>
        <source>Making surfaces</source>
        <translation>正在生成表面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="887"/>
        <source>Iso-surface {value:.0f} HU</source>
        <translation>等值面 {value:.0f} HU</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="977"/>
        <source>Colour of the segment</source>
        <translation>分割区域颜色</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="998"/>
        <source>Export surfaces</source>
        <translation>导出表面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1000"/>
        <source>Wavefront OBJ with colours (*.obj);;STL for 3-D printing (*.stl)</source>
        <translation>带颜色的 Wavefront OBJ (*.obj);;用于三维打印的 STL (*.stl)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1230"/>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1232"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1254"/>
        <source>Save 360° movie</source>
        <translation>保存 360° 旋转视频</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1256"/>
        <source>MP4 video (*.mp4);;Animated GIF (*.gif)</source>
        <translation>MP4 视频 (*.mp4);;GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1277"/>
        <source>Rendering the movie</source>
        <translation>正在渲染视频</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1277"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1306"/>
        <source>Writing the movie</source>
        <translation>正在写入视频</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="51"/>
        <source>1×1</source>
        <translation>1×1</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="52"/>
        <source>1×3</source>
        <translation>1×3</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="53"/>
        <source>2×2 with 3-D</source>
        <translation>2×2（含三维）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="54"/>
        <source>Side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="57"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="83"/>
        <source>Axial</source>
        <extracomment>Slices a second while cine plays.</extracomment>
        <translation>轴位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="58"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="84"/>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="59"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="85"/>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="62"/>
        <source>Abdomen</source>
        <translation>腹部</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="63"/>
        <source>Liver</source>
        <translation>肝脏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="64"/>
        <source>Pancreas</source>
        <translation>胰腺</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="65"/>
        <source>Angiography</source>
        <translation>血管成像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="66"/>
        <source>Bone</source>
        <translation>骨</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="67"/>
        <source>Lung</source>
        <translation>肺</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="70"/>
        <source>Thin slice</source>
        <translation>薄层</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="71"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="91"/>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="72"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="92"/>
        <source>MinIP</source>
        <translation>MinIP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="73"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="93"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="86"/>
        <source>oblique</source>
        <translation>斜位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="428"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="87"/>
        <source>Im {index}/{count}</source>
        <translation>层 {index}/{count}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="88"/>
        <source>{axis} {mm:.1f} mm</source>
        <translation>{axis} {mm:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="451"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="89"/>
        <source>W {width:.0f} L {level:.0f}</source>
        <translation>窗宽 {width:.0f} 窗位 {level:.0f}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="90"/>
        <source>{mode} {thickness:.1f} mm</source>
        <translation>{mode} {thickness:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="421"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="94"/>
        <source>Identity hidden</source>
        <translation>身份已隐藏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="95"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="188"/>
        <source>Viewer</source>
        <extracomment>The user asked to show the series of this id beside the primary one. The user chose a key image (:class:`KeyImage`) made on another series: open that one. Measuring and segmentation on a case (``tools.CaseEditor``), once attached.</extracomment>
        <translation>阅片器</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="190"/>
        <source>Viewer reformat</source>
        <translation>阅片器重建</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="194"/>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="208"/>
        <source>Plane shown by the 1×1 and side-by-side layouts</source>
        <translation>1×1 和并排布局显示的平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="220"/>
        <source>Show another series of the study beside this one, scrolled to the same position</source>
        <translation>在旁边显示本检查的另一序列，并定位到相同位置</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="225"/>
        <source>Compare with…</source>
        <translation>对比序列…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="235"/>
        <source>Window preset…</source>
        <translation>窗口预设…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/window_controls.py" line="42"/>
        <source>W</source>
        <translation>窗宽</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="245"/>
        <source>Window width (HU)</source>
        <translation>窗宽（HU）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/window_controls.py" line="43"/>
        <source>L</source>
        <translation>窗位</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="246"/>
        <source>Window level (HU)</source>
        <translation>窗位（HU）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="254"/>
        <source>W/L drag</source>
        <translation>拖动调窗</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="255"/>
        <source>Left-drag changes the window (horizontal: width, vertical: level) instead of moving the crosshair</source>
        <translation>左键拖动调整窗口（水平：窗宽，垂直：窗位），而不是移动十字线</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="237"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="264"/>
        <source>Invert</source>
        <translation>反相</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="265"/>
        <source>Invert the grey scale</source>
        <translation>反转灰阶</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="270"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="272"/>
        <source>Fit the images in their views again (zoom and pan)</source>
        <translation>重新使图像适合视图（缩放和平移）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="279"/>
        <source>Slab:</source>
        <translation>层块：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="290"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="291"/>
        <source>Slab thickness</source>
        <translation>层块厚度</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="297"/>
        <source>Oblique (°):</source>
        <translation>斜位（°）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="302"/>
        <source>Tilt the planes about the right–left axis</source>
        <translation>绕左右轴倾斜平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="306"/>
        <source>Tilt the planes about the anterior–posterior axis</source>
        <translation>绕前后轴倾斜平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="312"/>
        <source>Turn the planes about the head–foot axis</source>
        <translation>绕头足轴旋转平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="324"/>
        <source>R–L</source>
        <translation>右–左</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="325"/>
        <source>A–P</source>
        <translation>前–后</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="326"/>
        <source>S–I</source>
        <translation>上–下</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="335"/>
        <source>Straighten</source>
        <translation>摆正</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="337"/>
        <source>Back to the axial, coronal and sagittal planes</source>
        <translation>恢复轴位、冠状位和矢状位平面</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="339"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="345"/>
        <source>Cine</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="346"/>
        <source>Play through the slices of the active view (click again to pause)</source>
        <translation>连续播放当前视图的层面（再次点击暂停）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="530"/>
        <source>Flag key image</source>
        <translation>标记关键图像</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="531"/>
        <source>Caption (what this image shows):</source>
        <translation>说明（此图像显示的内容）：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="623"/>
        <source>Check before measuring:</source>
        <translation>测量前请注意：</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="670"/>
        <source>Move the mouse over an image for its value and position.</source>
        <translation>将鼠标移到图像上可查看数值和位置。</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="678"/>
        <source>outside the volume</source>
        <translation>在容积之外</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="485"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="680"/>
        <source>{v:.0f} HU</source>
        <translation>{v:.0f} HU</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="684"/>
        <source>{value} · R/L {x:.1f}, A/P {y:.1f}, S/I {z:.1f} mm (LPS)</source>
        <translation>{value} · 右/左 {x:.1f}，前/后 {y:.1f}，上/下 {z:.1f} mm（LPS）</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="42"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="43"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="44"/>
        <source>&amp;Case</source>
        <translation>病例(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="45"/>
        <source>&amp;Patient</source>
        <translation>患者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="46"/>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="47"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="48"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="49"/>
        <source>&amp;Measure</source>
        <translation>测量(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="50"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="51"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="150"/>
        <source>&amp;Import folder…</source>
        <translation>导入文件夹(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="156"/>
        <source>Import every DICOM file in a folder, e.g. a CD or a PACS export</source>
        <translation>导入文件夹中的所有 DICOM 文件，例如光盘或 PACS 导出</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="162"/>
        <source>Import &amp;files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="167"/>
        <source>Import DICOM files, zip archives or a DICOMDIR</source>
        <translation>导入 DICOM 文件、zip 压缩包或 DICOMDIR</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="94"/>
        <source>Reload patients and cases from the database</source>
        <translation>从数据库重新加载患者和病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="217"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="42"/>
        <location filename="../../src/casereview/ui/features/editing.py" line="195"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="200"/>
        <source>Undo the last change of a mark or segment</source>
        <translation>撤销对标注或分割区域的最后一次更改</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="48"/>
        <location filename="../../src/casereview/ui/features/editing.py" line="204"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="209"/>
        <source>Redo the change that was undone</source>
        <translation>重做已撤销的更改</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="75"/>
        <source>Flag &amp;key image…</source>
        <translation>标记关键图像(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="82"/>
        <source>Keep the active view (slice, window, zoom) with a caption for the MDT, the report and exchange packages</source>
        <translation>保存当前视图（层面、窗宽窗位、缩放）并附说明，用于 MDT、报告和交换病例包</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="90"/>
        <source>&amp;Delete selected mark</source>
        <translation>删除所选标注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="96"/>
        <source>Delete the selected annotation (Undo brings it back)</source>
        <translation>删除所选标注（可通过撤销恢复）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="98"/>
        <source>&amp;New case from selection…</source>
        <translation>根据所选内容新建病例(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="104"/>
        <source>Create a case from the selected patient, studies or series</source>
        <translation>根据所选患者、检查或序列创建病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="117"/>
        <source>&amp;New meeting</source>
        <translation>新建会议(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="120"/>
        <source>Plan an MDT meeting: date, chair, agenda</source>
        <translation>安排 MDT 会议：日期、主持人、议程</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="124"/>
        <source>&amp;Meetings</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="129"/>
        <source>Meetings: agenda, preparation, attendance and quorum</source>
        <translation>会议：议程、准备、出席情况和法定人数</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="149"/>
        <source>Next</source>
        <extracomment>Kinds of change to a case that alter its key images as drawn (a partner&apos;s layer included). Paging keys leave the viewer&apos;s own keys alone while it has focus.</extracomment>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="156"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="163"/>
        <source>First case</source>
        <translation>第一个病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="170"/>
        <source>Last case</source>
        <translation>最后一个病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="177"/>
        <source>Show or hide identity</source>
        <translation>显示或隐藏身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="183"/>
        <source>Larger text</source>
        <translation>增大文字</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="190"/>
        <source>Smaller text</source>
        <translation>减小文字</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="197"/>
        <source>Decision panel</source>
        <translation>决策面板</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="203"/>
        <source>Decision on second screen</source>
        <translation>在第二屏幕显示决策</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="208"/>
        <source>Viewer</source>
        <translation>阅片器</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="212"/>
        <source>Resectability assessment</source>
        <translation>可切除性评估</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="218"/>
        <source>Liver resection plan</source>
        <translation>肝切除方案</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="224"/>
        <source>Blank screen</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="230"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="234"/>
        <source>Leave the presentation</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="268"/>
        <source>Start &amp;presentation</source>
        <translation>开始演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="273"/>
        <source>Present the selected meeting full screen on the shared screen (identity hidden)</source>
        <translation>在共享屏幕上全屏演示所选会议（隐藏身份信息）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="135"/>
        <source>&amp;Audit trail…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="139"/>
        <source>Who viewed, changed, signed or exported what; verify the chain</source>
        <translation>谁查看、更改、签署或导出了什么；验证哈希链</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="208"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="211"/>
        <source>Choose who is working; it is stamped on everything created</source>
        <translation>选择当前使用者；所创建的一切都会标注该用户</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="181"/>
        <source>&amp;Export volume as NIfTI…</source>
        <translation>将容积导出为 NIfTI(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="185"/>
        <source>Write the volume shown in the viewer as a NIfTI file (for research and planning tools); it carries no patient identity</source>
        <translation>将查看器中的容积保存为 NIfTI 文件（供科研和手术规划工具使用）；文件不含患者身份信息</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="193"/>
        <source>Save &amp;screenshot…</source>
        <translation>保存截图(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="200"/>
        <source>Save a view of the viewer (a slice view or the 3-D view) as a PNG picture, up to four times its size on screen</source>
        <translation>将阅片器中的一个视图（层面视图或三维视图）保存为 PNG 图片，最大可达屏幕尺寸的四倍</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="208"/>
        <source>&amp;Open in viewer</source>
        <translation>在阅片器中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="214"/>
        <source>Show the selected series in the 2-D viewer; a second selected series opens beside it</source>
        <translation>在二维阅片器中显示所选序列；所选的第二个序列在旁边打开</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="222"/>
        <source>&amp;Hide patient identity</source>
        <translation>隐藏患者身份信息(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="228"/>
        <source>Hide names, IDs and birth dates, e.g. before sharing the screen</source>
        <translation>隐藏姓名、编号和出生日期，例如在共享屏幕之前</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="226"/>
        <source>&amp;Check database and files…</source>
        <translation>检查数据库和文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="230"/>
        <source>Check the database and that every indexed file is unchanged</source>
        <translation>检查数据库以及每个已索引文件是否未被改变</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="236"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="245"/>
        <source>Open &amp;demo case</source>
        <translation>打开演示病例(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="248"/>
        <source>Create (first time only) and open the synthetic pancreatic-cancer demo case</source>
        <translation>创建（仅首次）并打开合成的胰腺癌演示病例</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="255"/>
        <source>&amp;About casereview</source>
        <translation>关于 casereview(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="58"/>
        <source>&amp;Navigate</source>
        <extracomment>crosshair (and dragging annotation handles) region growing from the clicked voxel The exclusive group of the viewer&apos;s tools in the action registry. Menu text, tip and key of each tool&apos;s action (English; the ``actions`` context).</extracomment>
        <translation>浏览(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="59"/>
        <source>Move the crosshair; drag a mark&apos;s handle to edit it</source>
        <translation>移动十字线；拖动标注的控制点可进行编辑</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="63"/>
        <source>&amp;Length</source>
        <translation>长度(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="64"/>
        <source>Drag from one end to the other</source>
        <translation>从一端拖动到另一端</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="68"/>
        <source>&amp;Bidirectional (RECIST)</source>
        <translation>双径测量（RECIST）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="69"/>
        <source>Drag the long axis, then move the mouse to set the short axis and click (RECIST)</source>
        <translation>拖出长轴，再移动鼠标设定短轴并单击（RECIST）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="76"/>
        <source>&amp;Angle</source>
        <translation>角度(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="77"/>
        <source>Click the end of one arm, the vertex, then the other end</source>
        <translation>依次单击一条边的端点、顶点和另一条边的端点</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="81"/>
        <source>&amp;Ellipse ROI</source>
        <translation>椭圆 ROI(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="82"/>
        <source>Drag from the centre: area and HU mean, SD, min and max</source>
        <translation>从中心拖动：面积及 HU 均值、标准差、最小值和最大值</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="86"/>
        <source>Pol&amp;ygon ROI</source>
        <translation>多边形 ROI(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="87"/>
        <source>Click the corners; double-click or Enter closes it (area and HU statistics)</source>
        <translation>单击各顶点；双击或按 Enter 闭合（面积及 HU 统计）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="93"/>
        <source>&amp;Point</source>
        <translation>点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="94"/>
        <source>Click to mark a point (a lymph node, a landmark) and name it</source>
        <translation>单击标记一个点（淋巴结、解剖标志）并为其命名</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="100"/>
        <source>&amp;Note</source>
        <translation>注释(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="101"/>
        <source>Click to pin a note to a place</source>
        <translation>单击将注释固定到某个位置</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="105"/>
        <source>A&amp;rrow</source>
        <translation>箭头(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="106"/>
        <source>Drag from the tail to the tip</source>
        <translation>从箭尾拖动到箭头</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="110"/>
        <source>Pa&amp;int segment</source>
        <translation>涂画分割区域(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="111"/>
        <source>Paint the selected segment (disc, or sphere in 3-D mode)</source>
        <translation>涂画所选分割区域（圆盘；三维模式下为球体）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="115"/>
        <source>E&amp;rase segment</source>
        <translation>擦除分割区域(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="116"/>
        <source>Erase from the selected segment</source>
        <translation>从所选分割区域中擦除</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="120"/>
        <source>&amp;Grow segment from seed</source>
        <translation>从种子点生长分割区域(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="121"/>
        <source>Click inside a structure: region growing in the segment panel&apos;s HU range</source>
        <translation>在结构内单击：按分割区域面板中的 HU 范围进行区域生长</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="83"/>
        <source>&amp;Export case package…</source>
        <translation>导出病例包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="87"/>
        <source>Send a case de-identified and signed to a partner: DICOMDIR, documents and manifest in one zip</source>
        <translation>将去标识化并签名的病例发送给合作机构：DICOMDIR、文档和清单打包为一个 zip</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="73"/>
        <source>Import case &amp;package…</source>
        <extracomment>What importing a package may change: new images and cases, the sender&apos;s marks, segments, key images and decisions as a layer of their own.</extracomment>
        <translation>导入病例包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="76"/>
        <source>Verify a package from a partner (signature, every file) and import it</source>
        <translation>验证来自合作机构的病例包（签名和每个文件）并导入</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="95"/>
        <source>Package signing &amp;keys…</source>
        <translation>病例包签名密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="98"/>
        <source>Show this institution&apos;s public key; trust partner institutions&apos; keys</source>
        <translation>显示本机构的公钥；信任合作机构的密钥</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="306"/>
        <source>&amp;Merge with flagged patient…</source>
        <translation>与标记的患者合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="310"/>
        <source>Move the selected patient&apos;s studies and cases into the row it is flagged with</source>
        <translation>将所选患者的检查和病例移至与其一同被标记的那一行</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="317"/>
        <source>&amp;Keep apart</source>
        <translation>保持分开(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="321"/>
        <source>Record that the flagged rows are different patients</source>
        <translation>记录这些被标记的行是不同的患者</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="327"/>
        <source>&amp;Split studies off…</source>
        <translation>拆分检查(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="332"/>
        <source>Move the selected studies to a new patient row of their own</source>
        <translation>将所选检查移至一个新的患者行</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/resectability.py" line="41"/>
        <source>&amp;Resectability…</source>
        <translation>可切除性评估(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/resectability.py" line="47"/>
        <source>Tumour–vessel contact per vessel, corrections, findings and a suggested category for the MDT to confirm</source>
        <translation>逐支血管的肿瘤–血管接触、修正、征象及建议分类，待 MDT 确认</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/liver.py" line="41"/>
        <source>&amp;Liver planning…</source>
        <translation>肝脏规划(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/liver.py" line="45"/>
        <source>Couinaud segments, a virtual resection and the future liver remnant with its thresholds, for the MDT to confirm</source>
        <translation>Couinaud肝段、虚拟切除以及剩余肝体积(FLR)及其阈值，供MDT确认</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="153"/>
        <source>Search the &amp;archive (PACS)…</source>
        <translation>搜索影像归档(PACS)(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="157"/>
        <source>Find patients and studies in the hospital&apos;s archive and retrieve them</source>
        <translation>在医院的影像归档(PACS)中查找患者和检查并获取</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="164"/>
        <source>&amp;PACS nodes…</source>
        <translation>PACS节点(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="167"/>
        <source>The archives this workstation searches, retrieves from and sends to, and the listener that receives images</source>
        <translation>本工作站用于搜索、获取和发送的影像归档(PACS)，以及接收图像的存储监听</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="175"/>
        <source>Send results to &amp;PACS…</source>
        <translation>将结果发送至PACS(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="179"/>
        <source>Send the case&apos;s measurements, segments, key images and outcome report to the hospital&apos;s archive</source>
        <translation>将病例的测量、分割区域、关键图像和结论报告发送至医院的影像归档(PACS)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1025"/>
        <source>&amp;Start remote session…</source>
        <translation>开始远程会话(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1035"/>
        <source>Present the selected case (or the meeting&apos;s agenda), exchanged as a case package, to partners who follow live on their own screens</source>
        <translation>向合作机构展示所选病例（或会议议程，须已作为病例包交换），对方在自己的屏幕上实时跟随</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1043"/>
        <source>&amp;Invite…</source>
        <translation>邀请(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1047"/>
        <source>Invite another partner, or make another one-time code</source>
        <translation>邀请另一合作机构，或再生成一个一次性代码</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1053"/>
        <source>&amp;Join…</source>
        <translation>加入(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1057"/>
        <source>Join a remote session with an invitation or a one-time code (the case package must be imported first)</source>
        <translation>使用邀请或一次性代码加入远程会话（须先导入病例包）</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1065"/>
        <source>&amp;Leave</source>
        <translation>离开(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1070"/>
        <source>Leave the remote session</source>
        <translation>离开远程会话</translation>
    </message>
</context>
</TS>
