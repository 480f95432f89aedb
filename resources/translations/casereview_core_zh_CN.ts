<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>core</name>
    <message>
      <location filename="../../src/casereview/analysis/assessment.py" line="200" />
      <source>Every vessel mask must lie on the tumour mask's grid (same shape).</source>
      <translation>每个血管掩膜都必须与肿瘤掩膜位于同一网格上（尺寸相同）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/assessment.py" line="341" />
      <source>The tumour mask is empty: segment the tumour before measuring its contact.</source>
      <translation>肿瘤掩膜为空：请先分割肿瘤，再测量其接触。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/assessment.py" line="352" />
      <location filename="../../src/casereview/domain/progress.py" line="60" />
      <source>The operation was cancelled. Work finished so far is kept.</source>
      <translation>操作已取消。已完成的工作会被保留。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/assessment.py" line="360" />
      <source>Measuring tumour contact: vessel {done} of {total}</source>
      <translation>正在测量肿瘤接触：第 {done} 条血管，共 {total} 条</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/centreline.py" line="600" />
      <source>The vessel mask is empty: segment the vessel first.</source>
      <translation>血管掩膜为空：请先分割该血管。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="82" />
      <source>The landmark '{landmark}' needs a position of three finite numbers; place it again.</source>
      <translation>标志点“{landmark}”需要由三个有限数值组成的位置；请重新放置。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="91" />
      <source>IVC at the hepatic vein confluence</source>
      <translation>肝静脉汇合处的下腔静脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="92" />
      <source>IVC, lower point</source>
      <translation>下腔静脉下方点</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="93" />
      <source>right hepatic vein</source>
      <translation>肝右静脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="94" />
      <source>middle hepatic vein</source>
      <translation>肝中静脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="95" />
      <source>left hepatic vein</source>
      <translation>肝左静脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="96" />
      <source>portal bifurcation</source>
      <translation>门静脉分叉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="97" />
      <source>umbilical fissure</source>
      <translation>脐裂</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="164" />
      <source>Pick at least two points along the {vein}.</source>
      <translation>请沿{vein}至少选取两个点。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="178" />
      <source>The two IVC points are {mm:.1f} mm apart; pick the lower one at least {minimum:.0f} mm below the hepatic vein confluence.</source>
      <translation>下腔静脉的两个点相距 {mm:.1f} mm；请将下方点放在肝静脉汇合处下方至少 {minimum:.0f} mm。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="328" />
      <source>The points of the {vein} lie along the IVC's axis (within {mm:.0f} mm of it), so they do not fix a plane; pick points along the vein farther from the IVC.</source>
      <translation>{vein}的点位于下腔静脉轴线上（距离不足 {mm:.0f} mm），无法确定平面；请沿该静脉选取离下腔静脉更远的点。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="351" />
      <source>The points of the {vein} lie on both sides of the IVC; pick them along that one vein, from the IVC outwards.</source>
      <translation>{vein}的点分布在下腔静脉两侧；请仅沿这一条静脉、自下腔静脉向外选取。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="402" />
      <source>The caudate lobe's radius around the IVC must be a positive number of mm.</source>
      <translation>尾状叶围绕下腔静脉的半径必须为正的毫米数。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="437" />
      <source>The right and left hepatic veins (and the umbilical fissure) must lie on either side of the middle hepatic vein's plane, at least {degrees:.0f}° from it; check which vein is which ({vein}).</source>
      <translation>肝右静脉和肝左静脉（及脐裂）必须位于肝中静脉平面的两侧，且与其夹角至少 {degrees:.0f}°；请核对各静脉的对应关系（{vein}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="456" />
      <source>The portal bifurcation must lie at least {mm:.0f} mm below the hepatic vein confluence and in front of the IVC; check the portal bifurcation and the IVC points.</source>
      <translation>门静脉分叉必须位于肝静脉汇合处下方至少 {mm:.0f} mm 且在下腔静脉前方；请核对门静脉分叉和下腔静脉的点。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="468" />
      <source>The portal bifurcation lies beside the IVC rather than in front of it; check the portal bifurcation and the middle hepatic vein.</source>
      <translation>门静脉分叉位于下腔静脉侧方而非前方；请核对门静脉分叉和肝中静脉。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="528" />
      <source>The liver's mask must be a 3-D volume.</source>
      <translation>肝脏掩膜必须为三维体积。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="533" />
      <location filename="../../src/casereview/analysis/liver_resection.py" line="198" />
      <location filename="../../src/casereview/domain/liver_remnant.py" line="169" />
      <location filename="../../src/casereview/ui/liver/start_surface.py" line="94" />
      <source>The liver has no volume: segment the liver first.</source>
      <translation>肝脏体积为零：请先分割肝脏。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="542" />
      <source>The landmark '{landmark}' lies outside the liver's extent; check that it was placed on this series and inside the liver.</source>
      <translation>标志点“{landmark}”位于肝脏范围之外；请确认其放置在本序列上且位于肝内。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="582" />
      <source>Liver segment labels must be 1 to 8 inside the liver and 0 outside it.</source>
      <translation>肝段标签在肝内必须为 1 至 8，肝外为 0。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="37" />
      <source>The voxel spacing must be positive in every direction to measure volumes.</source>
      <translation>体素间距在每个方向上都必须为正值，才能测量体积。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="66" />
      <source>A resection plane needs a point and a direction (three numbers each).</source>
      <translation>切除平面需要一个点和一个方向（各三个数值）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="85" />
      <source>The three points of a resection plane must not lie on one line.</source>
      <translation>切除平面的三个点不能位于同一直线上。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="194" />
      <source>The liver and tumour segments must lie on the same voxel grid.</source>
      <translation>肝脏与肿瘤分割区域必须位于同一体素网格上。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="373" />
      <source>The liver segments and the tumour must lie on the same voxel grid.</source>
      <translation>肝段与肿瘤必须位于同一体素网格上。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="379" />
      <source>The liver has no segments: build them first.</source>
      <translation>肝脏尚无肝段：请先建立肝段。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="382" />
      <source>Segment {segments} is not in the liver's segments.</source>
      <translation>肝段 {segments} 不在该肝脏的肝段中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="390" />
      <source>The tumour lies partly outside the liver's segments; build the segments over the whole liver, tumour included.</source>
      <translation>肿瘤部分位于肝段之外；请在整个肝脏（包括肿瘤）上建立肝段。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="146" />
      <source>The liver segmentation was cancelled; the liver segment is unchanged.</source>
      <translation>肝脏分割已取消；肝脏分割区域未改变。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="162" />
      <source>The contrast phase '{phase}' is not known; choose non-contrast, arterial or portal-venous.</source>
      <translation>未知的增强时相“{phase}”；请选择平扫、动脉期或门静脉期。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="231" />
      <source>Including the vessels inside the liver</source>
      <translation>纳入肝内血管</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="235" />
      <source>Filling holes</source>
      <translation>填充空洞</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="239" />
      <source>Removing leaks</source>
      <translation>去除外溢</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="242" />
      <source>Liver segmented</source>
      <translation>肝脏已分割</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="253" />
      <source>The liver tool needs a 3-D image (a CT series).</source>
      <translation>肝脏工具需要三维图像（CT 序列）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="255" />
      <source>The liver tool needs an image of Hounsfield units.</source>
      <translation>肝脏工具需要以 Hounsfield 单位表示的图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="259" />
      <source>The voxel spacing must be three positive numbers to segment the liver.</source>
      <translation>体素间距必须为三个正数才能分割肝脏。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="272" />
      <source>Click at least one point inside the liver first.</source>
      <translation>请先在肝内至少点击一个点。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="277" />
      <source>Seed {number} is not a voxel (three indices).</source>
      <translation>种子点 {number} 不是体素（需要三个索引）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="281" />
      <source>Seed {number} lies outside the image.</source>
      <translation>种子点 {number} 位于图像之外。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="288" />
      <source>Seed {number} has {value:.0f} HU, outside the liver's range in the {phase} phase ({low:.0f} to {high:.0f} HU); click in the liver parenchyma away from vessels and tumour, or check the series' phase.</source>
      <translation>种子点 {number} 为 {value:.0f} HU，超出{phase}期肝脏范围（{low:.0f} 至 {high:.0f} HU）；请在远离血管和肿瘤的肝实质内点击，或核对序列的时相。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="324" />
      <source>The liver is thinner than {mm:.0f} mm at the seed; click in a thicker part of the liver.</source>
      <translation>种子点处肝脏厚度小于 {mm:.0f} mm；请在肝脏较厚的部位点击。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/measurements.py" line="54" />
      <source>Both arms of an angle need a length.</source>
      <translation>角的两条边都必须有长度。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/measurements.py" line="95" />
      <source>An ellipse needs a size.</source>
      <translation>椭圆必须有大小。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/measurements.py" line="98" />
      <source>An ellipse needs a width.</source>
      <translation>椭圆必须有宽度。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/measurements.py" line="275" />
      <source>The long axis needs a length.</source>
      <translation>长轴必须有长度。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="178" />
      <location filename="../../src/casereview/analysis/region_growing.py" line="185" />
      <source>Growing the region</source>
      <translation>正在进行区域生长</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="287" />
      <source>The seed point lies outside the image.</source>
      <translation>种子点位于图像之外。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="289" />
      <location filename="../../src/casereview/analysis/segmentation.py" line="33" />
      <location filename="../../src/casereview/domain/hu_presets.py" line="53" />
      <source>The lower threshold must not be above the upper one.</source>
      <translation>下限阈值不能高于上限阈值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="292" />
      <source>The seed lies outside the slices region growing is limited to; click inside them or change the limits.</source>
      <translation>种子点位于区域生长所限定的层面之外；请在这些层面内点击，或更改限定范围。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="305" />
      <source>The seed's value ({value:.0f} HU) is outside the range {lower:.0f} to {upper:.0f} HU; click inside the structure or widen the range.</source>
      <translation>种子点的值（{value:.0f} HU）不在 {lower:.0f} 至 {upper:.0f} HU 范围内；请在结构内部点击，或扩大范围。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="324" />
      <source>The structure at the seed is narrower than the bridges that are cut ({mm:.1f} mm); click in a wider part or lower 'Cut bridges'.</source>
      <translation>种子点处的结构比要切断的细连接更窄（{mm:.1f} mm）；请在更宽的部位点击，或调低“切断细连接”。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="84" />
      <source>A control point of the resection surface needs three finite coordinates; place it again on the images.</source>
      <translation>切除面的控制点需要三个有限坐标值；请在图像上重新放置。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="122" />
      <source>A resection surface takes at most {count} control points; remove one before adding another.</source>
      <translation>切除面最多包含{count}个控制点；请先删除一个再添加。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="142" />
      <source>Two control points of the resection surface lie on top of each other (less than {mm} mm apart across the surface); move one of them aside or remove it.</source>
      <translation>切除面的两个控制点重叠（沿切除面相距不足 {mm} mm）；请移开或删除其中一个。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="197" />
      <source>The resection surface has no control point {number}; it has {count}.</source>
      <translation>切除面没有第 {number} 个控制点；共有 {count} 个。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="438" />
      <source>There is no tumour to measure a margin from.</source>
      <translation>没有可用于测量切缘的肿瘤。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="552" />
      <location filename="../../src/casereview/analysis/resection_surface.py" line="610" />
      <source>The mesh step of the resection surface must be positive.</source>
      <translation>切除面的网格步长必须为正数。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="643" />
      <source>The box to draw the resection surface in needs two corners of three numbers.</source>
      <translation>用于绘制切除面的边界框需要两个角点，每个角点由三个数值组成。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/segmentation.py" line="322" />
      <source>The point lies outside the image.</source>
      <translation>该点位于图像之外。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="140" />
      <source>Give --label, --text or --point to change.</source>
      <translation>请指定要修改的 --label、--text 或 --point。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="177" />
      <source>Give either --slice N or --position X,Y,Z.</source>
      <translation>请指定 --slice N 或 --position X,Y,Z 之一。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="183" />
      <source>The series has slices 0 to {last}.</source>
      <translation>该序列的层面编号为 0 至 {last}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="233" />
      <source>Write --window as WIDTH,LEVEL in HU (e.g. 400,40) or a preset: {names}.</source>
      <translation>请将 --window 写为 窗宽,窗位（HU，例如 400,40）或预设名称：{names}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="250" />
      <source>Case #{case_id} has no key image {uuid} ('casereview-cli annotations CASE' lists them).</source>
      <translation>病例 #{case_id} 没有关键图像 {uuid}（“casereview-cli annotations CASE”可列出它们）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_assessment.py" line="211" />
      <source>Case #{case_id} has no stored resectability assessment; run 'casereview-cli resectability {case_id} --save' first.</source>
      <translation>病例 #{case_id} 没有已保存的可切除性评估；请先运行“casereview-cli resectability {case_id} --save”。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_assessment.py" line="271" />
      <source>Give the angle in degrees, or --clear to go back to the measured angle.</source>
      <translation>请给出角度（单位：度），或使用 --clear 恢复为测量角度。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="162" />
      <source>No case '{reference}'. Give its number or UID ('casereview-cli case list' shows them).</source>
      <translation>没有病例“{reference}”。请给出其编号或 UID（“casereview-cli case list”可显示）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="201" />
      <source>No series #{number} is indexed; 'casereview-cli studies' lists the series.</source>
      <translation>没有已索引的序列 #{number}；“casereview-cli studies”可列出各序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="225" />
      <source>Write a point as three LPS coordinates in mm separated by commas, e.g. -12.5,30,101 (got '{text}').</source>
      <translation>请将点写为以逗号分隔的三个 LPS 坐标（mm），例如 -12.5,30,101（收到：“{text}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="252" />
      <source>Write a colour as #rrggbb or as three values 0-255, e.g. #e62828 or 230,40,40 (got '{text}').</source>
      <translation>请将颜色写为 #rrggbb 或三个 0-255 的数值，例如 #e62828 或 230,40,40（收到：“{text}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="377" />
      <source>Write a date as YYYY-MM-DD, e.g. 2026-03-15 (got '{text}').</source>
      <translation>日期格式为 YYYY-MM-DD，例如 2026-03-15（收到的是“{text}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_exchange.py" line="102" />
      <source>Write --redact as SOP_UID:x,y,width,height (pixels), not '{value}'.</source>
      <translation>请将 --redact 写为 SOP_UID:x,y,宽,高（像素），而不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_exchange.py" line="130" />
      <source>An institution name has at most {limit} characters; shorten --institution.</source>
      <translation>机构名称最多 {limit} 个字符；请缩短 --institution。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_exchange.py" line="202" />
      <source>Name the package file with --out FILE.zip (or use --preview).</source>
      <translation>请用 --out FILE.zip 指定病例包文件名（或使用 --preview）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="259" />
      <location filename="../../src/casereview/ui/features/joint.py" line="98" />
      <source>The relay did not answer within {seconds} seconds; nothing was changed.</source>
      <translation>中继在 {seconds} 秒内未响应；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="281" />
      <source>Case #{case_id} was never exchanged as a package, so partners cannot show it from their own copy. Export it for them first (casereview-cli export), or import the package they sent.</source>
      <translation>病例 #{case_id} 从未以病例包形式交换，因此合作机构无法从其自有副本中显示该病例。请先为其导出（casereview-cli export），或导入对方发送的病例包。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="298" />
      <source>{institution} cannot be invited: add their key card first (casereview-cli session trust CARD; session partners lists who can be).</source>
      <translation>无法邀请 {institution}：请先添加其密钥卡（casereview-cli session trust CARD；session partners 会列出可邀请的机构）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="427" />
      <source>A one-time code needs the session id read out with it: --session ID.</source>
      <translation>一次性代码需同时提供随之告知的会话 ID：--session ID。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="459" />
      <source>Give the invitation (or - to read it from standard input), or --code and --session.</source>
      <translation>请提供邀请（或用 - 从标准输入读取），或提供 --code 和 --session。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="240" />
      <source>--history lists the saved plans; give it without a resection or --save.</source>
      <translation>--history 列出已保存的方案；使用时请勿同时指定切除方式或 --save。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="245" />
      <source>Give the resection as exactly one of --resect SEGMENTS (e.g. right-hepatectomy or 5,6,7,8) and --plane "x,y,z;nx,ny,nz"; or --history for the saved plans.</source>
      <translation>请仅使用 --resect SEGMENTS（例如 right-hepatectomy 或 5,6,7,8）与 --plane "x,y,z;nx,ny,nz" 中的一项指定切除方式；或使用 --history 查看已保存的方案。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="251" />
      <source>--note goes with --save: it is kept with the saved plan.</source>
      <translation>--note 须与 --save 一起使用：备注随已保存的方案一并保存。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="315" />
      <source>The landmarks file '{path}' cannot be read.</source>
      <translation>无法读取标志点文件“{path}”。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="319" />
      <source>The landmarks file is not JSON ({problem}); see 'liver-segments --help'.</source>
      <translation>标志点文件不是JSON格式（{problem}）；请参阅 'liver-segments --help'。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="50" />
      <source>“{text}” is not a date and time; write it as 2026-11-24 07:30.</source>
      <translation>“{text}”不是日期和时间；请写为 2026-11-24 07:30 的形式。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="118" />
      <source>The two PINs differ; nothing was changed.</source>
      <translation>两次输入的 PIN 码不一致；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="293" />
      <source>Case #{case_id} is not on the agenda of meeting #{meeting_id}; add it with casereview-cli meeting add-case.</source>
      <translation>病例 #{case_id} 不在会议 #{meeting_id} 的议程中；请用 casereview-cli meeting add-case 添加。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="329" />
      <source>Case #{case_id} has no resectability assessment to cite; assess it with casereview-cli resectability first, or leave --cite-assessment out.</source>
      <translation>病例 #{case_id} 没有可引用的可切除性评估；请先用 casereview-cli resectability 进行评估，或去掉 --cite-assessment。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="354" />
      <source>Case #{case_id} has no liver resection plan to cite; plan it with casereview-cli liver first, or leave --cite-liver-plan out.</source>
      <translation>病例 #{case_id} 没有可引用的肝切除方案；请先使用 casereview-cli liver 进行规划，或省略 --cite-liver-plan。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="496" />
      <source>The PIN file {path} cannot be read ({exc}).</source>
      <translation>无法读取 PIN 码文件 {path}（{exc}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="501" />
      <source>There is no terminal to type the PIN on: give it with --pin-file (a file, or - for standard input).</source>
      <translation>没有可输入 PIN 码的终端：请用 --pin-file 提供（文件，或用 - 表示标准输入）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="59" />
      <source>The password file {path} cannot be read ({reason}).</source>
      <translation>无法读取密码文件 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="68" />
      <source>There is no terminal to type the password or token on: give it with --secret-file (a file, or - for standard input).</source>
      <translation>没有可输入密码或令牌的终端：请通过 --secret-file 提供（文件，或用 - 表示标准输入）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="104" />
      <source>A DICOMweb node has an address (--web URL), not an AE title or port.</source>
      <translation>DICOMweb节点使用地址（--web URL），而非AE title或端口。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="116" />
      <source>A DICOM node needs --ae-title, --host and --port (or --web URL for a DICOMweb endpoint).</source>
      <translation>DICOM节点需要 --ae-title、--host 和 --port（DICOMweb端点则需要 --web URL）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="176" />
      <source>Name one node: NODE for a DICOM node, or --web NODE for a DICOMweb one.</source>
      <translation>请指定一个节点：DICOM节点用 NODE，DICOMweb节点用 --web NODE。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="182" />
      <source>{name} is a DICOM node: name it without --web.</source>
      <translation>{name} 是DICOM节点：指定时请勿使用 --web。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="186" />
      <source>{name} is a DICOMweb node: name it with --web.</source>
      <translation>{name} 是DICOMweb节点：指定时请使用 --web。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="320" />
      <source>C-MOVE is a DICOM service; for a DICOMweb node use 'pacs get --web NODE'.</source>
      <translation>C-MOVE 是DICOM服务；对于DICOMweb节点，请使用 'pacs get --web NODE'。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="334" />
      <source>Send either a case's results (--case) or files, not both.</source>
      <translation>请发送病例结果（--case）或文件，不能同时发送两者。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="338" />
      <source>--what chooses among a case's results: add --case N.</source>
      <translation>--what 用于在病例结果中进行选择：请添加 --case N。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="341" />
      <source>Name the DICOM files to send after the node, or a case with --case N.</source>
      <translation>请在节点之后列出要发送的DICOM文件，或用 --case N 指定病例。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="372" />
      <source>--what takes sr, seg, kos and pdf separated by commas (got '{what}').</source>
      <translation>--what 接受以逗号分隔的 sr、seg、kos 和 pdf（收到的是“{what}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="476" />
      <source>Say what to change: --enable or --disable, --ae-title, --port, --bind, --accept-unknown or --known-only.</source>
      <translation>请指定要更改的内容：--enable 或 --disable、--ae-title、--port、--bind、--accept-unknown 或 --known-only。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_render.py" line="38" />
      <source>Give the size as WIDTHxHEIGHT, e.g. 800x600 (got '{text}').</source>
      <translation>请将尺寸写为 宽x高，例如 800x600（收到：“{text}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_render.py" line="43" />
      <source>Picture sides must be 16 to {max_side} pixels.</source>
      <translation>图片边长必须在 16 到 {max_side} 像素之间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_render.py" line="146" />
      <source>Give --out FILE.png, --movie FILE.gif|mp4, or both.</source>
      <translation>请指定 --out FILE.png、--movie FILE.gif|mp4，或两者都指定。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_resectability.py" line="53" />
      <source>Write --vessel as KIND=SEGMENT, e.g. --vessel sma="Superior mesenteric artery" (got '{text}').</source>
      <translation>请将 --vessel 写成 类型=分割区域，例如 --vessel sma="Superior mesenteric artery"（收到“{text}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_resectability.py" line="62" />
      <source>--vessel names the {kind} twice; give one segment.</source>
      <translation>--vessel 两次指定了 {kind}；请只给出一个分割区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_segments.py" line="55" />
      <source>Write a code as SCHEME:VALUE:MEANING, e.g. SCT:108369006:Neoplasm (got '{text}').</source>
      <translation>请将编码写为 方案:代码值:含义，例如 SCT:108369006:Neoplasm（收到：“{text}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_segments.py" line="69" />
      <source>No segment template '{key}'. Templates: {keys}.</source>
      <translation>没有分割区域模板“{key}”。可用模板：{keys}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_segments.py" line="87" />
      <source>Give --template KEY or --code SCHEME:VALUE:MEANING.</source>
      <translation>请指定 --template KEY 或 --code 方案:代码值:含义。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_segments.py" line="102" />
      <source>Case #{case_id} has no segment {uuid} ('casereview-cli annotations CASE' lists them).</source>
      <translation>病例 #{case_id} 没有分割区域 {uuid}（“casereview-cli annotations CASE”可列出它们）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_views.py" line="75" />
      <source>Give all of --position, --focal-point and --view-up, or none of them.</source>
      <translation>请同时指定 --position、--focal-point 和 --view-up，或都不指定。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_views.py" line="171" />
      <source>Write --window as WIDTH,LEVEL in HU, e.g. 400,150.</source>
      <translation>请将 --window 写为 窗宽,窗位（HU），例如 400,150。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_views.py" line="230" />
      <source>No saved preset is called '{name}' (built-in presets cannot be deleted).</source>
      <translation>没有名为“{name}”的已保存预设（内置预设不能删除）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/paths.py" line="93" />
      <source>The data directory {root} cannot be created ({reason}). Choose another with --data-dir or {variable}.</source>
      <translation>无法创建数据目录 {root}（{reason}）。请用 --data-dir 或 {variable} 另选一个。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/paths.py" line="103" />
      <source>The data directory {root} is not writable. Choose another with --data-dir or {variable}.</source>
      <translation>数据目录 {root} 不可写。请用 --data-dir 或 {variable} 另选一个。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/commands/edits.py" line="174" />
      <source>Open the series to segment before adding a segment.</source>
      <translation>请先打开要分割的序列，再添加分割区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/commands/edits.py" line="216" />
      <source>This segment is no longer part of the case.</source>
      <translation>此分割区域已不属于该病例。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/__init__.py" line="172" />
      <source>Unknown demo variant '{variant}'. Choose one of: {known}.</source>
      <translation>未知的演示变体“{variant}”。请从以下选项中选择：{known}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/__init__.py" line="182" />
      <source>Demo phases must be chosen from {known} (got {given}).</source>
      <translation>演示期相必须从 {known} 中选择（收到：{given}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/__init__.py" line="215" />
      <location filename="../../src/casereview/demo/phantom.py" line="208" />
      <source>Demo generation was cancelled; no demo case was created.</source>
      <translation>演示生成已取消；未创建演示病例。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/install.py" line="87" />
      <source>The generated demo file {name} cannot be read.</source>
      <translation>无法读取生成的演示文件 {name}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/install.py" line="93" />
      <source>The generated demo series are not all in the index; see the log.</source>
      <translation>生成的演示序列未全部进入索引；请查看日志。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/install.py" line="154" />
      <source>Generating the synthetic CT</source>
      <translation>正在生成合成 CT</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/install.py" line="176" />
      <source>{count} files of the generated demo could not be imported; see the log. The demo files are in {folder}</source>
      <translation>生成的演示中有 {count} 个文件无法导入；请查看日志。演示文件位于 {folder}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="41" />
      <source>The region to clean at x={x}, y={y} ({width} x {height} pixels) reaches outside the image, which is {columns} pixels wide and {rows} high; draw it again inside the image.</source>
      <translation>位于 x={x}、y={y} 的待清理区域（{width} x {height} 像素）超出了图像范围（图像宽 {columns} 像素、高 {rows} 像素）；请在图像内重新绘制。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="95" />
      <source>Mark at least one region of burned-in text to clean.</source>
      <translation>请至少标记一个需要清理的烧录文字区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="97" />
      <source>This image has no pixel data to clean.</source>
      <translation>此图像没有可清理的像素数据。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="104" />
      <source>The image's pixels could not be decoded to clean them ({exc}); exclude it instead.</source>
      <translation>无法解码该图像的像素以进行清理（{exc}）；请改为排除该图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="157" />
      <source>The image's pixels could not be decoded ({exc}).</source>
      <translation>无法解码该图像的像素（{exc}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="39" />
      <source>damaged DICOM file: reading it stopped the DICOM reader (a native library crashed); skipped</source>
      <translation>DICOM 文件已损坏：读取它时 DICOM 读取器停止运行（本机库崩溃）；已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="42" />
      <source>damaged DICOM file: sequences nested too deeply to read</source>
      <translation>DICOM 文件已损坏：序列嵌套过深，无法读取</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="43" />
      <source>damaged DICOM file: an element claims to be longer than the file</source>
      <translation>DICOM 文件已损坏：某个元素声明的长度超过了文件本身</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="44" />
      <source>truncated DICOM file: it ends in the middle of an element</source>
      <translation>DICOM 文件被截断：文件在某个元素中间结束</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="45" />
      <source>damaged DICOM file: its compressed (deflated) header cannot be unpacked</source>
      <translation>DICOM 文件已损坏：其压缩（deflate）文件头无法解压</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="71" />
      <source>damaged or truncated DICOM file ({error_type})</source>
      <translation>DICOM 文件已损坏或不完整（{error_type}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="431" />
      <location filename="../../src/casereview/dicom/series_examine.py" line="491" />
      <source>empty file</source>
      <translation>空文件</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="446" />
      <source>cannot be read ({error})</source>
      <translation>无法读取（{error}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="450" />
      <location filename="../../src/casereview/dicom/scan.py" line="448" />
      <source>not a DICOM file</source>
      <translation>不是 DICOM 文件</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="455" />
      <source>unknown transfer syntax {syntax}; ask the sender for an uncompressed or standard-compressed export</source>
      <translation>未知的传输语法 {syntax}；请向发送方索取未压缩或标准压缩的导出文件</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="475" />
      <source>DICOM file without {attributes}</source>
      <translation>DICOM 文件缺少 {attributes}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="141" />
      <source>There is no segment to export.</source>
      <translation>没有可导出的分割区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="147" />
      <source>The mask of '{name}' does not fit the images it refers to; open the case's series again and retry.</source>
      <translation>“{name}”的掩模与其引用的图像不匹配；请重新打开该病例的序列后重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="198" />
      <source>The segmentation could not be made into a valid DICOM object ({exc}).</source>
      <translation>无法将该分割生成为有效的 DICOM 对象（{exc}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="251" />
      <source>The segmentation does not refer to the images of this series; open the series it was made on.</source>
      <translation>该分割并未引用此序列的图像；请打开制作该分割时所用的序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="299" />
      <source>{name} is not a DICOM Segmentation casereview can read ({error_type}).</source>
      <translation>{name} 不是 casereview 可读取的 DICOM 分割对象（{error_type}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="328" />
      <source>A source image of the segmentation could not be read; check the files (Tools → Check database and files).</source>
      <translation>无法读取该分割的一幅源图像；请检查文件（工具 → 检查数据库和文件）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="57" />
      <source>no image (not a picture object)</source>
      <translation>无图像（非图像对象）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="299" />
      <source>This series holds no stack of images that can be shown in 3-D ({count} image(s) can be shown as pictures; {reasons}). Choose another series or view the images one by one.</source>
      <translation>此序列中没有可进行三维显示的图像堆栈（{count} 幅图像可作为单幅图片显示；{reasons}）。请选择其他序列，或逐幅查看图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="309" />
      <source>This series holds no stack of images that can be shown in 3-D ({count} image(s) can be shown as pictures). Choose another series or view the images one by one.</source>
      <translation>此序列中没有可进行三维显示的图像堆栈（{count} 幅图像可作为单幅图片显示）。请选择其他序列，或逐幅查看图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="318" />
      <source>This series holds no stack of images that can be shown in 3-D ({reasons}). Choose another series or view the images one by one.</source>
      <translation>此序列中没有可进行三维显示的图像堆栈（{reasons}）。请选择其他序列，或逐幅查看图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="325" />
      <source>This series holds no stack of images that can be shown in 3-D. Choose another series or view the images one by one.</source>
      <translation>此序列中没有可进行三维显示的图像堆栈。请选择其他序列，或逐幅查看图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="332" />
      <source>This series has {count} loadable part(s); part {index} does not exist. Choose a part from 0 to {last}.</source>
      <translation>此序列有 {count} 个可加载部分；第 {index} 部分不存在。请选择 0 至 {last} 之间的部分。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="516" />
      <source>not readable DICOM ({error_type})</source>
      <translation>无法读取的 DICOM（{error_type}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="804" />
      <source>The images carry no pixel spacing; 1 mm pixels were assumed, so lengths and areas measured in this volume are NOT reliable.</source>
      <translation>图像未包含像素间距；已假定像素为 1 mm，因此在此容积中测量的长度和面积不可靠。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="828" />
      <source>WARNING: the images have no position or orientation in the patient (Image Position/Orientation Patient missing). They were stacked in Instance Number order with {step:g} mm between slices assumed. Slice order, distances and 3-D positions may be wrong: do not measure or plan on this volume.</source>
      <translation>警告：图像没有患者坐标系中的位置或方向（缺少 Image Position/Orientation Patient）。已按实例编号顺序堆叠，并假定层间距为 {step:g} mm。层面顺序、距离和三维位置可能有误：请勿在此容积上测量或制定计划。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="871" />
      <source>{count} image(s) repeat a slice position already in the series and were left out (duplicate positions; the first image at each position, by Instance Number, was kept).</source>
      <translation>{count} 幅图像与序列中已有的层面位置重复，已被排除（位置重复；每个位置按实例编号保留第一幅图像）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="899" />
      <source>About {missing} slice(s) are missing (gaps at {places} from the first slice). The gaps were filled by linear interpolation between the neighbouring slices onto a uniform {step:g} mm grid: do not measure inside them, and re-send the complete series from the PACS if you need them.</source>
      <translation>约缺失 {missing} 个层面（缺口位于距第一层 {places} 处）。缺口已在相邻层面之间线性插值填补，形成 {step:g} mm 的均匀网格：请勿在缺口内测量；如需这些层面，请从 PACS 重新发送完整序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="911" />
      <source>The slice spacing is not uniform (steps from {smallest:.4g} to {largest:.4g} mm). The volume was resampled to a uniform {step:g} mm spacing by linear interpolation along the slice axis; positions between the original slices are interpolated.</source>
      <translation>层间距不均匀（步长 {smallest:.4g} 至 {largest:.4g} mm）。已沿层面轴线性插值，将容积重采样为 {step:g} mm 的均匀间距；原始层面之间的位置为插值结果。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="939" />
      <source>Gantry tilt of {tilt:.1f}° detected (the slices are stacked obliquely to their plane). Each slice was shifted in its plane onto a non-tilted grid, as dcm2niix does, so that 3-D positions and distances are correct; edges of the field of view are padded.</source>
      <translation>检测到 {tilt:.1f}° 的机架倾斜（层面相对其平面斜向堆叠）。已参照 dcm2niix 的做法，将每个层面在其平面内平移到无倾斜的网格上，使三维位置和距离正确；视野边缘已填充。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="949" />
      <source>The slice positions shift sideways irregularly along the stack (up to {pixels:.1f} pixels). Each slice was shifted in its plane onto a regular grid; check the alignment before measuring.</source>
      <translation>层面位置沿堆栈方向出现不规则的侧向偏移（最多 {pixels:.1f} 像素）。已将每个层面在其平面内平移到规则网格上；测量前请检查对齐情况。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="989" />
      <source>This series holds {count} acquisitions at the same slice positions; each loads as a separate part.</source>
      <translation>此序列在相同层面位置上包含 {count} 次采集；每次采集作为单独部分加载。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="995" />
      <source>This series holds {count} echoes at the same slice positions; each loads as a separate part.</source>
      <translation>此序列在相同层面位置上包含 {count} 个回波；每个回波作为单独部分加载。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="1000" />
      <source>This series holds {count} time points at the same slice positions; each loads as a separate part.</source>
      <translation>此序列在相同层面位置上包含 {count} 个时间点；每个时间点作为单独部分加载。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="1173" />
      <source>{count} file(s) of this series could not be read and were left out ({reasons}).</source>
      <translation>此序列中有 {count} 个文件无法读取，已被排除（{reasons}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="1181" />
      <source>The files given belong to several series; this part holds only the images of one of them.</source>
      <translation>所给文件属于多个序列；此部分仅包含其中一个序列的图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="1188" />
      <source>This series mixes {count} image geometries (orientation, matrix size or pixel spacing); each loads as a separate part.</source>
      <translation>此序列混合了 {count} 种图像几何（方向、矩阵大小或像素间距）；每种作为单独部分加载。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="336" />
      <source>The image file {name} could not be read ({error_type}); it may be damaged. Re-send the series from the PACS.</source>
      <translation>无法读取图像文件 {name}（{error_type}）；该文件可能已损坏。请从 PACS 重新发送该序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="373" />
      <source>The file {name} holds no image (for example a report), so there is nothing to show.</source>
      <translation>文件 {name} 不含图像（例如报告），因此没有可显示的内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="387" />
      <source>The pixels of {name} could not be decoded (transfer syntax {syntax}: {error_type}). Reinstall casereview (it brings the image decoders) or ask the sender for an uncompressed export.</source>
      <translation>无法解码 {name} 的像素（传输语法 {syntax}：{error_type}）。请重新安装 casereview（其附带图像解码器），或向发送方索取未压缩的导出文件。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="404" />
      <source>The colour palette of {name} is damaged; the image cannot be shown.</source>
      <translation>{name} 的调色板已损坏；无法显示该图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="555" />
      <source>This series holds no image that can be shown.</source>
      <translation>此序列中没有可显示的图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="559" />
      <source>{count} image(s) of this series could not be shown and were left out ({reason}).</source>
      <translation>此序列中有 {count} 幅图像无法显示，已被排除（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="48" />
      <source>not found; check that the disc, USB stick or network folder is still connected</source>
      <translation>未找到；请检查光盘、U 盘或网络文件夹是否仍已连接</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="51" />
      <source>not a regular file (a device, pipe or socket); skipped</source>
      <translation>不是普通文件（设备、管道或套接字）；已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="52" />
      <source>link to a place outside the chosen folder; not followed</source>
      <translation>指向所选文件夹之外位置的链接；未跟随</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="53" />
      <source>link to a file or folder that does not exist; skipped</source>
      <translation>指向不存在的文件或文件夹的链接；已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="54" />
      <source>damaged disc index (DICOMDIR); the files in its folder are still imported one by one</source>
      <translation>光盘索引（DICOMDIR）已损坏；其所在文件夹中的文件仍会逐个导入</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="57" />
      <source>listed in the disc index (DICOMDIR) but missing from the disc or folder; ask the sender for a complete copy</source>
      <translation>在光盘索引（DICOMDIR）中列出，但光盘或文件夹中缺失；请向发送方索取完整副本</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="61" />
      <source>the disc index (DICOMDIR) refers to a file outside its own folder; not followed</source>
      <translation>光盘索引（DICOMDIR）引用了其所在文件夹之外的文件；未跟随</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="81" />
      <source>cannot be read ({error}); check that it is not open or protected</source>
      <translation>无法读取（{error}）；请检查它是否已被打开或受保护</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="88" />
      <source>folder cannot be read ({error}); check that it is not open or protected</source>
      <translation>无法读取文件夹（{error}）；请检查它是否已被打开或受保护</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="95" />
      <source>{kind} archive; casereview opens zip archives only. Unpack it first or ask the sender for a zip archive</source>
      <translation>{kind} 压缩包；casereview 仅能打开 zip 压缩包。请先解压，或向发送方索取 zip 压缩包</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/thumbnail.py" line="92" />
      <source>The file {name} is not a readable DICOM file ({error_type}); no preview can be made. Re-export it from the PACS or scanner.</source>
      <translation>文件 {name} 不是可读取的 DICOM 文件（{error_type}）；无法生成预览。请从 PACS 或扫描设备重新导出。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/thumbnail.py" line="103" />
      <source>The file {name} holds no image (for example a report or a segmentation without pixels), so there is no preview.</source>
      <translation>文件 {name} 不含图像（例如报告或无像素的分割），因此没有预览。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/thumbnail.py" line="125" />
      <source>The pixels of {name} could not be decoded (transfer syntax {syntax}: {error_type}). Install the matching pydicom codec or re-export the series uncompressed.</source>
      <translation>无法解码 {name} 的像素（传输语法 {syntax}：{error_type}）。请安装相应的 pydicom 编解码器，或以未压缩格式重新导出该序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/thumbnail.py" line="223" />
      <source>The colour palette of {name} is damaged; no preview can be made.</source>
      <translation>{name} 的调色板已损坏；无法生成预览。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="41" />
      <source>Loading images</source>
      <translation>正在加载图像</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="160" />
      <source>The image file {name} stopped the image decoder (a native library crashed on it); it may be damaged. Re-send the series from the PACS.</source>
      <translation>图像文件 {name} 使图像解码器停止运行（本机库在处理它时崩溃）；该文件可能已损坏。请从 PACS 重新发送该序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="168" />
      <source>The image file {name} holds no pixel data.</source>
      <translation>图像文件 {name} 不包含像素数据。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="176" />
      <source>The image file {name} has changed since it was imported. Re-import the series or re-send it from the PACS.</source>
      <translation>图像文件 {name} 自导入以来已被更改。请重新导入该序列，或从 PACS 重新发送。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="186" />
      <source>The images of this series are compressed as {name}, and no installed decoder could read them. Reinstall casereview (it brings the pylibjpeg and GDCM decoders) or ask the sender for an uncompressed export.</source>
      <translation>此序列的图像采用 {name} 压缩，已安装的解码器均无法读取。请重新安装 casereview（其附带 pylibjpeg 和 GDCM 解码器），或向发送方索取未压缩的导出文件。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="197" />
      <source>The image file {name} could not be decoded ({error_type}); it may be damaged. Re-send the series from the PACS.</source>
      <translation>图像文件 {name} 无法解码（{error_type}）；该文件可能已损坏。请从 PACS 重新发送该序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="450" />
      <source>The image file {name} could not be read ({error}). Check that the storage is connected, or re-import the series.</source>
      <translation>无法读取图像文件 {name}（{error}）。请检查存储设备是否已连接，或重新导入该序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="597" />
      <source>The image file {name} does not hold a single grey image of {columns} x {rows} pixels as its header says. Re-import the series or re-send it from the PACS.</source>
      <translation>图像文件 {name} 并非如其文件头所述包含单幅 {columns} x {rows} 像素的灰度图像。请重新导入该序列，或从 PACS 重新发送。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="740" />
      <source>{count} image file(s) of this series could not be decoded and were left out; their slices show as background or are interpolated from their neighbours ({reasons})</source>
      <translation>此序列中有 {count} 个图像文件无法解码，已被排除；其切片显示为背景，或由相邻切片插值得到（{reasons}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="110" />
      <source>damaged or incomplete zip archive (for example an interrupted download or copy); ask the sender for a new copy</source>
      <translation>zip 压缩包已损坏或不完整（例如下载或复制中断）；请向发送方索取新的副本</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="114" />
      <source>empty zip archive; nothing to import</source>
      <translation>空的 zip 压缩包；没有可导入的内容</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="115" />
      <source>damaged archive entry (its contents do not match the archive's checksum); ask the sender for a new copy</source>
      <translation>压缩包条目已损坏（内容与压缩包校验和不符）；请向发送方索取新的副本</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="119" />
      <source>password-protected archive entry; ask the sender for an unprotected copy</source>
      <translation>压缩包条目受密码保护；请向发送方索取未加密的副本</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="120" />
      <source>archive entry compressed with a method casereview does not open; ask the sender for a zip archive with standard compression</source>
      <translation>压缩包条目使用了 casereview 无法打开的压缩方法；请向发送方索取标准压缩的 zip 压缩包</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="124" />
      <source>archive entry is a link to another location; skipped for safety</source>
      <translation>压缩包条目是指向其他位置的链接；为安全起见已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="125" />
      <source>archive entry is a device, pipe or socket, not a file; skipped for safety</source>
      <translation>压缩包条目是设备、管道或套接字，而非文件；为安全起见已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="126" />
      <source>archive entry with an absolute path; skipped for safety</source>
      <translation>压缩包条目使用绝对路径；为安全起见已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="127" />
      <source>archive entry with a drive letter; skipped for safety</source>
      <translation>压缩包条目包含驱动器号；为安全起见已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="128" />
      <source>archive entry pointing outside the archive folder (“..”); skipped for safety</source>
      <translation>压缩包条目指向压缩包文件夹之外（“..”）；为安全起见已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="129" />
      <source>archive entry with a file name that is too long; skipped</source>
      <translation>压缩包条目的文件名过长；已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="130" />
      <source>archive entry resolves outside the import folder; skipped for safety</source>
      <translation>压缩包条目解析到导入文件夹之外；为安全起见已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="131" />
      <source>archive entry uses a name already used by another entry for a file or folder; skipped</source>
      <translation>压缩包条目使用的名称已被另一条目用作文件或文件夹名；已跳过</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="134" />
      <source>archive holds several entries with this name (ignoring letter case and accents); the whole archive was refused because programs could disagree on which file is meant. Ask the sender for a new archive</source>
      <translation>压缩包中有多个同名条目（不区分大小写和重音）；由于不同程序可能对所指文件有不同理解，整个压缩包已被拒绝。请向发送方索取新的压缩包</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="139" />
      <source>archive entries overlap each other (a damaged or deliberately crafted archive); it was refused and nothing from it was imported</source>
      <translation>压缩包条目相互重叠（压缩包已损坏或被刻意构造）；已拒绝该压缩包，未导入其中任何内容</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="143" />
      <source>archive would unpack to far more data than it holds (a possible zip bomb); it was refused and nothing from it was imported</source>
      <translation>该压缩包解压后的数据量远超其自身大小（可能是 zip 炸弹）；已拒绝该压缩包，未导入其中任何内容</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="150" />
      <source>archive nested inside other archives more than {depth} levels deep; not opened</source>
      <translation>压缩包在其他压缩包中嵌套超过 {depth} 层；未打开</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="157" />
      <source>archive holds more than {count:,} files; it was refused. Ask the sender to split it into smaller archives</source>
      <translation>压缩包包含超过 {count:,} 个文件；已被拒绝。请让发送方将其拆分为较小的压缩包</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="165" />
      <source>archive unpacks to more than {size:g} GiB; it was refused. Ask the sender to split it into smaller archives</source>
      <translation>压缩包解压后超过 {size:g} GiB；已被拒绝。请让发送方将其拆分为较小的压缩包</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="173" />
      <source>archive entry larger than {size:g} GiB, far more than any image file; the archive was refused and nothing from it was imported</source>
      <translation>压缩包条目大于 {size:g} GiB，远超任何图像文件；已拒绝该压缩包，未导入其中任何内容</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="181" />
      <source>could not be unpacked into the imports folder ({error}); free disk space or check the data folder's permissions, then import again</source>
      <translation>无法解压到导入文件夹（{error}）；请释放磁盘空间或检查数据文件夹的权限，然后重新导入</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="151" />
      <source>An annotation point needs three finite coordinates (mm).</source>
      <translation>标注点必须有三个有限坐标值（mm）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="168" />
      <source>An outline needs at least three points.</source>
      <translation>轮廓至少需要三个点。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="171" />
      <source>This kind of annotation ({kind}) needs {expected} point(s).</source>
      <translation>此类标注（{kind}）需要 {expected} 个点。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="204" />
      <source>A text note needs some text.</source>
      <translation>文字注释必须包含文字。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="332" />
      <source>A key image needs the plane or the 3-D camera of the view.</source>
      <translation>关键图像需要视图的平面或三维相机。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="335" />
      <source>The window width of a key image must be positive.</source>
      <translation>关键图像的窗宽必须为正数。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/cases.py" line="40" />
      <source>A tag may have at most {limit} characters.</source>
      <translation>标签最多 {limit} 个字符。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/cases.py" line="77" />
      <source>A case needs a title.</source>
      <translation>病例必须有标题。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/cases.py" line="80" />
      <source>A case title may have at most {limit} characters.</source>
      <translation>病例标题最多 {limit} 个字符。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="325" />
      <source>no category suggested</source>
      <translation>未建议分类</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="327" />
      <source>at least {category}</source>
      <translation>至少为{category}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="454" />
      <source>A citation needs the SHA-256 of what it cites.</source>
      <translation>引用须包含所引用内容的 SHA-256。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="457" />
      <source>A citation needs the UID of what it cites.</source>
      <translation>引用须包含所引用内容的 UID。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="466" />
      <source>A cited assessment needs its version number and what it said.</source>
      <translation>被引用的评估须包含其版本号及其内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="476" />
      <source>A cited liver plan needs its version number and what it said.</source>
      <translation>引用的肝脏规划方案须包含其版本号及内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="479" />
      <source>A cited image needs what it showed.</source>
      <translation>被引用的图像须包含其所显示的内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="489" />
      <source>Resectability assessment version {number} (SHA-256 {hash})</source>
      <translation>可切除性评估版本 {number}（SHA-256 {hash}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="497" />
      <source>Liver resection plan of {origin}, version {number} (SHA-256 {hash})</source>
      <translation>{origin}的肝切除方案，版本 {number}（SHA-256 {hash}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="503" />
      <source>Liver resection plan version {number} (SHA-256 {hash})</source>
      <translation>肝切除方案版本 {number}（SHA-256 {hash}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="510" />
      <source>Key image “{caption}” (SHA-256 {hash})</source>
      <translation>关键图像“{caption}”（SHA-256 {hash}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="515" />
      <source>Annotation “{label}” (SHA-256 {hash})</source>
      <translation>标注“{label}”（SHA-256 {hash}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="549" />
      <source>This decision's evidence was written by a newer casereview; update to read it.</source>
      <translation>此决策的依据由较新版本的 casereview 写入；请更新后再读取。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="566" />
      <source>The evidence stored with a decision is damaged and cannot be read ({problem}).</source>
      <translation>与决策一同保存的依据已损坏，无法读取（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="659" />
      <source>Assessment version changed from v{before} to v{after}</source>
      <translation>评估版本由 v{before} 变为 v{after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="668" />
      <source>The assessment (v{number}) is no longer cited</source>
      <translation>不再引用评估（v{number}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="672" />
      <source>The assessment is now cited (v{number}: {category})</source>
      <translation>现已引用评估（v{number}：{category}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="692" />
      <source>The liver plan (v{number}) is no longer cited</source>
      <translation>不再引用肝脏规划方案（v{number}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="696" />
      <source>The liver plan is now cited (v{number}: {summary})</source>
      <translation>现已引用肝脏规划方案（v{number}：{summary}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="716" />
      <source>Key image added: {caption}</source>
      <translation>已添加关键图像：{caption}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="718" />
      <source>Annotation added: {label}</source>
      <translation>已添加标注：{label}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="722" />
      <source>Key image changed: {caption}</source>
      <translation>关键图像已更改：{caption}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="724" />
      <source>Annotation changed: {label}</source>
      <translation>标注已更改：{label}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="732" />
      <source>Key image removed: {caption}</source>
      <translation>已移除关键图像：{caption}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="734" />
      <source>Annotation removed: {label}</source>
      <translation>已移除标注：{label}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="744" />
      <source>Criteria set changed from {before} to {after}</source>
      <translation>标准集由 {before} 改为 {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="758" />
      <location filename="../../src/casereview/domain/resectability_record.py" line="198" />
      <source>{vessel}: {finding} added</source>
      <translation>{vessel}：已添加{finding}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="767" />
      <location filename="../../src/casereview/domain/resectability_record.py" line="199" />
      <source>{vessel}: {finding} removed</source>
      <translation>{vessel}：已移除{finding}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="776" />
      <location filename="../../src/casereview/domain/resectability_record.py" line="203" />
      <source>{variant} recorded</source>
      <translation>已记录{variant}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="778" />
      <location filename="../../src/casereview/domain/resectability_record.py" line="204" />
      <source>{variant} removed</source>
      <translation>已移除{variant}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="781" />
      <source>Suggested category: {before} → {after}</source>
      <translation>建议分类：{before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="794" />
      <source>{vessel}: no longer measured (was {angle:.1f}°)</source>
      <translation>{vessel}：不再测量（原为 {angle:.1f}°）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="803" />
      <source>{vessel}: contact {angle:.1f}° (not measured in the earlier version)</source>
      <translation>{vessel}：接触 {angle:.1f}°（前一版本中未测量）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="822" />
      <source>{vessel}: measured {before:.1f}° → {after:.1f}° (the override by {author} stands at {angle:.1f}°)</source>
      <translation>{vessel}：测量值 {before:.1f}° → {after:.1f}°（{author} 的人工修正仍为 {angle:.1f}°）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="835" />
      <source>{vessel}: {before:.1f}° → {after:.1f}° (override by {author})</source>
      <translation>{vessel}：{before:.1f}° → {after:.1f}°（{author} 人工修正）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="845" />
      <source>{vessel}: {before:.1f}° → {after:.1f}° (back to the measured angle)</source>
      <translation>{vessel}：{before:.1f}° → {after:.1f}°（恢复为测量角度）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="853" />
      <source>{vessel}: {before:.1f}° → {after:.1f}° (measured again)</source>
      <translation>{vessel}：{before:.1f}° → {after:.1f}°（重新测量）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="71" />
      <source>Signed decision</source>
      <translation>已签署的决策</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="127" />
      <source>Give the rationale of the recommendation.</source>
      <translation>请填写该建议的理由。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="129" />
      <source>Name the procedure of the recommended resection.</source>
      <translation>请填写所建议切除的术式。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="131" />
      <source>Describe the recommendation chosen as “Other”.</source>
      <translation>请描述选为“其他”的建议。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="135" />
      <source>A procedure is recorded only with an upfront resection.</source>
      <translation>只有选择直接手术切除时才记录术式。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="138" />
      <source>The “Other” wording is recorded only with “Other”.</source>
      <translation>只有选择“其他”时才记录“其他”的描述。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="142" />
      <source>Keep the procedure under {limit} characters.</source>
      <translation>术式请控制在 {limit} 个字符以内。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="146" />
      <source>Keep the “Other” wording under {limit} characters.</source>
      <translation>“其他”的描述请控制在 {limit} 个字符以内。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="150" />
      <source>Keep the guideline reference under {limit} characters.</source>
      <translation>指南引用请控制在 {limit} 个字符以内。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="156" />
      <source>Keep the trial reference under {limit} characters.</source>
      <translation>临床试验引用请控制在 {limit} 个字符以内。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="231" />
      <source>Describe the action.</source>
      <translation>请描述该行动事项。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="233" />
      <source>Name who owns the action.</source>
      <translation>请填写该行动事项的负责人。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="235" />
      <source>An owner's name may have at most 128 characters.</source>
      <translation>负责人姓名最多 128 个字符。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/index.py" line="165" />
      <source>The start date must be a calendar date written YYYYMMDD or YYYY-MM-DD.</source>
      <translation>开始日期必须是有效日期，格式为 YYYYMMDD 或 YYYY-MM-DD。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/index.py" line="173" />
      <source>The end date must be a calendar date written YYYYMMDD or YYYY-MM-DD.</source>
      <translation>结束日期必须是有效日期，格式为 YYYYMMDD 或 YYYY-MM-DD。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/index.py" line="179" />
      <location filename="../../src/casereview/net/query.py" line="117" />
      <source>The date range ends before it starts; swap the two dates.</source>
      <translation>日期范围的结束早于开始；请交换两个日期。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="70" />
      <source>A surface of a 3-D key image needs its segment or its CT value.</source>
      <translation>三维关键图像的表面需要其分割区域或 CT 值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="74" />
      <location filename="../../src/casereview/domain/rendering.py" line="529" />
      <source>A segment colour must be three values between 0 and 1.</source>
      <translation>分割区域的颜色必须是三个介于 0 和 1 之间的数值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="77" />
      <location filename="../../src/casereview/domain/rendering.py" line="531" />
      <source>A segment's opacity must lie between 0 and 1.</source>
      <translation>分割区域的不透明度必须介于 0 和 1 之间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="133" />
      <source>A clipping plane needs a direction.</source>
      <translation>剪切平面需要方向。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="135" />
      <source>A clipping plane is axial, coronal or sagittal.</source>
      <translation>剪切平面须为轴位、冠状位或矢状位。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="164" />
      <location filename="../../src/casereview/domain/rendering.py" line="394" />
      <source>A camera needs three finite coordinates per point.</source>
      <translation>相机的每个点都需要三个有限坐标值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="208" />
      <source>A crop box is six fractions of the volume between 0 and 1.</source>
      <translation>裁剪框由六个介于 0 和 1 之间的容积比例值组成。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="271" />
      <source>The scene of a 3-D key image could not be read; flag the view again.</source>
      <translation>无法读取三维关键图像的场景；请重新标记该视图。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="59" />
      <source>resection surface</source>
      <translation>切除面</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="63" />
      <source>{resection} (segments {segments})</source>
      <translation>{resection}（肝段 {segments}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="66" />
      <source>segments {segments} removed</source>
      <translation>已切除肝段 {segments}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="75" />
      <source>not computed (height and weight unknown)</source>
      <translation>未计算（身高和体重未知）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="77" />
      <source>{value:.2f} %</source>
      <translation>{value:.2f} %</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="78" />
      <source>{value:.1f} %</source>
      <translation>{value:.1f} %</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="84" />
      <source>none (tumour left in the remnant, or no tumour)</source>
      <translation>无（肿瘤留在剩余肝内，或无肿瘤）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="85" />
      <source>{mm:.1f} mm</source>
      <translation>{mm:.1f} mm</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="197" />
      <source>FLR {flr:.1f} %</source>
      <translation>FLR {flr:.1f} %</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="198" />
      <source>{resection}: {verdicts}</source>
      <translation>{resection}：{verdicts}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="199" />
      <source>{resection}: FLR {flr:.1f} %; {verdicts}</source>
      <translation>{resection}：FLR {flr:.1f} %；{verdicts}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="258" />
      <source>not judged</source>
      <translation>未评估</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="259" />
      <source>enough</source>
      <translation>足够</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="259" />
      <source>not enough</source>
      <translation>不足</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="286" />
      <source>now the plan of {origin}</source>
      <translation>现为{origin}的方案</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="288" />
      <source>now our own plan (was the plan of {origin})</source>
      <translation>现为本院方案（原为{origin}的方案）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="292" />
      <source>resection {before} → {after}</source>
      <translation>切除 {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="296" />
      <source>liver condition {before} → {after}</source>
      <translation>肝脏状况 {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="309" />
      <source>{measure} {before} → {after}</source>
      <translation>{measure} {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="318" />
      <source>margin {before} → {after}</source>
      <translation>切缘 {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="330" />
      <source>{measure} verdict {before} → {after}</source>
      <translation>{measure} 结论 {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="339" />
      <source>Liver plan version changed from v{before} to v{after}</source>
      <translation>肝脏规划方案版本由 v{before} 变为 v{after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="346" />
      <source>Liver plan v{before} → v{after}: {change}</source>
      <translation>肝脏规划方案 v{before} → v{after}：{change}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="63" />
      <source>right hepatectomy</source>
      <translation>右半肝切除术</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="64" />
      <source>left hepatectomy</source>
      <translation>左半肝切除术</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="65" />
      <source>right trisectionectomy (extended right hepatectomy)</source>
      <translation>右三叶切除术（扩大右半肝切除术）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="66" />
      <source>left trisectionectomy (extended left hepatectomy)</source>
      <translation>左三叶切除术（扩大左半肝切除术）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="67" />
      <source>right anterior sectionectomy</source>
      <translation>右前叶切除术</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="68" />
      <source>right posterior sectionectomy</source>
      <translation>右后叶切除术</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="69" />
      <source>left lateral sectionectomy</source>
      <translation>左外叶切除术</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="70" />
      <source>central hepatectomy</source>
      <translation>中肝切除术</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="90" />
      <location filename="../../src/casereview/domain/liver_remnant.py" line="309" />
      <source>FLR</source>
      <translation>FLR</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="91" />
      <location filename="../../src/casereview/domain/liver_remnant.py" line="316" />
      <source>standardised FLR</source>
      <translation>标准化 FLR</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="92" />
      <location filename="../../src/casereview/domain/liver_remnant.py" line="319" />
      <source>RBWR</source>
      <translation>RBWR</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="123" />
      <source>Name the resection ({names}) or list the Couinaud segments removed, e.g. '5,6,7,8' (got '{text}').</source>
      <translation>请指定切除方式（{names}）或列出切除的Couinaud肝段，例如 '5,6,7,8'（收到的是“{text}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="132" />
      <location filename="../../src/casereview/services/liver_plan.py" line="284" />
      <source>A resection of all eight segments leaves no liver; choose fewer segments.</source>
      <translation>切除全部八个肝段将不留任何肝脏；请选择较少的肝段。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="215" />
      <source>A plan that removes segments must name them and have no surface.</source>
      <translation>切除肝段的方案必须指明肝段，且不得包含切除面。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="219" />
      <source>A plan by a resection surface must have the surface and no segments.</source>
      <translation>基于切除面的方案必须包含切除面，且不得包含肝段。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="222" />
      <source>The patient's size must be entered or from the images.</source>
      <translation>患者身高必须手动输入或取自图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="395" />
      <source>The saved liver plan is damaged at {where}: {problem}. Plan the resection again.</source>
      <translation>已保存的肝脏规划方案在 {where} 处损坏：{problem}。请重新规划切除。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="405" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="81" />
      <source>expected a finite number</source>
      <translation>应为有限数值</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="415" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="84" />
      <source>expected an object</source>
      <translation>应为对象</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="417" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="79" />
      <source>missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="424" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="80" />
      <source>expected text</source>
      <translation>应为文本</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="431" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="83" />
      <source>expected a list</source>
      <translation>应为列表</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="439" />
      <source>A position of the liver plan is not three finite numbers ({where}).</source>
      <translation>肝脏规划方案中的某个位置不是三个有限数值（{where}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="448" />
      <source>expected three numbers</source>
      <translation>应为三个数值</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="461" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="82" />
      <source>expected true or false</source>
      <translation>应为真或假</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="476" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="309" />
      <source>expected one of: {values}</source>
      <translation>应为以下之一：{values}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="560" />
      <source>This liver plan was saved by a newer casereview (format {format}); update casereview to open it.</source>
      <translation>该肝脏规划方案由更新版本的casereview保存（格式 {format}）；请更新casereview后打开。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="567" />
      <source>This is not a saved liver plan this casereview can read (format {format}, expected {expected}).</source>
      <translation>这不是此版本casereview可读取的已保存肝脏规划方案（格式 {format}，应为 {expected}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="687" />
      <source>expected a segment and its volume</source>
      <translation>应为肝段及其体积</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="724" />
      <source>A liver plan's time must carry its time zone.</source>
      <translation>肝脏规划方案的时间必须包含时区。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="76" />
      <source>normal liver</source>
      <translation>正常肝脏</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="77" />
      <source>liver after extensive chemotherapy</source>
      <translation>长期化疗后的肝脏</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="78" />
      <source>cirrhotic liver</source>
      <translation>肝硬化肝脏</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="86" />
      <source>The {what} must be a positive number, not {value}.</source>
      <translation>{what}必须为正数，而不是 {value}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="100" />
      <source>height</source>
      <translation>身高</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="101" />
      <source>weight</source>
      <translation>体重</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="104" />
      <source>A height of {height} cm is outside {low:.0f}–{high:.0f} cm; give it in centimetres.</source>
      <translation>身高 {height} cm 超出 {low:.0f}–{high:.0f} cm 范围；请以厘米为单位填写。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="114" />
      <source>A weight of {weight} kg is outside {low:.0f}–{high:.0f} kg; give it in kilograms.</source>
      <translation>体重 {weight} kg 超出 {low:.0f}–{high:.0f} kg 范围；请以千克为单位填写。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="127" />
      <source>body surface area</source>
      <translation>体表面积</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="163" />
      <source>A liver volume must be zero or more millilitres, not {value}.</source>
      <translation>肝脏体积必须为零或更多毫升，而不是 {value}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="174" />
      <source>The tumour or the resected part is larger than the whole liver.</source>
      <translation>肿瘤或切除部分大于整个肝脏。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="178" />
      <source>More tumour is left in the remnant than the tumour or remnant hold.</source>
      <translation>残余肝内保留的肿瘤体积超过了肿瘤或残余肝本身的体积。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="225" />
      <source>{name} {value:.2f} % ≥ {threshold:.1f} %: enough</source>
      <translation>{name} {value:.2f} % ≥ {threshold:.1f} %：足够</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="226" />
      <source>{name} {value:.1f} % ≥ {threshold:.1f} %: enough</source>
      <translation>{name} {value:.1f} % ≥ {threshold:.1f} %：足够</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="228" />
      <source>{name} {value:.2f} % below {threshold:.1f} %: not enough</source>
      <translation>{name} {value:.2f} % 低于 {threshold:.1f} %：不足</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="229" />
      <source>{name} {value:.1f} % below {threshold:.1f} %: not enough</source>
      <translation>{name} {value:.1f} % 低于 {threshold:.1f} %：不足</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="299" />
      <source>Give both the patient's height and weight, or neither.</source>
      <translation>请同时填写患者的身高和体重，或两者都不填。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="303" />
      <source>The tumour fills the whole liver: no functional liver is left to plan on.</source>
      <translation>肿瘤占据了整个肝脏：没有可用于规划的功能性肝脏。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="87" />
      <source>A meeting needs a title.</source>
      <translation>会议必须有标题。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="90" />
      <source>A meeting title may have at most {limit} characters.</source>
      <translation>会议标题最多 {limit} 个字符。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="96" />
      <source>The meeting time needs a time zone.</source>
      <translation>会议时间必须包含时区。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="98" />
      <source>A meeting lasts between 5 minutes and 24 hours.</source>
      <translation>会议时长须在 5 分钟到 24 小时之间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="127" />
      <source>A quorum needs at least one attendee.</source>
      <translation>法定人数至少需要一名参会者。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="153" />
      <source>An attendee needs a name.</source>
      <translation>参会者必须有姓名。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="156" />
      <source>A name may have at most {limit} characters.</source>
      <translation>姓名最多 {limit} 个字符。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="262" />
      <source>That case is not on this meeting's agenda.</source>
      <translation>该病例不在本次会议的议程中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="275" />
      <source>The new agenda order must list every case of the meeting exactly once; reload the meeting and try again.</source>
      <translation>新的议程顺序必须将会议的每个病例恰好列出一次；请重新加载会议后重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="41" />
      <source>Damaged package document</source>
      <translation>软件包文档已损坏</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="91" />
      <source>{document} is larger than {limit} KB: too large to be a genuine package document.</source>
      <translation>{document} 大于 {limit} KB：过大，不可能是真实的软件包文档。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="100" />
      <source>{document} is nested more than {limit} levels deep: not a genuine package document.</source>
      <translation>{document} 的嵌套超过 {limit} 层：不是真实的软件包文档。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="112" />
      <source>{document} is not UTF-8 text.</source>
      <translation>{document} 不是 UTF-8 文本。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="118" />
      <source>{document} is not valid JSON (line {line}, column {column}).</source>
      <translation>{document} 不是有效的 JSON（第 {line} 行，第 {column} 列）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="129" />
      <source>{document} is not valid JSON.</source>
      <translation>{document} 不是有效的 JSON。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="223" />
      <source>{document}: {where} must be text of at most {limit} characters.</source>
      <translation>{document}：{where} 必须是不超过 {limit} 个字符的文本。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="233" />
      <source>{document}: {where} has a value casereview does not know.</source>
      <translation>{document}：{where} 的值是 casereview 无法识别的。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="247" />
      <source>{document}: {where} must be a whole number from {minimum} to {maximum}.</source>
      <translation>{document}：{where} 必须是 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="264" />
      <source>{document}: {where} must be a number.</source>
      <translation>{document}：{where} 必须是数字。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="272" />
      <source>{document}: {where} must be true or false.</source>
      <translation>{document}：{where} 必须是 true 或 false。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="282" />
      <source>{document}: {where} must be a list of {minimum} to {maximum} items.</source>
      <translation>{document}：{where} 必须是包含 {minimum} 到 {maximum} 项的列表。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="299" />
      <source>{document}: {where} is missing.</source>
      <translation>{document}：缺少 {where}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="321" />
      <source>{document}: {where} must be an object.</source>
      <translation>{document}：{where} 必须是对象。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="45" />
      <source>Case package problem</source>
      <translation>病例包问题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="51" />
      <source>Package rejected</source>
      <translation>病例包被拒绝</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="61" />
      <source>Package from an unknown sender</source>
      <translation>来自未知发送方的病例包</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="152" />
      <source>The de-identification option '{key}' must be on or off.</source>
      <translation>去标识化选项“{key}”必须为开启或关闭。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="242" />
      <source>A region to clean needs whole pixel numbers.</source>
      <translation>待清理区域必须使用整数像素值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="245" />
      <source>A region to clean starts outside the image (x={x}, y={y}); x and y count from 0 at the top left.</source>
      <translation>待清理区域的起点位于图像之外（x={x}，y={y}）；x 和 y 从左上角的 0 开始计数。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="256" />
      <source>A region to clean must be at least one pixel wide and high.</source>
      <translation>待清理区域的宽和高至少为一个像素。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="273" />
      <source>A region to clean is written x,y,width,height in pixels, not '{text}'.</source>
      <translation>待清理区域应写为 x,y,宽,高（像素），而不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="419" />
      <source>The package's manifest.json was written in a format this casereview does not read; update casereview.</source>
      <translation>软件包的 manifest.json 采用了此版本 casereview 无法读取的格式；请更新 casereview。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="516" />
      <source>Verified: signed by {signer}; every file is intact.</source>
      <translation>已验证：由 {signer} 签名；所有文件均完好。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="521" />
      <source>Intact, but signed by a key that is not in your trusted keys (claims to come from an unknown sender; key {key}). Compare the key with the sender before importing.</source>
      <translation>文件完好，但签名密钥不在您的受信任密钥中（声称来自未知发送方；密钥 {key}）。导入前请与发送方核对密钥。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="527" />
      <source>Intact, but signed by a key that is not in your trusted keys (claims to come from {sender}; key {key}). Compare the key with the sender before importing.</source>
      <translation>文件完好，但签名密钥不在您的受信任密钥中（声称来自 {sender}；密钥 {key}）。导入前请与发送方核对密钥。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="534" />
      <source>Intact, but not signed: nothing proves who sent it. Import only if you know where it came from.</source>
      <translation>文件完好，但未签名：无法证明发送方身份。仅在确知其来源时导入。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="538" />
      <source>Rejected: the package was altered, damaged or crafted; nothing was imported.</source>
      <translation>已拒绝：病例包已被篡改、损坏或伪造；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="51" />
      <source>A PACS node name has 1 to 64 letters, digits, spaces, dots, dashes or underscores and starts with a letter or digit (got '{name}').</source>
      <translation>PACS节点名称由1至64个字母、数字、空格、点、短横线或下划线组成，且须以字母或数字开头（收到的是“{name}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="71" />
      <source>{what} must be 1 to 16 characters without backslash (got '{title}', {length} characters). Ask the PACS administrator for the exact AE title.</source>
      <translation>{what}必须为1至16个字符，且不含反斜杠（收到的是“{title}”，{length} 个字符）。请向PACS管理员获取准确的AE title。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="92" />
      <source>{what} must be a number from 1 to 65535 (got {port}).</source>
      <translation>{what}必须是1至65535之间的数字（收到的是 {port}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="126" />
      <source>The archive's AE title</source>
      <translation>影像归档(PACS)的AE title</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="129" />
      <source>Our AE title</source>
      <translation>本机AE title</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="134" />
      <source>The archive's host must be a host name or an IP address (got '{host}').</source>
      <translation>影像归档(PACS)的主机必须是主机名或IP地址（收到的是“{host}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="140" />
      <source>The archive's port</source>
      <translation>影像归档(PACS)的端口</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="141" />
      <source>Our port for C-MOVE</source>
      <translation>本机C-MOVE端口</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="143" />
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="234" />
      <source>A network timeout must be between 1 and 3600 seconds.</source>
      <translation>网络超时时间必须在1至3600秒之间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="178" />
      <source>A DICOM node in the settings is incomplete ({exc}).</source>
      <translation>设置中的某个DICOM节点不完整（{exc}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="213" />
      <source>A DICOMweb address starts with https:// (or http:// inside the hospital network) and names a server, e.g. https://pacs.example.org/dicom-web (got '{url}').</source>
      <translation>DICOMweb地址以 https://（院内网络中也可用 http://）开头并指明服务器，例如 https://pacs.example.org/dicom-web（收到的是“{url}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="222" />
      <source>Do not put a user name or password in the DICOMweb address; choose basic authentication and give them separately.</source>
      <translation>请勿在DICOMweb地址中包含用户名或密码；请选择基本认证并单独提供。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="231" />
      <source>Basic authentication needs a user name for the DICOMweb server.</source>
      <translation>基本认证需要提供DICOMweb服务器的用户名。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="265" />
      <source>A DICOMweb node in the settings is incomplete ({exc}).</source>
      <translation>设置中的某个DICOMweb节点不完整（{exc}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="308" />
      <source>The storage listener's '{name}' must be true or false.</source>
      <translation>存储监听(存储SCP)的“{name}”必须为 true 或 false。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="313" />
      <source>The storage listener's AE title</source>
      <translation>存储监听(存储SCP)的AE title</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="315" />
      <source>The storage listener's port</source>
      <translation>存储监听(存储SCP)的端口</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="319" />
      <source>The storage listener listens on 0.0.0.0 (every network interface) or on one IPv4 address of this machine such as 127.0.0.1 (got '{host}').</source>
      <translation>存储监听(存储SCP)在 0.0.0.0（所有网络接口）或本机的某个 IPv4 地址（如 127.0.0.1）上监听（收到的是“{host}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="356" />
      <source>The storage listener in the settings is not valid ({exc}).</source>
      <translation>设置中的存储监听(存储SCP)无效（{exc}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="120" />
      <source>Give the preset a name.</source>
      <translation>请为预设命名。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="121" />
      <source>The preset name is too long (at most {limit} characters).</source>
      <translation>预设名称过长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="130" />
      <source>A preset needs at least two opacity points and one colour.</source>
      <translation>预设至少需要两个不透明度点和一种颜色。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="136" />
      <source>The points of a preset must be in ascending value order.</source>
      <translation>预设中的点必须按数值升序排列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="140" />
      <source>Opacities must lie between 0 and 1.</source>
      <translation>不透明度必须介于 0 和 1 之间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="143" />
      <source>Colours must be three values between 0 and 1.</source>
      <translation>颜色必须是三个介于 0 和 1 之间的数值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="146" />
      <source>Lighting coefficients must lie between 0 and 1.</source>
      <translation>光照系数必须介于 0 和 1 之间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="249" />
      <source>A stored rendering preset could not be read; save it again from the 3-D view.</source>
      <translation>无法读取已保存的渲染预设；请在三维视图中重新保存。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="400" />
      <source>A camera cannot stand on the point it looks at.</source>
      <translation>相机不能位于其注视的点上。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="408" />
      <source>A camera's up direction cannot be its viewing direction.</source>
      <translation>相机的向上方向不能与观察方向相同。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="412" />
      <source>A camera needs a view angle of 0–180° and a positive scale.</source>
      <translation>相机的视角必须在 0–180° 之间，且比例为正数。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="446" />
      <source>A stored 3-D view could not be read; save it again.</source>
      <translation>无法读取已保存的三维视图；请重新保存。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="525" />
      <source>A segment's label value must lie between 1 and 65535.</source>
      <translation>分割区域的标签值必须介于 1 和 65535 之间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="77" />
      <source>superior mesenteric artery (SMA)</source>
      <translation>肠系膜上动脉（SMA）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="78" />
      <source>celiac axis</source>
      <translation>腹腔干</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="79" />
      <source>common hepatic artery (CHA)</source>
      <translation>肝总动脉（CHA）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="80" />
      <source>superior mesenteric vein (SMV)</source>
      <translation>肠系膜上静脉（SMV）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="81" />
      <source>portal vein</source>
      <translation>门静脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="82" />
      <source>inferior vena cava (IVC)</source>
      <translation>下腔静脉（IVC）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="83" />
      <source>aorta</source>
      <translation>主动脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="84" />
      <source>first jejunal branch</source>
      <translation>第一空肠支</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="115" />
      <source>A contact angle is between 0 and 360 degrees, not {angle}.</source>
      <translation>接触角度应在 0 至 360 度之间，而不是 {angle}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="124" />
      <source>Say who recorded this (the author is empty).</source>
      <translation>请注明记录者（作者为空）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="236" />
      <source>A contact measurement needs a measured angle or a person's reading.</source>
      <translation>接触测量需要测得的角度或人工判读的角度。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="244" />
      <source>A contact length is zero or more millimetres, not {length}.</source>
      <translation>接触长度应为零或更多毫米，而不是 {length}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="257" />
      <source>Only a first jejunal branch has a trunk (the SMA or the SMV).</source>
      <translation>只有第一空肠支才有所属主干（SMA 或 SMV）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="85" />
      <source>expected a date and time with its time zone</source>
      <translation>应为带时区的日期和时间</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="86" />
      <source>a message template uses fields other than plain names</source>
      <translation>消息模板使用了简单名称以外的字段</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="91" />
      <source>A saved resectability assessment is damaged and cannot be opened ({field}: {problem}). Record the assessment again, or ask your administrator to restore the database from a backup.</source>
      <translation>一项已保存的可切除性评估已损坏，无法打开（{field}：{problem}）。请重新进行评估，或请管理员从备份中恢复数据库。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="103" />
      <source>This resectability assessment cannot be saved ({field}: {problem}). Please report this to your administrator; nothing was saved.</source>
      <translation>无法保存此可切除性评估（{field}：{problem}）。请将此问题报告给管理员；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="148" />
      <source>a message parameter of type {kind} cannot be stored</source>
      <translation>无法存储类型为 {kind} 的消息参数</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="221" />
      <source>not a value a message can hold</source>
      <translation>消息无法包含此值</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="240" />
      <source>the template and its parameters do not fit</source>
      <translation>模板与其参数不匹配</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="368" />
      <source>This resectability assessment was saved by a newer casereview (format {format}); update casereview to open it.</source>
      <translation>此可切除性评估由较新版本的 casereview 保存（格式 {format}）；请更新 casereview 后再打开。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="375" />
      <source>This is not a saved resectability assessment this casereview can read (format {format}, expected {expected}).</source>
      <translation>这不是本版本 casereview 可读取的已保存可切除性评估（格式 {format}，应为 {expected}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="411" />
      <source>expected a translatable message, found plain text</source>
      <translation>应为可翻译的消息，实际为纯文本</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="88" />
      <source>No arterial tumour contact (celiac axis, SMA or CHA).</source>
      <translation>无肿瘤与动脉接触（腹腔干、SMA 或 CHA）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="95" />
      <source>No tumour contact with the SMV or portal vein, or contact of 180° or less without vein contour irregularity (none recorded).</source>
      <translation>肿瘤与 SMV 或门静脉无接触，或接触不超过 180° 且无静脉轮廓不规则（未记录）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="106" />
      <source>Head/uncinate: solid tumour contact with the CHA without extension to the celiac axis or hepatic artery bifurcation (none recorded), allowing safe and complete resection and reconstruction.</source>
      <translation>胰头/钩突：实性肿瘤与 CHA 接触，未延伸至腹腔干或肝动脉分叉（未记录），可安全、完整地切除并重建。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="119" />
      <source>Head/uncinate: solid tumour contact with the SMA of 180° or less.</source>
      <translation>胰头/钩突：实性肿瘤与 SMA 接触不超过 180°。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="127" />
      <source>Head/uncinate: solid tumour contact with variant arterial anatomy (accessory or replaced right hepatic artery, replaced CHA, origin of a replaced or accessory artery).</source>
      <translation>胰头/钩突：实性肿瘤与变异动脉接触（副肝右动脉或替代肝右动脉、替代肝总动脉、替代或副动脉的起始部）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="139" />
      <source>Body/tail: solid tumour contact with the celiac axis of 180° or less.</source>
      <translation>胰体/胰尾：实性肿瘤与腹腔干接触不超过 180°。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="147" />
      <source>Body/tail: solid tumour contact with the celiac axis of more than 180° without involvement of the aorta and with an intact, uninvolved gastroduodenal artery (modified Appleby procedure; some panel members prefer unresectable).</source>
      <translation>胰体/胰尾：实性肿瘤与腹腔干接触超过 180°，未累及主动脉，且胃十二指肠动脉完整未受累（可行改良 Appleby 手术；部分专家组成员倾向归为不可切除）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="163" />
      <source>Solid tumour contact with the SMV or portal vein of more than 180°, with a suitable vessel above and below for resection and reconstruction.</source>
      <translation>实性肿瘤与 SMV 或门静脉接触超过 180°，受累段上下方有合适的血管可供切除和重建。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="173" />
      <source>Contact with the SMV or portal vein of 180° or less with contour irregularity of the vein, reconstructible.</source>
      <translation>与 SMV 或门静脉接触不超过 180°，伴静脉轮廓不规则，可重建。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="187" />
      <source>Thrombosis of the SMV or portal vein with a suitable vessel above and below for resection and reconstruction.</source>
      <translation>SMV 或门静脉血栓形成，受累段上下方有合适的血管可供切除和重建。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="197" />
      <source>Solid tumour contact with the inferior vena cava.</source>
      <translation>实性肿瘤与下腔静脉接触。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="204" />
      <source>Arterial tumour contact that the table does not grade for this location: not resectable (resectable requires no arterial contact), so borderline is suggested; weigh it at the meeting.</source>
      <translation>该部位的此类肿瘤动脉接触未在分级表中列出：不属于可切除（可切除要求无动脉接触），因此建议为交界可切除；请在多学科会议上讨论。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="216" />
      <source>Solid tumour contact with the SMA of more than 180°.</source>
      <translation>实性肿瘤与 SMA 接触超过 180°。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="223" />
      <source>Head/uncinate: solid tumour contact with the celiac axis of more than 180°.</source>
      <translation>胰头/钩突：实性肿瘤与腹腔干接触超过 180°。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="231" />
      <source>Body/tail: solid tumour contact with the celiac axis of more than 180° (unless the aorta is free and the gastroduodenal artery intact and uninvolved).</source>
      <translation>胰体/胰尾：实性肿瘤与腹腔干接触超过 180°（主动脉未受累且胃十二指肠动脉完整未受累者除外）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="246" />
      <source>Body/tail: solid tumour contact with the celiac axis and the aorta.</source>
      <translation>胰体/胰尾：实性肿瘤与腹腔干及主动脉接触。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="254" />
      <source>Head/uncinate: contact with the CHA extending to the celiac axis or the hepatic artery bifurcation: outside the borderline criterion, so locally advanced is suggested; weigh it at the meeting.</source>
      <translation>胰头/钩突：与 CHA 的接触延伸至腹腔干或肝动脉分叉：超出交界可切除的标准，因此建议为局部进展期；请在多学科会议上讨论。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="266" />
      <source>Head/uncinate: solid tumour contact with the first jejunal branch of the SMA (or a first jejunal branch whose trunk was not recorded).</source>
      <translation>胰头/钩突：实性肿瘤与 SMA 的第一空肠支接触（或与未记录所属主干的第一空肠支接触）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="277" />
      <source>Contact with the most proximal jejunal branch draining into the SMV (or a first jejunal branch whose trunk was not recorded).</source>
      <translation>与汇入 SMV 的最近端空肠支接触（或与未记录所属主干的第一空肠支接触）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="287" />
      <source>SMV or portal vein not reconstructible because of tumour involvement or occlusion (tumour or bland thrombus).</source>
      <translation>因肿瘤侵犯或闭塞（瘤栓或单纯血栓）导致 SMV 或门静脉无法重建。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="319" />
      <source>No arterial tumour contact (SMA, celiac axis or CHA).</source>
      <translation>无肿瘤与动脉接触（SMA、腹腔干或 CHA）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="326" />
      <source>Contact with the SMV–portal vein of 90° or less.</source>
      <translation>与 SMV–门静脉接触不超过 90°。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="334" />
      <source>Arterial tumour contact (SMA, celiac axis or CHA) of 90° or less.</source>
      <translation>肿瘤与动脉（SMA、腹腔干或 CHA）接触不超过 90°。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="341" />
      <source>Contact with the SMV–portal vein of more than 90° up to 270°, without occlusion.</source>
      <translation>与 SMV–门静脉接触超过 90° 且不超过 270°，无闭塞。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="351" />
      <source>Arterial tumour contact (SMA, celiac axis or CHA) of more than 90°.</source>
      <translation>肿瘤与动脉（SMA、腹腔干或 CHA）接触超过 90°。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="358" />
      <source>Contact with the SMV–portal vein of more than 270°.</source>
      <translation>与 SMV–门静脉接触超过 270°。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="365" />
      <source>Occlusion of the SMV–portal vein.</source>
      <translation>SMV–门静脉闭塞。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="80" />
      <source>{vessel} not assessed, needed for: {criterion}</source>
      <translation>{vessel} 未评估，以下标准需要：{criterion}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="101" />
      <source>{vessel}: {finding} recorded by {author}</source>
      <translation>{vessel}：{finding}，由 {author} 记录</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="124" />
      <source>reconstructibility of the SMV–portal vein not recorded; if it cannot be reconstructed the disease is locally advanced</source>
      <translation>未记录 SMV–门静脉能否重建；若无法重建，则为局部进展期</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="130" />
      <source>reconstructibility of the SMV–portal vein not recorded</source>
      <translation>未记录 SMV–门静脉能否重建</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="132" />
      <source>SMV–portal vein reconstructible: {value}, judged by {author}</source>
      <translation>SMV–门静脉可重建：{value}，由 {author} 判断</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="152" />
      <source>{variant} touching the tumour, recorded by {author}</source>
      <translation>{variant}与肿瘤接触，由 {author} 记录</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="168" />
      <source>involvement of the gastroduodenal artery not recorded, needed for: {criterion}</source>
      <translation>未记录胃十二指肠动脉是否受累，以下标准需要：{criterion}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="178" />
      <source>gastroduodenal artery recorded as involved</source>
      <translation>胃十二指肠动脉记录为受累</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="180" />
      <source>gastroduodenal artery recorded as intact and uninvolved</source>
      <translation>胃十二指肠动脉记录为完整未受累</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="313" />
      <source>{vessel} not assessed; contact with it could raise the category</source>
      <translation>{vessel} 未评估；若与其接触，分类可能升级</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="321" />
      <source>tumour location not recorded, so the criteria for the head/uncinate process and for the body/tail were both applied</source>
      <translation>未记录肿瘤部位，因此同时应用了胰头/钩突和胰体/胰尾的标准</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="328" />
      <source>A tumour of the neck is graded with the criteria for the head/uncinate process and for the body/tail; the more advanced category is suggested.</source>
      <translation>胰颈肿瘤同时按胰头/钩突和胰体/胰尾的标准分级；建议取较晚的分类。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="378" />
      <source>{vessel}: {finding} is not graded by {criteria}; weigh it at the meeting.</source>
      <translation>{vessel}：{finding}不在 {criteria} 的分级范围内；请在多学科会议上讨论。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="392" />
      <source>{variant} touching the tumour is not graded by {criteria}; weigh it at the meeting.</source>
      <translation>{variant}与肿瘤接触不在 {criteria} 的分级范围内；请在多学科会议上讨论。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="405" />
      <source>{vessel}: contact {angle:.1f}° is not graded by {criteria} here; weigh it at the meeting.</source>
      <translation>{vessel}：{angle:.1f}° 的接触在此不属于 {criteria} 的分级范围；请在多学科会议上讨论。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="56" />
      <source>contour irregularity</source>
      <translation>轮廓不规则</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="57" />
      <source>tear-drop deformity</source>
      <translation>泪滴样变形</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="58" />
      <source>focal narrowing</source>
      <translation>局灶性狭窄</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="59" />
      <source>thrombus</source>
      <translation>血栓</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="60" />
      <source>occlusion</source>
      <translation>闭塞</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="61" />
      <source>extension to the celiac axis</source>
      <translation>延伸至腹腔干</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="62" />
      <source>extension to the hepatic artery bifurcation</source>
      <translation>延伸至肝动脉分叉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="68" />
      <source>bland thrombus</source>
      <translation>单纯血栓</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="69" />
      <source>tumour thrombus</source>
      <translation>瘤栓</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="116" />
      <source>{finding} is recorded on a vein (SMV, portal vein or IVC).</source>
      <translation>{finding}应记录在静脉上（SMV、门静脉或 IVC）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="123" />
      <source>{finding} is recorded on the common hepatic artery.</source>
      <translation>{finding}应记录在肝总动脉上。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="130" />
      <source>Say whether a thrombus is bland or tumour thrombus (and only then).</source>
      <translation>请说明血栓为单纯血栓还是瘤栓（仅适用于血栓）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="152" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="153" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="154" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="183" />
      <source>replaced right hepatic artery</source>
      <translation>替代肝右动脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="184" />
      <source>accessory right hepatic artery</source>
      <translation>副肝右动脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="185" />
      <source>replaced common hepatic artery</source>
      <translation>替代肝总动脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="186" />
      <source>other arterial variant</source>
      <translation>其他动脉变异</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="225" />
      <source>Describe the arterial variant.</source>
      <translation>请描述该动脉变异。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="284" />
      <source>The {vessel} is measured twice; keep one measurement.</source>
      <translation>{vessel} 被测量了两次；请只保留一次测量。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="188" />
      <source>Measured from the segments</source>
      <translation>根据分割区域测量</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="190" />
      <source>{vessel}: angle set to {angle:.1f}°</source>
      <translation>{vessel}：角度设为 {angle:.1f}°</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="194" />
      <source>{vessel}: back to the measured angle</source>
      <translation>{vessel}：恢复为测量角度</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="208" />
      <source>Vein reconstructibility cleared</source>
      <translation>已清除静脉可重建性</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="209" />
      <source>Vein reconstructible: {value}</source>
      <translation>静脉可重建：{value}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="214" />
      <source>Tumour location: {location}</source>
      <translation>肿瘤部位：{location}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="217" />
      <source>Criteria set changed to {criteria}</source>
      <translation>标准集改为 {criteria}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="230" />
      <source>The {vessel} was not measured in this assessment; segment it and measure again.</source>
      <translation>本次评估未测量{vessel}；请分割该血管后重新测量。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="254" />
      <source>The {vessel} has no corrected angle to remove.</source>
      <translation>{vessel}没有可移除的修正角度。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="261" />
      <source>The {vessel} has only a person's reading; measure it before removing that.</source>
      <translation>{vessel}仅有人工判读值；请先测量该血管，再移除人工判读值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="286" />
      <source>{finding} is already recorded on the {vessel}.</source>
      <translation>{vessel}上已记录{finding}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="311" />
      <source>No {finding} is recorded on the {vessel}.</source>
      <translation>{vessel}上未记录{finding}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="331" />
      <source>{variant} is already recorded.</source>
      <translation>{variant}已记录。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="351" />
      <source>No {variant} is recorded.</source>
      <translation>未记录{variant}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_rules.py" line="56" />
      <source>resectable</source>
      <translation>可切除</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_rules.py" line="57" />
      <source>borderline resectable</source>
      <translation>交界可切除</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_rules.py" line="58" />
      <source>locally advanced</source>
      <translation>局部进展期</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_rules.py" line="250" />
      <source>Each rule of a criteria set needs its own id.</source>
      <translation>标准集中的每条规则都需要唯一的标识。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="73" />
      <source>{vessel}: contact {angle:.1f}°</source>
      <translation>{vessel}：接触 {angle:.1f}°</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="77" />
      <source>{vessel}: contact {angle:.1f}° read by {author}</source>
      <translation>{vessel}：接触 {angle:.1f}°，由 {author} 判读</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="84" />
      <source>{vessel}: contact {angle:.1f}° set by {author} (measured {measured:.1f}°)</source>
      <translation>{vessel}：接触 {angle:.1f}°，由 {author} 设定（测量值 {measured:.1f}°）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="119" />
      <source>{criterion} Based on: {evidence}.</source>
      <translation>{criterion}依据：{evidence}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="186" />
      <source>{criteria}: no rule applies to what was recorded.</source>
      <translation>{criteria}：没有规则适用于已记录的内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="190" />
      <source>{criteria}: no category can be suggested; {missing}.</source>
      <translation>{criteria}：无法建议分类；{missing}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="196" />
      <source>{criteria}: resectable on what was assessed; {missing}. A clinician confirms the category.</source>
      <translation>{criteria}：就已评估的内容而言为可切除；{missing}。分类须由临床医生确认。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="203" />
      <source>{criteria}: at least {category} on what was assessed; {missing}. A clinician confirms the category.</source>
      <translation>{criteria}：就已评估的内容而言至少为{category}；{missing}。分类须由临床医生确认。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="210" />
      <source>{criteria}: {category} suggested. A clinician confirms the category.</source>
      <translation>{criteria}：建议为{category}。分类须由临床医生确认。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="71" />
      <source>measurement {id}</source>
      <translation>测量 {id}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="73" />
      <source>segment {uid}</source>
      <translation>分割区域 {uid}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="75" />
      <source>key image {uid}</source>
      <translation>关键图像 {uid}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="77" />
      <source>entered by {user}</source>
      <translation>由 {user} 录入</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="116" />
      <location filename="../../src/casereview/domain/sar_apa.py" line="151" />
      <source>The report has no field {key}.</source>
      <translation>报告中没有字段 {key}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="119" />
      <source>Field {key}: a filled field has a value, other fields none.</source>
      <translation>字段 {key}：已填写的字段有值，其他字段无值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="123" />
      <source>Field {key} needs what it rests on: a measurement, segment, key image or the person who entered it.</source>
      <translation>字段 {key} 需要注明其依据：测量、分割区域、关键图像或录入者。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="131" />
      <location filename="../../src/casereview/domain/sar_apa.py" line="154" />
      <source>Field {key} cannot hold {value}.</source>
      <translation>字段 {key} 不能填写 {value}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="176" />
      <source>This report template is unknown here: {template}.</source>
      <translation>此处无法识别该报告模板：{template}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="180" />
      <source>A report needs every field of its template once, in order.</source>
      <translation>报告必须按顺序包含其模板的每个字段，且每个字段只出现一次。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="226" />
      <source>This report was written by a newer casereview; update to read it.</source>
      <translation>此报告由较新版本的 casereview 写入；请更新后再读取。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="247" />
      <source>The stored report is damaged and cannot be read ({problem}).</source>
      <translation>已保存的报告已损坏，无法读取（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="403" />
      <source>Field {key} is entered twice.</source>
      <translation>字段 {key} 被录入了两次。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="115" />
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="293" />
      <source>absent</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="115" />
      <source>present</source>
      <translation>有</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="116" />
      <source>&gt;180°</source>
      <translation>&gt;180°</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="116" />
      <source>≤180°</source>
      <translation>≤180°</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="131" />
      <source>{vessel}: tumour contact</source>
      <translation>{vessel}：肿瘤接触</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="134" />
      <source>{vessel}: degree of solid soft-tissue contact</source>
      <translation>{vessel}：实性软组织接触范围</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="141" />
      <source>{vessel}: degree of hazy attenuation or stranding contact</source>
      <translation>{vessel}：模糊密度增高或条索影接触范围</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="151" />
      <source>{vessel}: focal vessel narrowing or contour irregularity</source>
      <translation>{vessel}：血管局灶性狭窄或轮廓不规则</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="155" />
      <source>{vessel}: focal vessel narrowing or contour irregularity (tethering or tear drop)</source>
      <translation>{vessel}：血管局灶性狭窄或轮廓不规则（牵拉或泪滴样）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="162" />
      <source>head (right of the SMV–portal vein confluence)</source>
      <translation>胰头（SMV–门静脉汇合部右侧）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="163" />
      <source>uncinate process</source>
      <translation>钩突</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="164" />
      <source>neck (anterior to the SMV–portal vein confluence)</source>
      <translation>胰颈（SMV–门静脉汇合部前方）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="165" />
      <source>body (left of the SMV–portal vein confluence)</source>
      <translation>胰体（SMV–门静脉汇合部左侧）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="166" />
      <source>tail</source>
      <translation>胰尾</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="171" />
      <source>Morphologic evaluation</source>
      <translation>形态学评估</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="175" />
      <source>Appearance in the pancreatic phase</source>
      <translation>胰腺期表现</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="178" />
      <source>hypoattenuating</source>
      <translation>低密度</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="179" />
      <source>isoattenuating</source>
      <translation>等密度</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="180" />
      <source>hyperattenuating</source>
      <translation>高密度</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="185" />
      <source>Size: longest axial dimension</source>
      <translation>大小：轴位最大径</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="191" />
      <source>Location</source>
      <translation>部位</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="197" />
      <source>Pancreatic duct narrowing or abrupt cutoff, with or without upstream dilatation</source>
      <translation>胰管狭窄或突然截断，伴或不伴上游扩张</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="203" />
      <source>Biliary tree abrupt cutoff, with or without upstream dilatation</source>
      <translation>胆管树突然截断，伴或不伴上游扩张</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="210" />
      <source>Arterial evaluation</source>
      <translation>动脉评估</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="213" />
      <source>SMA: extension to the first SMA branch</source>
      <translation>SMA：延伸至 SMA 第一分支</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="218" />
      <source>CHA: extension to the celiac axis</source>
      <translation>CHA：延伸至腹腔干</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="223" />
      <source>CHA: extension to the bifurcation of the right and left hepatic arteries</source>
      <translation>CHA：延伸至肝左、右动脉分叉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="226" />
      <source>Arterial variant</source>
      <translation>动脉变异</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="229" />
      <source>Variant anatomy</source>
      <translation>变异解剖</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="236" />
      <source>Other variant: description and origin of the replaced or accessory artery</source>
      <translation>其他变异：描述及替代或副动脉的起源</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="242" />
      <source>Variant vessel: tumour contact</source>
      <translation>变异血管：肿瘤接触</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="250" />
      <source>Venous evaluation</source>
      <translation>静脉评估</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="256" />
      <source>SMV: extension to the first draining jejunal branch</source>
      <translation>SMV：延伸至第一支引流空肠静脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="258" />
      <source>Thrombus within a vein</source>
      <translation>静脉内血栓</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="261" />
      <source>Thrombus: veins</source>
      <translation>血栓：所在静脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="266" />
      <source>splenic vein</source>
      <translation>脾静脉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="272" />
      <source>Thrombus: tumour or bland</source>
      <translation>血栓：瘤栓或单纯血栓</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="277" />
      <source>Venous collaterals</source>
      <translation>静脉侧支</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="283" />
      <source>Extrapancreatic evaluation</source>
      <translation>胰腺外评估</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="287" />
      <source>Liver lesions</source>
      <translation>肝脏病灶</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="290" />
      <source>present: suspicious</source>
      <translation>有：可疑</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="291" />
      <source>present: indeterminate</source>
      <translation>有：性质未定</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="292" />
      <source>present: likely benign</source>
      <translation>有：可能良性</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="296" />
      <source>Peritoneal or omental nodules</source>
      <translation>腹膜或网膜结节</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="297" />
      <source>Ascites</source>
      <translation>腹水</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="298" />
      <source>Suspicious lymph nodes</source>
      <translation>可疑淋巴结</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="301" />
      <source>Suspicious lymph nodes: sites</source>
      <translation>可疑淋巴结：部位</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="307" />
      <source>Other extrapancreatic disease (invasion of adjacent structures)</source>
      <translation>其他胰腺外病变（侵犯邻近结构）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="311" />
      <source>Other extrapancreatic disease: structures involved</source>
      <translation>其他胰腺外病变：受累结构</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/segments.py" line="28" />
      <source>A code needs a value, a coding scheme and a meaning.</source>
      <translation>编码需要代码值、编码方案和含义。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/segments.py" line="150" />
      <source>A segment colour needs three values from 0 to 255.</source>
      <translation>分割区域的颜色需要三个 0 到 255 之间的数值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/segments.py" line="169" />
      <source>A segment needs a name.</source>
      <translation>分割区域必须有名称。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/segments.py" line="172" />
      <source>A segment name may have at most 64 characters (DICOM LO).</source>
      <translation>分割区域名称最多 64 个字符（DICOM LO）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="54" />
      <source>Settings: the relay of remote sessions must look like nats://host:4222 or tls://host:4222 (the address of the hospital's NATS server); leave it empty to use the one each invitation names.</source>
      <translation>设置：远程会话中继须形如 nats://host:4222 或 tls://host:4222（医院 NATS 服务器的地址）；留空则使用每个邀请中指定的中继。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="116" />
      <source>Settings: the user name may not be empty.</source>
      <translation>设置：用户名不能为空。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="119" />
      <source>Settings: the image memory budget must be between 256 MB and 256 GB.</source>
      <translation>设置：图像内存预算必须介于 256 MB 和 256 GB 之间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="125" />
      <source>Settings: unknown role in the quorum rule ({exc}).</source>
      <translation>设置：法定人数规则中有未知角色（{exc}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="130" />
      <source>Settings: a quorum needs between 1 and 100 attendees.</source>
      <translation>设置：法定人数须在 1 到 100 名参会者之间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="137" />
      <source>Settings: two PACS nodes have the same name; give each its own.</source>
      <translation>设置：两个PACS节点名称相同；请为每个节点指定不同的名称。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="215" />
      <source>Settings: {problem} Fix it in settings.json or in the storage listener's settings.</source>
      <translation>设置：{problem} 请在 settings.json 或存储监听(存储SCP)的设置中更正。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="223" />
      <source>Settings: {problem} Fix it in settings.json or remove the node.</source>
      <translation>设置：{problem} 请在 settings.json 中修正，或删除该节点。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="230" />
      <source>Settings: the value of '{exc}' is not valid; fix it in the Settings dialog or delete settings.json to start from defaults.</source>
      <translation>设置：“{exc}”的值无效；请在“设置”对话框中更正，或删除 settings.json 以恢复默认设置。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="59" />
      <source>A user needs a user name.</source>
      <translation>用户必须有用户名。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="61" />
      <source>A user needs a display name.</source>
      <translation>用户必须有显示名称。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="85" />
      <source>Identity not confirmed</source>
      <translation>身份未确认</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="95" />
      <source>No PIN set</source>
      <translation>未设置 PIN 码</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="148" />
      <source>Choose a PIN or password of at least {count} characters or digits.</source>
      <translation>请设置至少 {count} 个字符或数字的 PIN 码或密码。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="156" />
      <source>A PIN of one repeated digit or a plain run such as 123456 is guessed first; choose another.</source>
      <translation>由同一数字重复或 123456 这类简单序列组成的 PIN 码最容易被猜中；请另选一个。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="27" />
      <source>casereview could not finish this</source>
      <translation>casereview 无法完成此操作</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="40" />
      <source>Settings problem</source>
      <translation>设置问题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="46" />
      <source>Database problem</source>
      <translation>数据库问题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="52" />
      <source>Database from a newer version</source>
      <translation>数据库来自更新的版本</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="58" />
      <source>Audit trail problem</source>
      <translation>审计记录问题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="64" />
      <source>Database busy</source>
      <translation>数据库繁忙</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="70" />
      <source>Not found</source>
      <translation>未找到</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="76" />
      <source>Please check the input</source>
      <translation>请检查输入</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="82" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="88" />
      <source>DICOM file could not be read</source>
      <translation>无法读取DICOM文件</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="107" />
      <source>Changed at another workstation</source>
      <translation>已在另一工作站修改</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="165" />
      <source>The relay at {url} does not answer. Check that it runs (casereview-cli relay) and that this workstation can reach its address and port; nothing was changed.</source>
      <translation>位于 {url} 的中继无响应。请检查其是否在运行（casereview-cli relay），以及本工作站能否访问其地址和端口；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="175" />
      <source>The relay refused a request of the session ({reason}). It may be full or configured without JetStream; ask whoever runs it.</source>
      <translation>中继拒绝了会话的一项请求（{reason}）。中继可能已满或未配置 JetStream；请联系其管理者。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="433" />
      <source>You have left this session; join it again to take part.</source>
      <translation>您已离开本会话；请重新加入以参与。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="537" />
      <source>No session with this id and key is on the relay at {url}: the key is wrong, the session has ended, or the presenter uses another relay. Ask for a new invitation or code; nothing was changed.</source>
      <translation>位于 {url} 的中继上没有与此 ID 和密钥对应的会话：密钥错误、会话已结束，或主讲方使用了其他中继。请索取新的邀请或代码；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="546" />
      <source>The relay at {url} runs without JetStream, which sessions need. Start it with casereview-cli relay, or ask the hospital to enable JetStream.</source>
      <translation>位于 {url} 的中继未启用会话所需的 JetStream。请使用 casereview-cli relay 启动，或请医院启用 JetStream。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="614" />
      <source>A session message was stored under another facet's name; ignored.</source>
      <translation>一条会话消息以其他分面的名称存储；已忽略。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="673" />
      <source>This view shows a case that is not part of the session, so it was not sent. Start a session for that case to show it.</source>
      <translation>此视图显示的病例不属于本会话，因此未发送。请为该病例启动会话以进行展示。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="775" />
      <source>The session has no control yet; try again.</source>
      <translation>会话尚未分配控制权；请重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="812" />
      <source>Only the presenter or the participant in control can hand it on.</source>
      <translation>只有主讲方或持有控制权的参与者可以移交控制权。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="815" />
      <source>That participant is not in the session.</source>
      <translation>该参与者不在本会话中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="821" />
      <source>Control changed meanwhile (someone else handed it on or took it); look at who drives now and try again.</source>
      <translation>控制权已在此期间变更（他人已移交或接管）；请查看当前由谁操作后重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="847" />
      <source>Only the presenter can take or open control.</source>
      <translation>只有主讲方可以接管或开放控制权。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="944" />
      <source>This one-time code does not open a session on this relay: it was used already, expired (codes last 10 minutes), or the code or session id was typed wrong. Ask the presenter for a new code; nothing was changed.</source>
      <translation>此一次性代码无法在该中继上打开会话：代码已被使用、已过期（代码有效期为10分钟），或代码或会话 ID 输入有误。请向主讲方索取新的代码；未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="84" />
      <source>A session id or one-time code has 10 letters and digits, such as 7KX2M-Q9T4B. Check what was read out and type it again.</source>
      <translation>会话 ID 或一次性代码由10个字母和数字组成，例如 7KX2M-Q9T4B。请核对所告知的内容并重新输入。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="148" />
      <source>The session key is damaged: it must be 256 bits.</source>
      <translation>会话密钥已损坏：必须为256位。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="190" />
      <source>A session message is too short to be one of this session's messages.</source>
      <translation>一条会话消息过短，不可能是本会话的消息。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="195" />
      <source>A participant's casereview speaks version {theirs} of the session protocol; this one speaks version {ours}. Use the same casereview version at every site.</source>
      <translation>某参与者的 casereview 使用会话协议版本 {theirs}；本机使用版本 {ours}。请在所有站点使用相同版本的 casereview。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="209" />
      <source>A message on the relay does not open with this session's key: it belongs to another session or was altered. It was ignored.</source>
      <translation>中继上的一条消息无法用本会话的密钥打开：它属于其他会话或已被篡改。已忽略该消息。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="294" />
      <source>The invitation is damaged (its key exchange).</source>
      <translation>邀请已损坏（密钥交换部分）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="304" />
      <source>The invitation's session key does not open with this institution's key: it was made for another institution, or this workstation's key changed. Ask the presenter for a new invitation.</source>
      <translation>无法用本机构的密钥打开邀请中的会话密钥：该邀请是为其他机构生成的，或本工作站的密钥已更改。请向主讲方索取新的邀请。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="311" />
      <source>The invitation is damaged (its session key).</source>
      <translation>邀请已损坏（会话密钥部分）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="17" />
      <source>Joint review problem</source>
      <translation>联合会诊问题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="23" />
      <source>Relay not reachable</source>
      <translation>无法连接中继</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="29" />
      <source>Relay problem</source>
      <translation>中继问题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="35" />
      <source>Case package missing</source>
      <translation>缺少病例包</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="41" />
      <source>Wrong session key</source>
      <translation>会话密钥错误</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="47" />
      <source>Message for another case</source>
      <translation>属于其他病例的消息</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="53" />
      <source>Other casereview version</source>
      <translation>casereview 版本不同</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="59" />
      <source>Unreadable session message</source>
      <translation>无法读取的会话消息</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="65" />
      <source>Invitation cannot be used</source>
      <translation>邀请无法使用</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="71" />
      <source>Control not changed</source>
      <translation>控制权未变更</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="77" />
      <source>Not in control</source>
      <translation>未持有控制权</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="83" />
      <source>Partner key not accepted</source>
      <translation>合作机构密钥未被接受</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="101" />
      <source>Choose at least one partner institution to invite, or invite with a one-time code instead.</source>
      <translation>请至少选择一家要邀请的合作机构，或改用一次性代码邀请。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="134" />
      <source>The invitation is damaged; copy the whole line again, or ask for a new one.</source>
      <translation>邀请已损坏；请重新复制完整一行，或索取新的邀请。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="150" />
      <source>That is not a casereview invitation (it starts with casereview-invite:). Paste the whole line the presenter sent.</source>
      <translation>这不是 casereview 邀请（邀请以 casereview-invite: 开头）。请粘贴主讲方发送的完整一行。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="164" />
      <source>The invitation was made by another casereview version; use the same version at every site.</source>
      <translation>该邀请由其他版本的 casereview 生成；请在所有站点使用相同版本。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="206" />
      <source>The invitation is signed by an institution that is not among your trusted partners. Trust their signing key first (after comparing its fingerprint by phone), or join with a one-time code.</source>
      <translation>该邀请由不在您受信任合作机构之列的机构签署。请先信任其签名密钥（通过电话核对指纹后），或使用一次性代码加入。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="214" />
      <source>The invitation's signature does not verify: it was altered. Ask for a new one.</source>
      <translation>邀请的签名验证失败：邀请已被篡改。请索取新的邀请。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="221" />
      <source>This invitation was made for other institutions. Send the presenter your key card (casereview-cli session key) and ask for a new invitation.</source>
      <translation>此邀请是为其他机构生成的。请将您的密钥卡（casereview-cli session key）发送给主讲方，并索取新的邀请。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="274" />
      <source>The one-time code does not fit this session. Check the code and the session id.</source>
      <translation>一次性代码与本会话不匹配。请核对代码和会话 ID。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="283" />
      <source>The session's lobby slot on the relay is damaged.</source>
      <translation>中继上该会话的等候区槽位已损坏。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="64" />
      <source>The joint review key in {keys_dir} cannot be read ({exc}). Restore it from a backup, or delete it and send partners a new key card.</source>
      <translation>无法读取 {keys_dir} 中的联合会诊密钥（{exc}）。请从备份中恢复，或将其删除并向合作机构发送新的密钥卡。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="73" />
      <source>The joint review key in {keys_dir} is not an X25519 key.</source>
      <translation>{keys_dir} 中的联合会诊密钥不是 X25519 密钥。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="113" />
      <source>That is not a casereview joint review key card (it starts with casereview-joint-key:). Ask the partner for the line 'casereview-cli session key' prints.</source>
      <translation>这不是 casereview 联合会诊密钥卡（密钥卡以 casereview-joint-key: 开头）。请向合作机构索取 'casereview-cli session key' 输出的那一行。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="132" />
      <source>The key card is damaged; ask the partner to send it again.</source>
      <translation>密钥卡已损坏；请合作机构重新发送。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="176" />
      <source>The key card is signed with a key that is not among your trusted partner keys (fingerprint {fingerprint}). Trust the partner's signing key first (Settings, or casereview-cli keys --trust), after comparing its fingerprint with them by phone.</source>
      <translation>该密钥卡由不在您受信任合作机构密钥之列的密钥签署（指纹 {fingerprint}）。请先通过电话与合作机构核对指纹，然后信任其签名密钥（在“设置”中，或使用 casereview-cli keys --trust）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="186" />
      <source>The key card's signature does not verify: it was altered. Ask the partner to send it again.</source>
      <translation>密钥卡的签名验证失败：已被篡改。请合作机构重新发送。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="202" />
      <source>The partner key cards in {path} cannot be read ({exc}); delete the file and add the cards again.</source>
      <translation>无法读取 {path} 中的合作机构密钥卡（{exc}）；请删除该文件并重新添加密钥卡。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/packages.py" line="139" />
      <source>This session shows a case package this workstation has not received (package {package}). Import the package the presenting hospital sent (File → Import case package…), then join again. Nothing was changed.</source>
      <translation>本会话显示的病例包尚未被本工作站接收（病例包 {package}）。请导入主讲医院发送的病例包（文件 → 导入病例包…），然后重新加入。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/packages.py" line="186" />
      <source>The presenter shows a series that is not on this workstation (it was not in the case package you received). Ask the presenter to send the package again; your view stays as it is.</source>
      <translation>主讲方显示的序列不在本工作站上（该序列不在您收到的病例包中）。请主讲方重新发送病例包；您的视图保持不变。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/packages.py" line="195" />
      <source>The presenter shows a key image this workstation does not hold (it was flagged after the package was sent). Your view stays as it is.</source>
      <translation>主讲方显示的关键图像不在本工作站上（该图像是在病例包发送后标记的）。您的视图保持不变。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/protocol.py" line="90" />
      <source>A session message was ignored: its {what} is not valid. The sending site may run another casereview version.</source>
      <translation>已忽略一条会话消息：其{what}无效。发送站点可能运行的是其他版本的 casereview。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/protocol.py" line="663" />
      <source>A participant's casereview writes session messages in version {theirs}; this one reads version {ours}. Use the same casereview version at every site.</source>
      <translation>某参与者的 casereview 以版本 {theirs} 写入会话消息；本机读取版本 {ours}。请在所有站点使用相同版本的 casereview。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="56" />
      <source>Give the address to listen on as HOST:PORT, e.g. 0.0.0.0:4222.</source>
      <translation>请以 HOST:PORT 形式提供监听地址，例如 0.0.0.0:4222。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="108" />
      <source>Give both --tls-cert and --tls-key, or neither.</source>
      <translation>请同时提供 --tls-cert 和 --tls-key，或两者都不提供。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="111" />
      <source>A relay is either a hub (--leaf-listen) or a site relay (--hub), not both.</source>
      <translation>中继要么是中心节点（--leaf-listen），要么是站点中继（--hub），不能同时为两者。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="187" />
      <source>nats-server is not installed. Install the Debian package nats-server (sudo apt-get install nats-server), or give the address of the hospital's own NATS server instead of running a relay.</source>
      <translation>未安装 nats-server。请安装 Debian 软件包 nats-server（sudo apt-get install nats-server），或提供医院自有 NATS 服务器的地址，而不运行中继。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="256" />
      <source>The relay did not start: nats-server refused its configuration or port {port} is taken. Its messages above say which; the configuration is in {path}.</source>
      <translation>中继未能启动：nats-server 拒绝了其配置，或端口 {port} 已被占用。上方的消息说明了具体原因；配置位于 {path}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/state.py" line="299" />
      <source>A participant sent a view of a case that is not part of this session; it was not shown and nothing was changed.</source>
      <translation>一位参与者发送了不属于本会话的病例视图；该视图未显示，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/messages.py" line="110" />
      <source>{first}; {rest}</source>
      <translation>{first}；{rest}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="80" />
      <source>a verification (C-ECHO)</source>
      <translation>验证（C-ECHO）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="183" />
      <location filename="../../src/casereview/net/web.py" line="506" />
      <source>not a readable DICOM file ({reason})</source>
      <translation>不是可读取的DICOM文件（{reason}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="213" />
      <location filename="../../src/casereview/net/dimse.py" line="258" />
      <location filename="../../src/casereview/net/web.py" line="494" />
      <location filename="../../src/casereview/net/web.py" line="514" />
      <source>Sending</source>
      <translation>正在发送</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="235" />
      <source>{node} does not accept this kind of object in this encoding</source>
      <translation>{node} 不接受此编码的此类对象</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="251" />
      <source>{node} refused it (status {status})</source>
      <translation>{node} 拒绝了该对象（状态 {status}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="81" />
      <source>{node} refused the connection: it does not answer to the AE title '{called}'. Check the archive's AE title in the node settings (the PACS administrator knows it; capitals count).</source>
      <translation>{node} 拒绝了连接：其不响应AE title“{called}”。请在节点设置中检查影像归档(PACS)的AE title（可向PACS管理员获取；区分大小写）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="91" />
      <source>{node} refused the connection: it does not know our AE title '{calling}'. Ask the PACS administrator to register '{calling}' for this workstation, or correct our AE title in the node settings.</source>
      <translation>{node} 拒绝了连接：其不识别本机AE title“{calling}”。请联系PACS管理员为本工作站登记“{calling}”，或在节点设置中更正本机AE title。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="101" />
      <source>{node} is busy (too many connections). Try again in a minute.</source>
      <translation>{node} 繁忙（连接过多）。请一分钟后重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="104" />
      <source>{node} refused the connection (reason {source}/{diagnostic}). Check the node's AE titles and ask the PACS administrator whether this workstation may connect.</source>
      <translation>{node} 拒绝了连接（原因 {source}/{diagnostic}）。请检查节点的AE title，并向PACS管理员确认本工作站是否获准连接。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="121" />
      <source>{node}: the host name '{host}' is unknown. Check the node's host.</source>
      <translation>{node}：主机名“{host}”未知。请检查节点的主机。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="129" />
      <source>{node} did not answer within {seconds} s at {host}:{port}. The server may be down or a firewall blocks the port; check the node's host and port.</source>
      <translation>{node} 在 {host}:{port} 上 {seconds} s 内未响应。服务器可能已停机，或防火墙阻止了该端口；请检查节点的主机和端口。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="140" />
      <source>{node} is not reachable: nothing answers at {host}:{port}. The server may be down, or the port is wrong; check the node's host and port.</source>
      <translation>无法连接 {node}：{host}:{port} 无响应。服务器可能已停机，或端口有误；请检查节点的主机和端口。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="149" />
      <source>{node} accepted the network connection at {host}:{port} but did not speak DICOM (or closed it). Check that this is the archive's DICOM port, not its web port.</source>
      <translation>{node} 接受了 {host}:{port} 上的网络连接，但未使用DICOM通信（或关闭了连接）。请确认这是影像归档(PACS)的DICOM端口，而非其Web端口。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="234" />
      <source>{node} ended the connection without answering. Ask the PACS administrator whether our AE title '{calling}' is registered and may query and retrieve; if it is, try again.</source>
      <translation>{node} 未作应答即结束了连接。请向PACS管理员确认本机AE title“{calling}”是否已登记并具有查询和获取权限；如已登记，请重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="243" />
      <source>{node} did not answer within {seconds} s. Try again later, or raise the node's timeout for a slow archive.</source>
      <translation>{node} 在 {seconds} s 内未响应。请稍后重试，或针对较慢的影像归档(PACS)增大该节点的超时时间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="269" />
      <source>{node} does not offer {what} to this workstation (status {status}). Ask the PACS administrator to allow it for our AE title.</source>
      <translation>{node} 未向本工作站提供{what}（状态 {status}）。请联系PACS管理员为本机AE title开通此功能。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="279" />
      <source>{node} has no resources for {what} now (status {status}). Try again later.</source>
      <translation>{node} 当前没有执行{what}的资源（状态 {status}）。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="288" />
      <source>{node} does not know where to send the images (status 0xA801): the PACS administrator must register our AE title with this workstation's address and C-MOVE port.</source>
      <translation>{node} 不知道应将图像发送至何处（状态 0xA801）：PACS管理员须登记本机AE title以及本工作站的地址和C-MOVE端口。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="296" />
      <source>{node} could not perform {what} (status {status}).</source>
      <translation>{node} 无法执行{what}（状态 {status}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="338" />
      <source>a search (C-FIND)</source>
      <translation>查询（C-FIND）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_get.py" line="52" />
      <source>a retrieve (C-GET)</source>
      <translation>获取（C-GET）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_get.py" line="53" />
      <location filename="../../src/casereview/net/dimse_transfer.py" line="204" />
      <location filename="../../src/casereview/net/web.py" line="399" />
      <location filename="../../src/casereview/net/web.py" line="434" />
      <location filename="../../src/casereview/services/pacs.py" line="392" />
      <source>Retrieving images</source>
      <translation>正在获取图像</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_get.py" line="92" />
      <location filename="../../src/casereview/net/dimse_transfer.py" line="90" />
      <location filename="../../src/casereview/net/query.py" line="113" />
      <location filename="../../src/casereview/net/storage_scp.py" line="369" />
      <location filename="../../src/casereview/net/web.py" line="395" />
      <location filename="../../src/casereview/services/pacs.py" line="126" />
      <location filename="../../src/casereview/services/pacs.py" line="349" />
      <source>The Study Instance UID</source>
      <translation>Study Instance UID</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_get.py" line="93" />
      <location filename="../../src/casereview/net/dimse_transfer.py" line="91" />
      <location filename="../../src/casereview/net/storage_scp.py" line="370" />
      <location filename="../../src/casereview/net/web.py" line="396" />
      <location filename="../../src/casereview/services/pacs.py" line="127" />
      <source>The Series Instance UID</source>
      <translation>Series Instance UID</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_get.py" line="150" />
      <source>The SOP Instance UID</source>
      <translation>SOP 实例 UID</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_move.py" line="120" />
      <source>a retrieve (C-MOVE)</source>
      <translation>获取（C-MOVE）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_move.py" line="178" />
      <source>Our C-MOVE port {port} cannot be opened ({reason}): another program uses it. Choose another port in the node settings and tell the PACS administrator.</source>
      <translation>无法打开本机C-MOVE端口 {port}（{reason}）：另一程序正在使用该端口。请在节点设置中选择其他端口，并告知PACS管理员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_transfer.py" line="191" />
      <location filename="../../src/casereview/net/web.py" line="406" />
      <source>The retrieve from {node} was cancelled. What arrived is kept; retrieve again to resume.</source>
      <translation>从{node}获取已取消。已接收的内容将保留；再次获取即可继续。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_transfer.py" line="212" />
      <source>{node} cancelled the retrieve. What arrived is kept.</source>
      <translation>{node} 取消了获取。已接收的内容将保留。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="15" />
      <source>PACS problem</source>
      <translation>PACS问题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="21" />
      <source>PACS not reachable</source>
      <translation>无法连接PACS</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="27" />
      <source>PACS refused the connection</source>
      <translation>PACS拒绝了连接</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="33" />
      <source>PACS did not answer in time</source>
      <translation>PACS未及时响应</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="39" />
      <source>PACS refused the credentials</source>
      <translation>PACS拒绝了凭据</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="45" />
      <source>PACS request failed</source>
      <translation>PACS请求失败</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="69" />
      <source>No PACS node '{name}' (configured: {known}). Add one with 'casereview-cli pacs node add'.</source>
      <translation>不存在PACS节点“{name}”（已配置：{known}）。请使用 'casereview-cli pacs node add' 添加。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="97" />
      <source>A PACS node called '{name}' exists already. Choose another name, or replace it (--replace).</source>
      <translation>名为“{name}”的PACS节点已存在。请选择其他名称，或将其替换（--replace）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="145" />
      <source>The PACS passwords file {name} cannot be read ({reason}). Delete it and store the passwords or tokens again.</source>
      <translation>无法读取PACS密码文件 {name}（{reason}）。请删除该文件并重新保存密码或令牌。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="156" />
      <source>The PACS passwords file {name} is damaged. Delete it and store the passwords or tokens again.</source>
      <translation>PACS密码文件 {name} 已损坏。请删除该文件并重新保存密码或令牌。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="191" />
      <source>A password or token is one line of text; the one given was empty.</source>
      <translation>密码或令牌为单行文本；所提供的内容为空。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="48" />
      <source>{what} must be a DICOM UID: digits and dots, at most 64 characters (got '{uid}').</source>
      <translation>{what}必须是DICOM UID：由数字和点组成，最多64个字符（收到的是“{uid}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="90" />
      <source>A patient name to search has at most 64 characters and no backslash.</source>
      <translation>要搜索的患者姓名最多64个字符，且不得包含反斜杠。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="93" />
      <source>A patient ID</source>
      <translation>患者ID</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="94" />
      <source>An accession number</source>
      <translation>检查号（Accession Number）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="98" />
      <source>{what} has at most 64 characters and no backslash.</source>
      <translation>{what}最多64个字符，且不得包含反斜杠。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="103" />
      <source>A modality is a short code such as CT, MR or SEG (got '{modality}').</source>
      <translation>检查模态为简短代码，如 CT、MR 或 SEG（收到的是“{modality}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="224" />
      <source>A caller's AE title</source>
      <translation>调用方的AE title</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="273" />
      <source>The storage listener could not be started.</source>
      <translation>存储监听(存储SCP)无法启动。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="292" />
      <source>The storage listener cannot open port {port}: another program (or another casereview) already listens there. Stop that program, or choose another port in the listener settings and tell the PACS administrator.</source>
      <translation>存储监听(存储SCP)无法打开端口 {port}：已有其他程序（或另一个 casereview）在该端口监听。请停止该程序，或在存储监听设置中选择其他端口并告知PACS管理员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="301" />
      <source>The storage listener may not open port {port}: ports below 1024 need administrator rights. Choose a port such as 11112 and tell the PACS administrator.</source>
      <translation>存储监听(存储SCP)无权打开端口 {port}：1024以下的端口需要管理员权限。请选择 11112 等端口并告知PACS管理员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="310" />
      <source>The storage listener cannot listen on {host}: it is not an address of this computer. Use 0.0.0.0 (every network interface) or this computer's own address.</source>
      <translation>存储监听(存储SCP)无法在 {host} 上监听：该地址不属于本计算机。请使用 0.0.0.0（所有网络接口）或本计算机自身的地址。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="318" />
      <source>The storage listener cannot open {host}:{port} ({reason}).</source>
      <translation>存储监听(存储SCP)无法打开 {host}:{port}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="115" />
      <source>No password or token is stored for {node}. Add the node again with 'casereview-cli pacs node add' and give it (--secret-file).</source>
      <translation>未为{node}保存密码或令牌。请使用 'casereview-cli pacs node add' 重新添加该节点并提供密码或令牌（--secret-file）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="139" />
      <source>{node}: the server refused the user name or password. Check them in the node settings (the password is stored separately, never shown).</source>
      <translation>{node}：服务器拒绝了用户名或密码。请在节点设置中检查（密码单独存储，从不显示）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="147" />
      <source>{node}: the server refused the access token; it may have expired. Store a new token for the node.</source>
      <translation>{node}：服务器拒绝了访问令牌；令牌可能已过期。请为该节点保存新的令牌。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="154" />
      <source>{node}: the server asks for a user name and password. Choose basic or bearer authentication in the node settings.</source>
      <translation>{node}：服务器要求提供用户名和密码。请在节点设置中选择基本认证或Bearer认证。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="169" />
      <source>{node}: the server knows this user but does not allow this request (HTTP 403). Ask the PACS administrator for access.</source>
      <translation>{node}：服务器识别该用户，但不允许此请求（HTTP 403）。请向PACS管理员申请访问权限。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="177" />
      <source>{node}: nothing answers at this address (HTTP 404). Check the DICOMweb base URL in the node settings (often it ends in /dicom-web).</source>
      <translation>{node}：该地址无响应（HTTP 404）。请在节点设置中检查DICOMweb基础URL（通常以 /dicom-web 结尾）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="184" />
      <source>{node}: the server could not perform the request (HTTP {code}). Try again later; if it persists, ask the PACS administrator.</source>
      <translation>{node}：服务器无法执行该请求（HTTP {code}）。请稍后重试；如问题持续，请联系PACS管理员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="193" />
      <source>{node} did not answer within {seconds} s. Try again later, or raise the node's timeout for a slow server.</source>
      <translation>{node} 在 {seconds} s 内未响应。请稍后重试，或针对较慢的服务器增大该节点的超时时间。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="202" />
      <source>{node} is not reachable at {url}. The server may be down, or the address or port is wrong; check the node's base URL.</source>
      <translation>无法通过 {url} 连接 {node}。服务器可能已停机，或地址、端口有误；请检查节点的基础URL。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="211" />
      <source>{node} ended its answer in the middle of the series. What arrived is kept; retrieve again to get the rest.</source>
      <translation>{node} 在传输该序列的中途中断了应答。已收到的内容会保留；请重新获取以取得其余部分。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="218" />
      <source>{node} sent an answer casereview cannot read ({reason}). Check that the base URL is the DICOMweb service root.</source>
      <translation>{node} 返回了casereview无法读取的响应（{reason}）。请确认基础URL为DICOMweb服务根路径。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="549" />
      <source>{node} did not store it (see the server's log)</source>
      <translation>{node} 未存储该对象（请查看服务器日志）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="50" />
      <source>Screenshots can be 1 to {limit} times the view's size.</source>
      <translation>截图大小可以是视图大小的 1 到 {limit} 倍。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="86" />
      <source>A rotation movie needs at least two frames.</source>
      <translation>旋转视频至少需要两帧。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="125" />
      <source>Save the movie as .gif or .mp4.</source>
      <translation>请将视频保存为 .gif 或 .mp4。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="130" />
      <source>The movie was cancelled; no file was written.</source>
      <translation>视频已取消；未写入任何文件。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="133" />
      <source>Rendering the movie</source>
      <translation>正在渲染视频</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="135" />
      <source>A movie needs at least one frame.</source>
      <translation>视频至少需要一帧。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/key_images.py" line="103" />
      <source>This key image was made on another series; load that series.</source>
      <translation>此关键图像是在另一个序列上创建的；请加载该序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="246" />
      <source>The segmentation does not lie on the grid of the images shown; open the series it was drawn on.</source>
      <translation>该分割不在当前显示图像的网格上；请打开绘制该分割时所用的序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="256" />
      <location filename="../../src/casereview/render/surfaces.py" line="284" />
      <source>Making the surfaces was cancelled.</source>
      <translation>表面生成已取消。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="279" />
      <location filename="../../src/casereview/render/surfaces.py" line="290" />
      <source>Making surfaces</source>
      <translation>正在生成表面</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="423" />
      <source>Save surfaces as .stl or .obj.</source>
      <translation>请将表面保存为 .stl 或 .obj。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="426" />
      <source>There is no surface to export; show at least one segment.</source>
      <translation>没有可导出的表面；请至少显示一个分割区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="438" />
      <source>The surfaces could not be written to {path}.</source>
      <translation>无法将表面写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/resource_files.py" line="36" />
      <source>casereview's resource files are missing; the installation is damaged. Reinstall it.</source>
      <translation>casereview 的资源文件缺失；安装已损坏。请重新安装。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/resource_files.py" line="53" />
      <source>The resource {name} is missing; the installation is damaged.</source>
      <translation>资源 {name} 缺失；安装已损坏。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/annotations.py" line="405" />
      <source>A point lies outside the images of this series. Give points in patient LPS millimetres within the series (casereview-cli examine shows its geometry).</source>
      <translation>有一个点位于此序列的图像之外。请以患者 LPS 坐标（毫米）给出序列范围内的点（casereview-cli examine 可显示其几何信息）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="125" />
      <source>The database was replaced by an older copy: its audit trail had {expected} records and this database holds {found}. Keep both copies and tell your data protection officer.</source>
      <translation>数据库已被较旧的副本替换：其审计记录原有 {expected} 条，而此数据库只有 {found} 条。请保留两份副本并告知您的数据保护官。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="134" />
      <source>The audit trail was altered: its first record is missing. Keep a copy of the database and tell your data protection officer.</source>
      <translation>审计记录已被篡改：第一条记录缺失。请保留数据库副本并告知您的数据保护官。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="139" />
      <source>The audit trail was altered: {count} records are missing from its start. Keep a copy of the database and tell your data protection officer.</source>
      <translation>审计记录已被篡改：开头缺少 {count} 条记录。请保留数据库副本并告知您的数据保护官。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="145" />
      <source>The audit trail was altered: 1 record is missing after record #{after}. Keep a copy of the database and tell your data protection officer.</source>
      <translation>审计记录已被篡改：第 {after} 号记录之后缺少 1 条记录。请保留数据库副本并告知您的数据保护官。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="150" />
      <source>The audit trail was altered: {count} records are missing after record #{after}. Keep a copy of the database and tell your data protection officer.</source>
      <translation>审计记录已被篡改：第 {after} 号记录之后缺少 {count} 条记录。请保留数据库副本并告知您的数据保护官。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="157" />
      <source>The audit trail was altered: record #{id} ({action}) {reason}. Records before it are intact; keep a copy of the database and tell your data protection officer.</source>
      <translation>审计记录已被篡改：第 {id} 号记录（{action}）{reason}。此前的记录完好；请保留数据库副本并告知您的数据保护官。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="166" />
      <source>The audit trail cannot be trusted: {problem}. Keep a copy of the database and tell your data protection officer.</source>
      <translation>审计记录不可信：{problem}。请保留数据库副本并告知您的数据保护官。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="171" />
      <source>The audit trail is intact: {n} records verified.</source>
      <translation>审计记录完好：已核验 {n} 条记录。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="286" />
      <source>Verifying the audit trail</source>
      <translation>正在验证审计日志</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="302" />
      <source>follows a gap in the ids after record #{after}: records were deleted there</source>
      <translation>位于第 {after} 号记录之后的编号缺口处：此处有记录被删除</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="308" />
      <source>does not follow the record before it (a record was deleted, inserted or reordered here)</source>
      <translation>与前一条记录不衔接（此处有记录被删除、插入或调换顺序）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="313" />
      <source>has no hash (it was written around casereview)</source>
      <translation>没有哈希值（它是绕过 casereview 写入的）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="333" />
      <source>The audit trail is protected by this installation's audit key, which was not available, so it cannot be verified. Verify it from casereview with its data directory (keys folder).</source>
      <translation>审计记录受本安装的审计密钥保护，而该密钥不可用，因此无法核验。请在 casereview 中使用其数据目录（keys 文件夹）进行核验。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="343" />
      <source>was written without the audit key after the keyed chain began (it was added around casereview)</source>
      <translation>是在密钥链开始后未使用审计密钥写入的（它是绕过 casereview 添加的）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="349" />
      <source>was changed after it was written (hash mismatch)</source>
      <translation>写入后被修改过（哈希值不符）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="363" />
      <source>it was signed with another institution key than this workstation's (workstations sharing one database must share one keys folder)</source>
      <translation>它是用与本工作站不同的机构密钥签名的（共用一个数据库的工作站必须共用同一个 keys 文件夹）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="377" />
      <source>the signed head in the database was edited (its signature does not hold)</source>
      <translation>数据库中已签名的记录头被修改（签名无效）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="381" />
      <source>the signed head was removed from the database</source>
      <translation>已签名的记录头已从数据库中删除</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="387" />
      <source>its newest records do not match the signed head in the database (the trail was rewritten)</source>
      <translation>其最新记录与数据库中已签名的记录头不符（审计记录被重写）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="401" />
      <source>record #{id}, the newest when the head file was written, is no longer as it was signed</source>
      <translation>写入记录头文件时最新的第 {id} 号记录已与签名时不同</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="436" />
      <source>the audit head file beside the database was altered</source>
      <translation>数据库旁的审计记录头文件被修改</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="443" />
      <source>the audit head file beside the database was deleted</source>
      <translation>数据库旁的审计记录头文件被删除</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="539" />
      <source>The audit trail was tampered with: its protecting trigger {name} was removed or disabled, so records could be changed or deleted. Keep a copy of the database and tell your data protection officer.</source>
      <translation>审计记录遭到篡改：其保护触发器 {name} 被删除或停用，记录可能已被修改或删除。请保留数据库副本并告知您的数据保护官。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="548" />
      <source>The database was tampered with: the trigger {name}, which keeps the records of {table} from being changed, was removed or disabled. Keep a copy of the database and tell your data protection officer.</source>
      <translation>数据库已被篡改：保护 {table} 记录不被修改的触发器 {name} 已被删除或禁用。请保留数据库副本并通知您的数据保护官。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_keys.py" line="53" />
      <source>The audit key in {keys_dir} cannot be read ({exc}).</source>
      <translation>无法读取 {keys_dir} 中的审计密钥（{exc}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_keys.py" line="59" />
      <source>The audit key in {keys_dir} is damaged; restore the keys folder from a backup (without it the audit trail cannot be verified).</source>
      <translation>{keys_dir} 中的审计密钥已损坏；请从备份恢复 keys 文件夹（没有它就无法核验审计记录）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="146" />
      <source>Choose at least one study or series for the case.</source>
      <translation>请为该病例至少选择一个检查或序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="156" />
      <source>{missing_count} of the given UIDs are not in the index; import the imaging first or check the UIDs (casereview-cli studies lists them).</source>
      <translation>所给 UID 中有 {missing_count} 个不在索引中；请先导入影像，或检查这些 UID（casereview-cli studies 可列出它们）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="167" />
      <source>A case may only hold imaging of one patient.</source>
      <translation>一个病例只能包含一名患者的影像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="312" />
      <source>The series is not in the index; 'casereview-cli studies' lists the series.</source>
      <translation>该序列不在索引中；“casereview-cli studies”可列出各序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="316" />
      <source>That series is not part of case #{case_id}; choose one of the case's series.</source>
      <translation>该序列不属于病例 #{case_id}；请选择该病例中的一个序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_drafts.py" line="162" />
      <source>The decision draft cannot be kept ({reason}). Free disk space or fix the permissions of the data folder, then save the decision.</source>
      <translation>无法保存决定草稿（{reason}）。请释放磁盘空间或修正数据文件夹的权限，然后保存该决定。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="99" />
      <source>That assessment belongs to another case; cite this case's assessment.</source>
      <translation>该评估属于其他病例；请引用本病例的评估。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="106" />
      <source>That liver plan belongs to another case; cite this case's liver plan.</source>
      <translation>该肝脏规划方案属于其他病例；请引用本病例的肝脏规划方案。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="114" />
      <source>A key image chosen as evidence is not one of this case's key images (any more); choose again.</source>
      <translation>选作依据的某幅关键图像不是（或已不再是）本病例的关键图像；请重新选择。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="125" />
      <source>An annotation chosen as evidence is not one of this case's annotations (any more); choose again.</source>
      <translation>选作依据的某个标注不是（或已不再是）本病例的标注；请重新选择。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="228" />
      <source>The cited key image “{caption}” was removed since; the decision keeps what it showed.</source>
      <translation>所引用的关键图像“{caption}”此后已被移除；决策仍保留其当时显示的内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="240" />
      <source>The cited key image “{caption}” was changed since it was cited.</source>
      <translation>所引用的关键图像“{caption}”在引用后已被更改。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="255" />
      <source>The cited annotation “{label}” was removed since; the decision keeps what it showed.</source>
      <translation>所引用的标注“{label}”此后已被移除；决策仍保留其当时显示的内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="267" />
      <source>The cited annotation “{label}” was changed since it was cited.</source>
      <translation>所引用的标注“{label}”在引用后已被更改。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="300" />
      <source>The cited {what} {number} (SHA-256 {hash}) no longer exists in this database; the decision's record of it cannot be checked. Restore the database from a backup or tell the administrator.</source>
      <translation>所引用的{what} {number}（SHA-256 {hash}）已不在此数据库中；无法核对决定中对它的记录。请从备份恢复数据库或通知管理员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="309" />
      <source>The cited {what} {number} (SHA-256 {hash}) is damaged and cannot be read. Restore the database from a backup or tell the administrator.</source>
      <translation>所引用的{what} {number}（SHA-256 {hash}）已损坏，无法读取。请从备份恢复数据库或通知管理员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="317" />
      <source>The cited {what} {number} was altered: it was cited with SHA-256 {hash} and now carries {stored}. Restore the database from a backup or tell the administrator.</source>
      <translation>所引用的{what} {number}已被更改：引用时的 SHA-256 为 {hash}，现在为 {stored}。请从备份恢复数据库或通知管理员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="326" />
      <source>The content of the cited {what} {number} no longer matches its SHA-256 {hash}: it was altered in the database. Restore the database from a backup or tell the administrator.</source>
      <translation>所引用的{what} {number}的内容与其 SHA-256 {hash} 不再一致：它已在数据库中被更改。请从备份恢复数据库或通知管理员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="340" />
      <source>assessment version</source>
      <translation>评估版本</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="348" />
      <source>liver plan version</source>
      <translation>肝脏规划方案版本</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="438" />
      <source>Evidence changed since: the assessment is now at version {latest} (this decision cites version {cited}).</source>
      <translation>依据此后已有变化：评估现为版本 {latest}（此决策引用的是版本 {cited}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="445" />
      <source>Evidence changed since: the case was assessed (version {latest}) after this decision was recorded; it cites no assessment.</source>
      <translation>依据此后已有变化：此决策记录之后，该病例进行了评估（版本 {latest}）；此决策未引用任何评估。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="472" />
      <source>Evidence changed since: the liver plan is now at version {latest} (this decision cites version {cited}).</source>
      <translation>依据已变更：肝脏规划方案现为版本 {latest}（本决定引用的是版本 {cited}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="479" />
      <source>Evidence changed since: a liver resection was planned (version {latest}) after this decision was recorded; it cites no liver plan.</source>
      <translation>依据已变更：本决定记录后规划了肝切除（版本 {latest}）；本决定未引用任何肝脏规划方案。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="96" />
      <source>That agenda item is about another case.</source>
      <translation>该议程项目涉及另一个病例。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="99" />
      <source>This case already has a decision at this meeting: edit the draft, or amend it if it is signed.</source>
      <translation>该病例在本次会议中已有决策：请编辑草稿；如已签署，请进行修订。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="230" />
      <source>Decisions of this meeting are signed by its chair, {chair}. Change the meeting's chair if someone else chairs today.</source>
      <translation>本次会议的决策由其主持人 {chair} 签署。如今天由他人主持，请更改会议主持人。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="239" />
      <source>List who took part in the discussion before signing.</source>
      <translation>签署前请列出参与讨论的人员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="292" />
      <source>Give the reason for amending the signed decision.</source>
      <translation>请填写修订已签署决策的原因。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="299" />
      <source>A draft can simply be edited; only signed decisions are amended.</source>
      <translation>草稿可直接编辑；只有已签署的决策才需要修订。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="303" />
      <source>Decision #{decision_id} was amended already by #{superseded_by_id}; amend the newest decision.</source>
      <translation>决策 #{decision_id} 已被 #{superseded_by_id} 修订；请修订最新的决策。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="323" />
      <source>Someone amended this decision at the same time; reload and amend the newest one.</source>
      <translation>有人同时修订了此决策；请重新加载并修订最新的决策。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="459" />
      <source>The decision cannot be signed: {problems} Save the draft again to cite the current assessment.</source>
      <translation>无法签署该决策：{problems} 请重新保存草稿，以引用当前评估。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="482" />
      <source>This decision was signed in the meantime and cannot be changed; record an amendment instead.</source>
      <translation>此决策已在此期间被签署，无法更改；请改为记录一项修订。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="90" />
      <source>this case</source>
      <translation>此病例</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="91" />
      <source>this meeting</source>
      <translation>本次会议</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="92" />
      <source>this case's preparation for the MDT</source>
      <translation>此病例的MDT准备</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="93" />
      <source>this attendee</source>
      <translation>此参会者</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="94" />
      <source>this draft decision</source>
      <translation>此决定草稿</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="95" />
      <source>this action item</source>
      <translation>此待办事项</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="100" />
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="101" />
      <source>question</source>
      <translation>临床问题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="102" />
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="103" />
      <source>tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="104" />
      <source>question for the MDT</source>
      <translation>提交MDT的问题</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="105" />
      <source>history</source>
      <translation>病史</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="106" />
      <source>staging</source>
      <translation>分期</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="107" />
      <location filename="../../src/casereview/services/edit_conflicts.py" line="108" />
      <location filename="../../src/casereview/services/edit_conflicts.py" line="109" />
      <source>preparation checklist</source>
      <translation>准备核对清单</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="110" />
      <source>date and time</source>
      <translation>日期和时间</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="111" />
      <source>duration</source>
      <translation>时长</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="112" />
      <source>location</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="113" />
      <source>remote link</source>
      <translation>远程链接</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="114" />
      <source>chair</source>
      <translation>会议主持人</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="115" />
      <source>quorum rule</source>
      <translation>法定人数规则</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="116" />
      <source>agenda order</source>
      <translation>议程顺序</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="117" />
      <source>attendance</source>
      <translation>出席情况</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="121" />
      <location filename="../../src/casereview/services/edit_conflicts.py" line="123" />
      <source>this case's {field}</source>
      <translation>此病例的{field}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="122" />
      <source>this meeting's {field}</source>
      <translation>本次会议的{field}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="124" />
      <source>this attendee's {field}</source>
      <translation>此参会者的{field}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="125" />
      <source>this draft decision's {field}</source>
      <translation>此决定草稿的{field}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="126" />
      <source>this action item's {field}</source>
      <translation>此待办事项的{field}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="291" />
      <source>Someone at another workstation changed {what} after you opened it; read it again before signing.</source>
      <translation>有人在您打开后于另一工作站修改了{what}；签署前请重新阅读。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="298" />
      <source>Someone at another workstation changed {what} while you were editing; your text is kept in the editor — reload to see theirs, then save again.</source>
      <translation>您编辑期间，有人在另一工作站修改了{what}；您的文本仍保留在编辑器中——请重新加载以查看对方的版本，然后再次保存。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="307" />
      <source>{who} changed {what} at {when} after you opened it; read it again before signing.</source>
      <translation>{who} 在您打开后于 {when} 修改了{what}；签署前请重新阅读。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="314" />
      <source>{who} signed this decision at {when} while you were editing; your text is kept in the editor — record it as an amendment.</source>
      <translation>您编辑期间，{who} 于 {when} 签署了此决策；您的文本仍保留在编辑器中——请将其记录为修订。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="322" />
      <source>{who} changed {what} at {when} while you were editing; your text is kept in the editor — reload to see theirs, then save again.</source>
      <translation>您编辑期间，{who} 于 {when} 修改了{what}；您的文本仍保留在编辑器中——请重新加载以查看对方的版本，然后再次保存。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/case_document.py" line="245" />
      <source>The case report could not be made: this program has no report writer. Export from the casereview application or casereview-cli.</source>
      <translation>无法生成病例报告：此程序没有报告生成器。请从 casereview 应用程序或 casereview-cli 导出。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/case_files.py" line="63" />
      <source>Case #{case_id} has no images to export.</source>
      <translation>病例 #{case_id} 没有可导出的图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/deidentify.py" line="161" />
      <source>An image marked for cleaning could not be read; exclude it instead.</source>
      <translation>无法读取一幅标记为待清理的图像；请改为排除该图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/documents.py" line="235" />
      <source>A content provider named a document '{name}'; use lower-case ASCII.</source>
      <translation>某个内容提供程序将文档命名为“{name}”；请使用小写 ASCII 字符。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="117" />
      <source>The image to clean is no longer part of this case.</source>
      <translation>待清理的图像已不属于此病例。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="121" />
      <source>The image could not be read; exclude it instead.</source>
      <translation>无法读取该图像；请改为排除该图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="171" />
      <source>Checking what will be removed</source>
      <translation>正在检查将被移除的内容</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="303" />
      <source>An image of the case could not be read; run Check database and files.</source>
      <translation>无法读取该病例的一幅图像；请运行“检查数据库和文件”。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="409" />
      <source>Only a case whose images all came from the partner can be answered with its opinion only; this case has images of its own. Export the full package.</source>
      <translation>只有图像全部来自合作机构的病例才能仅回复意见；此病例含有本机构的图像。请导出完整病例包。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="435" />
      <source>De-identifying images</source>
      <translation>正在对图像去标识化</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="444" />
      <source>{count} image(s) to clean are not part of this case (SOP Instance UID {uid}); check the UIDs.</source>
      <translation>{count} 幅待清理的图像不属于此病例（SOP Instance UID {uid}）；请核对 UID。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="455" />
      <source>Every image of this case is held back for burned-in text; confirm the ones that are clean or add other series.</source>
      <translation>此病例的所有图像均因可能含有烧录文字而暂缓导出；请确认其中没有烧录文字的图像，或添加其他序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="490" />
      <location filename="../../src/casereview/services/exchange/writer.py" line="102" />
      <source>Writing the package</source>
      <translation>正在写入病例包</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="534" />
      <source>The case's {content} could not be written as DICOM ({reason}); export without them or correct the images' headers.</source>
      <translation>无法将病例的“{content}”内容写为 DICOM（{reason}）；请不含这些内容导出，或更正图像的文件头。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/importing.py" line="151" />
      <source>Checking the package</source>
      <translation>正在检查病例包</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/importing.py" line="227" />
      <source>The package could not be imported ({error}); nothing of it was kept. Try importing it again; if it fails again, send the log to your support team.</source>
      <translation>无法导入该病例包（{error}）；其内容均未保留。请重新导入；如再次失败，请将日志发送给技术支持人员。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/importing.py" line="321" />
      <source>Rejected: the package's list of the images it refers to is damaged or crafted; nothing was imported.</source>
      <translation>已拒绝：病例包所引用图像的列表已损坏或被伪造；未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/importing.py" line="355" />
      <source>This package holds an opinion on {total} image(s) it does not carry, and {missing} of them are not on this workstation. Import the package that brought these images first (or ask the sender for the full package), then this one. Nothing was imported.</source>
      <translation>此病例包包含对 {total} 幅图像的意见，但不含这些图像本身，其中 {missing} 幅不在本工作站上。请先导入带来这些图像的病例包（或向发送方索取完整病例包），再导入此病例包。未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="87" />
      <source>Annotations from {institution}: {added} new, {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>来自 {institution} 的标注：新增 {added} 项，已有 {unchanged} 项，我方 {ours} 项保持不变。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="98" />
      <source>Key images from {institution}: {added} new, {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>来自 {institution} 的关键图像：新增 {added} 幅，已有 {unchanged} 幅，我方 {ours} 幅保持不变。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="109" />
      <source>Segments from {institution}: {added} new, {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>来自 {institution} 的分割区域：新增 {added} 个，已有 {unchanged} 个，我方 {ours} 个保持不变。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="120" />
      <source>MDT opinions from {institution}: {added} new, {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>来自 {institution} 的 MDT 意见：新增 {added} 条，已有 {unchanged} 条，我方 {ours} 条保持不变。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="133" />
      <source>Measurement reports (SR) from {institution} are kept in the package folder, not merged: the package has no casereview description of them.</source>
      <translation>来自 {institution} 的测量报告（SR）保存在病例包文件夹中，未合并：病例包中没有它们的 casereview 描述。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="139" />
      <source>Key image selections (KOS) from {institution} are kept in the package folder, not merged: the package has no casereview description of them.</source>
      <translation>来自 {institution} 的关键图像选择（KOS）保存在病例包文件夹中，未合并：病例包中没有它们的 casereview 描述。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="144" />
      <source>Segmentations (SEG) from {institution} are kept in the package folder, not merged: the package has no casereview description of them.</source>
      <translation>来自 {institution} 的分割（SEG）保存在病例包文件夹中，未合并：病例包中没有它们的 casereview 描述。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="345" />
      <source>The package holds no images to put the sender's opinion on.</source>
      <translation>病例包中没有可供附加发送方意见的图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="434" />
      <source>Conflict: the annotation “{label}” differs from the one already here; both are kept as they were.</source>
      <translation>冲突：标注“{label}”与已有的标注不同；两者均按原样保留。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="487" />
      <source>Conflict: the key image “{caption}” differs from the one already here; both are kept as they were.</source>
      <translation>冲突：关键图像“{caption}”与已有的关键图像不同；两者均按原样保留。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="545" />
      <source>Conflict: the segment “{name}” has no SEG object in the package; it is not merged.</source>
      <translation>冲突：分割区域“{name}”在病例包中没有 SEG 对象；未合并。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="602" />
      <source>Conflict: the segment “{name}” has other voxels than the one already here; both are kept as they were.</source>
      <translation>冲突：分割区域“{name}”的体素与已有的分割区域不同；两者均按原样保留。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="656" />
      <source>Conflict: the opinion “{recommendation}” changed since it was first received; the first version is kept.</source>
      <translation>冲突：意见“{recommendation}”自首次接收后已更改；保留首个版本。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="324" />
      <source>Liver plan from {institution}: {added} new version(s), {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>来自{institution}的肝脏规划方案：新增 {added} 个版本，{unchanged} 个已存在，本院 {ours} 个版本保持不变。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="421" />
      <source>Conflict: the liver plan from {institution} differs from the one already here with the same origin; the first one is kept.</source>
      <translation>冲突：来自{institution}的肝脏规划方案与此处已有的同源方案不同；保留先前的方案。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="463" />
      <source>The liver plan from {institution} came without the patient's height and weight (withheld by the sender): its standardised FLR and RBWR are not known, and its verdict judges the FLR % against the threshold of the liver's condition.</source>
      <translation>来自{institution}的肝脏规划方案未包含患者身高和体重（发送方未提供）：其标准化FLR和RBWR未知，其结论依据肝脏状况对应的阈值评判FLR百分比。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="473" />
      <source>The liver plan from {institution} arrived with text the sender's identity removal changed; it is kept as it arrived.</source>
      <translation>来自{institution}的肝脏规划方案中有文本已被发送方的去标识化处理更改；按收到时的原样保存。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="512" />
      <source>its description is incomplete or not one casereview writes ({error}); ask the sender to export the case again.</source>
      <translation>其描述不完整或并非casereview生成的格式（{error}）；请让发送方重新导出该病例。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="518" />
      <source>The liver plan from {institution} is not merged: {reason}</source>
      <translation>来自{institution}的肝脏规划方案未合并：{reason}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="544" />
      <source>its format ({format}) is not one this casereview reads; update casereview.</source>
      <translation>此版本casereview无法读取其格式（{format}）；请更新casereview。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/resectability_provider.py" line="192" />
      <source>Resectability assessment from {institution}: {added} new version(s), {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>来自 {institution} 的可切除性评估：新增 {added} 个版本，{unchanged} 个已存在，本机构的 {ours} 个版本保持不变。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/resectability_provider.py" line="253" />
      <source>Conflict: the resectability assessment from {institution} differs from the one already here with the same origin; the first one is kept.</source>
      <translation>冲突：来自 {institution} 的可切除性评估与本地已有的同源评估不一致；保留先收到的评估。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/resectability_provider.py" line="283" />
      <source>The resectability assessment from {institution} arrived with text the sender's identity removal changed; it is kept with the hash of what arrived.</source>
      <translation>来自 {institution} 的可切除性评估中有文本被发送方的去标识化处理修改过；已按收到内容的哈希值保存。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/resectability_provider.py" line="321" />
      <source>The resectability assessment from {institution} is not merged: {reason}</source>
      <translation>来自 {institution} 的可切除性评估未合并：{reason}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/schemas.py" line="341" />
      <source>{document} could not be read from the package.</source>
      <translation>无法从软件包中读取 {document}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/verify.py" line="95" />
      <source>There is no package file at {archive}.</source>
      <translation>{archive} 处没有病例包文件。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/verify.py" line="184" />
      <source>manifest.sig is damaged: its key or signature is not valid base64.</source>
      <translation>manifest.sig 已损坏：其密钥或签名不是有效的 base64。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/writer.py" line="159" />
      <source>An image changed on disk while it was exported; run the export again.</source>
      <translation>导出过程中有图像在磁盘上发生了变化；请重新导出。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/identity.py" line="78" />
      <source>{missing_count} of the given Study Instance UIDs are not studies of patient #{patient}; casereview-cli studies lists them.</source>
      <translation>给定的 Study Instance UID 中有 {missing_count} 个不是患者 #{patient} 的检查；casereview-cli studies 可列出这些检查。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/identity.py" line="215" />
      <source>Identity flag #{flag_id} is not {expected}; refresh and check it again.</source>
      <translation>身份标记 #{flag_id} 不是“{expected}”状态；请刷新后重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/indexing.py" line="131" />
      <source>Looking for files</source>
      <translation>正在查找文件</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/indexing.py" line="142" />
      <location filename="../../src/casereview/services/indexing.py" line="155" />
      <source>Reading DICOM headers</source>
      <translation>正在读取 DICOM 文件头</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/indexing.py" line="394" />
      <source>same image identifier as an indexed file but different content; the indexed file was kept and this one could not be copied to quarantine ({error})</source>
      <translation>与已索引文件的图像标识符相同但内容不同；已保留已索引的文件，此文件无法复制到隔离区（{error}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/indexing.py" line="403" />
      <source>same image identifier as an indexed file but different content; the indexed file was kept and this one was copied to quarantine: {target}</source>
      <translation>与已索引文件的图像标识符相同但内容不同；已保留已索引的文件，此文件已复制到隔离区：{target}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/integrity.py" line="129" />
      <location filename="../../src/casereview/services/integrity.py" line="146" />
      <source>Checking indexed files</source>
      <translation>正在检查已索引的文件</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/layers.py" line="53" />
      <source>Our own work is shown or hidden item by item.</source>
      <translation>我方自己的工作只能逐项显示或隐藏。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/layers.py" line="58" />
      <source>This case has no annotations or segments from {layer}.</source>
      <translation>此病例没有来自 {layer} 的标注或分割区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="133" />
      <source>The liver's segment does not fit the voxel grid of the series it was drawn on; draw it again on that series.</source>
      <translation>肝脏分割区域与其绘制所在序列的体素网格不符；请在该序列上重新绘制。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="172" />
      <source>Segment the liver first (one segment coded as liver, template 'Liver'), or name the liver's segment by hand.</source>
      <translation>请先分割肝脏（一个编码为肝脏的分割区域，模板“肝脏”），或手动指定肝脏的分割区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="177" />
      <source>The case has {count} liver segments; name the one to plan on by hand.</source>
      <translation>该病例有 {count} 个肝脏分割区域；请手动指定用于规划的那一个。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="240" />
      <source>Two segments ('{first}' and '{second}') are coded as Couinaud segment {label}; remove one, or build the Couinaud segments again.</source>
      <translation>两个分割段（“{first}”和“{second}”）被编码为Couinaud肝段 {label}；请删除其中一个，或重新构建Couinaud肝段。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="298" />
      <source>The liver and tumour segments were drawn on different series.</source>
      <translation>肝脏与肿瘤分割区域绘制在不同的序列上。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="318" />
      <source>Couinaud segment {label} does not lie on the liver's voxel grid; build the Couinaud segments again.</source>
      <translation>Couinaud肝段 {label} 不在肝脏的体素网格上；请重新构建Couinaud肝段。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="74" />
      <source>The landmarks must be a JSON object (see --help).</source>
      <translation>标志点必须是JSON对象（参见 --help）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="79" />
      <source>Unknown landmark(s) {keys}; the landmarks are {known}.</source>
      <translation>未知标志点 {keys}；有效标志点为 {known}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="95" />
      <source>The landmark '{key}' must be a position [x, y, z] in patient millimetres.</source>
      <translation>标志点“{key}”必须是以患者坐标毫米表示的位置 [x, y, z]。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="104" />
      <source>The landmark '{key}' must be a list of positions [x, y, z].</source>
      <translation>标志点“{key}”必须是位置列表 [x, y, z]。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="117" />
      <source>The landmarks lack {keys} (see --help).</source>
      <translation>标志点缺少 {keys}（参见 --help）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="121" />
      <source>'caudate_radius_mm' must be a number of millimetres.</source>
      <translation>'caudate_radius_mm' 必须是以毫米为单位的数值。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="147" />
      <source>Give at most one point on the umbilical fissure (the umbilical portal vein).</source>
      <translation>在脐裂（门静脉脐部）上最多指定一个点。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="173" />
      <source>Every landmark needs a position of three finite numbers; place them again.</source>
      <translation>每个标志点都需要由三个有限数值构成的位置；请重新放置。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="178" />
      <source>The landmark '{landmark}' lies outside the images of the liver's series; check that it was placed on that series.</source>
      <translation>标志点“{landmark}”位于肝脏序列图像之外；请检查其是否放置在该序列上。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan.py" line="98" />
      <source>This case has no Couinaud segments yet. Build them from the landmarks first (Liver planning → Couinaud segments, or 'casereview-cli liver-segments CASE --landmarks FILE.json'), or plan with a resection plane or surface instead.</source>
      <translation>本病例尚无Couinaud肝段。请先根据标志点构建（肝脏规划 → Couinaud肝段，或 'casereview-cli liver-segments CASE --landmarks FILE.json'），或改用切除平面或切除面进行规划。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan.py" line="281" />
      <source>Choose the Couinaud segments to remove among 1 to 8.</source>
      <translation>请从1至8中选择要切除的Couinaud肝段。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan.py" line="292" />
      <source>Couinaud segment(s) {segments} are missing from the case (removed?); build the Couinaud segments again from the landmarks.</source>
      <translation>病例中缺少Couinaud肝段 {segments}（是否已删除？）；请根据标志点重新构建Couinaud肝段。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan.py" line="486" />
      <source>Write the plane as a point and the direction of the part removed, "x,y,z;nx,ny,nz" in patient millimetres (got '{text}').</source>
      <translation>请将平面写为一个点和切除部分的方向，即患者坐标毫米值“x,y,z;nx,ny,nz”（收到的是“{text}”）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan_masks.py" line="79" />
      <source>The segments this liver plan was computed from changed or were removed after it was saved; plan the resection again to send its parts as a segmentation.</source>
      <translation>计算此肝脏规划方案所用的肝段在保存后已被更改或删除；请重新规划切除，以将其各部分作为分割结果发送。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan_record.py" line="87" />
      <source>A plan's note may have at most {limit} characters; shorten it.</source>
      <translation>方案备注最多{limit}个字符；请缩短。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan_record.py" line="100" />
      <source>The plan was computed from segments this case no longer has ({segments}); plan the resection again.</source>
      <translation>该方案基于本病例已不存在的肝段（{segments}）计算；请重新规划切除。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan_record.py" line="113" />
      <source>The segments {segments} changed after the plan was computed; plan the resection again so the saved numbers are theirs.</source>
      <translation>肝段 {segments} 在方案计算后已被更改；请重新规划切除，使保存的数值与之相符。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/meetings.py" line="431" />
      <source>No meeting “{reference}”; casereview-cli meeting list shows the meetings and their ids.</source>
      <translation>没有会议“{reference}”；casereview-cli meeting list 可显示各会议及其编号。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="350" />
      <source>Asking the archive what the study holds</source>
      <translation>正在向影像归档(PACS)查询该检查的内容</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="356" />
      <source>{node} has no images of study {uid}. Search again: it may have been moved or deleted on the archive.</source>
      <translation>{node} 上没有检查 {uid} 的图像。请重新搜索：该检查可能已在影像归档(PACS)中被移动或删除。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="366" />
      <source>{node} has no series {uid} in this study. Search the study again: the archive may have changed.</source>
      <translation>{node} 上该检查中没有序列 {uid}。请重新搜索该检查：影像归档(PACS)可能已发生变化。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="464" />
      <source>{node} announced {expected} images of series {number} but {available} arrived ({failed} failed). They are kept and the series is not imported; retrieve it again to fetch the rest.</source>
      <translation>{node} 告知序列 {number} 共有 {expected} 幅图像，但仅收到 {available} 幅（{failed} 幅失败）。已收到的图像将保留，该序列未导入；请再次获取以取得其余图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="613" />
      <source>Choose at least one DICOM file to send.</source>
      <translation>请至少选择一个要发送的DICOM文件。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_incoming.py" line="92" />
      <source>The pause before importing pushed images must be above 0 seconds.</source>
      <translation>导入推送图像前的等待时间必须大于0秒。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="65" />
      <source>Measurement report</source>
      <translation>测量报告</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="66" />
      <source>Segmentation</source>
      <translation>分割</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="67" />
      <source>Key images</source>
      <translation>关键图像</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="68" />
      <source>MDT outcome report</source>
      <translation>MDT结论报告</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="106" />
      <source>Key images (images referenced: {count})</source>
      <translation>关键图像（引用图像：{count}）</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="133" />
      <source>Results to send are sr, seg, kos and pdf ({problem}).</source>
      <translation>可发送的结果为 sr、seg、kos 和 pdf（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="139" />
      <source>Choose at least one kind of result to send.</source>
      <translation>请至少选择一种要发送的结果类型。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="195" />
      <source>The case's {content} could not be written as DICOM ({reason}); send the other results, or correct the images' headers.</source>
      <translation>病例的{content}无法写入为DICOM（{reason}）；请发送其他结果，或更正图像的头信息。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="213" />
      <source>Case #{case} has no results to send yet ({kinds}): add measurements, segments, key images or a decision first.</source>
      <translation>病例 #{case} 尚无可发送的结果（{kinds}）：请先添加测量、分割区域、关键图像或决策。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="278" />
      <source>Choose at least one result to send.</source>
      <translation>请至少选择一项要发送的结果。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="75" />
      <source>Give the view a name.</source>
      <translation>请为视图命名。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="76" />
      <source>The view name is too long (at most {limit} characters).</source>
      <translation>视图名称过长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="133" />
      <source>'{name}' is the name of a built-in preset; choose another name.</source>
      <translation>“{name}”是内置预设的名称；请选择其他名称。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="175" />
      <source>No rendering preset is called '{name}'. Known: {known}.</source>
      <translation>没有名为“{name}”的渲染预设。已有预设：{known}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="216" />
      <source>This series has no saved view '{name}' (saved: {known}).</source>
      <translation>此序列没有名为“{name}”的已保存视图（已保存：{known}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="69" />
      <source>SMA origin</source>
      <translation>SMA 起始部</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="70" />
      <source>celiac origin</source>
      <translation>腹腔干起始部</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="71" />
      <source>CHA origin</source>
      <translation>CHA 起始部</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="72" />
      <source>celiac bifurcation</source>
      <translation>腹腔干分叉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="73" />
      <source>splenic artery origin</source>
      <translation>脾动脉起始部</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="74" />
      <source>hepatic artery bifurcation</source>
      <translation>肝动脉分叉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="75" />
      <source>portosplenic confluence</source>
      <translation>门脾静脉汇合处</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="76" />
      <source>portal vein bifurcation</source>
      <translation>门静脉分叉</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="77" />
      <source>first jejunal branch origin</source>
      <translation>第一空肠支起始部</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="175" />
      <source>Several segments are named '{name}'; give the segment's UUID ('casereview-cli annotations CASE' lists them).</source>
      <translation>有多个分割区域名为“{name}”；请给出该分割区域的 UUID（“casereview-cli annotations CASE”可列出它们）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="182" />
      <source>The case has no segment '{reference}'; give a segment's name or UUID ('casereview-cli annotations CASE' lists them).</source>
      <translation>该病例没有分割区域“{reference}”；请给出分割区域的名称或 UUID（“casereview-cli annotations CASE”可列出它们）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="204" />
      <source>Segment the tumour first: the case has no segment coded as a neoplasm (template 'Tumour'). Or name the tumour's segment by hand.</source>
      <translation>请先分割肿瘤：该病例没有编码为肿瘤（Neoplasm）的分割区域（模板“肿瘤”）。或手动指定肿瘤的分割区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="211" />
      <source>The case has {count} tumour segments; name the one to assess by hand.</source>
      <translation>该病例有 {count} 个肿瘤分割区域；请手动指定要评估的那一个。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="232" />
      <source>{count} segments are coded as the {vessel}; name the one to assess by hand.</source>
      <translation>有 {count} 个分割区域编码为{vessel}；请手动指定要评估的那一个。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="255" />
      <source>The segments do not fit the voxel grid of the series they were drawn on; draw them again on that series.</source>
      <translation>分割区域与其绘制所在序列的体素网格不符；请在该序列上重新绘制。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="311" />
      <location filename="../../src/casereview/services/resectability_record.py" line="100" />
      <source>No criteria set '{criteria}'; choose one of: {choices}.</source>
      <translation>没有标准集“{criteria}”；请从以下选择：{choices}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="326" />
      <source>The tumour and vessel segments were drawn on {count} different series; draw them on one series (or name segments of one series by hand).</source>
      <translation>肿瘤和血管的分割区域绘制在 {count} 个不同的序列上；请在同一序列上绘制（或手动指定同一序列的分割区域）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="336" />
      <source>The tumour and vessel segments lie on different voxel grids; draw them on one series.</source>
      <translation>肿瘤和血管的分割区域位于不同的体素网格上；请在同一序列上绘制。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="390" />
      <source>'{kind}' is not a vessel that is graded; use one of: {kinds}.</source>
      <translation>“{kind}”不是可评估的血管；请使用以下之一：{kinds}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability_record.py" line="211" />
      <source>Case #{case_id} has no resectability assessment yet; assess it first.</source>
      <translation>病例 #{case_id} 尚无可切除性评估；请先进行评估。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability_record.py" line="434" />
      <source>The assessment already uses {criteria}.</source>
      <translation>该评估已在使用 {criteria}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="174" />
      <source>The mask does not fit the image it is drawn on.</source>
      <translation>掩模与其所绘制的图像不匹配。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="225" />
      <source>Give the mask as a NumPy .npy file or a NIfTI .nii/.nii.gz file.</source>
      <translation>请以 NumPy .npy 文件或 NIfTI .nii/.nii.gz 文件提供掩模。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="229" />
      <source>The mask file {name} cannot be read ({reason}).</source>
      <translation>无法读取掩模文件 {name}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="233" />
      <source>The mask has {found} voxels (slices, rows, columns) but the series has {expected}; draw it on the series' own voxel grid.</source>
      <translation>掩模的体素为 {found}（层、行、列），而序列为 {expected}；请在该序列自身的体素网格上绘制。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="255" />
      <source>The NIfTI mask lies on another voxel grid than the series (size, spacing, origin or axes differ). Draw it on the volume 'casereview-cli volume' writes.</source>
      <translation>NIfTI 掩模所在的体素网格与序列不同（大小、间距、原点或坐标轴不一致）。请在“casereview-cli volume”输出的容积上绘制。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="387" />
      <source>This series was resampled to build its volume (irregular spacing or tilt), so a DICOM Segmentation cannot refer to its original images.</source>
      <translation>此序列在构建容积时经过了重采样（间距不规则或倾斜），因此 DICOM 分割无法引用其原始图像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="491" />
      <source>This case has no segment to export.</source>
      <translation>该病例没有可导出的分割区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="495" />
      <source>The segments of this case lie on different series; export the segments of one series at a time.</source>
      <translation>该病例的分割区域位于不同序列上；请每次导出一个序列的分割区域。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="565" />
      <source>The segmentation does not say which series it was made on.</source>
      <translation>该分割未注明是在哪个序列上制作的。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="131" />
      <source>The institution signing key in {keys_dir} cannot be read ({exc}). Restore it from a backup; partners trust only that key.</source>
      <translation>无法读取 {keys_dir} 中的机构签名密钥（{exc}）。请从备份中恢复；合作机构只信任该密钥。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="144" />
      <source>The signing key in {keys_dir} is not an Ed25519 key.</source>
      <translation>{keys_dir} 中的签名密钥不是 Ed25519 密钥。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="167" />
      <source>The de-identification secret cannot be read ({exc}).</source>
      <translation>无法读取去标识化密钥（{exc}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="171" />
      <source>The de-identification secret in {keys_dir} is damaged; restore it from a backup.</source>
      <translation>{keys_dir} 中的去标识化密钥已损坏；请从备份中恢复。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="195" />
      <source>That is not an Ed25519 public key; ask the partner for the key shown in their casereview Settings.</source>
      <translation>这不是 Ed25519 公钥；请向合作机构索取其 casereview“设置”中显示的密钥。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/thumbnails.py" line="68" />
      <source>This series has no indexed images, so there is no preview.</source>
      <translation>此序列没有已索引的图像，因此没有预览。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/thumbnails.py" line="75" />
      <source>The image file {name} of this series is missing or unreadable; check the database and files, or import the series again.</source>
      <translation>此序列的图像文件 {name} 缺失或无法读取；请检查数据库和文件，或重新导入该序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="109" />
      <source>This user has a PIN already: give it to choose a new one, or have it reset if it is forgotten.</source>
      <translation>该用户已设置 PIN 码：请输入原 PIN 码以设置新的 PIN 码；如已遗忘，请申请重置。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="180" />
      <source>{name} has no PIN yet. {name} chooses one now (at least {count} characters), then signs with it.</source>
      <translation>{name} 尚未设置 PIN 码。请 {name} 现在设置一个（至少 {count} 个字符），然后用它签署。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="191" />
      <source>Too many wrong PINs for {name}. Try again in {seconds} s.</source>
      <translation>{name} 的 PIN 码错误次数过多。请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="202" />
      <source>Wrong PIN or password for {name}. Too many wrong attempts: try again in {seconds} s.</source>
      <translation>{name} 的 PIN 码或密码错误。错误尝试次数过多：请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="211" />
      <source>Wrong PIN or password for {name}. Nothing was signed; try again.</source>
      <translation>{name} 的 PIN 码或密码错误。未签署任何内容；请重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/volumes.py" line="76" />
      <source>No series with this Series Instance UID is indexed. Import it first, or list the indexed series with 'casereview-cli studies'.</source>
      <translation>没有已索引的序列使用此 Series Instance UID。请先导入，或用“casereview-cli studies”列出已索引的序列。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/volumes.py" line="269" />
      <source>A NIfTI file name must end in .nii or .nii.gz.</source>
      <translation>NIfTI 文件名必须以 .nii 或 .nii.gz 结尾。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/database.py" line="147" />
      <source>The database stayed busy with another program for too long. Try again; if it keeps happening, close other casereview windows using the same data directory.</source>
      <translation>数据库被其他程序占用时间过长。请重试；如果反复出现，请关闭使用同一数据目录的其他 casereview 窗口。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/database.py" line="152" />
      <source>The database refused the operation ({detail}).</source>
      <translation>数据库拒绝了该操作（{detail}）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/database.py" line="189" />
      <source>The database could not be prepared ({error_type}). Your data is unchanged; see the log file for details.</source>
      <translation>无法准备数据库（{error_type}）。您的数据未被更改；详情请查看日志文件。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/index_queries.py" line="195" />
      <location filename="../../src/casereview/store/index_queries.py" line="226" />
      <source>The series is no longer in the index; refresh the browser.</source>
      <translation>该序列已不在索引中；请刷新浏览器。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="112" />
      <source>The database holds tables but none of casereview's; choose an empty database or a casereview database.</source>
      <translation>该数据库包含数据表，但没有 casereview 的数据表；请选择空数据库或 casereview 数据库。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="134" />
      <source>The database file {name} cannot be opened ({exc}). Check that it exists and that you may read it.</source>
      <translation>无法打开数据库文件 {name}（{exc}）。请检查该文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="151" />
      <source>{name} is an SQLite database but not a casereview database; choose another file or data directory.</source>
      <translation>{name} 是 SQLite 数据库，但不是 casereview 数据库；请选择其他文件或数据目录。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="164" />
      <source>{name} is not a readable database ({exc}). Restore it from a backup in the data directory's backups folder, or open another data directory.</source>
      <translation>{name} 不是可读取的数据库（{exc}）。请从数据目录的 backups 文件夹中的备份恢复，或打开其他数据目录。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="188" />
      <source>This database was written by a newer casereview (schema {revision}; this version knows up to {head}). It was left untouched. Install the newer casereview or open another data directory.</source>
      <translation>此数据库由更新版本的 casereview 写入（数据库结构 {revision}；本版本最高支持 {head}）。数据库未被改动。请安装更新版本的 casereview，或打开其他数据目录。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="239" />
      <source>The database upgrade would leave rows pointing at missing ones, so it was not applied. Your data is unchanged; see the log file for details.</source>
      <translation>数据库升级会留下指向缺失记录的行，因此未执行升级。您的数据未被更改；详情请查看日志文件。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/rendering_repository.py" line="60" />
      <source>The series of this 3-D view is no longer in the database.</source>
      <translation>此三维视图的序列已不在数据库中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/rendering_repository.py" line="63" />
      <source>The case of this 3-D view is no longer in the database.</source>
      <translation>此三维视图的病例已不在数据库中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/rendering_repository.py" line="98" />
      <source>This saved 3-D view no longer exists; it may have been deleted.</source>
      <translation>此已保存的三维视图已不存在；可能已被删除。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/rendering_repository.py" line="151" />
      <source>This rendering preset no longer exists; it may have been deleted.</source>
      <translation>此渲染预设已不存在；可能已被删除。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="77" />
      <location filename="../../src/casereview/store/repositories.py" line="101" />
      <source>No user named '{username}' is known on this workstation.</source>
      <translation>此工作站上没有名为“{username}”的用户。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="159" />
      <source>The audit trail is protected by this installation's audit key, which was not available, so nothing was saved. Open the database from casereview with its data directory (keys folder).</source>
      <translation>审计记录受本安装的审计密钥保护，而该密钥不可用，因此未保存任何内容。请在 casereview 中使用其数据目录（keys 文件夹）打开数据库。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="424" />
      <source>The study is no longer in the index.</source>
      <translation>该检查已不在索引中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="523" />
      <location filename="../../src/casereview/store/repositories_meetings.py" line="649" />
      <source>The patient of this case is no longer in the index.</source>
      <translation>该病例的患者已不在索引中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="527" />
      <source>A selected study is no longer in the index; refresh the list and retry.</source>
      <translation>所选的某个检查已不在索引中；请刷新列表后重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="532" />
      <source>A selected series is no longer in the index; refresh the list and retry.</source>
      <translation>所选的某个序列已不在索引中；请刷新列表后重试。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="537" />
      <source>A case may only hold imaging of its own patient.</source>
      <translation>病例只能包含其本人患者的影像。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="576" />
      <location filename="../../src/casereview/store/repositories_annotations.py" line="89" />
      <location filename="../../src/casereview/store/repositories_annotations.py" line="263" />
      <location filename="../../src/casereview/store/repositories_annotations.py" line="433" />
      <location filename="../../src/casereview/store/repositories_liver.py" line="72" />
      <location filename="../../src/casereview/store/repositories_meetings.py" line="147" />
      <location filename="../../src/casereview/store/repositories_meetings.py" line="408" />
      <location filename="../../src/casereview/store/repositories_packages.py" line="159" />
      <location filename="../../src/casereview/store/repositories_resectability.py" line="78" />
      <source>Case #{case_id} does not exist.</source>
      <translation>病例 #{case_id} 不存在。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="73" />
      <source>This annotation does not exist (any more).</source>
      <translation>此标注不存在（或已被删除）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="94" />
      <source>An annotation with this identifier already exists.</source>
      <translation>已存在具有此标识符的标注。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="253" />
      <source>This key image does not exist (any more).</source>
      <translation>此关键图像不存在（或已被删除）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="416" />
      <source>This segment does not exist (any more).</source>
      <translation>此分割区域不存在（或已被删除）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="482" />
      <source>The mask does not fit the segment's image grid.</source>
      <translation>掩模与该分割区域的图像网格不匹配。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="530" />
      <source>A segment name needs 1 to 64 characters.</source>
      <translation>分割区域名称需要 1 到 64 个字符。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_evidence.py" line="43" />
      <location filename="../../src/casereview/store/repositories_meetings.py" line="392" />
      <source>Decision #{decision_id} does not exist.</source>
      <translation>决策 #{decision_id} 不存在。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_evidence.py" line="47" />
      <source>The evidence of a signed decision cannot be changed; record an amendment that cites the new evidence.</source>
      <translation>已签署决策的依据不能更改；请记录一项引用新依据的修订。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="211" />
      <location filename="../../src/casereview/store/repositories_identity.py" line="277" />
      <source>Patient #{patient} is not in the index.</source>
      <translation>患者 #{patient} 不在索引中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="250" />
      <source>There is no identity flag #{flag_id}.</source>
      <translation>不存在身份标记 #{flag_id}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="281" />
      <source>Patient #{patient} was merged into patient #{target}; use that one.</source>
      <translation>患者 #{patient} 已合并到患者 #{target}；请使用后者。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="300" />
      <source>A patient cannot be merged with itself.</source>
      <translation>患者不能与自身合并。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="342" />
      <source>Choose one or more studies of patient #{patient} to split off.</source>
      <translation>请选择患者 #{patient} 的一个或多个要拆分的检查。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="349" />
      <source>At least one study must stay with patient #{patient}.</source>
      <translation>至少须有一个检查保留在患者 #{patient} 名下。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="360" />
      <source>Case #{case_id} holds imaging of studies on both sides; remove them from the case or split them together.</source>
      <translation>病例 #{case_id} 包含两边检查的影像；请将其从病例中移除，或将它们一起拆分。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="393" />
      <source>There is no merge or split #{change_id}.</source>
      <translation>不存在合并或拆分 #{change_id}。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="397" />
      <source>Merge or split #{change_id} was undone already.</source>
      <translation>合并或拆分 #{change_id} 已被撤销。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="408" />
      <source>A later merge or split moved these studies on; undo that one first.</source>
      <translation>之后的一次合并或拆分已再次移动这些检查；请先撤销那一次。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_liver.py" line="176" />
      <source>This liver plan does not exist (any more).</source>
      <translation>该肝脏规划方案不存在（或已不存在）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="37" />
      <source>Meeting #{meeting_id} does not exist.</source>
      <translation>会议 #{meeting_id} 不存在。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="150" />
      <source>Case “{title}” is already on this meeting's agenda.</source>
      <translation>病例“{title}”已在本次会议的议程中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="180" />
      <location filename="../../src/casereview/store/repositories_meetings.py" line="546" />
      <source>That case is no longer on the agenda.</source>
      <translation>该病例已不在议程中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="256" />
      <source>This case has a decision or action items at this meeting and stays on the agenda; mark it deferred instead.</source>
      <translation>该病例在本次会议中已有决策或行动事项，将保留在议程中；请改为标记为推迟。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="292" />
      <source>That attendee is no longer on the list.</source>
      <translation>该参会者已不在名单中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="439" />
      <source>This decision is signed and cannot be changed; record an amendment with a reason instead.</source>
      <translation>此决策已签署，无法更改；请改为记录一项附带原因的修订。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="460" />
      <source>This decision is signed already.</source>
      <translation>此决策已经签署。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="483" />
      <source>A signed decision cannot be deleted; record an amendment if it is wrong.</source>
      <translation>已签署的决策不能删除；如有错误，请记录一项修订。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="563" />
      <source>That action item no longer exists.</source>
      <translation>该行动事项已不存在。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_resectability.py" line="63" />
      <source>This contact measurement does not exist (any more).</source>
      <translation>此接触测量不存在（或已被删除）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_resectability.py" line="172" />
      <source>This assessment version does not exist (any more).</source>
      <translation>此评估版本不存在（或已被删除）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/settings_file.py" line="24" />
      <source>settings.json was written by a newer casereview. Install the newer version, or delete settings.json to start from defaults.</source>
      <translation>settings.json 由更新版本的 casereview 写入。请安装更新版本，或删除 settings.json 以恢复默认设置。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/settings_file.py" line="47" />
      <source>{name} cannot be read ({error_type}). Fix or delete it to start from default settings.</source>
      <translation>无法读取 {name}（{error_type}）。请修正或删除该文件以恢复默认设置。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/settings_file.py" line="58" />
      <source>{name} does not hold settings. Delete it to start over.</source>
      <translation>{name} 不包含设置。请删除该文件后重新开始。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/features/joint.py" line="201" />
      <source>The selected case was never exchanged as a case package, so partners cannot show it from their own copy. Export it for them first (Case → Export case package…), or select a case imported from a partner's package.</source>
      <translation>所选病例从未作为病例包交换，合作机构无法从自己的副本显示它。请先为他们导出（病例 → 导出病例包…），或选择从合作机构病例包导入的病例。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/liver/data.py" line="42" />
      <source>Reading the liver plan</source>
      <translation>正在读取肝脏规划方案</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/liver/data.py" line="43" />
      <source>Reading the images</source>
      <translation>正在读取图像</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/meetings/decision_form.py" line="504" />
      <source>Choose the recommendation.</source>
      <translation>请选择建议方案。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/archive_work.py" line="126" />
      <source>Searching the archive</source>
      <translation>正在搜索影像归档(PACS)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="421" />
      <source>Testing the connection</source>
      <translation>正在测试连接</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="616" />
      <source>Type the password or token of {node}; it is kept in an owner-only file.</source>
      <translation>请输入 {node} 的密码或令牌；它将保存在仅所有者可访问的文件中。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="629" />
      <source>A PACS node called '{name}' exists already. Choose another name.</source>
      <translation>名为“{name}”的PACS节点已存在。请选择其他名称。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="152" />
      <source>Reading the case's results</source>
      <translation>正在读取病例结果</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/reports.py" line="321" />
      <location filename="../../src/casereview/ui/reports.py" line="750" />
      <source>The PDF report could not be produced.</source>
      <translation>无法生成 PDF 报告。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/reports.py" line="798" />
      <source>The PDF {name} could not be written; check the folder.</source>
      <translation>无法写入 PDF {name}；请检查文件夹。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/resectability/data.py" line="211" />
      <source>Segment the vessels first: the case has no segment coded as the SMA, celiac axis, CHA, SMV, portal vein, IVC or aorta (segment templates of the segment editor).</source>
      <translation>请先分割血管：该病例没有编码为 SMA、腹腔干、CHA、SMV、门静脉、IVC 或主动脉的分割区域（可使用分割编辑器中的分割区域模板）。</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/viewer/view3d.py" line="994" />
      <source>Show at least one surface to export.</source>
      <translation>请至少显示一个要导出的表面。</translation>
    </message>
  </context>
</TS>
