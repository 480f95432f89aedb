<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>core</name>
    <message>
      <location filename="../../src/casereview/analysis/assessment.py" line="200" />
      <source>Every vessel mask must lie on the tumour mask's grid (same shape).</source>
      <translation>Chaque masque de vaisseau doit être sur la grille du masque de la tumeur (même taille).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/assessment.py" line="341" />
      <source>The tumour mask is empty: segment the tumour before measuring its contact.</source>
      <translation>Le masque de la tumeur est vide : segmentez la tumeur avant de mesurer son contact.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/assessment.py" line="352" />
      <location filename="../../src/casereview/domain/progress.py" line="60" />
      <source>The operation was cancelled. Work finished so far is kept.</source>
      <translation>L’opération a été annulée. Le travail déjà terminé est conservé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/assessment.py" line="360" />
      <source>Measuring tumour contact: vessel {done} of {total}</source>
      <translation>Mesure du contact tumoral : vaisseau {done} sur {total}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/centreline.py" line="600" />
      <source>The vessel mask is empty: segment the vessel first.</source>
      <translation>Le masque du vaisseau est vide : segmentez d’abord le vaisseau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="82" />
      <source>The landmark '{landmark}' needs a position of three finite numbers; place it again.</source>
      <translation>Le repère « {landmark} » demande une position de trois nombres finis ; placez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="91" />
      <source>IVC at the hepatic vein confluence</source>
      <translation>VCI au confluent des veines hépatiques</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="92" />
      <source>IVC, lower point</source>
      <translation>VCI, point inférieur</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="93" />
      <source>right hepatic vein</source>
      <translation>veine hépatique droite</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="94" />
      <source>middle hepatic vein</source>
      <translation>veine hépatique médiane</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="95" />
      <source>left hepatic vein</source>
      <translation>veine hépatique gauche</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="96" />
      <source>portal bifurcation</source>
      <translation>bifurcation portale</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="97" />
      <source>umbilical fissure</source>
      <translation>scissure ombilicale</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="164" />
      <source>Pick at least two points along the {vein}.</source>
      <translation>Choisissez au moins deux points le long de la {vein}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="178" />
      <source>The two IVC points are {mm:.1f} mm apart; pick the lower one at least {minimum:.0f} mm below the hepatic vein confluence.</source>
      <translation>Les deux points de la VCI sont à {mm:.1f} mm l’un de l’autre ; placez le point inférieur au moins {minimum:.0f} mm sous le confluent des veines hépatiques.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="328" />
      <source>The points of the {vein} lie along the IVC's axis (within {mm:.0f} mm of it), so they do not fix a plane; pick points along the vein farther from the IVC.</source>
      <translation>Les points de la {vein} sont sur l’axe de la VCI (à moins de {mm:.0f} mm), ils ne définissent donc pas de plan ; choisissez des points de la veine plus éloignés de la VCI.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="351" />
      <source>The points of the {vein} lie on both sides of the IVC; pick them along that one vein, from the IVC outwards.</source>
      <translation>Les points de la {vein} sont de part et d’autre de la VCI ; choisissez-les le long de cette seule veine, en partant de la VCI vers l’extérieur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="402" />
      <source>The caudate lobe's radius around the IVC must be a positive number of mm.</source>
      <translation>Le rayon du lobe caudé autour de la VCI doit être un nombre positif de mm.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="437" />
      <source>The right and left hepatic veins (and the umbilical fissure) must lie on either side of the middle hepatic vein's plane, at least {degrees:.0f}° from it; check which vein is which ({vein}).</source>
      <translation>Les veines hépatiques droite et gauche (et la scissure ombilicale) doivent se trouver de part et d’autre du plan de la veine hépatique médiane, à au moins {degrees:.0f}° de celui-ci ; vérifiez l’identité des veines ({vein}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="456" />
      <source>The portal bifurcation must lie at least {mm:.0f} mm below the hepatic vein confluence and in front of the IVC; check the portal bifurcation and the IVC points.</source>
      <translation>La bifurcation portale doit se trouver au moins {mm:.0f} mm sous le confluent des veines hépatiques et en avant de la VCI ; vérifiez la bifurcation portale et les points de la VCI.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="468" />
      <source>The portal bifurcation lies beside the IVC rather than in front of it; check the portal bifurcation and the middle hepatic vein.</source>
      <translation>La bifurcation portale se trouve à côté de la VCI plutôt qu’en avant ; vérifiez la bifurcation portale et la veine hépatique médiane.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="528" />
      <source>The liver's mask must be a 3-D volume.</source>
      <translation>Le masque du foie doit être un volume 3D.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="533" />
      <location filename="../../src/casereview/analysis/liver_resection.py" line="198" />
      <location filename="../../src/casereview/domain/liver_remnant.py" line="169" />
      <location filename="../../src/casereview/ui/liver/start_surface.py" line="94" />
      <source>The liver has no volume: segment the liver first.</source>
      <translation>Le foie n’a pas de volume : segmentez d’abord le foie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="542" />
      <source>The landmark '{landmark}' lies outside the liver's extent; check that it was placed on this series and inside the liver.</source>
      <translation>Le repère « {landmark} » est hors de l’étendue du foie ; vérifiez qu’il a été placé sur cette série et dans le foie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/couinaud.py" line="582" />
      <source>Liver segment labels must be 1 to 8 inside the liver and 0 outside it.</source>
      <translation>Les étiquettes des segments hépatiques doivent valoir 1 à 8 dans le foie et 0 en dehors.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="37" />
      <source>The voxel spacing must be positive in every direction to measure volumes.</source>
      <translation>L’espacement des voxels doit être positif dans chaque direction pour mesurer des volumes.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="66" />
      <source>A resection plane needs a point and a direction (three numbers each).</source>
      <translation>Un plan de résection demande un point et une direction (trois nombres chacun).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="85" />
      <source>The three points of a resection plane must not lie on one line.</source>
      <translation>Les trois points d’un plan de résection ne doivent pas être alignés.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="194" />
      <source>The liver and tumour segments must lie on the same voxel grid.</source>
      <translation>Les segments du foie et de la tumeur doivent reposer sur la même grille de voxels.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="373" />
      <source>The liver segments and the tumour must lie on the same voxel grid.</source>
      <translation>Les segments hépatiques et la tumeur doivent reposer sur la même grille de voxels.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="379" />
      <source>The liver has no segments: build them first.</source>
      <translation>Le foie n’a pas de segments : construisez-les d’abord.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="382" />
      <source>Segment {segments} is not in the liver's segments.</source>
      <translation>Le segment {segments} ne figure pas parmi les segments du foie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_resection.py" line="390" />
      <source>The tumour lies partly outside the liver's segments; build the segments over the whole liver, tumour included.</source>
      <translation>La tumeur se trouve en partie hors des segments du foie ; construisez les segments sur tout le foie, tumeur comprise.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="146" />
      <source>The liver segmentation was cancelled; the liver segment is unchanged.</source>
      <translation>La segmentation du foie a été annulée ; le segment du foie est inchangé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="162" />
      <source>The contrast phase '{phase}' is not known; choose non-contrast, arterial or portal-venous.</source>
      <translation>La phase « {phase} » est inconnue ; choisissez sans injection, artérielle ou portale.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="231" />
      <source>Including the vessels inside the liver</source>
      <translation>Inclusion des vaisseaux intrahépatiques</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="235" />
      <source>Filling holes</source>
      <translation>Comblement des trous</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="239" />
      <source>Removing leaks</source>
      <translation>Suppression des fuites</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="242" />
      <source>Liver segmented</source>
      <translation>Foie segmenté</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="253" />
      <source>The liver tool needs a 3-D image (a CT series).</source>
      <translation>L’outil foie demande une image 3D (une série TDM).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="255" />
      <source>The liver tool needs an image of Hounsfield units.</source>
      <translation>L’outil foie demande une image en unités Hounsfield.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="259" />
      <source>The voxel spacing must be three positive numbers to segment the liver.</source>
      <translation>L’espacement des voxels doit être de trois nombres positifs pour segmenter le foie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="272" />
      <source>Click at least one point inside the liver first.</source>
      <translation>Cliquez d’abord au moins un point dans le foie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="277" />
      <source>Seed {number} is not a voxel (three indices).</source>
      <translation>Le germe {number} n’est pas un voxel (trois indices).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="281" />
      <source>Seed {number} lies outside the image.</source>
      <translation>Le germe {number} est hors de l’image.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="288" />
      <source>Seed {number} has {value:.0f} HU, outside the liver's range in the {phase} phase ({low:.0f} to {high:.0f} HU); click in the liver parenchyma away from vessels and tumour, or check the series' phase.</source>
      <translation>Le germe {number} vaut {value:.0f} UH, hors de la plage du foie en phase {phase} ({low:.0f} à {high:.0f} UH) ; cliquez dans le parenchyme hépatique à distance des vaisseaux et de la tumeur, ou vérifiez la phase de la série.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/liver_tool.py" line="324" />
      <source>The liver is thinner than {mm:.0f} mm at the seed; click in a thicker part of the liver.</source>
      <translation>Le foie fait moins de {mm:.0f} mm d’épaisseur au niveau du germe ; cliquez dans une partie plus épaisse du foie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/measurements.py" line="54" />
      <source>Both arms of an angle need a length.</source>
      <translation>Les deux branches d’un angle doivent avoir une longueur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/measurements.py" line="95" />
      <source>An ellipse needs a size.</source>
      <translation>Une ellipse doit avoir une taille.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/measurements.py" line="98" />
      <source>An ellipse needs a width.</source>
      <translation>Une ellipse doit avoir une largeur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/measurements.py" line="275" />
      <source>The long axis needs a length.</source>
      <translation>Le grand axe doit avoir une longueur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="178" />
      <location filename="../../src/casereview/analysis/region_growing.py" line="185" />
      <source>Growing the region</source>
      <translation>Croissance de la région</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="287" />
      <source>The seed point lies outside the image.</source>
      <translation>Le point de départ est en dehors de l’image.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="289" />
      <location filename="../../src/casereview/analysis/segmentation.py" line="33" />
      <location filename="../../src/casereview/domain/hu_presets.py" line="53" />
      <source>The lower threshold must not be above the upper one.</source>
      <translation>Le seuil bas ne doit pas dépasser le seuil haut.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="292" />
      <source>The seed lies outside the slices region growing is limited to; click inside them or change the limits.</source>
      <translation>Le point de départ est en dehors des coupes auxquelles la croissance de région est limitée ; cliquez à l’intérieur de celles-ci ou modifiez les limites.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="305" />
      <source>The seed's value ({value:.0f} HU) is outside the range {lower:.0f} to {upper:.0f} HU; click inside the structure or widen the range.</source>
      <translation>La valeur du point de départ ({value:.0f} UH) est hors de la plage {lower:.0f} à {upper:.0f} UH ; cliquez dans la structure ou élargissez la plage.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/region_growing.py" line="324" />
      <source>The structure at the seed is narrower than the bridges that are cut ({mm:.1f} mm); click in a wider part or lower 'Cut bridges'.</source>
      <translation>La structure au point de départ est plus étroite que les ponts coupés ({mm:.1f} mm) ; cliquez dans une partie plus large ou diminuez « Couper les ponts ».</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="84" />
      <source>A control point of the resection surface needs three finite coordinates; place it again on the images.</source>
      <translation>Un point de contrôle de la surface de résection nécessite trois coordonnées finies ; replacez-le sur les images.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="122" />
      <source>A resection surface takes at most {count} control points; remove one before adding another.</source>
      <translation>Une surface de résection comporte au plus {count} points de contrôle ; supprimez-en un avant d'en ajouter un autre.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="142" />
      <source>Two control points of the resection surface lie on top of each other (less than {mm} mm apart across the surface); move one of them aside or remove it.</source>
      <translation>Deux points de contrôle de la surface de résection sont superposés (à moins de {mm} mm l'un de l'autre le long de la surface) ; écartez l'un d'eux ou supprimez-le.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="197" />
      <source>The resection surface has no control point {number}; it has {count}.</source>
      <translation>La surface de résection n'a pas de point de contrôle {number} ; elle en a {count}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="438" />
      <source>There is no tumour to measure a margin from.</source>
      <translation>Aucune tumeur à partir de laquelle mesurer une marge.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="552" />
      <location filename="../../src/casereview/analysis/resection_surface.py" line="610" />
      <source>The mesh step of the resection surface must be positive.</source>
      <translation>Le pas de maillage de la surface de résection doit être positif.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/resection_surface.py" line="643" />
      <source>The box to draw the resection surface in needs two corners of three numbers.</source>
      <translation>Le cadre dans lequel tracer la surface de résection nécessite deux coins de trois nombres chacun.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/analysis/segmentation.py" line="322" />
      <source>The point lies outside the image.</source>
      <translation>Le point est en dehors de l’image.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="140" />
      <source>Give --label, --text or --point to change.</source>
      <translation>Indiquez --label, --text ou --point à modifier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="177" />
      <source>Give either --slice N or --position X,Y,Z.</source>
      <translation>Indiquez soit --slice N, soit --position X,Y,Z.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="183" />
      <source>The series has slices 0 to {last}.</source>
      <translation>La série a les coupes 0 à {last}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="233" />
      <source>Write --window as WIDTH,LEVEL in HU (e.g. 400,40) or a preset: {names}.</source>
      <translation>Écrivez --window sous la forme LARGEUR,NIVEAU en UH (par ex. 400,40) ou un préréglage : {names}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_annotations.py" line="250" />
      <source>Case #{case_id} has no key image {uuid} ('casereview-cli annotations CASE' lists them).</source>
      <translation>Le dossier n° {case_id} n’a pas d’image clé {uuid} (« casereview-cli annotations DOSSIER » les liste).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_assessment.py" line="211" />
      <source>Case #{case_id} has no stored resectability assessment; run 'casereview-cli resectability {case_id} --save' first.</source>
      <translation>Le dossier #{case_id} n’a aucune évaluation de résécabilité enregistrée ; lancez d’abord « casereview-cli resectability {case_id} --save ».</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_assessment.py" line="271" />
      <source>Give the angle in degrees, or --clear to go back to the measured angle.</source>
      <translation>Indiquez l’angle en degrés, ou --clear pour revenir à l’angle mesuré.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="162" />
      <source>No case '{reference}'. Give its number or UID ('casereview-cli case list' shows them).</source>
      <translation>Aucun dossier « {reference} ». Indiquez son numéro ou son UID (« casereview-cli case list » les affiche).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="201" />
      <source>No series #{number} is indexed; 'casereview-cli studies' lists the series.</source>
      <translation>Aucune série n° {number} n’est indexée ; « casereview-cli studies » liste les séries.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="225" />
      <source>Write a point as three LPS coordinates in mm separated by commas, e.g. -12.5,30,101 (got '{text}').</source>
      <translation>Écrivez un point sous forme de trois coordonnées LPS en mm séparées par des virgules, par ex. -12.5,30,101 (reçu : « {text} »).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="252" />
      <source>Write a colour as #rrggbb or as three values 0-255, e.g. #e62828 or 230,40,40 (got '{text}').</source>
      <translation>Écrivez une couleur sous la forme #rrggbb ou de trois valeurs 0-255, par ex. #e62828 ou 230,40,40 (reçu : « {text} »).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_common.py" line="377" />
      <source>Write a date as YYYY-MM-DD, e.g. 2026-03-15 (got '{text}').</source>
      <translation>Saisissez une date au format YYYY-MM-DD, p. ex. 2026-03-15 (reçu : '{text}').</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_exchange.py" line="102" />
      <source>Write --redact as SOP_UID:x,y,width,height (pixels), not '{value}'.</source>
      <translation>Écrivez --redact sous la forme SOP_UID:x,y,largeur,hauteur (pixels), et non « {value} ».</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_exchange.py" line="130" />
      <source>An institution name has at most {limit} characters; shorten --institution.</source>
      <translation>Un nom d’établissement comporte au plus {limit} caractères ; raccourcissez --institution.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_exchange.py" line="202" />
      <source>Name the package file with --out FILE.zip (or use --preview).</source>
      <translation>Nommez le fichier du paquet avec --out FICHIER.zip (ou utilisez --preview).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="259" />
      <location filename="../../src/casereview/ui/features/joint.py" line="98" />
      <source>The relay did not answer within {seconds} seconds; nothing was changed.</source>
      <translation>Le relais n'a pas répondu dans les {seconds} secondes ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="281" />
      <source>Case #{case_id} was never exchanged as a package, so partners cannot show it from their own copy. Export it for them first (casereview-cli export), or import the package they sent.</source>
      <translation>Le dossier #{case_id} n'a jamais été échangé sous forme de paquet : les partenaires ne peuvent donc pas l'afficher depuis leur propre copie. Exportez-le d'abord pour eux (casereview-cli export), ou importez le paquet qu'ils ont envoyé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="298" />
      <source>{institution} cannot be invited: add their key card first (casereview-cli session trust CARD; session partners lists who can be).</source>
      <translation>{institution} ne peut pas être invité : ajoutez d'abord sa carte de clé (casereview-cli session trust CARD ; session partners indique qui peut l'être).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="427" />
      <source>A one-time code needs the session id read out with it: --session ID.</source>
      <translation>Un code à usage unique doit être accompagné de l'identifiant de session communiqué avec lui : --session ID.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_joint.py" line="459" />
      <source>Give the invitation (or - to read it from standard input), or --code and --session.</source>
      <translation>Indiquez l'invitation (ou - pour la lire depuis l'entrée standard), ou --code et --session.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="240" />
      <source>--history lists the saved plans; give it without a resection or --save.</source>
      <translation>--history liste les plans enregistrés ; utilisez-le sans résection ni --save.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="245" />
      <source>Give the resection as exactly one of --resect SEGMENTS (e.g. right-hepatectomy or 5,6,7,8) and --plane "x,y,z;nx,ny,nz"; or --history for the saved plans.</source>
      <translation>Indiquez la résection par une seule des options --resect SEGMENTS (p. ex. right-hepatectomy ou 5,6,7,8) et --plane "x,y,z;nx,ny,nz" ; ou --history pour les plans enregistrés.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="251" />
      <source>--note goes with --save: it is kept with the saved plan.</source>
      <translation>--note s'utilise avec --save : la note est conservée avec le plan enregistré.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="315" />
      <source>The landmarks file '{path}' cannot be read.</source>
      <translation>Le fichier de repères '{path}' est illisible.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_liver.py" line="319" />
      <source>The landmarks file is not JSON ({problem}); see 'liver-segments --help'.</source>
      <translation>Le fichier de repères n'est pas au format JSON ({problem}) ; voir 'liver-segments --help'.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="50" />
      <source>“{text}” is not a date and time; write it as 2026-11-24 07:30.</source>
      <translation>« {text} » n’est pas une date et heure ; écrivez-la sous la forme 2026-11-24 07:30.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="118" />
      <source>The two PINs differ; nothing was changed.</source>
      <translation>Les deux codes PIN diffèrent ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="293" />
      <source>Case #{case_id} is not on the agenda of meeting #{meeting_id}; add it with casereview-cli meeting add-case.</source>
      <translation>Le dossier n° {case_id} n’est pas à l’ordre du jour de la réunion n° {meeting_id} ; ajoutez-le avec casereview-cli meeting add-case.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="329" />
      <source>Case #{case_id} has no resectability assessment to cite; assess it with casereview-cli resectability first, or leave --cite-assessment out.</source>
      <translation>Le dossier #{case_id} n’a aucune évaluation de résécabilité à citer ; évaluez-le d’abord avec casereview-cli resectability, ou omettez --cite-assessment.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="354" />
      <source>Case #{case_id} has no liver resection plan to cite; plan it with casereview-cli liver first, or leave --cite-liver-plan out.</source>
      <translation>Le cas #{case_id} n'a aucun plan de résection hépatique à citer ; planifiez-le d'abord avec casereview-cli liver, ou omettez --cite-liver-plan.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="496" />
      <source>The PIN file {path} cannot be read ({exc}).</source>
      <translation>Le fichier de code PIN {path} est illisible ({exc}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_meetings.py" line="501" />
      <source>There is no terminal to type the PIN on: give it with --pin-file (a file, or - for standard input).</source>
      <translation>Aucun terminal où saisir le code PIN : fournissez-le avec --pin-file (un fichier, ou - pour l’entrée standard).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="59" />
      <source>The password file {path} cannot be read ({reason}).</source>
      <translation>Le fichier de mot de passe {path} est illisible ({reason}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="68" />
      <source>There is no terminal to type the password or token on: give it with --secret-file (a file, or - for standard input).</source>
      <translation>Aucun terminal pour saisir le mot de passe ou le jeton : fournissez-le avec --secret-file (un fichier, ou - pour l'entrée standard).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="104" />
      <source>A DICOMweb node has an address (--web URL), not an AE title or port.</source>
      <translation>Un nœud DICOMweb a une adresse (--web URL), et non un AE title ni un port.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="116" />
      <source>A DICOM node needs --ae-title, --host and --port (or --web URL for a DICOMweb endpoint).</source>
      <translation>Un nœud DICOM nécessite --ae-title, --host et --port (ou --web URL pour un point d'accès DICOMweb).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="176" />
      <source>Name one node: NODE for a DICOM node, or --web NODE for a DICOMweb one.</source>
      <translation>Indiquez un seul nœud : NODE pour un nœud DICOM, ou --web NODE pour un nœud DICOMweb.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="182" />
      <source>{name} is a DICOM node: name it without --web.</source>
      <translation>{name} est un nœud DICOM : indiquez-le sans --web.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="186" />
      <source>{name} is a DICOMweb node: name it with --web.</source>
      <translation>{name} est un nœud DICOMweb : indiquez-le avec --web.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="320" />
      <source>C-MOVE is a DICOM service; for a DICOMweb node use 'pacs get --web NODE'.</source>
      <translation>C-MOVE est un service DICOM ; pour un nœud DICOMweb, utilisez 'pacs get --web NODE'.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="334" />
      <source>Send either a case's results (--case) or files, not both.</source>
      <translation>Envoyez soit les résultats d'un dossier (--case), soit des fichiers, pas les deux.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="338" />
      <source>--what chooses among a case's results: add --case N.</source>
      <translation>--what sélectionne parmi les résultats d'un dossier : ajoutez --case N.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="341" />
      <source>Name the DICOM files to send after the node, or a case with --case N.</source>
      <translation>Indiquez les fichiers DICOM à envoyer après le nœud, ou un dossier avec --case N.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="372" />
      <source>--what takes sr, seg, kos and pdf separated by commas (got '{what}').</source>
      <translation>--what accepte sr, seg, kos et pdf séparés par des virgules (reçu : '{what}').</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_pacs.py" line="476" />
      <source>Say what to change: --enable or --disable, --ae-title, --port, --bind, --accept-unknown or --known-only.</source>
      <translation>Indiquez ce qu'il faut modifier : --enable ou --disable, --ae-title, --port, --bind, --accept-unknown ou --known-only.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_render.py" line="38" />
      <source>Give the size as WIDTHxHEIGHT, e.g. 800x600 (got '{text}').</source>
      <translation>Indiquez la taille sous la forme LARGEURxHAUTEUR, par ex. 800x600 (reçu : « {text} »).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_render.py" line="43" />
      <source>Picture sides must be 16 to {max_side} pixels.</source>
      <translation>Les côtés de l’image doivent mesurer de 16 à {max_side} pixels.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_render.py" line="146" />
      <source>Give --out FILE.png, --movie FILE.gif|mp4, or both.</source>
      <translation>Indiquez --out FICHIER.png, --movie FICHIER.gif|mp4, ou les deux.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_resectability.py" line="53" />
      <source>Write --vessel as KIND=SEGMENT, e.g. --vessel sma="Superior mesenteric artery" (got '{text}').</source>
      <translation>Écrivez --vessel sous la forme TYPE=SEGMENT, p. ex. --vessel sma="Superior mesenteric artery" (reçu « {text} »).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_resectability.py" line="62" />
      <source>--vessel names the {kind} twice; give one segment.</source>
      <translation>--vessel indique deux fois le vaisseau {kind} ; donnez un seul segment.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_segments.py" line="55" />
      <source>Write a code as SCHEME:VALUE:MEANING, e.g. SCT:108369006:Neoplasm (got '{text}').</source>
      <translation>Écrivez un code sous la forme SYSTÈME:VALEUR:SIGNIFICATION, par ex. SCT:108369006:Neoplasm (reçu : « {text} »).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_segments.py" line="69" />
      <source>No segment template '{key}'. Templates: {keys}.</source>
      <translation>Aucun modèle de segment « {key} ». Modèles : {keys}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_segments.py" line="87" />
      <source>Give --template KEY or --code SCHEME:VALUE:MEANING.</source>
      <translation>Indiquez --template CLÉ ou --code SYSTÈME:VALEUR:SIGNIFICATION.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_segments.py" line="102" />
      <source>Case #{case_id} has no segment {uuid} ('casereview-cli annotations CASE' lists them).</source>
      <translation>Le dossier n° {case_id} n’a pas de segment {uuid} (« casereview-cli annotations DOSSIER » les liste).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_views.py" line="75" />
      <source>Give all of --position, --focal-point and --view-up, or none of them.</source>
      <translation>Indiquez --position, --focal-point et --view-up ensemble, ou aucun d’eux.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_views.py" line="171" />
      <source>Write --window as WIDTH,LEVEL in HU, e.g. 400,150.</source>
      <translation>Écrivez --window sous la forme LARGEUR,NIVEAU en UH, par ex. 400,150.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/cli_views.py" line="230" />
      <source>No saved preset is called '{name}' (built-in presets cannot be deleted).</source>
      <translation>Aucun préréglage enregistré ne s’appelle « {name} » (les préréglages intégrés ne peuvent pas être supprimés).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/paths.py" line="93" />
      <source>The data directory {root} cannot be created ({reason}). Choose another with --data-dir or {variable}.</source>
      <translation>Le dossier de données {root} ne peut pas être créé ({reason}). Choisissez-en un autre avec --data-dir ou {variable}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/app/paths.py" line="103" />
      <source>The data directory {root} is not writable. Choose another with --data-dir or {variable}.</source>
      <translation>Le dossier de données {root} n’est pas accessible en écriture. Choisissez-en un autre avec --data-dir ou {variable}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/commands/edits.py" line="174" />
      <source>Open the series to segment before adding a segment.</source>
      <translation>Ouvrez la série à segmenter avant d’ajouter un segment.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/commands/edits.py" line="216" />
      <source>This segment is no longer part of the case.</source>
      <translation>Ce segment ne fait plus partie du dossier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/__init__.py" line="172" />
      <source>Unknown demo variant '{variant}'. Choose one of: {known}.</source>
      <translation>Variante de démonstration inconnue « {variant} ». Choisissez parmi : {known}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/__init__.py" line="182" />
      <source>Demo phases must be chosen from {known} (got {given}).</source>
      <translation>Les phases de démonstration doivent être choisies parmi {known} (reçu : {given}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/__init__.py" line="215" />
      <location filename="../../src/casereview/demo/phantom.py" line="208" />
      <source>Demo generation was cancelled; no demo case was created.</source>
      <translation>La génération de la démonstration a été annulée ; aucun dossier de démonstration n’a été créé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/install.py" line="87" />
      <source>The generated demo file {name} cannot be read.</source>
      <translation>Le fichier de démonstration généré {name} est illisible.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/install.py" line="93" />
      <source>The generated demo series are not all in the index; see the log.</source>
      <translation>Les séries de démonstration générées ne sont pas toutes dans l’index ; consultez le journal.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/install.py" line="154" />
      <source>Generating the synthetic CT</source>
      <translation>Génération du scanner synthétique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/demo/install.py" line="176" />
      <source>{count} files of the generated demo could not be imported; see the log. The demo files are in {folder}</source>
      <translation>{count} fichiers de la démonstration générée n’ont pas pu être importés ; consultez le journal. Les fichiers de démonstration sont dans {folder}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="41" />
      <source>The region to clean at x={x}, y={y} ({width} x {height} pixels) reaches outside the image, which is {columns} pixels wide and {rows} high; draw it again inside the image.</source>
      <translation>La zone à nettoyer en x={x}, y={y} ({width} x {height} pixels) dépasse de l’image, qui mesure {columns} pixels de large et {rows} de haut ; tracez-la à nouveau dans l’image.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="95" />
      <source>Mark at least one region of burned-in text to clean.</source>
      <translation>Marquez au moins une zone de texte incrusté à nettoyer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="97" />
      <source>This image has no pixel data to clean.</source>
      <translation>Cette image n’a pas de données de pixels à nettoyer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="104" />
      <source>The image's pixels could not be decoded to clean them ({exc}); exclude it instead.</source>
      <translation>Les pixels de l’image n’ont pas pu être décodés pour être nettoyés ({exc}) ; excluez-la plutôt.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/redact.py" line="157" />
      <source>The image's pixels could not be decoded ({exc}).</source>
      <translation>Les pixels de l’image n’ont pas pu être décodés ({exc}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="39" />
      <source>damaged DICOM file: reading it stopped the DICOM reader (a native library crashed); skipped</source>
      <translation>fichier DICOM endommagé : sa lecture a arrêté le lecteur DICOM (une bibliothèque native a planté) ; ignoré</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="42" />
      <source>damaged DICOM file: sequences nested too deeply to read</source>
      <translation>fichier DICOM endommagé : séquences imbriquées trop profondément pour être lues</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="43" />
      <source>damaged DICOM file: an element claims to be longer than the file</source>
      <translation>fichier DICOM endommagé : un élément annonce une longueur supérieure à celle du fichier</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="44" />
      <source>truncated DICOM file: it ends in the middle of an element</source>
      <translation>fichier DICOM tronqué : il s’arrête au milieu d’un élément</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="45" />
      <source>damaged DICOM file: its compressed (deflated) header cannot be unpacked</source>
      <translation>fichier DICOM endommagé : son en-tête compressé (deflate) ne peut pas être décompressé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="71" />
      <source>damaged or truncated DICOM file ({error_type})</source>
      <translation>fichier DICOM endommagé ou tronqué ({error_type})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="431" />
      <location filename="../../src/casereview/dicom/series_examine.py" line="491" />
      <source>empty file</source>
      <translation>fichier vide</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="446" />
      <source>cannot be read ({error})</source>
      <translation>illisible ({error})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="450" />
      <location filename="../../src/casereview/dicom/scan.py" line="448" />
      <source>not a DICOM file</source>
      <translation>pas un fichier DICOM</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="455" />
      <source>unknown transfer syntax {syntax}; ask the sender for an uncompressed or standard-compressed export</source>
      <translation>syntaxe de transfert inconnue {syntax} ; demandez à l’expéditeur un export non compressé ou en compression standard</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/scan.py" line="475" />
      <source>DICOM file without {attributes}</source>
      <translation>fichier DICOM sans {attributes}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="141" />
      <source>There is no segment to export.</source>
      <translation>Il n’y a aucun segment à exporter.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="147" />
      <source>The mask of '{name}' does not fit the images it refers to; open the case's series again and retry.</source>
      <translation>Le masque de « {name} » ne correspond pas aux images auxquelles il se réfère ; rouvrez la série du dossier et réessayez.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="198" />
      <source>The segmentation could not be made into a valid DICOM object ({exc}).</source>
      <translation>La segmentation n’a pas pu être convertie en objet DICOM valide ({exc}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="251" />
      <source>The segmentation does not refer to the images of this series; open the series it was made on.</source>
      <translation>La segmentation ne se réfère pas aux images de cette série ; ouvrez la série sur laquelle elle a été faite.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="299" />
      <source>{name} is not a DICOM Segmentation casereview can read ({error_type}).</source>
      <translation>{name} n’est pas une segmentation DICOM lisible par casereview ({error_type}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/seg.py" line="328" />
      <source>A source image of the segmentation could not be read; check the files (Tools → Check database and files).</source>
      <translation>Une image source de la segmentation est illisible ; vérifiez les fichiers (Outils → Vérifier la base de données et les fichiers).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="57" />
      <source>no image (not a picture object)</source>
      <translation>aucune image (objet sans image)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="299" />
      <source>This series holds no stack of images that can be shown in 3-D ({count} image(s) can be shown as pictures; {reasons}). Choose another series or view the images one by one.</source>
      <translation>Cette série ne contient aucune pile d’images affichable en 3D ({count} image(s) peuvent être affichées comme images isolées ; {reasons}). Choisissez une autre série ou consultez les images une par une.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="309" />
      <source>This series holds no stack of images that can be shown in 3-D ({count} image(s) can be shown as pictures). Choose another series or view the images one by one.</source>
      <translation>Cette série ne contient aucune pile d’images affichable en 3D ({count} image(s) peuvent être affichées comme images isolées). Choisissez une autre série ou consultez les images une par une.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="318" />
      <source>This series holds no stack of images that can be shown in 3-D ({reasons}). Choose another series or view the images one by one.</source>
      <translation>Cette série ne contient aucune pile d’images affichable en 3D ({reasons}). Choisissez une autre série ou consultez les images une par une.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="325" />
      <source>This series holds no stack of images that can be shown in 3-D. Choose another series or view the images one by one.</source>
      <translation>Cette série ne contient aucune pile d’images affichable en 3D. Choisissez une autre série ou consultez les images une par une.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="332" />
      <source>This series has {count} loadable part(s); part {index} does not exist. Choose a part from 0 to {last}.</source>
      <translation>Cette série comporte {count} partie(s) chargeable(s) ; la partie {index} n’existe pas. Choisissez une partie de 0 à {last}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="516" />
      <source>not readable DICOM ({error_type})</source>
      <translation>DICOM illisible ({error_type})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="804" />
      <source>The images carry no pixel spacing; 1 mm pixels were assumed, so lengths and areas measured in this volume are NOT reliable.</source>
      <translation>Les images n’indiquent pas l’espacement des pixels ; des pixels de 1 mm ont été supposés, donc les longueurs et surfaces mesurées dans ce volume ne sont PAS fiables.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="828" />
      <source>WARNING: the images have no position or orientation in the patient (Image Position/Orientation Patient missing). They were stacked in Instance Number order with {step:g} mm between slices assumed. Slice order, distances and 3-D positions may be wrong: do not measure or plan on this volume.</source>
      <translation>ATTENTION : les images n’ont ni position ni orientation dans le patient (Image Position/Orientation Patient absents). Elles ont été empilées dans l’ordre des numéros d’instance en supposant {step:g} mm entre les coupes. L’ordre des coupes, les distances et les positions 3D peuvent être faux : ne mesurez pas et ne planifiez pas sur ce volume.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="871" />
      <source>{count} image(s) repeat a slice position already in the series and were left out (duplicate positions; the first image at each position, by Instance Number, was kept).</source>
      <translation>{count} image(s) répètent une position de coupe déjà présente dans la série et ont été écartées (positions en double ; la première image de chaque position, par numéro d’instance, a été conservée).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="899" />
      <source>About {missing} slice(s) are missing (gaps at {places} from the first slice). The gaps were filled by linear interpolation between the neighbouring slices onto a uniform {step:g} mm grid: do not measure inside them, and re-send the complete series from the PACS if you need them.</source>
      <translation>Environ {missing} coupe(s) manquent (lacunes à {places} de la première coupe). Les lacunes ont été comblées par interpolation linéaire entre les coupes voisines sur une grille régulière de {step:g} mm : ne mesurez pas à l’intérieur et renvoyez la série complète depuis le PACS si vous en avez besoin.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="911" />
      <source>The slice spacing is not uniform (steps from {smallest:.4g} to {largest:.4g} mm). The volume was resampled to a uniform {step:g} mm spacing by linear interpolation along the slice axis; positions between the original slices are interpolated.</source>
      <translation>L’espacement des coupes n’est pas régulier (pas de {smallest:.4g} à {largest:.4g} mm). Le volume a été rééchantillonné à un espacement régulier de {step:g} mm par interpolation linéaire le long de l’axe des coupes ; les positions entre les coupes d’origine sont interpolées.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="939" />
      <source>Gantry tilt of {tilt:.1f}° detected (the slices are stacked obliquely to their plane). Each slice was shifted in its plane onto a non-tilted grid, as dcm2niix does, so that 3-D positions and distances are correct; edges of the field of view are padded.</source>
      <translation>Inclinaison du statif de {tilt:.1f}° détectée (les coupes sont empilées en oblique par rapport à leur plan). Chaque coupe a été décalée dans son plan sur une grille non inclinée, comme le fait dcm2niix, afin que les positions et distances 3D soient correctes ; les bords du champ de vue sont complétés.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="949" />
      <source>The slice positions shift sideways irregularly along the stack (up to {pixels:.1f} pixels). Each slice was shifted in its plane onto a regular grid; check the alignment before measuring.</source>
      <translation>Les positions des coupes se décalent latéralement de façon irrégulière le long de la pile (jusqu’à {pixels:.1f} pixels). Chaque coupe a été décalée dans son plan sur une grille régulière ; vérifiez l’alignement avant de mesurer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="989" />
      <source>This series holds {count} acquisitions at the same slice positions; each loads as a separate part.</source>
      <translation>Cette série contient {count} acquisitions aux mêmes positions de coupe ; chacune se charge comme une partie distincte.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="995" />
      <source>This series holds {count} echoes at the same slice positions; each loads as a separate part.</source>
      <translation>Cette série contient {count} échos aux mêmes positions de coupe ; chacun se charge comme une partie distincte.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="1000" />
      <source>This series holds {count} time points at the same slice positions; each loads as a separate part.</source>
      <translation>Cette série contient {count} temps aux mêmes positions de coupe ; chacun se charge comme une partie distincte.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="1173" />
      <source>{count} file(s) of this series could not be read and were left out ({reasons}).</source>
      <translation>{count} fichier(s) de cette série n’ont pas pu être lus et ont été laissés de côté ({reasons}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="1181" />
      <source>The files given belong to several series; this part holds only the images of one of them.</source>
      <translation>Les fichiers fournis appartiennent à plusieurs séries ; cette partie ne contient que les images de l’une d’elles.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/series_examine.py" line="1188" />
      <source>This series mixes {count} image geometries (orientation, matrix size or pixel spacing); each loads as a separate part.</source>
      <translation>Cette série mélange {count} géométries d’image (orientation, taille de matrice ou espacement des pixels) ; chacune se charge comme une partie distincte.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="336" />
      <source>The image file {name} could not be read ({error_type}); it may be damaged. Re-send the series from the PACS.</source>
      <translation>Le fichier d’image {name} n’a pas pu être lu ({error_type}) ; il est peut-être endommagé. Renvoyez la série depuis le PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="373" />
      <source>The file {name} holds no image (for example a report), so there is nothing to show.</source>
      <translation>Le fichier {name} ne contient aucune image (par exemple un compte rendu) ; il n’y a donc rien à afficher.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="387" />
      <source>The pixels of {name} could not be decoded (transfer syntax {syntax}: {error_type}). Reinstall casereview (it brings the image decoders) or ask the sender for an uncompressed export.</source>
      <translation>Les pixels de {name} n’ont pas pu être décodés (syntaxe de transfert {syntax} : {error_type}). Réinstallez casereview (il fournit les décodeurs d’images) ou demandez un export non compressé à l’expéditeur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="404" />
      <source>The colour palette of {name} is damaged; the image cannot be shown.</source>
      <translation>La palette de couleurs de {name} est endommagée ; l’image ne peut pas être affichée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="555" />
      <source>This series holds no image that can be shown.</source>
      <translation>Cette série ne contient aucune image affichable.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/single_image.py" line="559" />
      <source>{count} image(s) of this series could not be shown and were left out ({reason}).</source>
      <translation>{count} image(s) de cette série n’ont pas pu être affichées et ont été écartées ({reason}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="48" />
      <source>not found; check that the disc, USB stick or network folder is still connected</source>
      <translation>introuvable ; vérifiez que le disque, la clé USB ou le dossier réseau est toujours connecté</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="51" />
      <source>not a regular file (a device, pipe or socket); skipped</source>
      <translation>pas un fichier ordinaire (périphérique, tube ou socket) ; ignoré</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="52" />
      <source>link to a place outside the chosen folder; not followed</source>
      <translation>lien vers un emplacement hors du dossier choisi ; non suivi</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="53" />
      <source>link to a file or folder that does not exist; skipped</source>
      <translation>lien vers un fichier ou dossier inexistant ; ignoré</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="54" />
      <source>damaged disc index (DICOMDIR); the files in its folder are still imported one by one</source>
      <translation>index de disque (DICOMDIR) endommagé ; les fichiers de son dossier sont tout de même importés un par un</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="57" />
      <source>listed in the disc index (DICOMDIR) but missing from the disc or folder; ask the sender for a complete copy</source>
      <translation>répertorié dans l’index du disque (DICOMDIR) mais absent du disque ou du dossier ; demandez une copie complète à l’expéditeur</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="61" />
      <source>the disc index (DICOMDIR) refers to a file outside its own folder; not followed</source>
      <translation>l’index du disque (DICOMDIR) renvoie à un fichier hors de son propre dossier ; non suivi</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="81" />
      <source>cannot be read ({error}); check that it is not open or protected</source>
      <translation>illisible ({error}) ; vérifiez qu’il n’est pas ouvert ou protégé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="88" />
      <source>folder cannot be read ({error}); check that it is not open or protected</source>
      <translation>dossier illisible ({error}) ; vérifiez qu’il n’est pas ouvert ou protégé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/sources.py" line="95" />
      <source>{kind} archive; casereview opens zip archives only. Unpack it first or ask the sender for a zip archive</source>
      <translation>archive {kind} ; casereview n’ouvre que les archives zip. Décompressez-la d’abord ou demandez une archive zip à l’expéditeur</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/thumbnail.py" line="92" />
      <source>The file {name} is not a readable DICOM file ({error_type}); no preview can be made. Re-export it from the PACS or scanner.</source>
      <translation>Le fichier {name} n’est pas un fichier DICOM lisible ({error_type}) ; aucun aperçu n’est possible. Exportez-le à nouveau depuis le PACS ou la modalité.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/thumbnail.py" line="103" />
      <source>The file {name} holds no image (for example a report or a segmentation without pixels), so there is no preview.</source>
      <translation>Le fichier {name} ne contient aucune image (par exemple un compte rendu ou une segmentation sans pixels) ; il n’y a donc pas d’aperçu.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/thumbnail.py" line="125" />
      <source>The pixels of {name} could not be decoded (transfer syntax {syntax}: {error_type}). Install the matching pydicom codec or re-export the series uncompressed.</source>
      <translation>Les pixels de {name} n’ont pas pu être décodés (syntaxe de transfert {syntax} : {error_type}). Installez le codec pydicom correspondant ou exportez à nouveau la série sans compression.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/thumbnail.py" line="223" />
      <source>The colour palette of {name} is damaged; no preview can be made.</source>
      <translation>La palette de couleurs de {name} est endommagée ; aucun aperçu n’est possible.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="41" />
      <source>Loading images</source>
      <translation>Chargement des images</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="160" />
      <source>The image file {name} stopped the image decoder (a native library crashed on it); it may be damaged. Re-send the series from the PACS.</source>
      <translation>Le fichier d’image {name} a arrêté le décodeur d’images (une bibliothèque native a planté) ; il est peut-être endommagé. Renvoyez la série depuis le PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="168" />
      <source>The image file {name} holds no pixel data.</source>
      <translation>Le fichier d’image {name} ne contient aucune donnée de pixels.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="176" />
      <source>The image file {name} has changed since it was imported. Re-import the series or re-send it from the PACS.</source>
      <translation>Le fichier d’image {name} a été modifié depuis son import. Réimportez la série ou renvoyez-la depuis le PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="186" />
      <source>The images of this series are compressed as {name}, and no installed decoder could read them. Reinstall casereview (it brings the pylibjpeg and GDCM decoders) or ask the sender for an uncompressed export.</source>
      <translation>Les images de cette série sont compressées en {name} et aucun décodeur installé n’a pu les lire. Réinstallez casereview (il fournit les décodeurs pylibjpeg et GDCM) ou demandez un export non compressé à l’expéditeur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="197" />
      <source>The image file {name} could not be decoded ({error_type}); it may be damaged. Re-send the series from the PACS.</source>
      <translation>Le fichier d’image {name} n’a pas pu être décodé ({error_type}) ; il est peut-être endommagé. Renvoyez la série depuis le PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="450" />
      <source>The image file {name} could not be read ({error}). Check that the storage is connected, or re-import the series.</source>
      <translation>Le fichier image {name} est illisible ({error}). Vérifiez que le stockage est connecté ou importez à nouveau la série.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="597" />
      <source>The image file {name} does not hold a single grey image of {columns} x {rows} pixels as its header says. Re-import the series or re-send it from the PACS.</source>
      <translation>Le fichier image {name} ne contient pas une seule image en niveaux de gris de {columns} x {rows} pixels comme l’indique son en-tête. Importez à nouveau la série ou renvoyez-la depuis le PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/volume.py" line="740" />
      <source>{count} image file(s) of this series could not be decoded and were left out; their slices show as background or are interpolated from their neighbours ({reasons})</source>
      <translation>{count} fichier(s) d’image de cette série n’ont pas pu être décodés et ont été laissés de côté ; leurs coupes apparaissent en fond ou sont interpolées à partir des coupes voisines ({reasons})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="110" />
      <source>damaged or incomplete zip archive (for example an interrupted download or copy); ask the sender for a new copy</source>
      <translation>archive zip endommagée ou incomplète (par exemple un téléchargement ou une copie interrompus) ; demandez une nouvelle copie à l’expéditeur</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="114" />
      <source>empty zip archive; nothing to import</source>
      <translation>archive zip vide ; rien à importer</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="115" />
      <source>damaged archive entry (its contents do not match the archive's checksum); ask the sender for a new copy</source>
      <translation>entrée d’archive endommagée (son contenu ne correspond pas à la somme de contrôle de l’archive) ; demandez une nouvelle copie à l’expéditeur</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="119" />
      <source>password-protected archive entry; ask the sender for an unprotected copy</source>
      <translation>entrée d’archive protégée par mot de passe ; demandez une copie non protégée à l’expéditeur</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="120" />
      <source>archive entry compressed with a method casereview does not open; ask the sender for a zip archive with standard compression</source>
      <translation>entrée d’archive compressée avec une méthode que casereview n’ouvre pas ; demandez à l’expéditeur une archive zip en compression standard</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="124" />
      <source>archive entry is a link to another location; skipped for safety</source>
      <translation>l’entrée d’archive est un lien vers un autre emplacement ; ignorée par sécurité</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="125" />
      <source>archive entry is a device, pipe or socket, not a file; skipped for safety</source>
      <translation>l’entrée d’archive est un périphérique, un tube ou un socket, pas un fichier ; ignorée par sécurité</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="126" />
      <source>archive entry with an absolute path; skipped for safety</source>
      <translation>entrée d’archive avec un chemin absolu ; ignorée par sécurité</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="127" />
      <source>archive entry with a drive letter; skipped for safety</source>
      <translation>entrée d’archive avec une lettre de lecteur ; ignorée par sécurité</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="128" />
      <source>archive entry pointing outside the archive folder (“..”); skipped for safety</source>
      <translation>entrée d’archive pointant hors du dossier de l’archive (« .. ») ; ignorée par sécurité</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="129" />
      <source>archive entry with a file name that is too long; skipped</source>
      <translation>entrée d’archive dont le nom de fichier est trop long ; ignorée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="130" />
      <source>archive entry resolves outside the import folder; skipped for safety</source>
      <translation>l’entrée d’archive aboutit hors du dossier d’import ; ignorée par sécurité</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="131" />
      <source>archive entry uses a name already used by another entry for a file or folder; skipped</source>
      <translation>l’entrée d’archive utilise un nom déjà pris par une autre entrée pour un fichier ou un dossier ; ignorée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="134" />
      <source>archive holds several entries with this name (ignoring letter case and accents); the whole archive was refused because programs could disagree on which file is meant. Ask the sender for a new archive</source>
      <translation>l’archive contient plusieurs entrées portant ce nom (sans tenir compte de la casse ni des accents) ; toute l’archive a été refusée car les programmes pourraient ne pas s’accorder sur le fichier visé. Demandez une nouvelle archive à l’expéditeur</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="139" />
      <source>archive entries overlap each other (a damaged or deliberately crafted archive); it was refused and nothing from it was imported</source>
      <translation>des entrées de l’archive se chevauchent (archive endommagée ou délibérément forgée) ; elle a été refusée et rien n’en a été importé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="143" />
      <source>archive would unpack to far more data than it holds (a possible zip bomb); it was refused and nothing from it was imported</source>
      <translation>l’archive se décompresserait en bien plus de données qu’elle n’en contient (possible bombe zip) ; elle a été refusée et rien n’en a été importé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="150" />
      <source>archive nested inside other archives more than {depth} levels deep; not opened</source>
      <translation>archive imbriquée dans d’autres archives sur plus de {depth} niveaux ; non ouverte</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="157" />
      <source>archive holds more than {count:,} files; it was refused. Ask the sender to split it into smaller archives</source>
      <translation>l’archive contient plus de {count:,} fichiers ; elle a été refusée. Demandez à l’expéditeur de la diviser en archives plus petites</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="165" />
      <source>archive unpacks to more than {size:g} GiB; it was refused. Ask the sender to split it into smaller archives</source>
      <translation>l’archive se décompresse en plus de {size:g} Gio ; elle a été refusée. Demandez à l’expéditeur de la diviser en archives plus petites</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="173" />
      <source>archive entry larger than {size:g} GiB, far more than any image file; the archive was refused and nothing from it was imported</source>
      <translation>entrée d’archive de plus de {size:g} Gio, bien plus que tout fichier image ; l’archive a été refusée et rien n’en a été importé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/dicom/zip_staging.py" line="181" />
      <source>could not be unpacked into the imports folder ({error}); free disk space or check the data folder's permissions, then import again</source>
      <translation>n’a pas pu être décompressé dans le dossier d’import ({error}) ; libérez de l’espace disque ou vérifiez les droits du dossier de données, puis importez à nouveau</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="151" />
      <source>An annotation point needs three finite coordinates (mm).</source>
      <translation>Un point d’annotation doit avoir trois coordonnées finies (mm).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="168" />
      <source>An outline needs at least three points.</source>
      <translation>Un contour doit avoir au moins trois points.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="171" />
      <source>This kind of annotation ({kind}) needs {expected} point(s).</source>
      <translation>Ce type d’annotation ({kind}) nécessite {expected} point(s).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="204" />
      <source>A text note needs some text.</source>
      <translation>Une note doit contenir du texte.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="332" />
      <source>A key image needs the plane or the 3-D camera of the view.</source>
      <translation>Une image clé nécessite le plan ou la caméra 3D de la vue.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/annotations.py" line="335" />
      <source>The window width of a key image must be positive.</source>
      <translation>La largeur de fenêtre d’une image clé doit être positive.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/cases.py" line="40" />
      <source>A tag may have at most {limit} characters.</source>
      <translation>Une étiquette peut comporter au plus {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/cases.py" line="77" />
      <source>A case needs a title.</source>
      <translation>Un dossier doit avoir un titre.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/cases.py" line="80" />
      <source>A case title may have at most {limit} characters.</source>
      <translation>Le titre d’un dossier peut comporter au plus {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="325" />
      <source>no category suggested</source>
      <translation>aucune catégorie suggérée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="327" />
      <source>at least {category}</source>
      <translation>au moins {category}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="454" />
      <source>A citation needs the SHA-256 of what it cites.</source>
      <translation>Une citation doit comporter le SHA-256 de ce qu’elle cite.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="457" />
      <source>A citation needs the UID of what it cites.</source>
      <translation>Une citation doit comporter l’UID de ce qu’elle cite.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="466" />
      <source>A cited assessment needs its version number and what it said.</source>
      <translation>Une évaluation citée doit comporter son numéro de version et son contenu.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="476" />
      <source>A cited liver plan needs its version number and what it said.</source>
      <translation>Un plan hépatique cité doit indiquer son numéro de version et son contenu.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="479" />
      <source>A cited image needs what it showed.</source>
      <translation>Une image citée doit comporter ce qu’elle montrait.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="489" />
      <source>Resectability assessment version {number} (SHA-256 {hash})</source>
      <translation>Évaluation de résécabilité, version {number} (SHA-256 {hash})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="497" />
      <source>Liver resection plan of {origin}, version {number} (SHA-256 {hash})</source>
      <translation>Plan de résection hépatique de {origin}, version {number} (SHA-256 {hash})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="503" />
      <source>Liver resection plan version {number} (SHA-256 {hash})</source>
      <translation>Plan de résection hépatique, version {number} (SHA-256 {hash})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="510" />
      <source>Key image “{caption}” (SHA-256 {hash})</source>
      <translation>Image clé « {caption} » (SHA-256 {hash})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="515" />
      <source>Annotation “{label}” (SHA-256 {hash})</source>
      <translation>Annotation « {label} » (SHA-256 {hash})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="549" />
      <source>This decision's evidence was written by a newer casereview; update to read it.</source>
      <translation>Les éléments probants de cette décision ont été écrits par une version plus récente de casereview ; mettez à jour pour les lire.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="566" />
      <source>The evidence stored with a decision is damaged and cannot be read ({problem}).</source>
      <translation>Les éléments probants enregistrés avec une décision sont endommagés et illisibles ({problem}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="659" />
      <source>Assessment version changed from v{before} to v{after}</source>
      <translation>Version de l’évaluation passée de v{before} à v{after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="668" />
      <source>The assessment (v{number}) is no longer cited</source>
      <translation>L’évaluation (v{number}) n’est plus citée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="672" />
      <source>The assessment is now cited (v{number}: {category})</source>
      <translation>L’évaluation est désormais citée (v{number} : {category})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="692" />
      <source>The liver plan (v{number}) is no longer cited</source>
      <translation>Le plan hépatique (v{number}) n'est plus cité</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="696" />
      <source>The liver plan is now cited (v{number}: {summary})</source>
      <translation>Le plan hépatique est désormais cité (v{number} : {summary})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="716" />
      <source>Key image added: {caption}</source>
      <translation>Image clé ajoutée : {caption}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="718" />
      <source>Annotation added: {label}</source>
      <translation>Annotation ajoutée : {label}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="722" />
      <source>Key image changed: {caption}</source>
      <translation>Image clé modifiée : {caption}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="724" />
      <source>Annotation changed: {label}</source>
      <translation>Annotation modifiée : {label}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="732" />
      <source>Key image removed: {caption}</source>
      <translation>Image clé retirée : {caption}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="734" />
      <source>Annotation removed: {label}</source>
      <translation>Annotation retirée : {label}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="744" />
      <source>Criteria set changed from {before} to {after}</source>
      <translation>Ensemble de critères passé de {before} à {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="758" />
      <location filename="../../src/casereview/domain/resectability_record.py" line="198" />
      <source>{vessel}: {finding} added</source>
      <translation>{vessel} : {finding} ajouté(e)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="767" />
      <location filename="../../src/casereview/domain/resectability_record.py" line="199" />
      <source>{vessel}: {finding} removed</source>
      <translation>{vessel} : {finding} retiré(e)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="776" />
      <location filename="../../src/casereview/domain/resectability_record.py" line="203" />
      <source>{variant} recorded</source>
      <translation>Variante enregistrée : {variant}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="778" />
      <location filename="../../src/casereview/domain/resectability_record.py" line="204" />
      <source>{variant} removed</source>
      <translation>Variante retirée : {variant}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="781" />
      <source>Suggested category: {before} → {after}</source>
      <translation>Catégorie suggérée : {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="794" />
      <source>{vessel}: no longer measured (was {angle:.1f}°)</source>
      <translation>{vessel} : n’est plus mesuré(e) (auparavant {angle:.1f}°)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="803" />
      <source>{vessel}: contact {angle:.1f}° (not measured in the earlier version)</source>
      <translation>{vessel} : contact de {angle:.1f}° (non mesuré dans la version précédente)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="822" />
      <source>{vessel}: measured {before:.1f}° → {after:.1f}° (the override by {author} stands at {angle:.1f}°)</source>
      <translation>{vessel} : mesure {before:.1f}° → {after:.1f}° (la correction de {author} reste à {angle:.1f}°)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="835" />
      <source>{vessel}: {before:.1f}° → {after:.1f}° (override by {author})</source>
      <translation>{vessel} : {before:.1f}° → {after:.1f}° (correction par {author})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="845" />
      <source>{vessel}: {before:.1f}° → {after:.1f}° (back to the measured angle)</source>
      <translation>{vessel} : {before:.1f}° → {after:.1f}° (retour à l’angle mesuré)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decision_evidence.py" line="853" />
      <source>{vessel}: {before:.1f}° → {after:.1f}° (measured again)</source>
      <translation>{vessel} : {before:.1f}° → {after:.1f}° (nouvelle mesure)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="71" />
      <source>Signed decision</source>
      <translation>Décision signée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="127" />
      <source>Give the rationale of the recommendation.</source>
      <translation>Indiquez la justification de la recommandation.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="129" />
      <source>Name the procedure of the recommended resection.</source>
      <translation>Indiquez l’intervention de la résection recommandée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="131" />
      <source>Describe the recommendation chosen as “Other”.</source>
      <translation>Décrivez la recommandation choisie comme « Autre ».</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="135" />
      <source>A procedure is recorded only with an upfront resection.</source>
      <translation>Une intervention n’est enregistrée qu’avec une résection d’emblée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="138" />
      <source>The “Other” wording is recorded only with “Other”.</source>
      <translation>Le libellé « Autre » n’est enregistré qu’avec « Autre ».</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="142" />
      <source>Keep the procedure under {limit} characters.</source>
      <translation>L’intervention doit faire moins de {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="146" />
      <source>Keep the “Other” wording under {limit} characters.</source>
      <translation>Le libellé « Autre » doit faire moins de {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="150" />
      <source>Keep the guideline reference under {limit} characters.</source>
      <translation>La référence de recommandation doit faire moins de {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="156" />
      <source>Keep the trial reference under {limit} characters.</source>
      <translation>La référence d’essai doit faire moins de {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="231" />
      <source>Describe the action.</source>
      <translation>Décrivez l’action.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="233" />
      <source>Name who owns the action.</source>
      <translation>Indiquez le responsable de l’action.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/decisions.py" line="235" />
      <source>An owner's name may have at most 128 characters.</source>
      <translation>Le nom du responsable peut comporter au plus 128 caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/index.py" line="165" />
      <source>The start date must be a calendar date written YYYYMMDD or YYYY-MM-DD.</source>
      <translation>La date de début doit être une date valide écrite AAAAMMJJ ou AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/index.py" line="173" />
      <source>The end date must be a calendar date written YYYYMMDD or YYYY-MM-DD.</source>
      <translation>La date de fin doit être une date valide écrite AAAAMMJJ ou AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/index.py" line="179" />
      <location filename="../../src/casereview/net/query.py" line="117" />
      <source>The date range ends before it starts; swap the two dates.</source>
      <translation>La période se termine avant de commencer ; inversez les deux dates.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="70" />
      <source>A surface of a 3-D key image needs its segment or its CT value.</source>
      <translation>Une surface d’image clé 3D nécessite son segment ou sa densité (UH).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="74" />
      <location filename="../../src/casereview/domain/rendering.py" line="529" />
      <source>A segment colour must be three values between 0 and 1.</source>
      <translation>La couleur d’un segment doit être trois valeurs entre 0 et 1.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="77" />
      <location filename="../../src/casereview/domain/rendering.py" line="531" />
      <source>A segment's opacity must lie between 0 and 1.</source>
      <translation>L’opacité d’un segment doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="133" />
      <source>A clipping plane needs a direction.</source>
      <translation>Un plan de coupe nécessite une orientation.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="135" />
      <source>A clipping plane is axial, coronal or sagittal.</source>
      <translation>Un plan de coupe est axial, coronal ou sagittal.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="164" />
      <location filename="../../src/casereview/domain/rendering.py" line="394" />
      <source>A camera needs three finite coordinates per point.</source>
      <translation>Une caméra nécessite trois coordonnées finies par point.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="208" />
      <source>A crop box is six fractions of the volume between 0 and 1.</source>
      <translation>Une boîte de recadrage se compose de six fractions du volume comprises entre 0 et 1.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/key_image_scene.py" line="271" />
      <source>The scene of a 3-D key image could not be read; flag the view again.</source>
      <translation>La scène d’une image clé 3D est illisible ; marquez à nouveau la vue.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="59" />
      <source>resection surface</source>
      <translation>surface de résection</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="63" />
      <source>{resection} (segments {segments})</source>
      <translation>{resection} (segments {segments})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="66" />
      <source>segments {segments} removed</source>
      <translation>segments {segments} retirés</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="75" />
      <source>not computed (height and weight unknown)</source>
      <translation>non calculé (taille et poids inconnus)</translation>
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
      <translation>aucune (tumeur laissée dans le foie restant, ou absence de tumeur)</translation>
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
      <translation>{resection} : {verdicts}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="199" />
      <source>{resection}: FLR {flr:.1f} %; {verdicts}</source>
      <translation>{resection} : FLR {flr:.1f} % ; {verdicts}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="258" />
      <source>not judged</source>
      <translation>non évalué</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="259" />
      <source>enough</source>
      <translation>suffisant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="259" />
      <source>not enough</source>
      <translation>insuffisant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="286" />
      <source>now the plan of {origin}</source>
      <translation>désormais le plan de {origin}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="288" />
      <source>now our own plan (was the plan of {origin})</source>
      <translation>désormais notre propre plan (était le plan de {origin})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="292" />
      <source>resection {before} → {after}</source>
      <translation>résection {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="296" />
      <source>liver condition {before} → {after}</source>
      <translation>état du foie {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="309" />
      <source>{measure} {before} → {after}</source>
      <translation>{measure} {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="318" />
      <source>margin {before} → {after}</source>
      <translation>marge {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="330" />
      <source>{measure} verdict {before} → {after}</source>
      <translation>{measure} : verdict {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="339" />
      <source>Liver plan version changed from v{before} to v{after}</source>
      <translation>Version du plan hépatique passée de v{before} à v{after}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_evidence.py" line="346" />
      <source>Liver plan v{before} → v{after}: {change}</source>
      <translation>Plan hépatique v{before} → v{after} : {change}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="63" />
      <source>right hepatectomy</source>
      <translation>hépatectomie droite</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="64" />
      <source>left hepatectomy</source>
      <translation>hépatectomie gauche</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="65" />
      <source>right trisectionectomy (extended right hepatectomy)</source>
      <translation>trisectoriectomie droite (hépatectomie droite élargie)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="66" />
      <source>left trisectionectomy (extended left hepatectomy)</source>
      <translation>trisectoriectomie gauche (hépatectomie gauche élargie)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="67" />
      <source>right anterior sectionectomy</source>
      <translation>sectoriectomie antérieure droite</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="68" />
      <source>right posterior sectionectomy</source>
      <translation>sectoriectomie postérieure droite</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="69" />
      <source>left lateral sectionectomy</source>
      <translation>sectoriectomie latérale gauche</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="70" />
      <source>central hepatectomy</source>
      <translation>hépatectomie centrale</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="90" />
      <location filename="../../src/casereview/domain/liver_remnant.py" line="309" />
      <source>FLR</source>
      <translation>FRF</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="91" />
      <location filename="../../src/casereview/domain/liver_remnant.py" line="316" />
      <source>standardised FLR</source>
      <translation>FRF standardisé</translation>
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
      <translation>Indiquez la résection ({names}) ou la liste des segments de Couinaud retirés, p. ex. '5,6,7,8' (reçu : '{text}').</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="132" />
      <location filename="../../src/casereview/services/liver_plan.py" line="284" />
      <source>A resection of all eight segments leaves no liver; choose fewer segments.</source>
      <translation>La résection des huit segments ne laisse aucun foie ; choisissez moins de segments.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="215" />
      <source>A plan that removes segments must name them and have no surface.</source>
      <translation>Un plan qui retire des segments doit les nommer et ne comporter aucune surface.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="219" />
      <source>A plan by a resection surface must have the surface and no segments.</source>
      <translation>Un plan par surface de résection doit comporter la surface et aucun segment.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="222" />
      <source>The patient's size must be entered or from the images.</source>
      <translation>La taille du patient doit être saisie ou provenir des images.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="395" />
      <source>The saved liver plan is damaged at {where}: {problem}. Plan the resection again.</source>
      <translation>Le plan hépatique enregistré est endommagé à {where} : {problem}. Planifiez de nouveau la résection.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="405" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="81" />
      <source>expected a finite number</source>
      <translation>nombre fini attendu</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="415" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="84" />
      <source>expected an object</source>
      <translation>objet attendu</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="417" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="79" />
      <source>missing</source>
      <translation>manquant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="424" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="80" />
      <source>expected text</source>
      <translation>texte attendu</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="431" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="83" />
      <source>expected a list</source>
      <translation>liste attendue</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="439" />
      <source>A position of the liver plan is not three finite numbers ({where}).</source>
      <translation>Une position du plan hépatique n'est pas constituée de trois nombres finis ({where}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="448" />
      <source>expected three numbers</source>
      <translation>trois nombres étaient attendus</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="461" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="82" />
      <source>expected true or false</source>
      <translation>vrai ou faux attendu</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="476" />
      <location filename="../../src/casereview/domain/resectability_codec.py" line="309" />
      <source>expected one of: {values}</source>
      <translation>valeur attendue parmi : {values}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="560" />
      <source>This liver plan was saved by a newer casereview (format {format}); update casereview to open it.</source>
      <translation>Ce plan hépatique a été enregistré par une version plus récente de casereview (format {format}) ; mettez à jour casereview pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="567" />
      <source>This is not a saved liver plan this casereview can read (format {format}, expected {expected}).</source>
      <translation>Ceci n'est pas un plan hépatique enregistré lisible par cette version de casereview (format {format}, attendu {expected}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="687" />
      <source>expected a segment and its volume</source>
      <translation>un segment et son volume étaient attendus</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_plan_record.py" line="724" />
      <source>A liver plan's time must carry its time zone.</source>
      <translation>L'heure d'un plan hépatique doit comporter son fuseau horaire.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="76" />
      <source>normal liver</source>
      <translation>foie sain</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="77" />
      <source>liver after extensive chemotherapy</source>
      <translation>foie après chimiothérapie prolongée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="78" />
      <source>cirrhotic liver</source>
      <translation>foie cirrhotique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="86" />
      <source>The {what} must be a positive number, not {value}.</source>
      <translation>La valeur « {what} » doit être un nombre positif, et non {value}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="100" />
      <source>height</source>
      <translation>taille</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="101" />
      <source>weight</source>
      <translation>poids</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="104" />
      <source>A height of {height} cm is outside {low:.0f}–{high:.0f} cm; give it in centimetres.</source>
      <translation>Une taille de {height} cm est hors de l’intervalle {low:.0f}–{high:.0f} cm ; indiquez-la en centimètres.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="114" />
      <source>A weight of {weight} kg is outside {low:.0f}–{high:.0f} kg; give it in kilograms.</source>
      <translation>Un poids de {weight} kg est hors de l’intervalle {low:.0f}–{high:.0f} kg ; indiquez-le en kilogrammes.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="127" />
      <source>body surface area</source>
      <translation>surface corporelle</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="163" />
      <source>A liver volume must be zero or more millilitres, not {value}.</source>
      <translation>Un volume hépatique doit être de zéro millilitre ou plus, et non {value}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="174" />
      <source>The tumour or the resected part is larger than the whole liver.</source>
      <translation>La tumeur ou la partie réséquée est plus grande que le foie entier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="178" />
      <source>More tumour is left in the remnant than the tumour or remnant hold.</source>
      <translation>Le volume tumoral laissé dans le foie restant dépasse celui de la tumeur ou du foie restant.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="225" />
      <source>{name} {value:.2f} % ≥ {threshold:.1f} %: enough</source>
      <translation>{name} {value:.2f} % ≥ {threshold:.1f} % : suffisant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="226" />
      <source>{name} {value:.1f} % ≥ {threshold:.1f} %: enough</source>
      <translation>{name} {value:.1f} % ≥ {threshold:.1f} % : suffisant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="228" />
      <source>{name} {value:.2f} % below {threshold:.1f} %: not enough</source>
      <translation>{name} {value:.2f} % inférieur à {threshold:.1f} % : insuffisant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="229" />
      <source>{name} {value:.1f} % below {threshold:.1f} %: not enough</source>
      <translation>{name} {value:.1f} % inférieur à {threshold:.1f} % : insuffisant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="299" />
      <source>Give both the patient's height and weight, or neither.</source>
      <translation>Indiquez à la fois la taille et le poids du patient, ou aucun des deux.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/liver_remnant.py" line="303" />
      <source>The tumour fills the whole liver: no functional liver is left to plan on.</source>
      <translation>La tumeur occupe tout le foie : il ne reste aucun foie fonctionnel pour planifier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="87" />
      <source>A meeting needs a title.</source>
      <translation>Une réunion doit avoir un titre.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="90" />
      <source>A meeting title may have at most {limit} characters.</source>
      <translation>Le titre d’une réunion peut comporter au plus {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="96" />
      <source>The meeting time needs a time zone.</source>
      <translation>L’heure de la réunion doit comporter un fuseau horaire.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="98" />
      <source>A meeting lasts between 5 minutes and 24 hours.</source>
      <translation>Une réunion dure entre 5 minutes et 24 heures.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="127" />
      <source>A quorum needs at least one attendee.</source>
      <translation>Un quorum nécessite au moins un participant.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="153" />
      <source>An attendee needs a name.</source>
      <translation>Un participant doit avoir un nom.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="156" />
      <source>A name may have at most {limit} characters.</source>
      <translation>Un nom peut comporter au plus {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="262" />
      <source>That case is not on this meeting's agenda.</source>
      <translation>Ce dossier n’est pas à l’ordre du jour de cette réunion.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/meetings.py" line="275" />
      <source>The new agenda order must list every case of the meeting exactly once; reload the meeting and try again.</source>
      <translation>Le nouvel ordre du jour doit citer chaque dossier de la réunion exactement une fois ; rechargez la réunion et réessayez.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="41" />
      <source>Damaged package document</source>
      <translation>Document du paquet endommagé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="91" />
      <source>{document} is larger than {limit} KB: too large to be a genuine package document.</source>
      <translation>{document} dépasse {limit} Ko : trop volumineux pour être un document de paquet authentique.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="100" />
      <source>{document} is nested more than {limit} levels deep: not a genuine package document.</source>
      <translation>{document} est imbriqué sur plus de {limit} niveaux : ce n’est pas un document de paquet authentique.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="112" />
      <source>{document} is not UTF-8 text.</source>
      <translation>{document} n’est pas un texte UTF-8.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="118" />
      <source>{document} is not valid JSON (line {line}, column {column}).</source>
      <translation>{document} n’est pas un JSON valide (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="129" />
      <source>{document} is not valid JSON.</source>
      <translation>{document} n’est pas un JSON valide.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="223" />
      <source>{document}: {where} must be text of at most {limit} characters.</source>
      <translation>{document} : {where} doit être un texte d’au plus {limit} caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="233" />
      <source>{document}: {where} has a value casereview does not know.</source>
      <translation>{document} : {where} a une valeur que casereview ne connaît pas.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="247" />
      <source>{document}: {where} must be a whole number from {minimum} to {maximum}.</source>
      <translation>{document} : {where} doit être un nombre entier de {minimum} à {maximum}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="264" />
      <source>{document}: {where} must be a number.</source>
      <translation>{document} : {where} doit être un nombre.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="272" />
      <source>{document}: {where} must be true or false.</source>
      <translation>{document} : {where} doit valoir true ou false.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="282" />
      <source>{document}: {where} must be a list of {minimum} to {maximum} items.</source>
      <translation>{document} : {where} doit être une liste de {minimum} à {maximum} éléments.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="299" />
      <source>{document}: {where} is missing.</source>
      <translation>{document} : {where} est absent.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/package_documents.py" line="321" />
      <source>{document}: {where} must be an object.</source>
      <translation>{document} : {where} doit être un objet.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="45" />
      <source>Case package problem</source>
      <translation>Problème de paquet de dossier</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="51" />
      <source>Package rejected</source>
      <translation>Paquet rejeté</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="61" />
      <source>Package from an unknown sender</source>
      <translation>Paquet d’un expéditeur inconnu</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="152" />
      <source>The de-identification option '{key}' must be on or off.</source>
      <translation>L’option de désidentification « {key} » doit être activée ou désactivée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="242" />
      <source>A region to clean needs whole pixel numbers.</source>
      <translation>Une zone à nettoyer doit être donnée en nombres entiers de pixels.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="245" />
      <source>A region to clean starts outside the image (x={x}, y={y}); x and y count from 0 at the top left.</source>
      <translation>Une zone à nettoyer commence hors de l’image (x={x}, y={y}) ; x et y partent de 0 en haut à gauche.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="256" />
      <source>A region to clean must be at least one pixel wide and high.</source>
      <translation>Une zone à nettoyer doit faire au moins un pixel de large et de haut.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="273" />
      <source>A region to clean is written x,y,width,height in pixels, not '{text}'.</source>
      <translation>Une zone à nettoyer s’écrit x,y,largeur,hauteur en pixels, et non « {text} ».</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="419" />
      <source>The package's manifest.json was written in a format this casereview does not read; update casereview.</source>
      <translation>Le fichier manifest.json du paquet est écrit dans un format que cette version de casereview ne lit pas ; mettez casereview à jour.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="516" />
      <source>Verified: signed by {signer}; every file is intact.</source>
      <translation>Vérifié : signé par {signer} ; tous les fichiers sont intacts.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="521" />
      <source>Intact, but signed by a key that is not in your trusted keys (claims to come from an unknown sender; key {key}). Compare the key with the sender before importing.</source>
      <translation>Intact, mais signé par une clé absente de vos clés de confiance (se dit envoyé par un expéditeur inconnu ; clé {key}). Comparez la clé avec l’expéditeur avant d’importer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="527" />
      <source>Intact, but signed by a key that is not in your trusted keys (claims to come from {sender}; key {key}). Compare the key with the sender before importing.</source>
      <translation>Intact, mais signé par une clé absente de vos clés de confiance (se dit envoyé par {sender} ; clé {key}). Comparez la clé avec l’expéditeur avant d’importer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="534" />
      <source>Intact, but not signed: nothing proves who sent it. Import only if you know where it came from.</source>
      <translation>Intact, mais non signé : rien ne prouve qui l’a envoyé. N’importez que si vous savez d’où il vient.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/packages.py" line="538" />
      <source>Rejected: the package was altered, damaged or crafted; nothing was imported.</source>
      <translation>Rejeté : le paquet a été altéré, endommagé ou falsifié ; rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="51" />
      <source>A PACS node name has 1 to 64 letters, digits, spaces, dots, dashes or underscores and starts with a letter or digit (got '{name}').</source>
      <translation>Le nom d'un nœud PACS comporte 1 à 64 lettres, chiffres, espaces, points, tirets ou traits de soulignement et commence par une lettre ou un chiffre (reçu : '{name}').</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="71" />
      <source>{what} must be 1 to 16 characters without backslash (got '{title}', {length} characters). Ask the PACS administrator for the exact AE title.</source>
      <translation>{what} doit comporter 1 à 16 caractères sans barre oblique inverse (reçu : '{title}', {length} caractères). Demandez l'AE title exact à l'administrateur PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="92" />
      <source>{what} must be a number from 1 to 65535 (got {port}).</source>
      <translation>{what} doit être un nombre de 1 à 65535 (reçu : {port}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="126" />
      <source>The archive's AE title</source>
      <translation>L'AE title de l'archive</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="129" />
      <source>Our AE title</source>
      <translation>Notre AE title</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="134" />
      <source>The archive's host must be a host name or an IP address (got '{host}').</source>
      <translation>L'hôte de l'archive doit être un nom d'hôte ou une adresse IP (reçu : '{host}').</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="140" />
      <source>The archive's port</source>
      <translation>Le port de l'archive</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="141" />
      <source>Our port for C-MOVE</source>
      <translation>Notre port pour C-MOVE</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="143" />
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="234" />
      <source>A network timeout must be between 1 and 3600 seconds.</source>
      <translation>Le délai d'attente réseau doit être compris entre 1 et 3600 secondes.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="178" />
      <source>A DICOM node in the settings is incomplete ({exc}).</source>
      <translation>Un nœud DICOM des paramètres est incomplet ({exc}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="213" />
      <source>A DICOMweb address starts with https:// (or http:// inside the hospital network) and names a server, e.g. https://pacs.example.org/dicom-web (got '{url}').</source>
      <translation>Une adresse DICOMweb commence par https:// (ou http:// au sein du réseau hospitalier) et désigne un serveur, p. ex. https://pacs.example.org/dicom-web (reçu : '{url}').</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="222" />
      <source>Do not put a user name or password in the DICOMweb address; choose basic authentication and give them separately.</source>
      <translation>N'indiquez ni nom d'utilisateur ni mot de passe dans l'adresse DICOMweb ; choisissez l'authentification de base et saisissez-les séparément.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="231" />
      <source>Basic authentication needs a user name for the DICOMweb server.</source>
      <translation>L'authentification de base nécessite un nom d'utilisateur pour le serveur DICOMweb.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="265" />
      <source>A DICOMweb node in the settings is incomplete ({exc}).</source>
      <translation>Un nœud DICOMweb des paramètres est incomplet ({exc}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="308" />
      <source>The storage listener's '{name}' must be true or false.</source>
      <translation>Le paramètre '{name}' du récepteur DICOM (SCP de stockage) doit valoir true ou false.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="313" />
      <source>The storage listener's AE title</source>
      <translation>AE title du récepteur DICOM (SCP de stockage)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="315" />
      <source>The storage listener's port</source>
      <translation>Port du récepteur DICOM (SCP de stockage)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="319" />
      <source>The storage listener listens on 0.0.0.0 (every network interface) or on one IPv4 address of this machine such as 127.0.0.1 (got '{host}').</source>
      <translation>Le récepteur DICOM (SCP de stockage) écoute sur 0.0.0.0 (toutes les interfaces réseau) ou sur une adresse IPv4 de cette machine, par ex. 127.0.0.1 (reçu : '{host}').</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/pacs_nodes.py" line="356" />
      <source>The storage listener in the settings is not valid ({exc}).</source>
      <translation>Le récepteur DICOM (SCP de stockage) défini dans les paramètres n'est pas valide ({exc}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="120" />
      <source>Give the preset a name.</source>
      <translation>Donnez un nom au préréglage.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="121" />
      <source>The preset name is too long (at most {limit} characters).</source>
      <translation>Le nom du préréglage est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="130" />
      <source>A preset needs at least two opacity points and one colour.</source>
      <translation>Un préréglage nécessite au moins deux points d’opacité et une couleur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="136" />
      <source>The points of a preset must be in ascending value order.</source>
      <translation>Les points d’un préréglage doivent être par valeurs croissantes.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="140" />
      <source>Opacities must lie between 0 and 1.</source>
      <translation>Les opacités doivent être comprises entre 0 et 1.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="143" />
      <source>Colours must be three values between 0 and 1.</source>
      <translation>Les couleurs doivent être trois valeurs entre 0 et 1.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="146" />
      <source>Lighting coefficients must lie between 0 and 1.</source>
      <translation>Les coefficients d’éclairage doivent être compris entre 0 et 1.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="249" />
      <source>A stored rendering preset could not be read; save it again from the 3-D view.</source>
      <translation>Un préréglage de rendu enregistré est illisible ; enregistrez-le à nouveau depuis la vue 3D.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="400" />
      <source>A camera cannot stand on the point it looks at.</source>
      <translation>Une caméra ne peut pas se trouver sur le point qu’elle regarde.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="408" />
      <source>A camera's up direction cannot be its viewing direction.</source>
      <translation>La direction verticale d’une caméra ne peut pas être sa direction de visée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="412" />
      <source>A camera needs a view angle of 0–180° and a positive scale.</source>
      <translation>Une caméra nécessite un angle de vue de 0 à 180° et une échelle positive.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="446" />
      <source>A stored 3-D view could not be read; save it again.</source>
      <translation>Une vue 3D enregistrée est illisible ; enregistrez-la à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/rendering.py" line="525" />
      <source>A segment's label value must lie between 1 and 65535.</source>
      <translation>La valeur d’étiquette d’un segment doit être comprise entre 1 et 65535.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="77" />
      <source>superior mesenteric artery (SMA)</source>
      <translation>artère mésentérique supérieure (AMS)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="78" />
      <source>celiac axis</source>
      <translation>tronc cœliaque</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="79" />
      <source>common hepatic artery (CHA)</source>
      <translation>artère hépatique commune (AHC)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="80" />
      <source>superior mesenteric vein (SMV)</source>
      <translation>veine mésentérique supérieure (VMS)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="81" />
      <source>portal vein</source>
      <translation>veine porte</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="82" />
      <source>inferior vena cava (IVC)</source>
      <translation>veine cave inférieure (VCI)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="83" />
      <source>aorta</source>
      <translation>aorte</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="84" />
      <source>first jejunal branch</source>
      <translation>première branche jéjunale</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="115" />
      <source>A contact angle is between 0 and 360 degrees, not {angle}.</source>
      <translation>Un angle de contact est compris entre 0 et 360 degrés, pas {angle}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="124" />
      <source>Say who recorded this (the author is empty).</source>
      <translation>Indiquez qui l’a enregistré (l’auteur est vide).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="236" />
      <source>A contact measurement needs a measured angle or a person's reading.</source>
      <translation>Une mesure de contact nécessite un angle mesuré ou la lecture d’une personne.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="244" />
      <source>A contact length is zero or more millimetres, not {length}.</source>
      <translation>Une longueur de contact est de zéro millimètre ou plus, pas {length}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability.py" line="257" />
      <source>Only a first jejunal branch has a trunk (the SMA or the SMV).</source>
      <translation>Seule une première branche jéjunale a un tronc d’origine (l’AMS ou la VMS).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="85" />
      <source>expected a date and time with its time zone</source>
      <translation>date et heure avec fuseau horaire attendues</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="86" />
      <source>a message template uses fields other than plain names</source>
      <translation>un modèle de message utilise des champs autres que de simples noms</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="91" />
      <source>A saved resectability assessment is damaged and cannot be opened ({field}: {problem}). Record the assessment again, or ask your administrator to restore the database from a backup.</source>
      <translation>Une évaluation de résécabilité enregistrée est endommagée et ne peut pas être ouverte ({field} : {problem}). Refaites l’évaluation, ou demandez à votre administrateur de restaurer la base de données depuis une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="103" />
      <source>This resectability assessment cannot be saved ({field}: {problem}). Please report this to your administrator; nothing was saved.</source>
      <translation>Cette évaluation de résécabilité ne peut pas être enregistrée ({field} : {problem}). Veuillez le signaler à votre administrateur ; rien n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="148" />
      <source>a message parameter of type {kind} cannot be stored</source>
      <translation>un paramètre de message de type {kind} ne peut pas être enregistré</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="221" />
      <source>not a value a message can hold</source>
      <translation>valeur qu’un message ne peut pas contenir</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="240" />
      <source>the template and its parameters do not fit</source>
      <translation>le modèle et ses paramètres ne correspondent pas</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="368" />
      <source>This resectability assessment was saved by a newer casereview (format {format}); update casereview to open it.</source>
      <translation>Cette évaluation de résécabilité a été enregistrée par une version plus récente de casereview (format {format}) ; mettez casereview à jour pour l’ouvrir.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="375" />
      <source>This is not a saved resectability assessment this casereview can read (format {format}, expected {expected}).</source>
      <translation>Ce n’est pas une évaluation de résécabilité enregistrée que cette version de casereview peut lire (format {format}, attendu {expected}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_codec.py" line="411" />
      <source>expected a translatable message, found plain text</source>
      <translation>message traduisible attendu, texte brut trouvé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="88" />
      <source>No arterial tumour contact (celiac axis, SMA or CHA).</source>
      <translation>Aucun contact tumoral artériel (tronc cœliaque, AMS ou AHC).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="95" />
      <source>No tumour contact with the SMV or portal vein, or contact of 180° or less without vein contour irregularity (none recorded).</source>
      <translation>Aucun contact tumoral avec la VMS ou la veine porte, ou contact de 180° ou moins sans irrégularité de contour de la veine (aucune enregistrée).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="106" />
      <source>Head/uncinate: solid tumour contact with the CHA without extension to the celiac axis or hepatic artery bifurcation (none recorded), allowing safe and complete resection and reconstruction.</source>
      <translation>Tête/crochet : contact tumoral solide avec l’AHC sans extension au tronc cœliaque ni à la bifurcation de l’artère hépatique (aucune enregistrée), permettant une résection complète et sûre et une reconstruction.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="119" />
      <source>Head/uncinate: solid tumour contact with the SMA of 180° or less.</source>
      <translation>Tête/crochet : contact tumoral solide avec l’AMS de 180° ou moins.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="127" />
      <source>Head/uncinate: solid tumour contact with variant arterial anatomy (accessory or replaced right hepatic artery, replaced CHA, origin of a replaced or accessory artery).</source>
      <translation>Tête/crochet : contact tumoral solide avec une variante anatomique artérielle (artère hépatique droite accessoire ou remplacée, AHC remplacée, origine d’une artère remplacée ou accessoire).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="139" />
      <source>Body/tail: solid tumour contact with the celiac axis of 180° or less.</source>
      <translation>Corps/queue : contact tumoral solide avec le tronc cœliaque de 180° ou moins.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="147" />
      <source>Body/tail: solid tumour contact with the celiac axis of more than 180° without involvement of the aorta and with an intact, uninvolved gastroduodenal artery (modified Appleby procedure; some panel members prefer unresectable).</source>
      <translation>Corps/queue : contact tumoral solide avec le tronc cœliaque de plus de 180° sans atteinte de l’aorte et avec une artère gastroduodénale intacte et non envahie (intervention d’Appleby modifiée ; certains membres du panel préfèrent la classer non résécable).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="163" />
      <source>Solid tumour contact with the SMV or portal vein of more than 180°, with a suitable vessel above and below for resection and reconstruction.</source>
      <translation>Contact tumoral solide avec la VMS ou la veine porte de plus de 180°, avec un vaisseau adéquat en amont et en aval pour la résection et la reconstruction.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="173" />
      <source>Contact with the SMV or portal vein of 180° or less with contour irregularity of the vein, reconstructible.</source>
      <translation>Contact avec la VMS ou la veine porte de 180° ou moins avec irrégularité de contour de la veine, reconstructible.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="187" />
      <source>Thrombosis of the SMV or portal vein with a suitable vessel above and below for resection and reconstruction.</source>
      <translation>Thrombose de la VMS ou de la veine porte avec un vaisseau adéquat en amont et en aval pour la résection et la reconstruction.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="197" />
      <source>Solid tumour contact with the inferior vena cava.</source>
      <translation>Contact tumoral solide avec la veine cave inférieure.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="204" />
      <source>Arterial tumour contact that the table does not grade for this location: not resectable (resectable requires no arterial contact), so borderline is suggested; weigh it at the meeting.</source>
      <translation>Contact tumoral artériel que le tableau ne classe pas pour cette localisation : non résécable (la résécabilité exige l’absence de contact artériel), donc borderline résécable est suggéré ; à discuter en RCP.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="216" />
      <source>Solid tumour contact with the SMA of more than 180°.</source>
      <translation>Contact tumoral solide avec l’AMS de plus de 180°.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="223" />
      <source>Head/uncinate: solid tumour contact with the celiac axis of more than 180°.</source>
      <translation>Tête/crochet : contact tumoral solide avec le tronc cœliaque de plus de 180°.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="231" />
      <source>Body/tail: solid tumour contact with the celiac axis of more than 180° (unless the aorta is free and the gastroduodenal artery intact and uninvolved).</source>
      <translation>Corps/queue : contact tumoral solide avec le tronc cœliaque de plus de 180° (sauf si l’aorte est libre et l’artère gastroduodénale intacte et non envahie).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="246" />
      <source>Body/tail: solid tumour contact with the celiac axis and the aorta.</source>
      <translation>Corps/queue : contact tumoral solide avec le tronc cœliaque et l’aorte.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="254" />
      <source>Head/uncinate: contact with the CHA extending to the celiac axis or the hepatic artery bifurcation: outside the borderline criterion, so locally advanced is suggested; weigh it at the meeting.</source>
      <translation>Tête/crochet : contact avec l’AHC s’étendant au tronc cœliaque ou à la bifurcation de l’artère hépatique : hors du critère borderline, donc localement avancé est suggéré ; à discuter en RCP.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="266" />
      <source>Head/uncinate: solid tumour contact with the first jejunal branch of the SMA (or a first jejunal branch whose trunk was not recorded).</source>
      <translation>Tête/crochet : contact tumoral solide avec la première branche jéjunale de l’AMS (ou une première branche jéjunale dont le tronc n’a pas été enregistré).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="277" />
      <source>Contact with the most proximal jejunal branch draining into the SMV (or a first jejunal branch whose trunk was not recorded).</source>
      <translation>Contact avec la branche jéjunale la plus proximale se drainant dans la VMS (ou une première branche jéjunale dont le tronc n’a pas été enregistré).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="287" />
      <source>SMV or portal vein not reconstructible because of tumour involvement or occlusion (tumour or bland thrombus).</source>
      <translation>VMS ou veine porte non reconstructible en raison de l’envahissement tumoral ou d’une occlusion (thrombus tumoral ou cruorique).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="319" />
      <source>No arterial tumour contact (SMA, celiac axis or CHA).</source>
      <translation>Aucun contact tumoral artériel (AMS, tronc cœliaque ou AHC).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="326" />
      <source>Contact with the SMV–portal vein of 90° or less.</source>
      <translation>Contact avec l’axe VMS–veine porte de 90° ou moins.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="334" />
      <source>Arterial tumour contact (SMA, celiac axis or CHA) of 90° or less.</source>
      <translation>Contact tumoral artériel (AMS, tronc cœliaque ou AHC) de 90° ou moins.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="341" />
      <source>Contact with the SMV–portal vein of more than 90° up to 270°, without occlusion.</source>
      <translation>Contact avec l’axe VMS–veine porte de plus de 90° et jusqu’à 270°, sans occlusion.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="351" />
      <source>Arterial tumour contact (SMA, celiac axis or CHA) of more than 90°.</source>
      <translation>Contact tumoral artériel (AMS, tronc cœliaque ou AHC) de plus de 90°.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="358" />
      <source>Contact with the SMV–portal vein of more than 270°.</source>
      <translation>Contact avec l’axe VMS–veine porte de plus de 270°.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_criteria.py" line="365" />
      <source>Occlusion of the SMV–portal vein.</source>
      <translation>Occlusion de l’axe VMS–veine porte.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="80" />
      <source>{vessel} not assessed, needed for: {criterion}</source>
      <translation>{vessel} non évalué(e), nécessaire pour : {criterion}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="101" />
      <source>{vessel}: {finding} recorded by {author}</source>
      <translation>{vessel} : {finding} enregistré(e) par {author}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="124" />
      <source>reconstructibility of the SMV–portal vein not recorded; if it cannot be reconstructed the disease is locally advanced</source>
      <translation>possibilité de reconstruction de l’axe VMS–veine porte non enregistrée ; s’il n’est pas reconstructible, la maladie est localement avancée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="130" />
      <source>reconstructibility of the SMV–portal vein not recorded</source>
      <translation>possibilité de reconstruction de l’axe VMS–veine porte non enregistrée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="132" />
      <source>SMV–portal vein reconstructible: {value}, judged by {author}</source>
      <translation>Axe VMS–veine porte reconstructible : {value}, selon {author}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="152" />
      <source>{variant} touching the tumour, recorded by {author}</source>
      <translation>{variant} au contact de la tumeur, enregistrée par {author}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="168" />
      <source>involvement of the gastroduodenal artery not recorded, needed for: {criterion}</source>
      <translation>atteinte de l’artère gastroduodénale non enregistrée, nécessaire pour : {criterion}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="178" />
      <source>gastroduodenal artery recorded as involved</source>
      <translation>artère gastroduodénale enregistrée comme envahie</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="180" />
      <source>gastroduodenal artery recorded as intact and uninvolved</source>
      <translation>artère gastroduodénale enregistrée comme intacte et non envahie</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="313" />
      <source>{vessel} not assessed; contact with it could raise the category</source>
      <translation>{vessel} non évalué(e) ; un contact avec ce vaisseau pourrait aggraver la catégorie</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="321" />
      <source>tumour location not recorded, so the criteria for the head/uncinate process and for the body/tail were both applied</source>
      <translation>localisation tumorale non enregistrée : les critères de la tête/du crochet et ceux du corps/de la queue ont été appliqués</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="328" />
      <source>A tumour of the neck is graded with the criteria for the head/uncinate process and for the body/tail; the more advanced category is suggested.</source>
      <translation>Une tumeur de l’isthme est classée avec les critères de la tête/du crochet et ceux du corps/de la queue ; la catégorie la plus avancée est suggérée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="378" />
      <source>{vessel}: {finding} is not graded by {criteria}; weigh it at the meeting.</source>
      <translation>{vessel} : {finding} n’est pas classé(e) par {criteria} ; à discuter en RCP.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="392" />
      <source>{variant} touching the tumour is not graded by {criteria}; weigh it at the meeting.</source>
      <translation>{variant} au contact de la tumeur n’est pas classée par {criteria} ; à discuter en RCP.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_evaluation.py" line="405" />
      <source>{vessel}: contact {angle:.1f}° is not graded by {criteria} here; weigh it at the meeting.</source>
      <translation>{vessel} : le contact de {angle:.1f}° n’est pas classé par {criteria} ici ; à discuter en RCP.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="56" />
      <source>contour irregularity</source>
      <translation>irrégularité de contour</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="57" />
      <source>tear-drop deformity</source>
      <translation>déformation en goutte (tear drop)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="58" />
      <source>focal narrowing</source>
      <translation>rétrécissement focal</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="59" />
      <source>thrombus</source>
      <translation>thrombus</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="60" />
      <source>occlusion</source>
      <translation>occlusion</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="61" />
      <source>extension to the celiac axis</source>
      <translation>extension au tronc cœliaque</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="62" />
      <source>extension to the hepatic artery bifurcation</source>
      <translation>extension à la bifurcation de l’artère hépatique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="68" />
      <source>bland thrombus</source>
      <translation>thrombus cruorique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="69" />
      <source>tumour thrombus</source>
      <translation>thrombus tumoral</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="116" />
      <source>{finding} is recorded on a vein (SMV, portal vein or IVC).</source>
      <translation>{finding} s’enregistre sur une veine (VMS, veine porte ou VCI).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="123" />
      <source>{finding} is recorded on the common hepatic artery.</source>
      <translation>{finding} s’enregistre sur l’artère hépatique commune.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="130" />
      <source>Say whether a thrombus is bland or tumour thrombus (and only then).</source>
      <translation>Précisez si un thrombus est cruorique ou tumoral (et seulement pour un thrombus).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="152" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="153" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="154" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="183" />
      <source>replaced right hepatic artery</source>
      <translation>artère hépatique droite remplacée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="184" />
      <source>accessory right hepatic artery</source>
      <translation>artère hépatique droite accessoire</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="185" />
      <source>replaced common hepatic artery</source>
      <translation>artère hépatique commune remplacée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="186" />
      <source>other arterial variant</source>
      <translation>autre variante artérielle</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="225" />
      <source>Describe the arterial variant.</source>
      <translation>Décrivez la variante artérielle.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_findings.py" line="284" />
      <source>The {vessel} is measured twice; keep one measurement.</source>
      <translation>{vessel} : mesure en double ; conservez une seule mesure.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="188" />
      <source>Measured from the segments</source>
      <translation>Mesure d’après les segments</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="190" />
      <source>{vessel}: angle set to {angle:.1f}°</source>
      <translation>{vessel} : angle fixé à {angle:.1f}°</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="194" />
      <source>{vessel}: back to the measured angle</source>
      <translation>{vessel} : retour à l’angle mesuré</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="208" />
      <source>Vein reconstructibility cleared</source>
      <translation>Reconstructibilité veineuse effacée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="209" />
      <source>Vein reconstructible: {value}</source>
      <translation>Veine reconstructible : {value}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="214" />
      <source>Tumour location: {location}</source>
      <translation>Localisation tumorale : {location}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="217" />
      <source>Criteria set changed to {criteria}</source>
      <translation>Ensemble de critères remplacé par {criteria}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="230" />
      <source>The {vessel} was not measured in this assessment; segment it and measure again.</source>
      <translation>Vaisseau non mesuré dans cette évaluation : {vessel} ; segmentez-le et mesurez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="254" />
      <source>The {vessel} has no corrected angle to remove.</source>
      <translation>Aucun angle corrigé à supprimer pour ce vaisseau : {vessel}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="261" />
      <source>The {vessel} has only a person's reading; measure it before removing that.</source>
      <translation>Ce vaisseau ({vessel}) n’a qu’une lecture manuelle ; mesurez-le avant de supprimer cette lecture.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="286" />
      <source>{finding} is already recorded on the {vessel}.</source>
      <translation>Constatation déjà enregistrée pour ce vaisseau ({vessel}) : {finding}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="311" />
      <source>No {finding} is recorded on the {vessel}.</source>
      <translation>Constatation non enregistrée pour ce vaisseau ({vessel}) : {finding}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="331" />
      <source>{variant} is already recorded.</source>
      <translation>Variante déjà enregistrée : {variant}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_record.py" line="351" />
      <source>No {variant} is recorded.</source>
      <translation>Variante non enregistrée : {variant}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_rules.py" line="56" />
      <source>resectable</source>
      <translation>résécable</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_rules.py" line="57" />
      <source>borderline resectable</source>
      <translation>borderline résécable</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_rules.py" line="58" />
      <source>locally advanced</source>
      <translation>localement avancé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_rules.py" line="250" />
      <source>Each rule of a criteria set needs its own id.</source>
      <translation>Chaque règle d’un ensemble de critères doit avoir son propre identifiant.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="73" />
      <source>{vessel}: contact {angle:.1f}°</source>
      <translation>{vessel} : contact {angle:.1f}°</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="77" />
      <source>{vessel}: contact {angle:.1f}° read by {author}</source>
      <translation>{vessel} : contact {angle:.1f}° lu par {author}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="84" />
      <source>{vessel}: contact {angle:.1f}° set by {author} (measured {measured:.1f}°)</source>
      <translation>{vessel} : contact {angle:.1f}° fixé par {author} (mesuré {measured:.1f}°)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="119" />
      <source>{criterion} Based on: {evidence}.</source>
      <translation>{criterion} Sur la base de : {evidence}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="186" />
      <source>{criteria}: no rule applies to what was recorded.</source>
      <translation>{criteria} : aucune règle ne s’applique à ce qui a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="190" />
      <source>{criteria}: no category can be suggested; {missing}.</source>
      <translation>{criteria} : aucune catégorie ne peut être suggérée ; {missing}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="196" />
      <source>{criteria}: resectable on what was assessed; {missing}. A clinician confirms the category.</source>
      <translation>{criteria} : résécable sur ce qui a été évalué ; {missing}. Un clinicien confirme la catégorie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="203" />
      <source>{criteria}: at least {category} on what was assessed; {missing}. A clinician confirms the category.</source>
      <translation>{criteria} : au moins {category} sur ce qui a été évalué ; {missing}. Un clinicien confirme la catégorie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/resectability_suggestion.py" line="210" />
      <source>{criteria}: {category} suggested. A clinician confirms the category.</source>
      <translation>{criteria} : {category} suggéré. Un clinicien confirme la catégorie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="71" />
      <source>measurement {id}</source>
      <translation>mesure {id}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="73" />
      <source>segment {uid}</source>
      <translation>segment {uid}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="75" />
      <source>key image {uid}</source>
      <translation>image clé {uid}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="77" />
      <source>entered by {user}</source>
      <translation>saisi par {user}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="116" />
      <location filename="../../src/casereview/domain/sar_apa.py" line="151" />
      <source>The report has no field {key}.</source>
      <translation>Le compte rendu n’a pas de champ {key}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="119" />
      <source>Field {key}: a filled field has a value, other fields none.</source>
      <translation>Champ {key} : un champ rempli a une valeur, les autres n’en ont pas.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="123" />
      <source>Field {key} needs what it rests on: a measurement, segment, key image or the person who entered it.</source>
      <translation>Le champ {key} doit indiquer sur quoi il repose : une mesure, un segment, une image clé ou la personne qui l’a saisi.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="131" />
      <location filename="../../src/casereview/domain/sar_apa.py" line="154" />
      <source>Field {key} cannot hold {value}.</source>
      <translation>Le champ {key} ne peut pas contenir {value}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="176" />
      <source>This report template is unknown here: {template}.</source>
      <translation>Ce modèle de compte rendu est inconnu ici : {template}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="180" />
      <source>A report needs every field of its template once, in order.</source>
      <translation>Un compte rendu doit contenir chaque champ de son modèle une seule fois, dans l’ordre.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="226" />
      <source>This report was written by a newer casereview; update to read it.</source>
      <translation>Ce compte rendu a été écrit par une version plus récente de casereview ; mettez à jour pour le lire.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="247" />
      <source>The stored report is damaged and cannot be read ({problem}).</source>
      <translation>Le compte rendu enregistré est endommagé et ne peut pas être lu ({problem}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa.py" line="403" />
      <source>Field {key} is entered twice.</source>
      <translation>Le champ {key} est saisi deux fois.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="115" />
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="293" />
      <source>absent</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="115" />
      <source>present</source>
      <translation>présent</translation>
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
      <translation>{vessel} : contact tumoral</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="134" />
      <source>{vessel}: degree of solid soft-tissue contact</source>
      <translation>{vessel} : étendue du contact tissulaire solide</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="141" />
      <source>{vessel}: degree of hazy attenuation or stranding contact</source>
      <translation>{vessel} : étendue du contact par densification floue ou infiltration en bandes</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="151" />
      <source>{vessel}: focal vessel narrowing or contour irregularity</source>
      <translation>{vessel} : rétrécissement focal ou irrégularité de contour du vaisseau</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="155" />
      <source>{vessel}: focal vessel narrowing or contour irregularity (tethering or tear drop)</source>
      <translation>{vessel} : rétrécissement focal ou irrégularité de contour du vaisseau (attraction ou aspect en goutte)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="162" />
      <source>head (right of the SMV–portal vein confluence)</source>
      <translation>tête (à droite du confluent VMS–veine porte)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="163" />
      <source>uncinate process</source>
      <translation>crochet (processus unciné)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="164" />
      <source>neck (anterior to the SMV–portal vein confluence)</source>
      <translation>isthme (en avant du confluent VMS–veine porte)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="165" />
      <source>body (left of the SMV–portal vein confluence)</source>
      <translation>corps (à gauche du confluent VMS–veine porte)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="166" />
      <source>tail</source>
      <translation>queue</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="171" />
      <source>Morphologic evaluation</source>
      <translation>Évaluation morphologique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="175" />
      <source>Appearance in the pancreatic phase</source>
      <translation>Aspect en phase pancréatique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="178" />
      <source>hypoattenuating</source>
      <translation>hypodense</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="179" />
      <source>isoattenuating</source>
      <translation>isodense</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="180" />
      <source>hyperattenuating</source>
      <translation>hyperdense</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="185" />
      <source>Size: longest axial dimension</source>
      <translation>Taille : plus grand diamètre axial</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="191" />
      <source>Location</source>
      <translation>Localisation</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="197" />
      <source>Pancreatic duct narrowing or abrupt cutoff, with or without upstream dilatation</source>
      <translation>Rétrécissement ou arrêt brutal du canal pancréatique, avec ou sans dilatation d’amont</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="203" />
      <source>Biliary tree abrupt cutoff, with or without upstream dilatation</source>
      <translation>Arrêt brutal de l’arbre biliaire, avec ou sans dilatation d’amont</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="210" />
      <source>Arterial evaluation</source>
      <translation>Évaluation artérielle</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="213" />
      <source>SMA: extension to the first SMA branch</source>
      <translation>AMS : extension à la première branche de l’AMS</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="218" />
      <source>CHA: extension to the celiac axis</source>
      <translation>AHC : extension au tronc cœliaque</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="223" />
      <source>CHA: extension to the bifurcation of the right and left hepatic arteries</source>
      <translation>AHC : extension à la bifurcation des artères hépatiques droite et gauche</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="226" />
      <source>Arterial variant</source>
      <translation>Variante artérielle</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="229" />
      <source>Variant anatomy</source>
      <translation>Anatomie de la variante</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="236" />
      <source>Other variant: description and origin of the replaced or accessory artery</source>
      <translation>Autre variante : description et origine de l’artère remplacée ou accessoire</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="242" />
      <source>Variant vessel: tumour contact</source>
      <translation>Vaisseau variant : contact tumoral</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="250" />
      <source>Venous evaluation</source>
      <translation>Évaluation veineuse</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="256" />
      <source>SMV: extension to the first draining jejunal branch</source>
      <translation>VMS : extension à la première branche jéjunale de drainage</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="258" />
      <source>Thrombus within a vein</source>
      <translation>Thrombus intraveineux</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="261" />
      <source>Thrombus: veins</source>
      <translation>Thrombus : veines</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="266" />
      <source>splenic vein</source>
      <translation>veine splénique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="272" />
      <source>Thrombus: tumour or bland</source>
      <translation>Thrombus : tumoral ou cruorique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="277" />
      <source>Venous collaterals</source>
      <translation>Collatérales veineuses</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="283" />
      <source>Extrapancreatic evaluation</source>
      <translation>Évaluation extrapancréatique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="287" />
      <source>Liver lesions</source>
      <translation>Lésions hépatiques</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="290" />
      <source>present: suspicious</source>
      <translation>présentes : suspectes</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="291" />
      <source>present: indeterminate</source>
      <translation>présentes : indéterminées</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="292" />
      <source>present: likely benign</source>
      <translation>présentes : probablement bénignes</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="296" />
      <source>Peritoneal or omental nodules</source>
      <translation>Nodules péritonéaux ou épiploïques</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="297" />
      <source>Ascites</source>
      <translation>Ascite</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="298" />
      <source>Suspicious lymph nodes</source>
      <translation>Ganglions lymphatiques suspects</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="301" />
      <source>Suspicious lymph nodes: sites</source>
      <translation>Ganglions suspects : sites</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="307" />
      <source>Other extrapancreatic disease (invasion of adjacent structures)</source>
      <translation>Autre atteinte extrapancréatique (envahissement des structures adjacentes)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/sar_apa_template.py" line="311" />
      <source>Other extrapancreatic disease: structures involved</source>
      <translation>Autre atteinte extrapancréatique : structures atteintes</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/segments.py" line="28" />
      <source>A code needs a value, a coding scheme and a meaning.</source>
      <translation>Un code nécessite une valeur, un système de codage et une signification.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/segments.py" line="150" />
      <source>A segment colour needs three values from 0 to 255.</source>
      <translation>La couleur d’un segment nécessite trois valeurs de 0 à 255.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/segments.py" line="169" />
      <source>A segment needs a name.</source>
      <translation>Un segment doit avoir un nom.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/segments.py" line="172" />
      <source>A segment name may have at most 64 characters (DICOM LO).</source>
      <translation>Le nom d’un segment peut comporter au plus 64 caractères (DICOM LO).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="54" />
      <source>Settings: the relay of remote sessions must look like nats://host:4222 or tls://host:4222 (the address of the hospital's NATS server); leave it empty to use the one each invitation names.</source>
      <translation>Paramètres : le relais des sessions à distance doit être de la forme nats://host:4222 ou tls://host:4222 (l'adresse du serveur NATS de l'hôpital) ; laissez-le vide pour utiliser celui que nomme chaque invitation.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="116" />
      <source>Settings: the user name may not be empty.</source>
      <translation>Paramètres : le nom d’utilisateur ne peut pas être vide.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="119" />
      <source>Settings: the image memory budget must be between 256 MB and 256 GB.</source>
      <translation>Paramètres : la mémoire allouée aux images doit être comprise entre 256 Mo et 256 Go.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="125" />
      <source>Settings: unknown role in the quorum rule ({exc}).</source>
      <translation>Paramètres : rôle inconnu dans la règle de quorum ({exc}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="130" />
      <source>Settings: a quorum needs between 1 and 100 attendees.</source>
      <translation>Paramètres : un quorum nécessite entre 1 et 100 participants.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="137" />
      <source>Settings: two PACS nodes have the same name; give each its own.</source>
      <translation>Paramètres : deux nœuds PACS portent le même nom ; donnez un nom distinct à chacun.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="215" />
      <source>Settings: {problem} Fix it in settings.json or in the storage listener's settings.</source>
      <translation>Paramètres : {problem} Corrigez-le dans settings.json ou dans les paramètres du récepteur DICOM (SCP de stockage).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="223" />
      <source>Settings: {problem} Fix it in settings.json or remove the node.</source>
      <translation>Paramètres : {problem} Corrigez-le dans settings.json ou supprimez le nœud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/settings.py" line="230" />
      <source>Settings: the value of '{exc}' is not valid; fix it in the Settings dialog or delete settings.json to start from defaults.</source>
      <translation>Paramètres : la valeur de « {exc} » n’est pas valide ; corrigez-la dans la boîte de dialogue Paramètres ou supprimez settings.json pour repartir des valeurs par défaut.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="59" />
      <source>A user needs a user name.</source>
      <translation>Un utilisateur doit avoir un nom d’utilisateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="61" />
      <source>A user needs a display name.</source>
      <translation>Un utilisateur doit avoir un nom affiché.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="85" />
      <source>Identity not confirmed</source>
      <translation>Identité non confirmée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="95" />
      <source>No PIN set</source>
      <translation>Aucun code PIN défini</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="148" />
      <source>Choose a PIN or password of at least {count} characters or digits.</source>
      <translation>Choisissez un code PIN ou un mot de passe d’au moins {count} caractères ou chiffres.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/domain/users.py" line="156" />
      <source>A PIN of one repeated digit or a plain run such as 123456 is guessed first; choose another.</source>
      <translation>Un code PIN fait d’un seul chiffre répété ou d’une suite simple comme 123456 est deviné en premier ; choisissez-en un autre.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="27" />
      <source>casereview could not finish this</source>
      <translation>casereview n’a pas pu terminer</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="40" />
      <source>Settings problem</source>
      <translation>Problème de paramètres</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="46" />
      <source>Database problem</source>
      <translation>Problème de base de données</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="52" />
      <source>Database from a newer version</source>
      <translation>Base de données d’une version plus récente</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="58" />
      <source>Audit trail problem</source>
      <translation>Problème de la piste d'audit</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="64" />
      <source>Database busy</source>
      <translation>Base de données occupée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="70" />
      <source>Not found</source>
      <translation>Introuvable</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="76" />
      <source>Please check the input</source>
      <translation>Veuillez vérifier la saisie</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="82" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="88" />
      <source>DICOM file could not be read</source>
      <translation>Fichier DICOM illisible</translation>
    </message>
    <message>
      <location filename="../../src/casereview/errors.py" line="107" />
      <source>Changed at another workstation</source>
      <translation>Modifié sur un autre poste</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="165" />
      <source>The relay at {url} does not answer. Check that it runs (casereview-cli relay) and that this workstation can reach its address and port; nothing was changed.</source>
      <translation>Le relais {url} ne répond pas. Vérifiez qu'il fonctionne (casereview-cli relay) et que ce poste peut joindre son adresse et son port ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="175" />
      <source>The relay refused a request of the session ({reason}). It may be full or configured without JetStream; ask whoever runs it.</source>
      <translation>Le relais a refusé une requête de la session ({reason}). Il est peut-être plein ou configuré sans JetStream ; adressez-vous à son administrateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="433" />
      <source>You have left this session; join it again to take part.</source>
      <translation>Vous avez quitté cette session ; rejoignez-la à nouveau pour y participer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="537" />
      <source>No session with this id and key is on the relay at {url}: the key is wrong, the session has ended, or the presenter uses another relay. Ask for a new invitation or code; nothing was changed.</source>
      <translation>Aucune session avec cet identifiant et cette clé n'existe sur le relais {url} : la clé est erronée, la session est terminée ou le présentateur utilise un autre relais. Demandez une nouvelle invitation ou un nouveau code ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="546" />
      <source>The relay at {url} runs without JetStream, which sessions need. Start it with casereview-cli relay, or ask the hospital to enable JetStream.</source>
      <translation>Le relais {url} fonctionne sans JetStream, nécessaire aux sessions. Démarrez-le avec casereview-cli relay, ou demandez à l'hôpital d'activer JetStream.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="614" />
      <source>A session message was stored under another facet's name; ignored.</source>
      <translation>Un message de session a été enregistré sous le nom d'une autre facette ; ignoré.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="673" />
      <source>This view shows a case that is not part of the session, so it was not sent. Start a session for that case to show it.</source>
      <translation>Cette vue affiche un dossier qui ne fait pas partie de la session ; elle n'a donc pas été envoyée. Démarrez une session pour ce dossier afin de l'afficher.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="775" />
      <source>The session has no control yet; try again.</source>
      <translation>Le contrôle de la session n'est encore attribué à personne ; réessayez.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="812" />
      <source>Only the presenter or the participant in control can hand it on.</source>
      <translation>Seul le présentateur ou le participant qui a le contrôle peut le transmettre.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="815" />
      <source>That participant is not in the session.</source>
      <translation>Ce participant ne fait pas partie de la session.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="821" />
      <source>Control changed meanwhile (someone else handed it on or took it); look at who drives now and try again.</source>
      <translation>Le contrôle a changé entre-temps (quelqu'un d'autre l'a transmis ou l'a pris) ; vérifiez qui a la main et réessayez.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="847" />
      <source>Only the presenter can take or open control.</source>
      <translation>Seul le présentateur peut prendre ou ouvrir le contrôle.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/client.py" line="944" />
      <source>This one-time code does not open a session on this relay: it was used already, expired (codes last 10 minutes), or the code or session id was typed wrong. Ask the presenter for a new code; nothing was changed.</source>
      <translation>Ce code à usage unique n'ouvre aucune session sur ce relais : il a déjà été utilisé, il a expiré (les codes sont valables 10 minutes), ou le code ou l'identifiant de session a été mal saisi. Demandez un nouveau code au présentateur ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="84" />
      <source>A session id or one-time code has 10 letters and digits, such as 7KX2M-Q9T4B. Check what was read out and type it again.</source>
      <translation>Un identifiant de session ou un code à usage unique comporte 10 lettres et chiffres, par ex. 7KX2M-Q9T4B. Vérifiez ce qui a été communiqué et saisissez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="148" />
      <source>The session key is damaged: it must be 256 bits.</source>
      <translation>La clé de session est endommagée : elle doit comporter 256 bits.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="190" />
      <source>A session message is too short to be one of this session's messages.</source>
      <translation>Un message de session est trop court pour provenir de cette session.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="195" />
      <source>A participant's casereview speaks version {theirs} of the session protocol; this one speaks version {ours}. Use the same casereview version at every site.</source>
      <translation>Le casereview d'un participant utilise la version {theirs} du protocole de session ; celui-ci utilise la version {ours}. Utilisez la même version de casereview sur tous les sites.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="209" />
      <source>A message on the relay does not open with this session's key: it belongs to another session or was altered. It was ignored.</source>
      <translation>Un message sur le relais ne s'ouvre pas avec la clé de cette session : il appartient à une autre session ou a été altéré. Il a été ignoré.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="294" />
      <source>The invitation is damaged (its key exchange).</source>
      <translation>L'invitation est endommagée (son échange de clés).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="304" />
      <source>The invitation's session key does not open with this institution's key: it was made for another institution, or this workstation's key changed. Ask the presenter for a new invitation.</source>
      <translation>La clé de session de l'invitation ne s'ouvre pas avec la clé de cet établissement : elle a été créée pour un autre établissement, ou la clé de ce poste a changé. Demandez une nouvelle invitation au présentateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/crypto.py" line="311" />
      <source>The invitation is damaged (its session key).</source>
      <translation>L'invitation est endommagée (sa clé de session).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="17" />
      <source>Joint review problem</source>
      <translation>Problème de revue conjointe</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="23" />
      <source>Relay not reachable</source>
      <translation>Relais injoignable</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="29" />
      <source>Relay problem</source>
      <translation>Problème de relais</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="35" />
      <source>Case package missing</source>
      <translation>Paquet de dossier manquant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="41" />
      <source>Wrong session key</source>
      <translation>Clé de session erronée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="47" />
      <source>Message for another case</source>
      <translation>Message destiné à un autre dossier</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="53" />
      <source>Other casereview version</source>
      <translation>Autre version de casereview</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="59" />
      <source>Unreadable session message</source>
      <translation>Message de session illisible</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="65" />
      <source>Invitation cannot be used</source>
      <translation>Invitation inutilisable</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="71" />
      <source>Control not changed</source>
      <translation>Contrôle inchangé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="77" />
      <source>Not in control</source>
      <translation>Contrôle non détenu</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/errors.py" line="83" />
      <source>Partner key not accepted</source>
      <translation>Clé du partenaire refusée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="101" />
      <source>Choose at least one partner institution to invite, or invite with a one-time code instead.</source>
      <translation>Choisissez au moins un établissement partenaire à inviter, ou invitez plutôt avec un code à usage unique.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="134" />
      <source>The invitation is damaged; copy the whole line again, or ask for a new one.</source>
      <translation>L'invitation est endommagée ; copiez à nouveau la ligne entière, ou demandez-en une nouvelle.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="150" />
      <source>That is not a casereview invitation (it starts with casereview-invite:). Paste the whole line the presenter sent.</source>
      <translation>Ce n'est pas une invitation casereview (elle commence par casereview-invite:). Collez la ligne entière envoyée par le présentateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="164" />
      <source>The invitation was made by another casereview version; use the same version at every site.</source>
      <translation>L'invitation a été créée par une autre version de casereview ; utilisez la même version sur tous les sites.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="206" />
      <source>The invitation is signed by an institution that is not among your trusted partners. Trust their signing key first (after comparing its fingerprint by phone), or join with a one-time code.</source>
      <translation>L'invitation est signée par un établissement qui ne fait pas partie de vos partenaires de confiance. Accordez d'abord votre confiance à sa clé de signature (après avoir comparé son empreinte par téléphone), ou rejoignez la session avec un code à usage unique.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="214" />
      <source>The invitation's signature does not verify: it was altered. Ask for a new one.</source>
      <translation>La signature de l'invitation n'est pas valide : elle a été altérée. Demandez-en une nouvelle.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="221" />
      <source>This invitation was made for other institutions. Send the presenter your key card (casereview-cli session key) and ask for a new invitation.</source>
      <translation>Cette invitation a été créée pour d'autres établissements. Envoyez votre carte de clé au présentateur (casereview-cli session key) et demandez une nouvelle invitation.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="274" />
      <source>The one-time code does not fit this session. Check the code and the session id.</source>
      <translation>Le code à usage unique ne correspond pas à cette session. Vérifiez le code et l'identifiant de session.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/invitation.py" line="283" />
      <source>The session's lobby slot on the relay is damaged.</source>
      <translation>L'emplacement de salle d'attente de la session sur le relais est endommagé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="64" />
      <source>The joint review key in {keys_dir} cannot be read ({exc}). Restore it from a backup, or delete it and send partners a new key card.</source>
      <translation>La clé de revue conjointe dans {keys_dir} est illisible ({exc}). Restaurez-la depuis une sauvegarde, ou supprimez-la et envoyez une nouvelle carte de clé aux partenaires.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="73" />
      <source>The joint review key in {keys_dir} is not an X25519 key.</source>
      <translation>La clé de revue conjointe dans {keys_dir} n'est pas une clé X25519.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="113" />
      <source>That is not a casereview joint review key card (it starts with casereview-joint-key:). Ask the partner for the line 'casereview-cli session key' prints.</source>
      <translation>Ce n'est pas une carte de clé de revue conjointe casereview (elle commence par casereview-joint-key:). Demandez au partenaire la ligne qu'affiche 'casereview-cli session key'.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="132" />
      <source>The key card is damaged; ask the partner to send it again.</source>
      <translation>La carte de clé est endommagée ; demandez au partenaire de la renvoyer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="176" />
      <source>The key card is signed with a key that is not among your trusted partner keys (fingerprint {fingerprint}). Trust the partner's signing key first (Settings, or casereview-cli keys --trust), after comparing its fingerprint with them by phone.</source>
      <translation>La carte de clé est signée avec une clé qui ne fait pas partie des clés de vos partenaires de confiance (empreinte {fingerprint}). Accordez d'abord votre confiance à la clé de signature du partenaire (Paramètres, ou casereview-cli keys --trust), après avoir comparé son empreinte avec lui par téléphone.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="186" />
      <source>The key card's signature does not verify: it was altered. Ask the partner to send it again.</source>
      <translation>La signature de la carte de clé n'est pas valide : elle a été altérée. Demandez au partenaire de la renvoyer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/keys.py" line="202" />
      <source>The partner key cards in {path} cannot be read ({exc}); delete the file and add the cards again.</source>
      <translation>Les cartes de clé des partenaires dans {path} sont illisibles ({exc}) ; supprimez le fichier et ajoutez à nouveau les cartes.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/packages.py" line="139" />
      <source>This session shows a case package this workstation has not received (package {package}). Import the package the presenting hospital sent (File → Import case package…), then join again. Nothing was changed.</source>
      <translation>Cette session affiche un paquet de dossier que ce poste n'a pas reçu (paquet {package}). Importez le paquet envoyé par l'hôpital présentateur (Fichier → Importer un paquet de dossier…), puis rejoignez à nouveau la session. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/packages.py" line="186" />
      <source>The presenter shows a series that is not on this workstation (it was not in the case package you received). Ask the presenter to send the package again; your view stays as it is.</source>
      <translation>Le présentateur affiche une série absente de ce poste (elle ne figurait pas dans le paquet de dossier reçu). Demandez au présentateur de renvoyer le paquet ; votre vue reste inchangée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/packages.py" line="195" />
      <source>The presenter shows a key image this workstation does not hold (it was flagged after the package was sent). Your view stays as it is.</source>
      <translation>Le présentateur affiche une image clé absente de ce poste (elle a été marquée après l'envoi du paquet). Votre vue reste inchangée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/protocol.py" line="90" />
      <source>A session message was ignored: its {what} is not valid. The sending site may run another casereview version.</source>
      <translation>Un message de session a été ignoré : son champ {what} n'est pas valide. Le site expéditeur utilise peut-être une autre version de casereview.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/protocol.py" line="663" />
      <source>A participant's casereview writes session messages in version {theirs}; this one reads version {ours}. Use the same casereview version at every site.</source>
      <translation>Le casereview d'un participant écrit les messages de session en version {theirs} ; celui-ci lit la version {ours}. Utilisez la même version de casereview sur tous les sites.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="56" />
      <source>Give the address to listen on as HOST:PORT, e.g. 0.0.0.0:4222.</source>
      <translation>Indiquez l'adresse d'écoute sous la forme HOST:PORT, par ex. 0.0.0.0:4222.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="108" />
      <source>Give both --tls-cert and --tls-key, or neither.</source>
      <translation>Indiquez à la fois --tls-cert et --tls-key, ou aucun des deux.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="111" />
      <source>A relay is either a hub (--leaf-listen) or a site relay (--hub), not both.</source>
      <translation>Un relais est soit un concentrateur (--leaf-listen), soit un relais de site (--hub), pas les deux.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="187" />
      <source>nats-server is not installed. Install the Debian package nats-server (sudo apt-get install nats-server), or give the address of the hospital's own NATS server instead of running a relay.</source>
      <translation>nats-server n'est pas installé. Installez le paquet Debian nats-server (sudo apt-get install nats-server), ou indiquez l'adresse du serveur NATS de l'hôpital au lieu d'exécuter un relais.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/relay.py" line="256" />
      <source>The relay did not start: nats-server refused its configuration or port {port} is taken. Its messages above say which; the configuration is in {path}.</source>
      <translation>Le relais n'a pas démarré : nats-server a refusé sa configuration ou le port {port} est déjà utilisé. Ses messages ci-dessus indiquent la cause ; la configuration se trouve dans {path}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/joint/state.py" line="299" />
      <source>A participant sent a view of a case that is not part of this session; it was not shown and nothing was changed.</source>
      <translation>Un participant a envoyé une vue d'un dossier qui ne fait pas partie de cette session ; elle n'a pas été affichée et rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/messages.py" line="110" />
      <source>{first}; {rest}</source>
      <translation>{first} ; {rest}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="80" />
      <source>a verification (C-ECHO)</source>
      <translation>une vérification (C-ECHO)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="183" />
      <location filename="../../src/casereview/net/web.py" line="506" />
      <source>not a readable DICOM file ({reason})</source>
      <translation>fichier DICOM illisible ({reason})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="213" />
      <location filename="../../src/casereview/net/dimse.py" line="258" />
      <location filename="../../src/casereview/net/web.py" line="494" />
      <location filename="../../src/casereview/net/web.py" line="514" />
      <source>Sending</source>
      <translation>Envoi</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="235" />
      <source>{node} does not accept this kind of object in this encoding</source>
      <translation>{node} n'accepte pas ce type d'objet dans cet encodage</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse.py" line="251" />
      <source>{node} refused it (status {status})</source>
      <translation>{node} l'a refusé (statut {status})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="81" />
      <source>{node} refused the connection: it does not answer to the AE title '{called}'. Check the archive's AE title in the node settings (the PACS administrator knows it; capitals count).</source>
      <translation>{node} a refusé la connexion : il ne répond pas à l'AE title '{called}'. Vérifiez l'AE title de l'archive dans les paramètres du nœud (l'administrateur PACS le connaît ; la casse compte).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="91" />
      <source>{node} refused the connection: it does not know our AE title '{calling}'. Ask the PACS administrator to register '{calling}' for this workstation, or correct our AE title in the node settings.</source>
      <translation>{node} a refusé la connexion : il ne connaît pas notre AE title '{calling}'. Demandez à l'administrateur PACS d'enregistrer '{calling}' pour ce poste de travail, ou corrigez notre AE title dans les paramètres du nœud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="101" />
      <source>{node} is busy (too many connections). Try again in a minute.</source>
      <translation>{node} est occupé (trop de connexions). Réessayez dans une minute.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="104" />
      <source>{node} refused the connection (reason {source}/{diagnostic}). Check the node's AE titles and ask the PACS administrator whether this workstation may connect.</source>
      <translation>{node} a refusé la connexion (motif {source}/{diagnostic}). Vérifiez les AE titles du nœud et demandez à l'administrateur PACS si ce poste de travail est autorisé à se connecter.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="121" />
      <source>{node}: the host name '{host}' is unknown. Check the node's host.</source>
      <translation>{node} : le nom d'hôte '{host}' est inconnu. Vérifiez l'hôte du nœud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="129" />
      <source>{node} did not answer within {seconds} s at {host}:{port}. The server may be down or a firewall blocks the port; check the node's host and port.</source>
      <translation>{node} n'a pas répondu dans les {seconds} s sur {host}:{port}. Le serveur est peut-être arrêté ou un pare-feu bloque le port ; vérifiez l'hôte et le port du nœud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="140" />
      <source>{node} is not reachable: nothing answers at {host}:{port}. The server may be down, or the port is wrong; check the node's host and port.</source>
      <translation>{node} est injoignable : rien ne répond sur {host}:{port}. Le serveur est peut-être arrêté, ou le port est erroné ; vérifiez l'hôte et le port du nœud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="149" />
      <source>{node} accepted the network connection at {host}:{port} but did not speak DICOM (or closed it). Check that this is the archive's DICOM port, not its web port.</source>
      <translation>{node} a accepté la connexion réseau sur {host}:{port} mais n'a pas répondu en DICOM (ou l'a fermée). Vérifiez qu'il s'agit bien du port DICOM de l'archive et non de son port web.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="234" />
      <source>{node} ended the connection without answering. Ask the PACS administrator whether our AE title '{calling}' is registered and may query and retrieve; if it is, try again.</source>
      <translation>{node} a mis fin à la connexion sans répondre. Demandez à l'administrateur PACS si notre AE title '{calling}' est enregistré et autorisé à interroger et récupérer ; si c'est le cas, réessayez.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="243" />
      <source>{node} did not answer within {seconds} s. Try again later, or raise the node's timeout for a slow archive.</source>
      <translation>{node} n'a pas répondu dans les {seconds} s. Réessayez plus tard ou augmentez le délai d'attente du nœud pour une archive lente.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="269" />
      <source>{node} does not offer {what} to this workstation (status {status}). Ask the PACS administrator to allow it for our AE title.</source>
      <translation>{node} ne propose pas {what} à ce poste de travail (statut {status}). Demandez à l'administrateur PACS de l'autoriser pour notre AE title.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="279" />
      <source>{node} has no resources for {what} now (status {status}). Try again later.</source>
      <translation>{node} ne dispose pas actuellement des ressources pour {what} (statut {status}). Réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="288" />
      <source>{node} does not know where to send the images (status 0xA801): the PACS administrator must register our AE title with this workstation's address and C-MOVE port.</source>
      <translation>{node} ne sait pas où envoyer les images (statut 0xA801) : l'administrateur PACS doit enregistrer notre AE title avec l'adresse et le port C-MOVE de ce poste de travail.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="296" />
      <source>{node} could not perform {what} (status {status}).</source>
      <translation>{node} n'a pas pu effectuer {what} (statut {status}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_association.py" line="338" />
      <source>a search (C-FIND)</source>
      <translation>une recherche (C-FIND)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_get.py" line="52" />
      <source>a retrieve (C-GET)</source>
      <translation>une récupération (C-GET)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_get.py" line="53" />
      <location filename="../../src/casereview/net/dimse_transfer.py" line="204" />
      <location filename="../../src/casereview/net/web.py" line="399" />
      <location filename="../../src/casereview/net/web.py" line="434" />
      <location filename="../../src/casereview/services/pacs.py" line="392" />
      <source>Retrieving images</source>
      <translation>Récupération des images</translation>
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
      <translation>Le Study Instance UID</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_get.py" line="93" />
      <location filename="../../src/casereview/net/dimse_transfer.py" line="91" />
      <location filename="../../src/casereview/net/storage_scp.py" line="370" />
      <location filename="../../src/casereview/net/web.py" line="396" />
      <location filename="../../src/casereview/services/pacs.py" line="127" />
      <source>The Series Instance UID</source>
      <translation>Le Series Instance UID</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_get.py" line="150" />
      <source>The SOP Instance UID</source>
      <translation>L’UID d’instance SOP</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_move.py" line="120" />
      <source>a retrieve (C-MOVE)</source>
      <translation>une récupération (C-MOVE)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_move.py" line="178" />
      <source>Our C-MOVE port {port} cannot be opened ({reason}): another program uses it. Choose another port in the node settings and tell the PACS administrator.</source>
      <translation>Notre port C-MOVE {port} ne peut pas être ouvert ({reason}) : un autre programme l'utilise. Choisissez un autre port dans les paramètres du nœud et informez-en l'administrateur PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_transfer.py" line="191" />
      <location filename="../../src/casereview/net/web.py" line="406" />
      <source>The retrieve from {node} was cancelled. What arrived is kept; retrieve again to resume.</source>
      <translation>La récupération depuis {node} a été annulée. Les données reçues sont conservées ; relancez la récupération pour reprendre.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/dimse_transfer.py" line="212" />
      <source>{node} cancelled the retrieve. What arrived is kept.</source>
      <translation>{node} a annulé la récupération. Les données reçues sont conservées.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="15" />
      <source>PACS problem</source>
      <translation>Problème PACS</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="21" />
      <source>PACS not reachable</source>
      <translation>PACS injoignable</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="27" />
      <source>PACS refused the connection</source>
      <translation>Le PACS a refusé la connexion</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="33" />
      <source>PACS did not answer in time</source>
      <translation>Le PACS n'a pas répondu à temps</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="39" />
      <source>PACS refused the credentials</source>
      <translation>Le PACS a refusé les identifiants</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/errors.py" line="45" />
      <source>PACS request failed</source>
      <translation>Échec de la requête PACS</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="69" />
      <source>No PACS node '{name}' (configured: {known}). Add one with 'casereview-cli pacs node add'.</source>
      <translation>Aucun nœud PACS '{name}' (configurés : {known}). Ajoutez-en un avec 'casereview-cli pacs node add'.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="97" />
      <source>A PACS node called '{name}' exists already. Choose another name, or replace it (--replace).</source>
      <translation>Un nœud PACS nommé '{name}' existe déjà. Choisissez un autre nom ou remplacez-le (--replace).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="145" />
      <source>The PACS passwords file {name} cannot be read ({reason}). Delete it and store the passwords or tokens again.</source>
      <translation>Le fichier de mots de passe PACS {name} est illisible ({reason}). Supprimez-le et enregistrez de nouveau les mots de passe ou jetons.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="156" />
      <source>The PACS passwords file {name} is damaged. Delete it and store the passwords or tokens again.</source>
      <translation>Le fichier de mots de passe PACS {name} est endommagé. Supprimez-le et enregistrez de nouveau les mots de passe ou jetons.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/nodes.py" line="191" />
      <source>A password or token is one line of text; the one given was empty.</source>
      <translation>Un mot de passe ou un jeton tient sur une seule ligne de texte ; celui fourni était vide.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="48" />
      <source>{what} must be a DICOM UID: digits and dots, at most 64 characters (got '{uid}').</source>
      <translation>{what} doit être un UID DICOM : chiffres et points, au plus 64 caractères (reçu : '{uid}').</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="90" />
      <source>A patient name to search has at most 64 characters and no backslash.</source>
      <translation>Un nom de patient à rechercher comporte au plus 64 caractères et aucune barre oblique inverse.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="93" />
      <source>A patient ID</source>
      <translation>Un identifiant patient</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="94" />
      <source>An accession number</source>
      <translation>Un numéro d'accession</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="98" />
      <source>{what} has at most 64 characters and no backslash.</source>
      <translation>{what} comporte au plus 64 caractères et aucune barre oblique inverse.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/query.py" line="103" />
      <source>A modality is a short code such as CT, MR or SEG (got '{modality}').</source>
      <translation>Une modalité est un code court tel que CT, MR ou SEG (reçu : '{modality}').</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="224" />
      <source>A caller's AE title</source>
      <translation>AE title d'un appelant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="273" />
      <source>The storage listener could not be started.</source>
      <translation>Le récepteur DICOM (SCP de stockage) n'a pas pu être démarré.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="292" />
      <source>The storage listener cannot open port {port}: another program (or another casereview) already listens there. Stop that program, or choose another port in the listener settings and tell the PACS administrator.</source>
      <translation>Le récepteur DICOM (SCP de stockage) ne peut pas ouvrir le port {port} : un autre programme (ou un autre casereview) y écoute déjà. Arrêtez ce programme, ou choisissez un autre port dans les paramètres du récepteur et informez-en l'administrateur PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="301" />
      <source>The storage listener may not open port {port}: ports below 1024 need administrator rights. Choose a port such as 11112 and tell the PACS administrator.</source>
      <translation>Le récepteur DICOM (SCP de stockage) ne peut pas ouvrir le port {port} : les ports inférieurs à 1024 nécessitent des droits d'administrateur. Choisissez un port tel que 11112 et informez-en l'administrateur PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="310" />
      <source>The storage listener cannot listen on {host}: it is not an address of this computer. Use 0.0.0.0 (every network interface) or this computer's own address.</source>
      <translation>Le récepteur DICOM (SCP de stockage) ne peut pas écouter sur {host} : ce n'est pas une adresse de cet ordinateur. Utilisez 0.0.0.0 (toutes les interfaces réseau) ou l'adresse propre de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/storage_scp.py" line="318" />
      <source>The storage listener cannot open {host}:{port} ({reason}).</source>
      <translation>Le récepteur DICOM (SCP de stockage) ne peut pas ouvrir {host}:{port} ({reason}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="115" />
      <source>No password or token is stored for {node}. Add the node again with 'casereview-cli pacs node add' and give it (--secret-file).</source>
      <translation>Aucun mot de passe ni jeton n'est enregistré pour {node}. Ajoutez de nouveau le nœud avec 'casereview-cli pacs node add' et fournissez-le (--secret-file).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="139" />
      <source>{node}: the server refused the user name or password. Check them in the node settings (the password is stored separately, never shown).</source>
      <translation>{node} : le serveur a refusé le nom d'utilisateur ou le mot de passe. Vérifiez-les dans les paramètres du nœud (le mot de passe est stocké séparément et n'est jamais affiché).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="147" />
      <source>{node}: the server refused the access token; it may have expired. Store a new token for the node.</source>
      <translation>{node} : le serveur a refusé le jeton d'accès ; il a peut-être expiré. Enregistrez un nouveau jeton pour le nœud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="154" />
      <source>{node}: the server asks for a user name and password. Choose basic or bearer authentication in the node settings.</source>
      <translation>{node} : le serveur demande un nom d'utilisateur et un mot de passe. Choisissez l'authentification basic ou bearer dans les paramètres du nœud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="169" />
      <source>{node}: the server knows this user but does not allow this request (HTTP 403). Ask the PACS administrator for access.</source>
      <translation>{node} : le serveur reconnaît cet utilisateur mais n'autorise pas cette requête (HTTP 403). Demandez l'accès à l'administrateur PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="177" />
      <source>{node}: nothing answers at this address (HTTP 404). Check the DICOMweb base URL in the node settings (often it ends in /dicom-web).</source>
      <translation>{node} : rien ne répond à cette adresse (HTTP 404). Vérifiez l'URL de base DICOMweb dans les paramètres du nœud (elle se termine souvent par /dicom-web).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="184" />
      <source>{node}: the server could not perform the request (HTTP {code}). Try again later; if it persists, ask the PACS administrator.</source>
      <translation>{node} : le serveur n'a pas pu traiter la requête (HTTP {code}). Réessayez plus tard ; si le problème persiste, contactez l'administrateur PACS.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="193" />
      <source>{node} did not answer within {seconds} s. Try again later, or raise the node's timeout for a slow server.</source>
      <translation>{node} n'a pas répondu dans les {seconds} s. Réessayez plus tard ou augmentez le délai d'attente du nœud pour un serveur lent.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="202" />
      <source>{node} is not reachable at {url}. The server may be down, or the address or port is wrong; check the node's base URL.</source>
      <translation>{node} est injoignable à {url}. Le serveur est peut-être arrêté, ou l'adresse ou le port est erroné ; vérifiez l'URL de base du nœud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="211" />
      <source>{node} ended its answer in the middle of the series. What arrived is kept; retrieve again to get the rest.</source>
      <translation>{node} a interrompu sa réponse au milieu de la série. Ce qui est arrivé est conservé ; relancez la récupération pour obtenir le reste.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="218" />
      <source>{node} sent an answer casereview cannot read ({reason}). Check that the base URL is the DICOMweb service root.</source>
      <translation>{node} a envoyé une réponse que casereview ne peut pas lire ({reason}). Vérifiez que l'URL de base est la racine du service DICOMweb.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/net/web.py" line="549" />
      <source>{node} did not store it (see the server's log)</source>
      <translation>{node} ne l'a pas stocké (voir le journal du serveur)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="50" />
      <source>Screenshots can be 1 to {limit} times the view's size.</source>
      <translation>Les captures d’écran peuvent faire de 1 à {limit} fois la taille de la vue.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="86" />
      <source>A rotation movie needs at least two frames.</source>
      <translation>Un film de rotation nécessite au moins deux images.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="125" />
      <source>Save the movie as .gif or .mp4.</source>
      <translation>Enregistrez le film au format .gif ou .mp4.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="130" />
      <source>The movie was cancelled; no file was written.</source>
      <translation>Le film a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="133" />
      <source>Rendering the movie</source>
      <translation>Rendu du film</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/capture.py" line="135" />
      <source>A movie needs at least one frame.</source>
      <translation>Un film nécessite au moins une image.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/key_images.py" line="103" />
      <source>This key image was made on another series; load that series.</source>
      <translation>Cette image clé a été faite sur une autre série ; chargez cette série.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="246" />
      <source>The segmentation does not lie on the grid of the images shown; open the series it was drawn on.</source>
      <translation>La segmentation ne correspond pas à la grille des images affichées ; ouvrez la série sur laquelle elle a été dessinée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="256" />
      <location filename="../../src/casereview/render/surfaces.py" line="284" />
      <source>Making the surfaces was cancelled.</source>
      <translation>La création des surfaces a été annulée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="279" />
      <location filename="../../src/casereview/render/surfaces.py" line="290" />
      <source>Making surfaces</source>
      <translation>Création des surfaces</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="423" />
      <source>Save surfaces as .stl or .obj.</source>
      <translation>Enregistrez les surfaces au format .stl ou .obj.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="426" />
      <source>There is no surface to export; show at least one segment.</source>
      <translation>Il n’y a aucune surface à exporter ; affichez au moins un segment.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/render/surfaces.py" line="438" />
      <source>The surfaces could not be written to {path}.</source>
      <translation>Les surfaces n’ont pas pu être écrites dans {path}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/resource_files.py" line="36" />
      <source>casereview's resource files are missing; the installation is damaged. Reinstall it.</source>
      <translation>Les fichiers de ressources de casereview sont absents ; l’installation est endommagée. Réinstallez-le.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/resource_files.py" line="53" />
      <source>The resource {name} is missing; the installation is damaged.</source>
      <translation>La ressource {name} est absente ; l’installation est endommagée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/annotations.py" line="405" />
      <source>A point lies outside the images of this series. Give points in patient LPS millimetres within the series (casereview-cli examine shows its geometry).</source>
      <translation>Un point est en dehors des images de cette série. Donnez les points en millimètres LPS du patient, à l’intérieur de la série (casereview-cli examine affiche sa géométrie).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="125" />
      <source>The database was replaced by an older copy: its audit trail had {expected} records and this database holds {found}. Keep both copies and tell your data protection officer.</source>
      <translation>La base de données a été remplacée par une copie plus ancienne : sa piste d'audit comptait {expected} enregistrements et cette base en contient {found}. Conservez les deux copies et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="134" />
      <source>The audit trail was altered: its first record is missing. Keep a copy of the database and tell your data protection officer.</source>
      <translation>La piste d'audit a été modifiée : son premier enregistrement manque. Conservez une copie de la base de données et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="139" />
      <source>The audit trail was altered: {count} records are missing from its start. Keep a copy of the database and tell your data protection officer.</source>
      <translation>La piste d'audit a été modifiée : {count} enregistrements manquent à son début. Conservez une copie de la base de données et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="145" />
      <source>The audit trail was altered: 1 record is missing after record #{after}. Keep a copy of the database and tell your data protection officer.</source>
      <translation>La piste d'audit a été modifiée : 1 enregistrement manque après l'enregistrement n° {after}. Conservez une copie de la base de données et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="150" />
      <source>The audit trail was altered: {count} records are missing after record #{after}. Keep a copy of the database and tell your data protection officer.</source>
      <translation>La piste d'audit a été modifiée : {count} enregistrements manquent après l'enregistrement n° {after}. Conservez une copie de la base de données et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="157" />
      <source>The audit trail was altered: record #{id} ({action}) {reason}. Records before it are intact; keep a copy of the database and tell your data protection officer.</source>
      <translation>La piste d'audit a été modifiée : l'enregistrement n° {id} ({action}) {reason}. Les enregistrements précédents sont intacts ; conservez une copie de la base de données et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="166" />
      <source>The audit trail cannot be trusted: {problem}. Keep a copy of the database and tell your data protection officer.</source>
      <translation>La piste d'audit n'est plus fiable : {problem}. Conservez une copie de la base de données et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="171" />
      <source>The audit trail is intact: {n} records verified.</source>
      <translation>La piste d'audit est intacte : {n} enregistrements vérifiés.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="286" />
      <source>Verifying the audit trail</source>
      <translation>Vérification du journal d’audit</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="302" />
      <source>follows a gap in the ids after record #{after}: records were deleted there</source>
      <translation>suit un trou dans les identifiants après l'enregistrement n° {after} : des enregistrements y ont été supprimés</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="308" />
      <source>does not follow the record before it (a record was deleted, inserted or reordered here)</source>
      <translation>ne suit pas l'enregistrement précédent (un enregistrement a été supprimé, inséré ou déplacé ici)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="313" />
      <source>has no hash (it was written around casereview)</source>
      <translation>n'a pas d'empreinte (il a été écrit en contournant casereview)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="333" />
      <source>The audit trail is protected by this installation's audit key, which was not available, so it cannot be verified. Verify it from casereview with its data directory (keys folder).</source>
      <translation>La piste d'audit est protégée par la clé d'audit de cette installation, qui n'était pas disponible : elle ne peut pas être vérifiée. Vérifiez-la depuis casereview avec son dossier de données (dossier keys).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="343" />
      <source>was written without the audit key after the keyed chain began (it was added around casereview)</source>
      <translation>a été écrit sans la clé d'audit après le début de la chaîne à clé (il a été ajouté en contournant casereview)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="349" />
      <source>was changed after it was written (hash mismatch)</source>
      <translation>a été modifié après son écriture (empreinte différente)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="363" />
      <source>it was signed with another institution key than this workstation's (workstations sharing one database must share one keys folder)</source>
      <translation>elle a été signée avec une autre clé d'établissement que celle de ce poste (les postes qui partagent une base de données doivent partager un même dossier keys)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="377" />
      <source>the signed head in the database was edited (its signature does not hold)</source>
      <translation>la tête signée dans la base de données a été modifiée (sa signature n'est plus valable)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="381" />
      <source>the signed head was removed from the database</source>
      <translation>la tête signée a été retirée de la base de données</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="387" />
      <source>its newest records do not match the signed head in the database (the trail was rewritten)</source>
      <translation>ses enregistrements les plus récents ne correspondent pas à la tête signée dans la base de données (la piste a été réécrite)</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="401" />
      <source>record #{id}, the newest when the head file was written, is no longer as it was signed</source>
      <translation>l'enregistrement n° {id}, le plus récent lors de l'écriture du fichier de tête, n'est plus tel qu'il a été signé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="436" />
      <source>the audit head file beside the database was altered</source>
      <translation>le fichier de tête d'audit à côté de la base de données a été modifié</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="443" />
      <source>the audit head file beside the database was deleted</source>
      <translation>le fichier de tête d'audit à côté de la base de données a été supprimé</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="539" />
      <source>The audit trail was tampered with: its protecting trigger {name} was removed or disabled, so records could be changed or deleted. Keep a copy of the database and tell your data protection officer.</source>
      <translation>La piste d'audit a été manipulée : son déclencheur de protection {name} a été supprimé ou désactivé, des enregistrements ont donc pu être modifiés ou supprimés. Conservez une copie de la base de données et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_check.py" line="548" />
      <source>The database was tampered with: the trigger {name}, which keeps the records of {table} from being changed, was removed or disabled. Keep a copy of the database and tell your data protection officer.</source>
      <translation>La base de données a été falsifiée : le déclencheur {name}, qui empêche de modifier les enregistrements de {table}, a été supprimé ou désactivé. Conservez une copie de la base de données et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_keys.py" line="53" />
      <source>The audit key in {keys_dir} cannot be read ({exc}).</source>
      <translation>La clé d'audit dans {keys_dir} ne peut pas être lue ({exc}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/audit_keys.py" line="59" />
      <source>The audit key in {keys_dir} is damaged; restore the keys folder from a backup (without it the audit trail cannot be verified).</source>
      <translation>La clé d'audit dans {keys_dir} est endommagée ; restaurez le dossier keys depuis une sauvegarde (sans elle la piste d'audit ne peut pas être vérifiée).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="146" />
      <source>Choose at least one study or series for the case.</source>
      <translation>Choisissez au moins un examen ou une série pour le dossier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="156" />
      <source>{missing_count} of the given UIDs are not in the index; import the imaging first or check the UIDs (casereview-cli studies lists them).</source>
      <translation>{missing_count} des UID fournis ne sont pas dans l’index ; importez d’abord l’imagerie ou vérifiez les UID (casereview-cli studies les liste).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="167" />
      <source>A case may only hold imaging of one patient.</source>
      <translation>Un dossier ne peut contenir l’imagerie que d’un seul patient.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="312" />
      <source>The series is not in the index; 'casereview-cli studies' lists the series.</source>
      <translation>La série n’est pas dans l’index ; « casereview-cli studies » liste les séries.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/cases.py" line="316" />
      <source>That series is not part of case #{case_id}; choose one of the case's series.</source>
      <translation>Cette série ne fait pas partie du dossier n° {case_id} ; choisissez l’une des séries du dossier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_drafts.py" line="162" />
      <source>The decision draft cannot be kept ({reason}). Free disk space or fix the permissions of the data folder, then save the decision.</source>
      <translation>Le brouillon de décision ne peut pas être conservé ({reason}). Libérez de l'espace disque ou corrigez les droits du dossier de données, puis enregistrez la décision.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="99" />
      <source>That assessment belongs to another case; cite this case's assessment.</source>
      <translation>Cette évaluation appartient à un autre dossier ; citez l’évaluation de ce dossier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="106" />
      <source>That liver plan belongs to another case; cite this case's liver plan.</source>
      <translation>Ce plan hépatique appartient à un autre cas ; citez le plan hépatique de ce cas.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="114" />
      <source>A key image chosen as evidence is not one of this case's key images (any more); choose again.</source>
      <translation>Une image clé choisie comme élément probant ne fait pas (ou plus) partie des images clés de ce dossier ; choisissez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="125" />
      <source>An annotation chosen as evidence is not one of this case's annotations (any more); choose again.</source>
      <translation>Une annotation choisie comme élément probant ne fait pas (ou plus) partie des annotations de ce dossier ; choisissez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="228" />
      <source>The cited key image “{caption}” was removed since; the decision keeps what it showed.</source>
      <translation>L’image clé citée « {caption} » a été retirée depuis ; la décision conserve ce qu’elle montrait.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="240" />
      <source>The cited key image “{caption}” was changed since it was cited.</source>
      <translation>L’image clé citée « {caption} » a été modifiée depuis sa citation.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="255" />
      <source>The cited annotation “{label}” was removed since; the decision keeps what it showed.</source>
      <translation>L’annotation citée « {label} » a été retirée depuis ; la décision conserve ce qu’elle montrait.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="267" />
      <source>The cited annotation “{label}” was changed since it was cited.</source>
      <translation>L’annotation citée « {label} » a été modifiée depuis sa citation.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="300" />
      <source>The cited {what} {number} (SHA-256 {hash}) no longer exists in this database; the decision's record of it cannot be checked. Restore the database from a backup or tell the administrator.</source>
      <translation>La {what} {number} citée (SHA-256 {hash}) n'existe plus dans cette base de données ; ce que la décision en a retenu ne peut pas être vérifié. Restaurez la base de données à partir d'une sauvegarde ou prévenez l'administrateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="309" />
      <source>The cited {what} {number} (SHA-256 {hash}) is damaged and cannot be read. Restore the database from a backup or tell the administrator.</source>
      <translation>La {what} {number} citée (SHA-256 {hash}) est endommagée et illisible. Restaurez la base de données à partir d'une sauvegarde ou prévenez l'administrateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="317" />
      <source>The cited {what} {number} was altered: it was cited with SHA-256 {hash} and now carries {stored}. Restore the database from a backup or tell the administrator.</source>
      <translation>La {what} {number} citée a été modifiée : elle a été citée avec le SHA-256 {hash} et porte maintenant {stored}. Restaurez la base de données à partir d'une sauvegarde ou prévenez l'administrateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="326" />
      <source>The content of the cited {what} {number} no longer matches its SHA-256 {hash}: it was altered in the database. Restore the database from a backup or tell the administrator.</source>
      <translation>Le contenu de la {what} {number} citée ne correspond plus à son SHA-256 {hash} : il a été modifié dans la base de données. Restaurez la base de données à partir d'une sauvegarde ou prévenez l'administrateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="340" />
      <source>assessment version</source>
      <translation>version d'évaluation</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="348" />
      <source>liver plan version</source>
      <translation>version du plan hépatique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="438" />
      <source>Evidence changed since: the assessment is now at version {latest} (this decision cites version {cited}).</source>
      <translation>Éléments probants modifiés depuis : l’évaluation en est à la version {latest} (cette décision cite la version {cited}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="445" />
      <source>Evidence changed since: the case was assessed (version {latest}) after this decision was recorded; it cites no assessment.</source>
      <translation>Éléments probants modifiés depuis : le dossier a été évalué (version {latest}) après l’enregistrement de cette décision, qui ne cite aucune évaluation.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="472" />
      <source>Evidence changed since: the liver plan is now at version {latest} (this decision cites version {cited}).</source>
      <translation>Éléments modifiés depuis : le plan hépatique est désormais en version {latest} (cette décision cite la version {cited}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decision_evidence.py" line="479" />
      <source>Evidence changed since: a liver resection was planned (version {latest}) after this decision was recorded; it cites no liver plan.</source>
      <translation>Éléments modifiés depuis : une résection hépatique a été planifiée (version {latest}) après l'enregistrement de cette décision ; celle-ci ne cite aucun plan hépatique.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="96" />
      <source>That agenda item is about another case.</source>
      <translation>Ce point de l’ordre du jour concerne un autre dossier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="99" />
      <source>This case already has a decision at this meeting: edit the draft, or amend it if it is signed.</source>
      <translation>Ce dossier a déjà une décision dans cette réunion : modifiez le brouillon, ou établissez un avenant s’il est signé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="230" />
      <source>Decisions of this meeting are signed by its chair, {chair}. Change the meeting's chair if someone else chairs today.</source>
      <translation>Les décisions de cette réunion sont signées par son président de séance, {chair}. Changez le président de séance si quelqu’un d’autre préside aujourd’hui.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="239" />
      <source>List who took part in the discussion before signing.</source>
      <translation>Indiquez les participants à la discussion avant de signer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="292" />
      <source>Give the reason for amending the signed decision.</source>
      <translation>Indiquez le motif de l’avenant à la décision signée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="299" />
      <source>A draft can simply be edited; only signed decisions are amended.</source>
      <translation>Un brouillon se modifie simplement ; seules les décisions signées font l’objet d’un avenant.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="303" />
      <source>Decision #{decision_id} was amended already by #{superseded_by_id}; amend the newest decision.</source>
      <translation>La décision n° {decision_id} a déjà été modifiée par l’avenant n° {superseded_by_id} ; modifiez la décision la plus récente.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="323" />
      <source>Someone amended this decision at the same time; reload and amend the newest one.</source>
      <translation>Quelqu’un a établi un avenant à cette décision au même moment ; rechargez et modifiez la plus récente.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="459" />
      <source>The decision cannot be signed: {problems} Save the draft again to cite the current assessment.</source>
      <translation>La décision ne peut pas être signée : {problems} Enregistrez à nouveau le brouillon pour citer l’évaluation actuelle.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/decisions.py" line="482" />
      <source>This decision was signed in the meantime and cannot be changed; record an amendment instead.</source>
      <translation>Cette décision a été signée entre-temps et ne peut plus être modifiée ; enregistrez plutôt un avenant.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="90" />
      <source>this case</source>
      <translation>ce dossier</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="91" />
      <source>this meeting</source>
      <translation>cette réunion</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="92" />
      <source>this case's preparation for the MDT</source>
      <translation>la préparation de ce dossier pour la RCP</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="93" />
      <source>this attendee</source>
      <translation>ce participant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="94" />
      <source>this draft decision</source>
      <translation>ce projet de décision</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="95" />
      <source>this action item</source>
      <translation>cette action</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="100" />
      <source>title</source>
      <translation>titre</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="101" />
      <source>question</source>
      <translation>question clinique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="102" />
      <source>status</source>
      <translation>statut</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="103" />
      <source>tags</source>
      <translation>étiquettes</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="104" />
      <source>question for the MDT</source>
      <translation>question posée à la RCP</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="105" />
      <source>history</source>
      <translation>antécédents</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="106" />
      <source>staging</source>
      <translation>stadification</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="107" />
      <location filename="../../src/casereview/services/edit_conflicts.py" line="108" />
      <location filename="../../src/casereview/services/edit_conflicts.py" line="109" />
      <source>preparation checklist</source>
      <translation>liste de préparation</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="110" />
      <source>date and time</source>
      <translation>date et heure</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="111" />
      <source>duration</source>
      <translation>durée</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="112" />
      <source>location</source>
      <translation>lieu</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="113" />
      <source>remote link</source>
      <translation>lien de connexion à distance</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="114" />
      <source>chair</source>
      <translation>président de séance</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="115" />
      <source>quorum rule</source>
      <translation>règle de quorum</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="116" />
      <source>agenda order</source>
      <translation>ordre de passage</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="117" />
      <source>attendance</source>
      <translation>présence</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="121" />
      <location filename="../../src/casereview/services/edit_conflicts.py" line="123" />
      <source>this case's {field}</source>
      <translation>le champ « {field} » de ce dossier</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="122" />
      <source>this meeting's {field}</source>
      <translation>le champ « {field} » de cette réunion</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="124" />
      <source>this attendee's {field}</source>
      <translation>le champ « {field} » de ce participant</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="125" />
      <source>this draft decision's {field}</source>
      <translation>le champ « {field} » de ce projet de décision</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="126" />
      <source>this action item's {field}</source>
      <translation>le champ « {field} » de cette action</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="291" />
      <source>Someone at another workstation changed {what} after you opened it; read it again before signing.</source>
      <translation>Quelqu'un a modifié {what} sur un autre poste après que vous l'avez ouvert ; relisez avant de signer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="298" />
      <source>Someone at another workstation changed {what} while you were editing; your text is kept in the editor — reload to see theirs, then save again.</source>
      <translation>Quelqu'un a modifié {what} sur un autre poste pendant votre saisie ; votre texte est conservé dans l'éditeur — rechargez pour voir sa version, puis enregistrez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="307" />
      <source>{who} changed {what} at {when} after you opened it; read it again before signing.</source>
      <translation>{who} a modifié {what} à {when} après que vous l'avez ouvert ; relisez avant de signer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="314" />
      <source>{who} signed this decision at {when} while you were editing; your text is kept in the editor — record it as an amendment.</source>
      <translation>{who} a signé cette décision à {when} pendant votre saisie ; votre texte est conservé dans l'éditeur — enregistrez-le comme avenant.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/edit_conflicts.py" line="322" />
      <source>{who} changed {what} at {when} while you were editing; your text is kept in the editor — reload to see theirs, then save again.</source>
      <translation>{who} a modifié {what} à {when} pendant votre saisie ; votre texte est conservé dans l'éditeur — rechargez pour voir sa version, puis enregistrez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/case_document.py" line="245" />
      <source>The case report could not be made: this program has no report writer. Export from the casereview application or casereview-cli.</source>
      <translation>Le rapport du cas n'a pas pu être produit : ce programme n'a pas de générateur de rapports. Exportez depuis l'application casereview ou casereview-cli.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/case_files.py" line="63" />
      <source>Case #{case_id} has no images to export.</source>
      <translation>Le dossier n° {case_id} n’a aucune image à exporter.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/deidentify.py" line="161" />
      <source>An image marked for cleaning could not be read; exclude it instead.</source>
      <translation>Une image marquée pour nettoyage est illisible ; excluez-la plutôt.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/documents.py" line="235" />
      <source>A content provider named a document '{name}'; use lower-case ASCII.</source>
      <translation>Un fournisseur de contenu a nommé un document « {name} » ; utilisez des minuscules ASCII.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="117" />
      <source>The image to clean is no longer part of this case.</source>
      <translation>L’image à nettoyer ne fait plus partie de ce dossier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="121" />
      <source>The image could not be read; exclude it instead.</source>
      <translation>L’image est illisible ; excluez-la plutôt.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="171" />
      <source>Checking what will be removed</source>
      <translation>Vérification de ce qui sera retiré</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="303" />
      <source>An image of the case could not be read; run Check database and files.</source>
      <translation>Une image du dossier est illisible ; lancez Vérifier la base et les fichiers.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="409" />
      <source>Only a case whose images all came from the partner can be answered with its opinion only; this case has images of its own. Export the full package.</source>
      <translation>Seul un dossier dont toutes les images viennent du partenaire peut recevoir une réponse limitée à l’avis ; ce dossier contient des images propres. Exportez le paquet complet.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="435" />
      <source>De-identifying images</source>
      <translation>Désidentification des images</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="444" />
      <source>{count} image(s) to clean are not part of this case (SOP Instance UID {uid}); check the UIDs.</source>
      <translation>{count} image(s) à nettoyer ne font pas partie de ce dossier (SOP Instance UID {uid}) ; vérifiez les UID.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="455" />
      <source>Every image of this case is held back for burned-in text; confirm the ones that are clean or add other series.</source>
      <translation>Toutes les images de ce dossier sont retenues pour texte incrusté ; confirmez celles qui n’en ont pas ou ajoutez d’autres séries.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="490" />
      <location filename="../../src/casereview/services/exchange/writer.py" line="102" />
      <source>Writing the package</source>
      <translation>Écriture du paquet</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/export.py" line="534" />
      <source>The case's {content} could not be written as DICOM ({reason}); export without them or correct the images' headers.</source>
      <translation>Le contenu « {content} » du dossier n’a pas pu être écrit en DICOM ({reason}) ; exportez sans lui ou corrigez les en-têtes des images.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/importing.py" line="151" />
      <source>Checking the package</source>
      <translation>Vérification du paquet</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/importing.py" line="227" />
      <source>The package could not be imported ({error}); nothing of it was kept. Try importing it again; if it fails again, send the log to your support team.</source>
      <translation>Le paquet n’a pas pu être importé ({error}) ; rien n’en a été conservé. Réessayez l’import ; en cas de nouvel échec, envoyez le journal à votre support informatique.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/importing.py" line="321" />
      <source>Rejected: the package's list of the images it refers to is damaged or crafted; nothing was imported.</source>
      <translation>Rejeté : la liste des images auxquelles le paquet se réfère est endommagée ou falsifiée ; rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/importing.py" line="355" />
      <source>This package holds an opinion on {total} image(s) it does not carry, and {missing} of them are not on this workstation. Import the package that brought these images first (or ask the sender for the full package), then this one. Nothing was imported.</source>
      <translation>Ce paquet contient un avis sur {total} image(s) absente(s) du paquet, dont {missing} ne se trouvent pas sur ce poste. Importez d’abord le paquet qui a apporté ces images (ou demandez le paquet complet à l’expéditeur), puis celui-ci. Rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="87" />
      <source>Annotations from {institution}: {added} new, {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>Annotations de {institution} : {added} nouvelle(s), {unchanged} déjà présente(s), {ours} des nôtres laissée(s) telles quelles.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="98" />
      <source>Key images from {institution}: {added} new, {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>Images clés de {institution} : {added} nouvelle(s), {unchanged} déjà présente(s), {ours} des nôtres laissée(s) telles quelles.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="109" />
      <source>Segments from {institution}: {added} new, {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>Segments de {institution} : {added} nouveau(x), {unchanged} déjà présent(s), {ours} des nôtres laissé(s) tels quels.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="120" />
      <source>MDT opinions from {institution}: {added} new, {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>Avis de RCP de {institution} : {added} nouveau(x), {unchanged} déjà présent(s), {ours} des nôtres laissé(s) tels quels.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="133" />
      <source>Measurement reports (SR) from {institution} are kept in the package folder, not merged: the package has no casereview description of them.</source>
      <translation>Les comptes rendus de mesures (SR) de {institution} sont conservés dans le répertoire du paquet, sans fusion : le paquet n’en contient aucune description casereview.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="139" />
      <source>Key image selections (KOS) from {institution} are kept in the package folder, not merged: the package has no casereview description of them.</source>
      <translation>Les sélections d’images clés (KOS) de {institution} sont conservées dans le répertoire du paquet, sans fusion : le paquet n’en contient aucune description casereview.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="144" />
      <source>Segmentations (SEG) from {institution} are kept in the package folder, not merged: the package has no casereview description of them.</source>
      <translation>Les segmentations (SEG) de {institution} sont conservées dans le répertoire du paquet, sans fusion : le paquet n’en contient aucune description casereview.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="345" />
      <source>The package holds no images to put the sender's opinion on.</source>
      <translation>Le paquet ne contient aucune image sur laquelle placer l’avis de l’expéditeur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="434" />
      <source>Conflict: the annotation “{label}” differs from the one already here; both are kept as they were.</source>
      <translation>Conflit : l’annotation « {label} » diffère de celle déjà présente ; les deux sont conservées telles quelles.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="487" />
      <source>Conflict: the key image “{caption}” differs from the one already here; both are kept as they were.</source>
      <translation>Conflit : l’image clé « {caption} » diffère de celle déjà présente ; les deux sont conservées telles quelles.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="545" />
      <source>Conflict: the segment “{name}” has no SEG object in the package; it is not merged.</source>
      <translation>Conflit : le segment « {name} » n’a pas d’objet SEG dans le paquet ; il n’est pas fusionné.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="602" />
      <source>Conflict: the segment “{name}” has other voxels than the one already here; both are kept as they were.</source>
      <translation>Conflit : le segment « {name} » a d’autres voxels que celui déjà présent ; les deux sont conservés tels quels.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/layer_merge.py" line="656" />
      <source>Conflict: the opinion “{recommendation}” changed since it was first received; the first version is kept.</source>
      <translation>Conflit : l’avis « {recommendation} » a changé depuis sa première réception ; la première version est conservée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="324" />
      <source>Liver plan from {institution}: {added} new version(s), {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>Plan hépatique provenant de {institution} : {added} nouvelle(s) version(s), {unchanged} déjà présente(s), {ours} des nôtres laissée(s) inchangée(s).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="421" />
      <source>Conflict: the liver plan from {institution} differs from the one already here with the same origin; the first one is kept.</source>
      <translation>Conflit : le plan hépatique provenant de {institution} diffère de celui déjà présent de même origine ; le premier est conservé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="463" />
      <source>The liver plan from {institution} came without the patient's height and weight (withheld by the sender): its standardised FLR and RBWR are not known, and its verdict judges the FLR % against the threshold of the liver's condition.</source>
      <translation>Le plan hépatique provenant de {institution} ne comporte pas la taille ni le poids du patient (non transmis par l'expéditeur) : son FLR standardisé et son RBWR sont inconnus, et son verdict compare le FLR en % au seuil correspondant à l'état du foie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="473" />
      <source>The liver plan from {institution} arrived with text the sender's identity removal changed; it is kept as it arrived.</source>
      <translation>Le plan hépatique provenant de {institution} est arrivé avec du texte modifié par la désidentification de l'expéditeur ; il est conservé tel quel.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="512" />
      <source>its description is incomplete or not one casereview writes ({error}); ask the sender to export the case again.</source>
      <translation>sa description est incomplète ou n'est pas au format produit par casereview ({error}) ; demandez à l'expéditeur d'exporter de nouveau le cas.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="518" />
      <source>The liver plan from {institution} is not merged: {reason}</source>
      <translation>Le plan hépatique provenant de {institution} n'est pas fusionné : {reason}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/liver_plan_provider.py" line="544" />
      <source>its format ({format}) is not one this casereview reads; update casereview.</source>
      <translation>son format ({format}) n'est pas lisible par cette version de casereview ; mettez à jour casereview.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/resectability_provider.py" line="192" />
      <source>Resectability assessment from {institution}: {added} new version(s), {unchanged} already here, {ours} of ours left as they are.</source>
      <translation>Évaluation de résécabilité de {institution} : {added} nouvelle(s) version(s), {unchanged} déjà présente(s), {ours} des nôtres laissée(s) telle(s) quelle(s).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/resectability_provider.py" line="253" />
      <source>Conflict: the resectability assessment from {institution} differs from the one already here with the same origin; the first one is kept.</source>
      <translation>Conflit : l’évaluation de résécabilité de {institution} diffère de celle de même origine déjà présente ; la première est conservée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/resectability_provider.py" line="283" />
      <source>The resectability assessment from {institution} arrived with text the sender's identity removal changed; it is kept with the hash of what arrived.</source>
      <translation>L’évaluation de résécabilité de {institution} est arrivée avec un texte modifié par la désidentification de l’expéditeur ; elle est conservée avec l’empreinte de ce qui a été reçu.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/resectability_provider.py" line="321" />
      <source>The resectability assessment from {institution} is not merged: {reason}</source>
      <translation>L’évaluation de résécabilité de {institution} n’est pas fusionnée : {reason}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/schemas.py" line="341" />
      <source>{document} could not be read from the package.</source>
      <translation>{document} n’a pas pu être lu dans le paquet.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/verify.py" line="95" />
      <source>There is no package file at {archive}.</source>
      <translation>Il n’y a aucun fichier de paquet à l’emplacement {archive}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/verify.py" line="184" />
      <source>manifest.sig is damaged: its key or signature is not valid base64.</source>
      <translation>manifest.sig est endommagé : sa clé ou sa signature n’est pas en base64 valide.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/exchange/writer.py" line="159" />
      <source>An image changed on disk while it was exported; run the export again.</source>
      <translation>Une image a changé sur le disque pendant l’export ; relancez l’export.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/identity.py" line="78" />
      <source>{missing_count} of the given Study Instance UIDs are not studies of patient #{patient}; casereview-cli studies lists them.</source>
      <translation>{missing_count} des Study Instance UID donnés ne sont pas des examens du patient n° {patient} ; casereview-cli studies les liste.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/identity.py" line="215" />
      <source>Identity flag #{flag_id} is not {expected}; refresh and check it again.</source>
      <translation>Le signalement d’identité n° {flag_id} n’est pas « {expected} » ; actualisez et vérifiez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/indexing.py" line="131" />
      <source>Looking for files</source>
      <translation>Recherche des fichiers</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/indexing.py" line="142" />
      <location filename="../../src/casereview/services/indexing.py" line="155" />
      <source>Reading DICOM headers</source>
      <translation>Lecture des en-têtes DICOM</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/indexing.py" line="394" />
      <source>same image identifier as an indexed file but different content; the indexed file was kept and this one could not be copied to quarantine ({error})</source>
      <translation>même identifiant d’image qu’un fichier indexé mais contenu différent ; le fichier indexé a été conservé et celui-ci n’a pas pu être copié en quarantaine ({error})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/indexing.py" line="403" />
      <source>same image identifier as an indexed file but different content; the indexed file was kept and this one was copied to quarantine: {target}</source>
      <translation>même identifiant d’image qu’un fichier indexé mais contenu différent ; le fichier indexé a été conservé et celui-ci a été copié en quarantaine : {target}</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/integrity.py" line="129" />
      <location filename="../../src/casereview/services/integrity.py" line="146" />
      <source>Checking indexed files</source>
      <translation>Vérification des fichiers indexés</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/layers.py" line="53" />
      <source>Our own work is shown or hidden item by item.</source>
      <translation>Notre propre travail s’affiche ou se masque élément par élément.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/layers.py" line="58" />
      <source>This case has no annotations or segments from {layer}.</source>
      <translation>Ce dossier ne contient aucune annotation ni aucun segment de {layer}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="133" />
      <source>The liver's segment does not fit the voxel grid of the series it was drawn on; draw it again on that series.</source>
      <translation>Le segment du foie ne correspond pas à la grille de voxels de la série sur laquelle il a été dessiné ; dessinez-le à nouveau sur cette série.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="172" />
      <source>Segment the liver first (one segment coded as liver, template 'Liver'), or name the liver's segment by hand.</source>
      <translation>Segmentez d’abord le foie (un segment codé comme foie, modèle « Foie »), ou désignez à la main le segment du foie.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="177" />
      <source>The case has {count} liver segments; name the one to plan on by hand.</source>
      <translation>Le dossier comporte {count} segments de foie ; désignez à la main celui sur lequel planifier.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="240" />
      <source>Two segments ('{first}' and '{second}') are coded as Couinaud segment {label}; remove one, or build the Couinaud segments again.</source>
      <translation>Deux segments ('{first}' et '{second}') sont codés comme segment de Couinaud {label} ; supprimez-en un ou reconstruisez les segments de Couinaud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="298" />
      <source>The liver and tumour segments were drawn on different series.</source>
      <translation>Les segments du foie et de la tumeur ont été dessinés sur des séries différentes.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_case.py" line="318" />
      <source>Couinaud segment {label} does not lie on the liver's voxel grid; build the Couinaud segments again.</source>
      <translation>Le segment de Couinaud {label} ne se situe pas sur la grille de voxels du foie ; reconstruisez les segments de Couinaud.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="74" />
      <source>The landmarks must be a JSON object (see --help).</source>
      <translation>Les repères doivent former un objet JSON (voir --help).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="79" />
      <source>Unknown landmark(s) {keys}; the landmarks are {known}.</source>
      <translation>Repère(s) inconnu(s) {keys} ; les repères sont {known}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="95" />
      <source>The landmark '{key}' must be a position [x, y, z] in patient millimetres.</source>
      <translation>Le repère '{key}' doit être une position [x, y, z] en millimètres (coordonnées patient).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="104" />
      <source>The landmark '{key}' must be a list of positions [x, y, z].</source>
      <translation>Le repère '{key}' doit être une liste de positions [x, y, z].</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="117" />
      <source>The landmarks lack {keys} (see --help).</source>
      <translation>Il manque aux repères : {keys} (voir --help).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="121" />
      <source>'caudate_radius_mm' must be a number of millimetres.</source>
      <translation>'caudate_radius_mm' doit être un nombre de millimètres.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="147" />
      <source>Give at most one point on the umbilical fissure (the umbilical portal vein).</source>
      <translation>Indiquez au plus un point sur la fissure ombilicale (portion ombilicale de la veine porte).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="173" />
      <source>Every landmark needs a position of three finite numbers; place them again.</source>
      <translation>Chaque repère nécessite une position de trois nombres finis ; replacez-les.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_couinaud.py" line="178" />
      <source>The landmark '{landmark}' lies outside the images of the liver's series; check that it was placed on that series.</source>
      <translation>Le repère '{landmark}' se situe hors des images de la série du foie ; vérifiez qu'il a été placé sur cette série.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan.py" line="98" />
      <source>This case has no Couinaud segments yet. Build them from the landmarks first (Liver planning → Couinaud segments, or 'casereview-cli liver-segments CASE --landmarks FILE.json'), or plan with a resection plane or surface instead.</source>
      <translation>Ce cas n'a pas encore de segments de Couinaud. Construisez-les d'abord à partir des repères (Planification hépatique → Segments de Couinaud, ou 'casereview-cli liver-segments CASE --landmarks FILE.json'), ou planifiez plutôt avec un plan ou une surface de résection.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan.py" line="281" />
      <source>Choose the Couinaud segments to remove among 1 to 8.</source>
      <translation>Choisissez les segments de Couinaud à retirer parmi 1 à 8.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan.py" line="292" />
      <source>Couinaud segment(s) {segments} are missing from the case (removed?); build the Couinaud segments again from the landmarks.</source>
      <translation>Segment(s) de Couinaud {segments} absent(s) du cas (supprimé(s) ?) ; reconstruisez les segments de Couinaud à partir des repères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan.py" line="486" />
      <source>Write the plane as a point and the direction of the part removed, "x,y,z;nx,ny,nz" in patient millimetres (got '{text}').</source>
      <translation>Écrivez le plan comme un point et la direction de la partie réséquée, « x,y,z;nx,ny,nz » en millimètres patient (reçu : « {text} »).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan_masks.py" line="79" />
      <source>The segments this liver plan was computed from changed or were removed after it was saved; plan the resection again to send its parts as a segmentation.</source>
      <translation>Les segments à partir desquels ce plan hépatique a été calculé ont été modifiés ou supprimés après son enregistrement ; planifiez de nouveau la résection pour en envoyer les parties sous forme de segmentation.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan_record.py" line="87" />
      <source>A plan's note may have at most {limit} characters; shorten it.</source>
      <translation>La note d'un plan comporte au plus {limit} caractères ; raccourcissez-la.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan_record.py" line="100" />
      <source>The plan was computed from segments this case no longer has ({segments}); plan the resection again.</source>
      <translation>Le plan a été calculé à partir de segments que ce cas ne comporte plus ({segments}) ; planifiez de nouveau la résection.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/liver_plan_record.py" line="113" />
      <source>The segments {segments} changed after the plan was computed; plan the resection again so the saved numbers are theirs.</source>
      <translation>Les segments {segments} ont été modifiés après le calcul du plan ; planifiez de nouveau la résection afin que les valeurs enregistrées leur correspondent.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/meetings.py" line="431" />
      <source>No meeting “{reference}”; casereview-cli meeting list shows the meetings and their ids.</source>
      <translation>Aucune réunion « {reference} » ; casereview-cli meeting list affiche les réunions et leurs identifiants.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="350" />
      <source>Asking the archive what the study holds</source>
      <translation>Interrogation de l'archive sur le contenu de l'examen</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="356" />
      <source>{node} has no images of study {uid}. Search again: it may have been moved or deleted on the archive.</source>
      <translation>{node} ne possède aucune image de l'examen {uid}. Relancez la recherche : il a peut-être été déplacé ou supprimé dans l'archive.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="366" />
      <source>{node} has no series {uid} in this study. Search the study again: the archive may have changed.</source>
      <translation>{node} ne possède pas la série {uid} dans cet examen. Relancez la recherche de l'examen : l'archive a peut-être changé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="464" />
      <source>{node} announced {expected} images of series {number} but {available} arrived ({failed} failed). They are kept and the series is not imported; retrieve it again to fetch the rest.</source>
      <translation>{node} a annoncé {expected} images pour la série {number}, mais {available} sont arrivées ({failed} en échec). Elles sont conservées et la série n'est pas importée ; récupérez-la de nouveau pour obtenir le reste.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs.py" line="613" />
      <source>Choose at least one DICOM file to send.</source>
      <translation>Choisissez au moins un fichier DICOM à envoyer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_incoming.py" line="92" />
      <source>The pause before importing pushed images must be above 0 seconds.</source>
      <translation>Le délai avant l'importation des images reçues doit être supérieur à 0 seconde.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="65" />
      <source>Measurement report</source>
      <translation>Compte rendu de mesures</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="66" />
      <source>Segmentation</source>
      <translation>Segmentation</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="67" />
      <source>Key images</source>
      <translation>Images clés</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="68" />
      <source>MDT outcome report</source>
      <translation>Compte rendu de RCP</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="106" />
      <source>Key images (images referenced: {count})</source>
      <translation>Images clés (images référencées : {count})</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="133" />
      <source>Results to send are sr, seg, kos and pdf ({problem}).</source>
      <translation>Les résultats à envoyer sont sr, seg, kos et pdf ({problem}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="139" />
      <source>Choose at least one kind of result to send.</source>
      <translation>Choisissez au moins un type de résultat à envoyer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="195" />
      <source>The case's {content} could not be written as DICOM ({reason}); send the other results, or correct the images' headers.</source>
      <translation>Le contenu « {content} » du dossier n'a pas pu être écrit en DICOM ({reason}) ; envoyez les autres résultats, ou corrigez les en-têtes des images.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="213" />
      <source>Case #{case} has no results to send yet ({kinds}): add measurements, segments, key images or a decision first.</source>
      <translation>Le dossier #{case} n'a encore aucun résultat à envoyer ({kinds}) : ajoutez d'abord des mesures, des segments, des images clés ou une décision.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/pacs_results.py" line="278" />
      <source>Choose at least one result to send.</source>
      <translation>Choisissez au moins un résultat à envoyer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="75" />
      <source>Give the view a name.</source>
      <translation>Donnez un nom à la vue.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="76" />
      <source>The view name is too long (at most {limit} characters).</source>
      <translation>Le nom de la vue est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="133" />
      <source>'{name}' is the name of a built-in preset; choose another name.</source>
      <translation>« {name} » est le nom d’un préréglage intégré ; choisissez un autre nom.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="175" />
      <source>No rendering preset is called '{name}'. Known: {known}.</source>
      <translation>Aucun préréglage de rendu ne s’appelle « {name} ». Connus : {known}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/rendering.py" line="216" />
      <source>This series has no saved view '{name}' (saved: {known}).</source>
      <translation>Cette série n’a pas de vue enregistrée « {name} » (enregistrées : {known}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="69" />
      <source>SMA origin</source>
      <translation>origine de l’AMS</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="70" />
      <source>celiac origin</source>
      <translation>origine du tronc cœliaque</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="71" />
      <source>CHA origin</source>
      <translation>origine de l’AHC</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="72" />
      <source>celiac bifurcation</source>
      <translation>bifurcation du tronc cœliaque</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="73" />
      <source>splenic artery origin</source>
      <translation>origine de l’artère splénique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="74" />
      <source>hepatic artery bifurcation</source>
      <translation>bifurcation de l’artère hépatique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="75" />
      <source>portosplenic confluence</source>
      <translation>confluent spléno-portal</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="76" />
      <source>portal vein bifurcation</source>
      <translation>bifurcation de la veine porte</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="77" />
      <source>first jejunal branch origin</source>
      <translation>origine de la première branche jéjunale</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="175" />
      <source>Several segments are named '{name}'; give the segment's UUID ('casereview-cli annotations CASE' lists them).</source>
      <translation>Plusieurs segments s’appellent « {name} » ; donnez l’UUID du segment (« casereview-cli annotations DOSSIER » les liste).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="182" />
      <source>The case has no segment '{reference}'; give a segment's name or UUID ('casereview-cli annotations CASE' lists them).</source>
      <translation>Le dossier n’a pas de segment « {reference} » ; donnez le nom ou l’UUID d’un segment (« casereview-cli annotations DOSSIER » les liste).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="204" />
      <source>Segment the tumour first: the case has no segment coded as a neoplasm (template 'Tumour'). Or name the tumour's segment by hand.</source>
      <translation>Segmentez d’abord la tumeur : le dossier n’a aucun segment codé comme néoplasme (modèle « Tumeur »). Ou indiquez vous-même le segment de la tumeur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="211" />
      <source>The case has {count} tumour segments; name the one to assess by hand.</source>
      <translation>Le dossier compte {count} segments de tumeur ; indiquez vous-même celui à évaluer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="232" />
      <source>{count} segments are coded as the {vessel}; name the one to assess by hand.</source>
      <translation>{count} segments sont codés comme {vessel} ; indiquez vous-même celui à évaluer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="255" />
      <source>The segments do not fit the voxel grid of the series they were drawn on; draw them again on that series.</source>
      <translation>Les segments ne correspondent pas à la grille de voxels de la série sur laquelle ils ont été tracés ; tracez-les à nouveau sur cette série.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="311" />
      <location filename="../../src/casereview/services/resectability_record.py" line="100" />
      <source>No criteria set '{criteria}'; choose one of: {choices}.</source>
      <translation>Aucun jeu de critères « {criteria} » ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="326" />
      <source>The tumour and vessel segments were drawn on {count} different series; draw them on one series (or name segments of one series by hand).</source>
      <translation>Les segments de la tumeur et des vaisseaux ont été tracés sur {count} séries différentes ; tracez-les sur une seule série (ou indiquez vous-même des segments d’une même série).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="336" />
      <source>The tumour and vessel segments lie on different voxel grids; draw them on one series.</source>
      <translation>Les segments de la tumeur et des vaisseaux sont sur des grilles de voxels différentes ; tracez-les sur une seule série.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability.py" line="390" />
      <source>'{kind}' is not a vessel that is graded; use one of: {kinds}.</source>
      <translation>« {kind} » n’est pas un vaisseau évalué ; utilisez l’un de : {kinds}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability_record.py" line="211" />
      <source>Case #{case_id} has no resectability assessment yet; assess it first.</source>
      <translation>Le dossier #{case_id} n’a pas encore d’évaluation de résécabilité ; évaluez-le d’abord.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/resectability_record.py" line="434" />
      <source>The assessment already uses {criteria}.</source>
      <translation>L’évaluation utilise déjà {criteria}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="174" />
      <source>The mask does not fit the image it is drawn on.</source>
      <translation>Le masque ne correspond pas à l’image sur laquelle il est dessiné.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="225" />
      <source>Give the mask as a NumPy .npy file or a NIfTI .nii/.nii.gz file.</source>
      <translation>Fournissez le masque sous forme de fichier NumPy .npy ou NIfTI .nii/.nii.gz.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="229" />
      <source>The mask file {name} cannot be read ({reason}).</source>
      <translation>Le fichier de masque {name} est illisible ({reason}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="233" />
      <source>The mask has {found} voxels (slices, rows, columns) but the series has {expected}; draw it on the series' own voxel grid.</source>
      <translation>Le masque a {found} voxels (coupes, lignes, colonnes) mais la série en a {expected} ; dessinez-le sur la grille de voxels de la série.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="255" />
      <source>The NIfTI mask lies on another voxel grid than the series (size, spacing, origin or axes differ). Draw it on the volume 'casereview-cli volume' writes.</source>
      <translation>Le masque NIfTI est sur une autre grille de voxels que la série (taille, espacement, origine ou axes différents). Dessinez-le sur le volume écrit par « casereview-cli volume ».</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="387" />
      <source>This series was resampled to build its volume (irregular spacing or tilt), so a DICOM Segmentation cannot refer to its original images.</source>
      <translation>Cette série a été rééchantillonnée pour construire son volume (espacement irrégulier ou inclinaison) ; une segmentation DICOM ne peut donc pas se référer à ses images d’origine.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="491" />
      <source>This case has no segment to export.</source>
      <translation>Ce dossier n’a aucun segment à exporter.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="495" />
      <source>The segments of this case lie on different series; export the segments of one series at a time.</source>
      <translation>Les segments de ce dossier se trouvent sur des séries différentes ; exportez les segments d’une série à la fois.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/segmentations.py" line="565" />
      <source>The segmentation does not say which series it was made on.</source>
      <translation>La segmentation n’indique pas sur quelle série elle a été faite.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="131" />
      <source>The institution signing key in {keys_dir} cannot be read ({exc}). Restore it from a backup; partners trust only that key.</source>
      <translation>La clé de signature de l’établissement dans {keys_dir} est illisible ({exc}). Restaurez-la depuis une sauvegarde ; les partenaires ne font confiance qu’à cette clé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="144" />
      <source>The signing key in {keys_dir} is not an Ed25519 key.</source>
      <translation>La clé de signature dans {keys_dir} n’est pas une clé Ed25519.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="167" />
      <source>The de-identification secret cannot be read ({exc}).</source>
      <translation>Le secret de désidentification est illisible ({exc}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="171" />
      <source>The de-identification secret in {keys_dir} is damaged; restore it from a backup.</source>
      <translation>Le secret de désidentification dans {keys_dir} est endommagé ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/signing.py" line="195" />
      <source>That is not an Ed25519 public key; ask the partner for the key shown in their casereview Settings.</source>
      <translation>Ce n’est pas une clé publique Ed25519 ; demandez au partenaire la clé affichée dans ses Paramètres casereview.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/thumbnails.py" line="68" />
      <source>This series has no indexed images, so there is no preview.</source>
      <translation>Cette série n’a aucune image indexée ; il n’y a donc pas d’aperçu.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/thumbnails.py" line="75" />
      <source>The image file {name} of this series is missing or unreadable; check the database and files, or import the series again.</source>
      <translation>Le fichier image {name} de cette série est absent ou illisible ; vérifiez la base de données et les fichiers, ou importez à nouveau la série.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="109" />
      <source>This user has a PIN already: give it to choose a new one, or have it reset if it is forgotten.</source>
      <translation>Cet utilisateur a déjà un code PIN : saisissez-le pour en choisir un nouveau, ou faites-le réinitialiser s’il est oublié.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="180" />
      <source>{name} has no PIN yet. {name} chooses one now (at least {count} characters), then signs with it.</source>
      <translation>{name} n’a pas encore de code PIN. {name} en choisit un maintenant (au moins {count} caractères), puis signe avec.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="191" />
      <source>Too many wrong PINs for {name}. Try again in {seconds} s.</source>
      <translation>Trop de codes PIN erronés pour {name}. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="202" />
      <source>Wrong PIN or password for {name}. Too many wrong attempts: try again in {seconds} s.</source>
      <translation>Code PIN ou mot de passe erroné pour {name}. Trop de tentatives erronées : réessayez dans {seconds} s.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/user_secrets.py" line="211" />
      <source>Wrong PIN or password for {name}. Nothing was signed; try again.</source>
      <translation>Code PIN ou mot de passe erroné pour {name}. Rien n’a été signé ; réessayez.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/volumes.py" line="76" />
      <source>No series with this Series Instance UID is indexed. Import it first, or list the indexed series with 'casereview-cli studies'.</source>
      <translation>Aucune série avec ce Series Instance UID n’est indexée. Importez-la d’abord, ou listez les séries indexées avec « casereview-cli studies ».</translation>
    </message>
    <message>
      <location filename="../../src/casereview/services/volumes.py" line="269" />
      <source>A NIfTI file name must end in .nii or .nii.gz.</source>
      <translation>Le nom d’un fichier NIfTI doit se terminer par .nii ou .nii.gz.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/database.py" line="147" />
      <source>The database stayed busy with another program for too long. Try again; if it keeps happening, close other casereview windows using the same data directory.</source>
      <translation>La base de données est restée occupée par un autre programme trop longtemps. Réessayez ; si cela se reproduit, fermez les autres fenêtres casereview qui utilisent le même dossier de données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/database.py" line="152" />
      <source>The database refused the operation ({detail}).</source>
      <translation>La base de données a refusé l’opération ({detail}).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/database.py" line="189" />
      <source>The database could not be prepared ({error_type}). Your data is unchanged; see the log file for details.</source>
      <translation>La base de données n’a pas pu être préparée ({error_type}). Vos données sont inchangées ; consultez le fichier journal pour les détails.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/index_queries.py" line="195" />
      <location filename="../../src/casereview/store/index_queries.py" line="226" />
      <source>The series is no longer in the index; refresh the browser.</source>
      <translation>La série n’est plus dans l’index ; actualisez le navigateur.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="112" />
      <source>The database holds tables but none of casereview's; choose an empty database or a casereview database.</source>
      <translation>La base de données contient des tables, mais aucune de casereview ; choisissez une base vide ou une base casereview.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="134" />
      <source>The database file {name} cannot be opened ({exc}). Check that it exists and that you may read it.</source>
      <translation>Le fichier de base de données {name} ne peut pas être ouvert ({exc}). Vérifiez qu’il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="151" />
      <source>{name} is an SQLite database but not a casereview database; choose another file or data directory.</source>
      <translation>{name} est une base SQLite mais pas une base casereview ; choisissez un autre fichier ou dossier de données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="164" />
      <source>{name} is not a readable database ({exc}). Restore it from a backup in the data directory's backups folder, or open another data directory.</source>
      <translation>{name} n’est pas une base de données lisible ({exc}). Restaurez-la depuis une sauvegarde du dossier backups du dossier de données, ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="188" />
      <source>This database was written by a newer casereview (schema {revision}; this version knows up to {head}). It was left untouched. Install the newer casereview or open another data directory.</source>
      <translation>Cette base de données a été écrite par une version plus récente de casereview (schéma {revision} ; cette version connaît jusqu’à {head}). Elle n’a pas été modifiée. Installez la version plus récente de casereview ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/migrate.py" line="239" />
      <source>The database upgrade would leave rows pointing at missing ones, so it was not applied. Your data is unchanged; see the log file for details.</source>
      <translation>La mise à niveau de la base de données laisserait des lignes pointant vers des lignes absentes ; elle n’a donc pas été appliquée. Vos données sont inchangées ; consultez le fichier journal pour les détails.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/rendering_repository.py" line="60" />
      <source>The series of this 3-D view is no longer in the database.</source>
      <translation>La série de cette vue 3D n’est plus dans la base de données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/rendering_repository.py" line="63" />
      <source>The case of this 3-D view is no longer in the database.</source>
      <translation>Le dossier de cette vue 3D n’est plus dans la base de données.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/rendering_repository.py" line="98" />
      <source>This saved 3-D view no longer exists; it may have been deleted.</source>
      <translation>Cette vue 3D enregistrée n’existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/rendering_repository.py" line="151" />
      <source>This rendering preset no longer exists; it may have been deleted.</source>
      <translation>Ce préréglage de rendu n’existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="77" />
      <location filename="../../src/casereview/store/repositories.py" line="101" />
      <source>No user named '{username}' is known on this workstation.</source>
      <translation>Aucun utilisateur nommé « {username} » n’est connu sur ce poste.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="159" />
      <source>The audit trail is protected by this installation's audit key, which was not available, so nothing was saved. Open the database from casereview with its data directory (keys folder).</source>
      <translation>La piste d'audit est protégée par la clé d'audit de cette installation, qui n'était pas disponible : rien n'a été enregistré. Ouvrez la base de données depuis casereview avec son dossier de données (dossier keys).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="424" />
      <source>The study is no longer in the index.</source>
      <translation>L’examen n’est plus dans l’index.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="523" />
      <location filename="../../src/casereview/store/repositories_meetings.py" line="649" />
      <source>The patient of this case is no longer in the index.</source>
      <translation>Le patient de ce dossier n’est plus dans l’index.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="527" />
      <source>A selected study is no longer in the index; refresh the list and retry.</source>
      <translation>Un examen sélectionné n’est plus dans l’index ; actualisez la liste et réessayez.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="532" />
      <source>A selected series is no longer in the index; refresh the list and retry.</source>
      <translation>Une série sélectionnée n’est plus dans l’index ; actualisez la liste et réessayez.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories.py" line="537" />
      <source>A case may only hold imaging of its own patient.</source>
      <translation>Un dossier ne peut contenir que l’imagerie de son propre patient.</translation>
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
      <translation>Le dossier n° {case_id} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="73" />
      <source>This annotation does not exist (any more).</source>
      <translation>Cette annotation n’existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="94" />
      <source>An annotation with this identifier already exists.</source>
      <translation>Une annotation avec cet identifiant existe déjà.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="253" />
      <source>This key image does not exist (any more).</source>
      <translation>Cette image clé n’existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="416" />
      <source>This segment does not exist (any more).</source>
      <translation>Ce segment n’existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="482" />
      <source>The mask does not fit the segment's image grid.</source>
      <translation>Le masque ne correspond pas à la grille d’image du segment.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_annotations.py" line="530" />
      <source>A segment name needs 1 to 64 characters.</source>
      <translation>Le nom d’un segment doit comporter de 1 à 64 caractères.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_evidence.py" line="43" />
      <location filename="../../src/casereview/store/repositories_meetings.py" line="392" />
      <source>Decision #{decision_id} does not exist.</source>
      <translation>La décision n° {decision_id} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_evidence.py" line="47" />
      <source>The evidence of a signed decision cannot be changed; record an amendment that cites the new evidence.</source>
      <translation>Les éléments probants d’une décision signée ne peuvent pas être modifiés ; enregistrez un avenant qui cite les nouveaux éléments probants.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="211" />
      <location filename="../../src/casereview/store/repositories_identity.py" line="277" />
      <source>Patient #{patient} is not in the index.</source>
      <translation>Le patient n° {patient} n’est pas dans l’index.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="250" />
      <source>There is no identity flag #{flag_id}.</source>
      <translation>Il n’y a pas de signalement d’identité n° {flag_id}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="281" />
      <source>Patient #{patient} was merged into patient #{target}; use that one.</source>
      <translation>Le patient n° {patient} a été fusionné dans le patient n° {target} ; utilisez celui-ci.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="300" />
      <source>A patient cannot be merged with itself.</source>
      <translation>Un patient ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="342" />
      <source>Choose one or more studies of patient #{patient} to split off.</source>
      <translation>Choisissez un ou plusieurs examens du patient n° {patient} à séparer.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="349" />
      <source>At least one study must stay with patient #{patient}.</source>
      <translation>Au moins un examen doit rester au patient n° {patient}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="360" />
      <source>Case #{case_id} holds imaging of studies on both sides; remove them from the case or split them together.</source>
      <translation>Le dossier n° {case_id} contient de l’imagerie d’examens des deux côtés ; retirez-les du dossier ou séparez-les ensemble.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="393" />
      <source>There is no merge or split #{change_id}.</source>
      <translation>Il n’y a pas de fusion ou de séparation n° {change_id}.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="397" />
      <source>Merge or split #{change_id} was undone already.</source>
      <translation>La fusion ou la séparation n° {change_id} a déjà été annulée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_identity.py" line="408" />
      <source>A later merge or split moved these studies on; undo that one first.</source>
      <translation>Une fusion ou une séparation ultérieure a de nouveau déplacé ces examens ; annulez-la d’abord.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_liver.py" line="176" />
      <source>This liver plan does not exist (any more).</source>
      <translation>Ce plan hépatique n'existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="37" />
      <source>Meeting #{meeting_id} does not exist.</source>
      <translation>La réunion n° {meeting_id} n’existe pas.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="150" />
      <source>Case “{title}” is already on this meeting's agenda.</source>
      <translation>Le dossier « {title} » est déjà à l’ordre du jour de cette réunion.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="180" />
      <location filename="../../src/casereview/store/repositories_meetings.py" line="546" />
      <source>That case is no longer on the agenda.</source>
      <translation>Ce dossier n’est plus à l’ordre du jour.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="256" />
      <source>This case has a decision or action items at this meeting and stays on the agenda; mark it deferred instead.</source>
      <translation>Ce dossier a une décision ou des actions dans cette réunion et reste à l’ordre du jour ; marquez-le plutôt comme reporté.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="292" />
      <source>That attendee is no longer on the list.</source>
      <translation>Ce participant n’est plus sur la liste.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="439" />
      <source>This decision is signed and cannot be changed; record an amendment with a reason instead.</source>
      <translation>Cette décision est signée et ne peut pas être modifiée ; enregistrez plutôt un avenant motivé.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="460" />
      <source>This decision is signed already.</source>
      <translation>Cette décision est déjà signée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="483" />
      <source>A signed decision cannot be deleted; record an amendment if it is wrong.</source>
      <translation>Une décision signée ne peut pas être supprimée ; enregistrez un avenant si elle est erronée.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_meetings.py" line="563" />
      <source>That action item no longer exists.</source>
      <translation>Cette action n’existe plus.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_resectability.py" line="63" />
      <source>This contact measurement does not exist (any more).</source>
      <translation>Cette mesure de contact n’existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/repositories_resectability.py" line="172" />
      <source>This assessment version does not exist (any more).</source>
      <translation>Cette version de l’évaluation n’existe pas (ou plus).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/settings_file.py" line="24" />
      <source>settings.json was written by a newer casereview. Install the newer version, or delete settings.json to start from defaults.</source>
      <translation>settings.json a été écrit par une version plus récente de casereview. Installez la version plus récente, ou supprimez settings.json pour repartir des valeurs par défaut.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/settings_file.py" line="47" />
      <source>{name} cannot be read ({error_type}). Fix or delete it to start from default settings.</source>
      <translation>{name} est illisible ({error_type}). Corrigez-le ou supprimez-le pour repartir des paramètres par défaut.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/store/settings_file.py" line="58" />
      <source>{name} does not hold settings. Delete it to start over.</source>
      <translation>{name} ne contient pas de paramètres. Supprimez-le pour repartir de zéro.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/features/joint.py" line="201" />
      <source>The selected case was never exchanged as a case package, so partners cannot show it from their own copy. Export it for them first (Case → Export case package…), or select a case imported from a partner's package.</source>
      <translation>Le dossier sélectionné n'a jamais été échangé comme paquet de dossier : les partenaires ne peuvent pas l'afficher depuis leur propre copie. Exportez-le d'abord pour eux (Dossier → Exporter un paquet de dossier…), ou sélectionnez un dossier importé du paquet d'un partenaire.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/liver/data.py" line="42" />
      <source>Reading the liver plan</source>
      <translation>Lecture du plan hépatique</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/liver/data.py" line="43" />
      <source>Reading the images</source>
      <translation>Lecture des images</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/meetings/decision_form.py" line="504" />
      <source>Choose the recommendation.</source>
      <translation>Choisissez la proposition.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/archive_work.py" line="126" />
      <source>Searching the archive</source>
      <translation>Recherche dans l'archive</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="421" />
      <source>Testing the connection</source>
      <translation>Test de la connexion</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="616" />
      <source>Type the password or token of {node}; it is kept in an owner-only file.</source>
      <translation>Saisissez le mot de passe ou le jeton de {node} ; il est conservé dans un fichier accessible au seul propriétaire.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="629" />
      <source>A PACS node called '{name}' exists already. Choose another name.</source>
      <translation>Un nœud PACS nommé '{name}' existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="152" />
      <source>Reading the case's results</source>
      <translation>Lecture des résultats du dossier</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/reports.py" line="321" />
      <location filename="../../src/casereview/ui/reports.py" line="750" />
      <source>The PDF report could not be produced.</source>
      <translation>Le rapport PDF n'a pas pu être produit.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/reports.py" line="798" />
      <source>The PDF {name} could not be written; check the folder.</source>
      <translation>Le PDF {name} n’a pas pu être écrit ; vérifiez le répertoire.</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/resectability/data.py" line="211" />
      <source>Segment the vessels first: the case has no segment coded as the SMA, celiac axis, CHA, SMV, portal vein, IVC or aorta (segment templates of the segment editor).</source>
      <translation>Segmentez d’abord les vaisseaux : le dossier n’a aucun segment codé comme AMS, tronc cœliaque, AHC, VMS, veine porte, VCI ou aorte (modèles de segment de l’éditeur de segments).</translation>
    </message>
    <message>
      <location filename="../../src/casereview/ui/viewer/view3d.py" line="994" />
      <source>Show at least one surface to export.</source>
      <translation>Affichez au moins une surface à exporter.</translation>
    </message>
  </context>
</TS>
