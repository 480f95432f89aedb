<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AngleChart</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/angle_chart.py" line="134"/>
        <source>No sections measured</source>
        <extracomment>The section index nearest to a click.</extracomment>
        <translation>Aucune coupe transversale mesurée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/angle_chart.py" line="157"/>
        <source>corrected {angle:.0f}°</source>
        <translation>corrigé {angle:.0f}°</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/angle_chart.py" line="188"/>
        <source>along the vessel (mm)</source>
        <translation>le long du vaisseau (mm)</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="52"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="53"/>
        <source>Bidirectional</source>
        <translation>Bidirectionnelle</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="54"/>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="55"/>
        <source>Ellipse ROI</source>
        <translation>ROI elliptique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="56"/>
        <source>Polygon ROI</source>
        <translation>ROI polygonale</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="57"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="58"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="59"/>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="63"/>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="64"/>
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="65"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="66"/>
        <source>3-D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="95"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="96"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="97"/>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="122"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="105"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="108"/>
        <source>Jump to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="111"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="120"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="121"/>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="132"/>
        <source>Flag key image…</source>
        <translation>Marquer une image clé…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="136"/>
        <source>Keep the active view (plane, window, zoom) as evidence for the MDT and report</source>
        <translation>Conserver la vue active (plan, fenêtre, zoom) comme élément probant pour la RCP et le compte rendu</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="143"/>
        <source>Flag 3-D view…</source>
        <translation>Marquer la vue 3D…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="155"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="171"/>
        <source>Layers</source>
        <extracomment>Called to flag the viewer&apos;s active view (set by the viewer). Called with the key image chosen in the list to show it (set by the viewer).</extracomment>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="173"/>
        <source>Show or hide the opinion of another institution as a whole</source>
        <translation>Afficher ou masquer en bloc l’avis d’un autre établissement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="193"/>
        <source>Measurements and marks</source>
        <translation>Mesures et annotations</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="197"/>
        <source>Key images</source>
        <translation>Images clés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="40"/>
        <source>from {institution}</source>
        <translation>de {institution}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="44"/>
        <source>{author}, {institution}, {when}</source>
        <translation>{author}, {institution}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="147"/>
        <source>Keep the 3-D view as a key image: its camera, surfaces, volume rendering, crop and clipping</source>
        <translation>Conserver la vue 3D comme image clé : caméra, surfaces, rendu volumique, recadrage et plans de coupe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="159"/>
        <source>Remove the selected key image</source>
        <translation>Retirer l’image clé sélectionnée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="233"/>
        <source>{kind} by {author}, changed {when}</source>
        <translation>{kind} par {author}, dernière modification : {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="259"/>
        <source>Opinion from {institution}</source>
        <translation>Avis de {institution}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="336"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="337"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="365"/>
        <source>{plane}, W {w:.0f} L {l:.0f}</source>
        <translation>{plane}, L {w:.0f} N {l:.0f}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="432"/>
        <source>Flag key image</source>
        <translation>Marquer une image clé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/annotation_panel.py" line="433"/>
        <source>Caption (what this image shows):</source>
        <translation>Légende (ce que montre cette image) :</translation>
    </message>
</context>
<context>
    <name>AssessmentSlide</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="42"/>
        <source>{criteria}: no category suggested — for the MDT to decide</source>
        <translation>{criteria} : aucune catégorie suggérée — à décider en RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="47"/>
        <source>at least {category}</source>
        <translation>au moins {category}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="50"/>
        <source>Suggested ({criteria}): {category} — for the MDT to confirm</source>
        <translation>Suggéré ({criteria}) : {category} — à confirmer en RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="61"/>
        <source>{vessel}: {angle:.0f}° (corrected by {author}; measured {measured:.0f}°)</source>
        <translation>{vessel} : {angle:.0f}° (corrigé par {author} ; mesuré {measured:.0f}°)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="72"/>
        <source>{vessel}: {angle:.0f}° (read by {author})</source>
        <translation>{vessel} : {angle:.0f}° (lu par {author})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="76"/>
        <source>{vessel}: {angle:.0f}°</source>
        <translation>{vessel} : {angle:.0f}°</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="80"/>
        <source>, over {length:.0f} mm</source>
        <translation>, sur {length:.0f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/slide.py" line="119"/>
        <source>No resectability assessment is stored for this case.</source>
        <translation>Aucune évaluation de résécabilité n’est enregistrée pour ce dossier.</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="85"/>
        <source>Draft</source>
        <extracomment>Side of the thumbnails in the tree, in device-independent pixels. Typing pauses this long (ms) before the index is searched, so each key does not query. Produces the PNG thumbnail of a series id (runs on a worker thread; may raise).</extracomment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="86"/>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="87"/>
        <source>Ready for MDT</source>
        <translation>Prêt pour la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="88"/>
        <source>Discussed</source>
        <translation>Discuté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="89"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="95"/>
        <source>Possible same patient as another row (same name and birth date). Check the images, then Patient ▸ Merge with flagged patient… or Keep apart.</source>
        <extracomment>What a flagged patient row says, per kind of flag (tooltip of the row&apos;s warning sign).</extracomment>
        <translation>Peut-être le même patient qu’une autre ligne (même nom et même date de naissance). Vérifiez les images, puis Patient ▸ Fusionner avec le patient signalé… ou Garder séparés.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="100"/>
        <source>Identity conflict: another row has the same Patient ID or Study Instance UID with a different name or birth date. The images were kept apart; check them, then Patient ▸ Merge with flagged patient…, Keep apart or Split studies off….</source>
        <translation>Conflit d’identité : une autre ligne a le même ID patient ou le même Study Instance UID avec un autre nom ou une autre date de naissance. Les images ont été gardées séparées ; vérifiez-les, puis Patient ▸ Fusionner avec le patient signalé…, Garder séparés ou Séparer des examens….</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="203"/>
        <source>Patient / study / series</source>
        <extracomment>Colours of the warning sign: amber for a possible same patient, red for a conflict.</extracomment>
        <translation>Patient / examen / série</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="204"/>
        <source>ID / modality</source>
        <translation>ID / modalité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="205"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="206"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="211"/>
        <location filename="../../src/casereview/ui/features/identity.py" line="150"/>
        <source>Patient {n}</source>
        <translation>Patient {n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="214"/>
        <location filename="../../src/casereview/ui/features/identity.py" line="151"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="237"/>
        <location filename="../../src/casereview/ui/features/identity.py" line="272"/>
        <source>(study without description)</source>
        <translation>(examen sans description)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="256"/>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="281"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="282"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="283"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="284"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="285"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="286"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="431"/>
        <source>Search name, patient ID or accession number</source>
        <extracomment>Emitted with the series id when its thumbnail is shown (or failed).</extracomment>
        <translation>Rechercher : nom, ID patient ou numéro d’accession</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="442"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="446"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="461"/>
        <source>Only studies on or after this date</source>
        <translation>Seulement les examens à partir de cette date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="464"/>
        <source>Only studies on or before this date</source>
        <translation>Seulement les examens jusqu’à cette date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="469"/>
        <source>All modalities</source>
        <translation>Toutes modalités</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="474"/>
        <source>Identity flags only</source>
        <translation>Signalements d’identité seulement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="478"/>
        <source>Show only patients flagged as a possible same patient or a conflict</source>
        <translation>N’afficher que les patients signalés comme possiblement identiques ou en conflit</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="485"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="610"/>
        <source>No preview: the images of this series cannot be shown.</source>
        <translation>Pas d’aperçu : les images de cette série ne peuvent pas être affichées.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="691"/>
        <source>Imaging — patients: {patients}, studies: {studies}</source>
        <translation>Imagerie — patients : {patients}, examens : {studies}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="697"/>
        <source>No imaging matches the search and filters.</source>
        <translation>Aucune imagerie ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="701"/>
        <source>No imaging yet. Import a folder, files, a zip archive or a DICOMDIR (File menu), or drop them on this window.</source>
        <translation>Pas encore d’imagerie. Importez un répertoire, des fichiers, une archive zip ou un DICOMDIR (menu Fichier), ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="734"/>
        <source>Cases — {n}</source>
        <translation>Dossiers — {n}</translation>
    </message>
</context>
<context>
    <name>CprView</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/cpr_view.py" line="130"/>
        <source>No straightened view to show</source>
        <extracomment>Width (screen pixels) of the contact bar beside the image. The section index the person chose.</extracomment>
        <translation>Aucune vue redressée (CPR) à afficher</translation>
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
        <translation>Aucune coupe transversale à afficher</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/cross_section_view.py" line="219"/>
        <source>{angle:.0f}° at {position:.1f} mm</source>
        <translation>{angle:.0f}° à {position:.1f} mm</translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="104"/>
        <source>Connected to the department database: changes show at once.</source>
        <extracomment>Changes heard within this many milliseconds are published together. A :class:`Changes` record heard (emitted from the listener&apos;s thread, queued). Whether the listener is connected (emitted from the listener&apos;s thread, queued). Publishes made (one per burst).</extracomment>
        <translation>Connecté à la base de données du service : les modifications s&apos;affichent immédiatement.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="108"/>
        <source>Lost the connection to the department database; reconnecting. Changes made elsewhere show once it is back.</source>
        <translation>Connexion à la base de données du service perdue ; reconnexion en cours. Les modifications faites ailleurs s&apos;afficheront dès son rétablissement.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="194"/>
        <source>Reload</source>
        <extracomment>The user asked to see the other version. The user, having seen theirs, saves their own text again.</extracomment>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="197"/>
        <source>Show what was saved at the other workstation; what you typed stays</source>
        <translation>Afficher ce qui a été enregistré sur l&apos;autre poste ; votre saisie est conservée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="204"/>
        <source>Save mine again</source>
        <translation>Réenregistrer ma version</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="238"/>
        <source>Their version is shown where you had not typed. Where you both typed, your text is in the editor and theirs is below: combine them, then save again.</source>
        <translation>Leur version s&apos;affiche là où vous n&apos;aviez rien saisi. Là où vous avez tous deux saisi du texte, le vôtre est dans l&apos;éditeur et le leur en dessous : fusionnez-les, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="246"/>
        <source>Theirs — {field}: {text}</source>
        <translation>Leur version — {field} : {text}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="46"/>
        <source>Surgeon</source>
        <translation>Chirurgien</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="47"/>
        <source>Radiologist</source>
        <translation>Radiologue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="48"/>
        <source>Medical oncologist</source>
        <translation>Oncologue médical</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="49"/>
        <source>Radiation oncologist</source>
        <translation>Radiothérapeute</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="50"/>
        <source>Pathologist</source>
        <translation>Pathologiste</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="51"/>
        <source>Gastroenterologist</source>
        <translation>Gastro-entérologue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="52"/>
        <source>Nurse</source>
        <translation>Infirmier·ère</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="53"/>
        <source>MDT coordinator</source>
        <translation>Coordinateur·rice de RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="54"/>
        <source>Trainee</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="55"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="65"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="84"/>
        <source>Hide patient identity when casereview starts</source>
        <translation>Masquer l’identité du patient au démarrage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="96"/>
        <source>nats://relay.hospital.example:4222</source>
        <translation>nats://relay.hospital.example:4222</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="99"/>
        <source>The hospital&apos;s relay for remote joint review (its NATS server, nats:// or tls://); leave empty to use the relay each invitation names</source>
        <translation>Le relais de l&apos;hôpital pour la revue conjointe à distance (son serveur NATS, nats:// ou tls://) ; laissez vide pour utiliser le relais que nomme chaque invitation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="108"/>
        <source>Language (after restart)</source>
        <translation>Langue (après redémarrage)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="110"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="111"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="113"/>
        <source>Name shown on reports</source>
        <translation>Nom affiché sur les comptes rendus</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="115"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="116"/>
        <source>Memory for open images</source>
        <translation>Mémoire pour les images ouvertes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="119"/>
        <source>Relay for remote sessions</source>
        <translation>Relais des sessions à distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="167"/>
        <source>About casereview</source>
        <translation>À propos de casereview</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="172"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="173"/>
        <source>Data directory</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="174"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="175"/>
        <source>Schema revision</source>
        <translation>Révision du schéma</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="176"/>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="187"/>
        <source>Surgical case review and MDT meetings for hepatopancreatobiliary teams.</source>
        <translation>Revue de dossiers chirurgicaux et réunions de concertation pluridisciplinaire pour les équipes hépato-bilio-pancréatiques.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="191"/>
        <source>Not a medical device for primary diagnosis; decisions rest with the clinical team.</source>
        <translation>N’est pas un dispositif de diagnostic primaire ; les décisions relèvent de l’équipe soignante.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="216"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="222"/>
        <source>e.g. Pancreatic head mass, SMV contact</source>
        <translation>p. ex. Masse de la tête du pancréas, contact VMS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="226"/>
        <source>Question for the review or the MDT</source>
        <translation>Question posée à la revue ou à la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="230"/>
        <source>Comma-separated, e.g. pancreas, borderline</source>
        <translation>Séparés par des virgules, p. ex. pancréas, borderline</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="236"/>
        <source>Selected — studies: {studies}, series: {series}</source>
        <translation>Sélection — examens : {studies}, séries : {series}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="242"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="243"/>
        <source>Clinical question</source>
        <translation>Question clinique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="244"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="65"/>
        <source>Unexpected problem</source>
        <extracomment>Emitted with (title, text) each time a message is shown (tests and the status bar use it).</extracomment>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="66"/>
        <source>casereview ran into an unexpected problem and stopped this action. Your saved work is safe.

Reference: {reference}</source>
        <translation>casereview a rencontré un problème inattendu et a interrompu cette action. Votre travail enregistré est intact.

Référence : {reference}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="72"/>
        <source>Details are in the log file: {path}</source>
        <translation>Détails dans le fichier journal : {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="81"/>
        <source>Clean descriptions and comments</source>
        <extracomment>Option check boxes: attribute of DeidOptions, label, tooltip (English; translated in the &quot;ExportDialog&quot; context).</extracomment>
        <translation>Nettoyer les descriptions et commentaires</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="82"/>
        <source>Keep study and series descriptions with every word removed that is not in the clinical vocabulary; off: remove them</source>
        <translation>Conserver les descriptions d’examen et de série en retirant tout mot absent du vocabulaire clinique ; décoché : les supprimer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="90"/>
        <source>Clean structured reports</source>
        <translation>Nettoyer les comptes rendus structurés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="91"/>
        <source>Keep SR content with names removed, dates shifted and text cleaned</source>
        <translation>Conserver le contenu SR en supprimant les noms, en décalant les dates et en nettoyant le texte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="97"/>
        <source>Clean graphic annotations</source>
        <translation>Nettoyer les annotations graphiques</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="98"/>
        <source>Keep graphic annotations with their text cleaned; overlays are always removed</source>
        <translation>Conserver les annotations graphiques en nettoyant leur texte ; les overlays sont toujours supprimés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="105"/>
        <source>Keep dates, shifted (intervals stay exact)</source>
        <translation>Conserver les dates, décalées (les intervalles restent exacts)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="106"/>
        <source>Move every date of the patient by the same number of days; off: remove dates</source>
        <translation>Décaler toutes les dates du patient du même nombre de jours ; décoché : supprimer les dates</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="113"/>
        <source>Keep age, sex, size and weight</source>
        <translation>Conserver l’âge, le sexe, la taille et le poids</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="114"/>
        <source>Needed for dose and SUV calculations</source>
        <translation>Nécessaires aux calculs de dose et de SUV</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="118"/>
        <source>Keep device identity</source>
        <translation>Conserver l’identité des appareils</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="119"/>
        <source>Station names, serial numbers, device identifiers</source>
        <translation>Noms de station, numéros de série, identifiants d’appareil</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="123"/>
        <source>Keep institution identity</source>
        <translation>Conserver l’identité de l’établissement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="124"/>
        <source>Institution names, addresses and departments</source>
        <translation>Noms, adresses et services des établissements</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="128"/>
        <source>Keep original UIDs</source>
        <translation>Conserver les UID d’origine</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="129"/>
        <source>Only when the recipient must match the images with originals</source>
        <translation>Seulement si le destinataire doit rapprocher les images des originaux</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="135"/>
        <source>Keep safe private attributes</source>
        <translation>Conserver les attributs privés sûrs</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="136"/>
        <source>Numeric vendor attributes known to identify nobody (scan pitch...)</source>
        <translation>Attributs numériques du constructeur connus pour n’identifier personne (pitch d’acquisition...)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="143"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="144"/>
        <source>emptied</source>
        <translation>vidé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="145"/>
        <source>replaced (dummy or pseudonym)</source>
        <translation>remplacé (valeur factice ou pseudonyme)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="146"/>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="147"/>
        <source>cleaned or shifted</source>
        <translation>nettoyé ou décalé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="148"/>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="152"/>
        <source>Patient identity</source>
        <translation>Identité du patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="153"/>
        <source>Dates and times</source>
        <translation>Dates et heures</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="154"/>
        <source>People and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="155"/>
        <source>Device identity</source>
        <translation>Identité des appareils</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="156"/>
        <source>Descriptions and comments</source>
        <translation>Descriptions et commentaires</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="157"/>
        <source>Structured content</source>
        <translation>Contenu structuré</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="158"/>
        <source>Graphics and overlays</source>
        <translation>Graphiques et overlays</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="159"/>
        <source>Unique identifiers (UIDs)</source>
        <translation>Identifiants uniques (UID)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="160"/>
        <source>Private attributes</source>
        <translation>Attributs privés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="161"/>
        <source>Other attributes</source>
        <translation>Autres attributs</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="165"/>
        <source>secondary capture (often a screenshot with burned-in text)</source>
        <translation>capture secondaire (souvent une capture d’écran avec du texte incrusté)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="168"/>
        <source>ultrasound (usually carries burned-in patient text)</source>
        <translation>échographie (porte généralement du texte patient incrusté)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="171"/>
        <source>endoscopy, photograph or fluoroscopy (usually carries burned-in patient text)</source>
        <translation>endoscopie, photographie ou radioscopie (porte généralement du texte patient incrusté)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="175"/>
        <source>screenshot or derived picture</source>
        <translation>capture d’écran ou image dérivée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="178"/>
        <source>marked as carrying burned-in annotation</source>
        <translation>signalée comme portant une annotation incrustée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="181"/>
        <source>document object that cannot be cleaned automatically</source>
        <translation>objet document qui ne peut pas être nettoyé automatiquement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="184"/>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="236"/>
        <source>Export case package</source>
        <extracomment>Item data role of a held-back image&apos;s description (without the &quot;cleaned&quot; note). Item data role: whether the held-back file has pixels that can be cleaned. Rectangles of burned-in text to black out, per held-back SOP Instance UID. Asks for this institution&apos;s name at the first export (none in the settings yet). The sender of a received case&apos;s packages, who holds its images (``None``: not a reply, the images go with the package). Whether the package written was an opinion-only answer.</extracomment>
        <translation>Exporter un paquet de dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="252"/>
        <source>Send annotations, segments, key images, decisions, the case and its report, and refer to the images by the UIDs the partner knows instead of sending them</source>
        <translation>Envoyer les annotations, segments, images clés, décisions, le dossier et son compte rendu, et désigner les images par les UID que le partenaire connaît au lieu de les envoyer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="258"/>
        <source>De-identification (DICOM PS3.15 Annex E)</source>
        <translation>Désidentification (DICOM PS3.15 Annexe E)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="277"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="277"/>
        <source>What happens</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="277"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="284"/>
        <source>Held back: may show burned-in text (tick the ones you checked)</source>
        <translation>Retenues : peuvent montrer du texte incrusté (cochez celles que vous avez vérifiées)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="289"/>
        <source>Clean…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="292"/>
        <source>Black out the burned-in text of the selected image so that it can be sent</source>
        <translation>Masquer en noir le texte incrusté de l’image sélectionnée pour pouvoir l’envoyer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="300"/>
        <source>What will be removed or changed</source>
        <translation>Ce qui sera supprimé ou modifié</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="308"/>
        <source>Free text as it will be sent</source>
        <translation>Texte libre tel qu&apos;il sera envoyé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="319"/>
        <source>Package file (.zip)</source>
        <translation>Fichier du paquet (.zip)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="322"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="329"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="331"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="335"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="352"/>
        <source>There is no case to export yet: create a case first.</source>
        <translation>Il n’y a encore aucun dossier à exporter : créez d’abord un dossier.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="385"/>
        <source>Answer every highlighted word under Free text first (remove or keep)</source>
        <translation>Répondez d&apos;abord pour chaque mot surligné sous Texte libre (retirer ou garder)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="394"/>
        <source>Save case package</source>
        <translation>Enregistrer le paquet de dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="394"/>
        <location filename="../../src/casereview/ui/exchange.py" line="847"/>
        <source>Case packages (*.zip)</source>
        <translation>Paquets de dossier (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="416"/>
        <location filename="../../src/casereview/ui/exchange.py" line="547"/>
        <source>the sender</source>
        <translation>l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="419"/>
        <source>Opinion only: %1 already holds the images; send only our work on them</source>
        <translation>Avis uniquement : %1 dispose déjà des images ; n’envoyer que notre travail sur ces images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="453"/>
        <source>Checking every header of the case…</source>
        <translation>Vérification de chaque en-tête du dossier…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="468"/>
        <source>Preparing the export preview</source>
        <translation>Préparation de l’aperçu de l’export</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="471"/>
        <location filename="../../src/casereview/ui/exchange.py" line="897"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="536"/>
        <source>dates removed</source>
        <translation>dates supprimées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="538"/>
        <source>dates moved %n day(s) earlier</source>
        <translation>
            <numerusform>dates décalées de %n jour plus tôt</numerusform>
            <numerusform>dates décalées de %n jours plus tôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="540"/>
        <source>dates moved %n day(s) later</source>
        <translation>
            <numerusform>dates décalées de %n jour plus tard</numerusform>
            <numerusform>dates décalées de %n jours plus tard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="544"/>
        <source>Opinion only: no images are sent; the package refers to the images %1 already holds. Patient %2; %3.</source>
        <translation>Avis uniquement : aucune image n’est envoyée ; le paquet désigne les images dont %1 dispose déjà. Patient %2 ; %3.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="554"/>
        <source>%1 files will be exported as patient %2; %3.</source>
        <translation>%1 fichiers seront exportés sous le nom de patient %2 ; %3.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="528"/>
        <source>None: no image looks like it carries burned-in text.</source>
        <translation>Aucune : aucune image ne semble porter de texte incrusté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="572"/>
        <source>cleaned (%n region(s))</source>
        <translation>
            <numerusform>nettoyée (%n zone)</numerusform>
            <numerusform>nettoyée (%n zones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="589"/>
        <source>Loading the image to clean</source>
        <translation>Chargement de l’image à nettoyer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="652"/>
        <source>Exporting the case package</source>
        <translation>Export du paquet de dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="687"/>
        <source>The package was written to %1: %2 images, %3 other objects.</source>
        <translation>Le paquet a été enregistré dans %1 : %2 images, %3 autres objets.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="693"/>
        <source>It carries your opinion only (%1 MB): the images stay with the partner, who holds them already.</source>
        <translation>Il ne contient que votre avis (%1 Mo) : les images restent chez le partenaire, qui en dispose déjà.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="699"/>
        <source>%n image(s) were sent with their burned-in text blacked out.</source>
        <translation>
            <numerusform>%n image a été envoyée avec son texte incrusté masqué en noir.</numerusform>
            <numerusform>%n images ont été envoyées avec leur texte incrusté masqué en noir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="706"/>
        <source>%n image(s) were held back for burned-in text and not sent.</source>
        <translation>
            <numerusform>%n image a été retenue pour texte incrusté et n’a pas été envoyée.</numerusform>
            <numerusform>%n images ont été retenues pour texte incrusté et n’ont pas été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="712"/>
        <source>Case package exported</source>
        <translation>Paquet de dossier exporté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="845"/>
        <source>Import case package</source>
        <translation>Importer un paquet de dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="865"/>
        <source>Checking the case package</source>
        <translation>Vérification du paquet de dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="894"/>
        <source>Importing the case package</source>
        <translation>Import du paquet de dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="903"/>
        <source>This package was imported before; nothing changed.</source>
        <translation>Ce paquet a déjà été importé ; rien n’a changé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="905"/>
        <source>%n image(s) imported.</source>
        <translation>
            <numerusform>%n image importée.</numerusform>
            <numerusform>%n images importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="910"/>
        <source>Kept in the package folder, not yet shown as the sender&apos;s layer: %1</source>
        <translation>Conservé dans le répertoire du paquet, pas encore affiché comme calque de l’expéditeur : %1</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="917"/>
        <source>Case package imported</source>
        <translation>Paquet de dossier importé</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="87"/>
        <source>Note (optional)</source>
        <extracomment>``(vessel, finding kind, thrombus kind or &quot;&quot;, note)``. ``(vessel, finding kind)``. ``(variant kind, touches the tumour, origin vessel or &quot;&quot;, description)``. Variant kind. Reconstructibility value, ``&quot;&quot;`` to clear. Tumour location, ``&quot;&quot;`` to clear.</extracomment>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="88"/>
        <source>Add finding</source>
        <translation>Ajouter la constatation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="90"/>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="108"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="100"/>
        <source>origin not given</source>
        <translation>origine non précisée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="103"/>
        <source>Description (for another variant)</source>
        <translation>Description (pour une autre variante)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="104"/>
        <source>Touches the tumour</source>
        <translation>Au contact de la tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="106"/>
        <source>Record variant</source>
        <translation>Enregistrer la variante</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="115"/>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="123"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="142"/>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="143"/>
        <source>uncinate process</source>
        <translation>crochet (processus unciné)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="144"/>
        <source>neck</source>
        <translation>isthme</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="145"/>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="146"/>
        <source>tail</source>
        <translation>queue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="151"/>
        <source>Findings on vessels</source>
        <translation>Constatations vasculaires</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="160"/>
        <source>Variant arterial anatomy</source>
        <translation>Variantes anatomiques artérielles</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="169"/>
        <source>Vein and tumour</source>
        <translation>Veine et tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="171"/>
        <source>SMV–portal vein reconstructible:</source>
        <translation>Axe VMS–veine porte reconstructible :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="172"/>
        <source>Tumour location:</source>
        <translation>Localisation tumorale :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="192"/>
        <source>{vessel}: {finding} — {author}</source>
        <translation>{vessel} : {finding} — {author}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="201"/>
        <source>touches the tumour</source>
        <translation>au contact de la tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="203"/>
        <source>does not touch the tumour</source>
        <translation>sans contact avec la tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/findings_panel.py" line="207"/>
        <source>{variant}: {touches} — {author}</source>
        <translation>{variant} : {touches} — {author}</translation>
    </message>
</context>
<context>
    <name>FlrPanel</name>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="77"/>
        <source>{condition}: remnant ≥ {sflr:.0f} %</source>
        <extracomment>Badge colours: white text on these reads at ≥ 4.5:1 in the light and the dark theme. What the size fields say about where the size came from. Condition, height or weight changed (the plan is computed again). &quot;Save plan…&quot; was pressed.</extracomment>
        <translation>{condition} : foie restant ≥ {sflr:.0f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="79"/>
        <source>{condition}: remnant ≥ {sflr:.0f} %, RBWR ≥ {rbwr:.1f} %</source>
        <translation>{condition} : foie restant ≥ {sflr:.0f} %, RBWR ≥ {rbwr:.1f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="92"/>
        <source>The liver&apos;s condition sets how much of it must remain (chosen by you)</source>
        <translation>L&apos;état du foie détermine la part qui doit en rester (choisi par vous)</translation>
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
        <translation>Foie total</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="106"/>
        <source>Tumour</source>
        <translation>Tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="107"/>
        <source>Resected</source>
        <translation>Réséqué</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="108"/>
        <source>Remnant</source>
        <translation>Foie restant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="109"/>
        <source>Future liver remnant</source>
        <translation>FLR (foie restant futur)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="110"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="111"/>
        <source>FLR (of the functional liver)</source>
        <translation>FLR (du foie fonctionnel)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="112"/>
        <source>Standardised FLR</source>
        <translation>FLR standardisé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="113"/>
        <source>Remnant / body weight</source>
        <translation>Foie restant / poids corporel</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="125"/>
        <source>Remnant against the standard liver volume from the body surface area</source>
        <translation>Foie restant rapporté au volume hépatique standard calculé d&apos;après la surface corporelle</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="136"/>
        <source>Planning aid for the MDT to confirm — not a decision.</source>
        <translation>Aide à la planification à confirmer par la RCP — ne constitue pas une décision.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="142"/>
        <source>Save plan…</source>
        <translation>Enregistrer le plan…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="144"/>
        <source>Keep this plan with the case as a new version</source>
        <translation>Conserver ce plan avec le cas comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="153"/>
        <source>Liver condition (sets the threshold)</source>
        <translation>État du foie (détermine le seuil)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="157"/>
        <source>Height, weight</source>
        <translation>Taille, poids</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="231"/>
        <source>From the images&apos; headers (Patient&apos;s Size and Weight); type to change.</source>
        <translation>Issu des en-têtes des images (Patient&apos;s Size et Patient&apos;s Weight) ; saisissez pour modifier.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="233"/>
        <source>Entered by you.</source>
        <translation>Saisi par vous.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="236"/>
        <source>Not in the images: enter height and weight for the standardised FLR and the remnant-to-body-weight ratio.</source>
        <translation>Absent des images : saisissez la taille et le poids pour le FLR standardisé et le rapport foie restant/poids corporel.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="258"/>
        <source>{value:.0f} mL</source>
        <translation>{value:.0f} mL</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="267"/>
        <source>tumour left in the remnant ({value:.1f} mL)</source>
        <translation>tumeur laissée dans le foie restant ({value:.1f} mL)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="273"/>
        <source>no tumour segmented</source>
        <translation>aucune tumeur segmentée</translation>
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
        <translation>nécessite la taille et le poids</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="291"/>
        <source>Standard liver volume {slv:.0f} mL from a body surface area of {bsa:.2f} m²</source>
        <translation>Volume hépatique standard {slv:.0f} mL pour une surface corporelle de {bsa:.2f} m²</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="303"/>
        <source>Thresholds from {sources} (hover for the references).</source>
        <translation>Seuils issus de {sources} (survolez pour voir les références).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="312"/>
        <source>PASS</source>
        <translation>SUFFISANT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="312"/>
        <source>FAIL</source>
        <translation>INSUFFISANT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/flr_panel.py" line="317"/>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
</context>
<context>
    <name>FreeTextReview</name>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="110"/>
        <source>Another word that identifies the patient (a relative&apos;s name, a village…)</source>
        <extracomment>Unsure spans are marked in the same colours in either theme: dark text on amber (contrast about 12:1), so the highlight reads on the light and the dark palette alike. Every span asked about since the case was chosen, in the order first seen. Where each span was found (&quot;Case — question&quot;), as last seen unsure. Words the user typed in as identifying, in the order added (answered Remove). The Remove and Keep buttons of each span&apos;s row.</extracomment>
        <translation>Autre mot qui identifie le patient (nom d&apos;un proche, village…)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="113"/>
        <source>Remove everywhere</source>
        <translation>Retirer partout</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="117"/>
        <source>Replace it with [removed] in every text of the package, like the patient&apos;s name</source>
        <translation>Le remplacer par [removed] dans chaque texte du paquet, comme le nom du patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="191"/>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="263"/>
        <source>Word or number</source>
        <translation>Mot ou nombre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="263"/>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="263"/>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="272"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="274"/>
        <source>Replace it with [removed] in every text of the package</source>
        <translation>Le remplacer par [removed] dans tous les textes du paquet</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="275"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="277"/>
        <source>It does not identify the patient: send it as written</source>
        <translation>Il n&apos;identifie pas le patient : l&apos;envoyer tel quel</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/export_text_review.py" line="297"/>
        <source>No free text of this case names the patient.</source>
        <translation>Aucun texte libre de ce cas ne nomme le patient.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/export_text_review.py" line="300"/>
        <source>%n text field(s) will be sent changed; what replaced the patient&apos;s identity is in bold.</source>
        <translation>
            <numerusform>%n champ de texte sera envoyé modifié ; ce qui remplace l&apos;identité du patient est en gras.</numerusform>
            <numerusform>%n champs de texte seront envoyés modifiés ; ce qui remplace l&apos;identité du patient est en gras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/export_text_review.py" line="308"/>
        <source>Export waits for your answer about %n highlighted word(s): remove or keep.</source>
        <translation>
            <numerusform>L&apos;export attend votre réponse pour %n mot surligné : retirer ou garder.</numerusform>
            <numerusform>L&apos;export attend votre réponse pour %n mots surlignés : retirer ou garder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="127"/>
        <source>Choose a patient</source>
        <translation>Choisir un patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="128"/>
        <source>The selected patient is flagged with several rows. Which one?</source>
        <translation>Le patient sélectionné est signalé avec plusieurs lignes. Laquelle ?</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="148"/>
        <source>patient #{id}</source>
        <translation>patient n° {id}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="154"/>
        <source>{name} (ID {id})</source>
        <translation>{name} (ID {id})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="226"/>
        <source>Move {studies} studies and {cases} cases of {source} into {target}?

{target} keeps its name, ID and birth date; {source} is no longer listed. The merge is recorded in the audit trail and can be undone (Edit ▸ Undo).</source>
        <translation>Déplacer {studies} examen(s) et {cases} dossier(s) de {source} vers {target} ?

{target} garde son nom, son ID et sa date de naissance ; {source} n’est plus listé. La fusion est inscrite au journal d’audit et peut être annulée (Édition ▸ Annuler).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="237"/>
        <source>Merge patients</source>
        <translation>Fusionner les patients</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="241"/>
        <source>Patients merged. Edit ▸ Undo takes the merge back.</source>
        <translation>Patients fusionnés. Édition ▸ Annuler revient sur la fusion.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="253"/>
        <source>Record that {first} and {second} are different people? They stay separate and are no longer flagged together.</source>
        <translation>Enregistrer que {first} et {second} sont des personnes différentes ? Ils restent séparés et ne sont plus signalés ensemble.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="258"/>
        <source>Keep patients apart</source>
        <translation>Garder les patients séparés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="261"/>
        <source>Recorded as different patients.</source>
        <translation>Enregistrés comme patients différents.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="276"/>
        <source>Move {count} studies ({studies}) of {patient} to a new patient row with the same identity?

Cases that hold only these studies move with them. The split is recorded in the audit trail and can be undone (Edit ▸ Undo).</source>
        <translation>Déplacer {count} examen(s) ({studies}) de {patient} vers une nouvelle ligne patient de même identité ?

Les dossiers qui ne contiennent que ces examens sont déplacés avec eux. La séparation est inscrite au journal d’audit et peut être annulée (Édition ▸ Annuler).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="286"/>
        <source>Split studies off</source>
        <translation>Séparer des examens</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="291"/>
        <source>Studies moved to a new patient row.</source>
        <translation>Examens déplacés vers une nouvelle ligne patient.</translation>
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
        <translation>Les longueurs sont en mm au niveau du détecteur (Imager Pixel Spacing) : sans correction de l’agrandissement, les dimensions réelles chez le patient peuvent être plus petites.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="83"/>
        <source>This image has no pixel size: lengths and areas are in pixels (px), not millimetres.</source>
        <translation>Cette image n’indique pas la taille des pixels : longueurs et surfaces sont en pixels (px), pas en millimètres.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="144"/>
        <source>Measurements on these images</source>
        <extracomment>Holds the case&apos;s annotations as stored (the edit commands refresh it).</extracomment>
        <translation>Mesures sur ces images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="154"/>
        <source>Delete measurement</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="191"/>
        <source>This series is in no case: create a case (Ctrl+N) to measure and keep marks.</source>
        <translation>Cette série n’appartient à aucun dossier : créez un dossier (Ctrl+N) pour mesurer et conserver des annotations.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="208"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="213"/>
        <source>Window preset…</source>
        <translation>Fenêtre prédéfinie…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="215"/>
        <source>As stored in the image</source>
        <translation>Fenêtre enregistrée dans l’image</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="218"/>
        <source>Full range</source>
        <translation>Plage complète</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="230"/>
        <source>Window width</source>
        <translation>Largeur de fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="231"/>
        <source>Window level</source>
        <translation>Niveau de fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="238"/>
        <source>Invert the grey scale</source>
        <translation>Inverser l’échelle de gris</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="250"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="251"/>
        <source>Show the whole image, as large as fits</source>
        <translation>Afficher l’image entière, aussi grande que possible</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="256"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="257"/>
        <source>One screen pixel per image pixel</source>
        <translation>Un pixel d’écran par pixel d’image</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="262"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="263"/>
        <source>Magnify (also Ctrl+wheel, right-drag)</source>
        <translation>Agrandir (aussi Ctrl+molette, glisser avec le bouton droit)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="268"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="269"/>
        <source>Reduce (also Ctrl+wheel, right-drag)</source>
        <translation>Réduire (aussi Ctrl+molette, glisser avec le bouton droit)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="280"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="282"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="283"/>
        <source>Drag to change the window (horizontal: width, vertical: level); Shift+drag or middle-drag pans</source>
        <translation>Faites glisser pour changer la fenêtre (horizontal : largeur, vertical : niveau) ; Maj+glisser ou glisser avec le bouton du milieu déplace l’image</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="289"/>
        <source>Drag to move the image</source>
        <translation>Faites glisser pour déplacer l’image</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="293"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="294"/>
        <source>Drag from one end to the other</source>
        <translation>Faites glisser d’une extrémité à l’autre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="298"/>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="299"/>
        <source>Click the end of one arm, the vertex, then the other end</source>
        <translation>Cliquez l’extrémité d’un côté, le sommet, puis l’autre extrémité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="305"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="306"/>
        <source>Click around the outline; double-click or Enter closes it</source>
        <translation>Cliquez le long du contour ; un double-clic ou Entrée le ferme</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="312"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="313"/>
        <source>Drag from the centre outwards</source>
        <translation>Faites glisser du centre vers l’extérieur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="323"/>
        <source>Frame</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="328"/>
        <source>Image or frame shown (wheel, Page Up/Page Down)</source>
        <translation>Image ou trame affichée (molette, PgPréc/PgSuiv)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="340"/>
        <source>Play through the frames (click again to pause)</source>
        <translation>Faire défiler les images (cliquer à nouveau pour mettre en pause)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="434"/>
        <source>No pixel size: px</source>
        <translation>Taille de pixel inconnue : px</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="437"/>
        <source>Imager Pixel Spacing {mm:.3g} mm</source>
        <translation>Espacement des pixels au détecteur {mm:.3g} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="443"/>
        <source>Pixel Spacing {mm:.3g} mm</source>
        <translation>Espacement des pixels {mm:.3g} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="448"/>
        <source>Colour (shown as stored)</source>
        <translation>Couleur (affichée telle qu’enregistrée)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="454"/>
        <source>Zoom {percent:.0f} %</source>
        <translation>Zoom {percent:.0f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="471"/>
        <source>Move the mouse over the image for its value.</source>
        <translation>Survolez l’image avec la souris pour en lire la valeur.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="479"/>
        <source>RGB {red}, {green}, {blue}</source>
        <translation>RVB {red}, {green}, {blue}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="483"/>
        <source>outside the image</source>
        <translation>hors de l’image</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="489"/>
        <source>{value} · column {column}, row {row}</source>
        <translation>{value} · colonne {column}, ligne {row}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="527"/>
        <source>{values} · Im {index}</source>
        <translation>{values} · Im {index}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="29"/>
        <source>Import finished: {new} new images in {series} series</source>
        <translation>Import terminé : {new} nouvelles images dans {series} séries</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="33"/>
        <source>; {n} files not imported (see the report)</source>
        <translation> ; {n} fichiers non importés (voir le rapport)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="53"/>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="56"/>
        <source>Conflict, quarantined</source>
        <translation>Conflit, mis en quarantaine</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="60"/>
        <location filename="../../src/casereview/ui/import_report.py" line="108"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="68"/>
        <source>{n} new images were added to the index.</source>
        <translation>{n} nouvelles images ont été ajoutées à l’index.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="74"/>
        <source>No new images were added to the index.</source>
        <translation>Aucune nouvelle image n’a été ajoutée à l’index.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="89"/>
        <source>Files found</source>
        <translation>Fichiers trouvés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="90"/>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="93"/>
        <source>Already indexed, unchanged</source>
        <translation>Déjà indexés, inchangés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="98"/>
        <source>Identical copies skipped</source>
        <translation>Copies identiques ignorées</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="103"/>
        <source>Conflicts, quarantined</source>
        <translation>Conflits, mis en quarantaine</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="128"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="129"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="130"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="146"/>
        <source>Files not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="159"/>
        <source>Copy list</source>
        <translation>Copier la liste</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="163"/>
        <source>Copy the files not imported and the reasons, e.g. for the PACS team</source>
        <translation>Copier les fichiers non importés et leurs motifs, p. ex. pour l’équipe PACS</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <location filename="../../src/casereview/ui/institution_dialog.py" line="34"/>
        <source>Your institution</source>
        <extracomment>Longest name kept: a received package&apos;s sender is stored with at most this many characters.</extracomment>
        <translation>Votre établissement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/institution_dialog.py" line="37"/>
        <source>Every case package names the institution that sends it, so that partners know who answers them. Type the name of your hospital or department (never a patient&apos;s). It is remembered; you can change it in Tools → Settings.</source>
        <translation>Chaque paquet de dossier indique l’établissement qui l’envoie, afin que les partenaires sachent qui leur répond. Saisissez le nom de votre hôpital ou de votre service (jamais celui d’un patient). Il est mémorisé ; vous pouvez le modifier dans Outils → Paramètres.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/institution_dialog.py" line="46"/>
        <source>For example: West China Hospital, HPB Surgery</source>
        <translation>Par exemple : Hôpital Beaujon, Chirurgie HBP</translation>
    </message>
</context>
<context>
    <name>JointBanner</name>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="61"/>
        <location filename="../../src/casereview/ui/joint/banner.py" line="198"/>
        <source>Take control</source>
        <extracomment>Banner background while someone else drives, while we drive, while not connected. The user wants control (presenter: take it back; others: ask for it). A participant driving hands control back to the presenter. Follow (``True``) or look around (``False``). Leave the session.</extracomment>
        <translation>Prendre la main</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="66"/>
        <source>Hand back control</source>
        <translation>Rendre la main</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="71"/>
        <source>Look around</source>
        <translation>Regarder librement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="76"/>
        <source>Stop following to look at the case on your own; the session goes on</source>
        <translation>Cesser de suivre pour examiner le dossier librement ; la session continue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="81"/>
        <source>Snap back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="84"/>
        <source>Show again what the driver shows, and follow</source>
        <translation>Afficher de nouveau ce que montre le pilote, et le suivre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="89"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="128"/>
        <source>Joining the session…</source>
        <translation>Connexion à la session…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="130"/>
        <source>You are driving</source>
        <translation>Vous pilotez</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="132"/>
        <source>{name} ({institution}) is driving</source>
        <translation>{name} ({institution}) pilote</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="136"/>
        <source>{name} is driving</source>
        <translation>{name} pilote</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="172"/>
        <source>everyone sees what you show</source>
        <translation>tous voient ce que vous montrez</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="174"/>
        <source>you asked for control; waiting for an answer</source>
        <translation>vous avez demandé la main ; en attente de réponse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="178"/>
        <source>you are looking around on your own</source>
        <translation>vous regardez librement de votre côté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="180"/>
        <source>control is open: the first to take it drives</source>
        <translation>la main est libre : le premier qui la prend pilote</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="184"/>
        <source>you follow</source>
        <translation>vous suivez</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="188"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="189"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Connexion perdue, reconnexion…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="192"/>
        <source>Left</source>
        <translation>Session quittée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="201"/>
        <source>Control asked for</source>
        <translation>Main demandée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/banner.py" line="203"/>
        <source>Ask for control</source>
        <translation>Demander la main</translation>
    </message>
</context>
<context>
    <name>JointDialogs</name>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="53"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="210"/>
        <source>Invite</source>
        <extracomment>The relay suggested when the settings name none (``casereview-cli relay`` on this machine).</extracomment>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="62"/>
        <source>Key fingerprint {fingerprint}</source>
        <translation>Empreinte de la clé {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="68"/>
        <source>No partner&apos;s key card is trusted yet (casereview-cli session trust CARD): invite with a one-time code.</source>
        <translation>Aucune carte de clé de partenaire n’est encore approuvée (casereview-cli session trust CARD) : invitez avec un code à usage unique.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="79"/>
        <source>Make a one-time code to read out on the phone</source>
        <translation>Créer un code à usage unique à dicter au téléphone</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="122"/>
        <source>Start remote session</source>
        <translation>Démarrer une session à distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="125"/>
        <source>Partners follow on their own screens, each from the copy of the case package they received; only the view travels, encrypted.</source>
        <translation>Les partenaires suivent sur leur propre écran, chacun à partir de la copie du paquet de dossier qu’il a reçue ; seule la vue est transmise, chiffrée.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="141"/>
        <source>Shows</source>
        <translation>Contenu présenté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="143"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="345"/>
        <source>Your name as others see it</source>
        <translation>Votre nom vu par les autres participants</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="145"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="347"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="152"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="177"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="389"/>
        <source>Give your name as the others will see it.</source>
        <translation>Indiquez votre nom tel que les autres participants le verront.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="184"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="223"/>
        <source>Choose a partner to invite, or make a one-time code.</source>
        <translation>Choisissez un partenaire à inviter, ou créez un code à usage unique.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="202"/>
        <source>Invite to the session</source>
        <translation>Inviter à la session</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="246"/>
        <source>Invitation to the remote session</source>
        <translation>Invitation à la session à distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="255"/>
        <source>Read out the session id and the code on the phone. The code opens one join and lasts 10 minutes.</source>
        <translation>Dictez l’identifiant de session et le code au téléphone. Le code permet une seule connexion et reste valable 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="272"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="341"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="273"/>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="342"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="281"/>
        <source>Send this invitation to {institutions} (it opens only there):</source>
        <translation>Envoyez cette invitation à {institutions} (elle ne peut être ouverte que là) :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="289"/>
        <source>Copy invitation</source>
        <translation>Copier l’invitation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="312"/>
        <source>Join remote session</source>
        <translation>Rejoindre une session à distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="314"/>
        <source>With an invitation</source>
        <translation>Avec une invitation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="318"/>
        <source>With a session id and a one-time code</source>
        <translation>Avec un identifiant de session et un code à usage unique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="325"/>
        <source>Paste the invitation (casereview-invite:…)</source>
        <translation>Collez l’invitation (casereview-invite:…)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="330"/>
        <source>ABCDE-FGHJK</source>
        <translation>ABCDE-FGHJK</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="338"/>
        <source>the invitation&apos;s relay</source>
        <translation>le relais de l’invitation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="353"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="396"/>
        <source>Paste the invitation you received.</source>
        <translation>Collez l’invitation que vous avez reçue.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="402"/>
        <source>Type the session id and the code the presenter read out.</source>
        <translation>Saisissez l’identifiant de session et le code dictés par le présentateur.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/session_dialogs.py" line="409"/>
        <source>A code names no relay: type the relay&apos;s address (nats://host:port), or set it in the Settings.</source>
        <translation>Un code n’indique aucun relais : saisissez l’adresse du relais (nats://host:port), ou définissez-la dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>JointParticipants</name>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="30"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="31"/>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="32"/>
        <source>left</source>
        <translation>a quitté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="50"/>
        <source>Participant</source>
        <extracomment>Grant control to the participant of this id.</extracomment>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="51"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="63"/>
        <source>Grant control</source>
        <translation>Donner la main</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="67"/>
        <source>Hand control to the selected participant</source>
        <translation>Donner la main au participant sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="89"/>
        <source>Session {session}</source>
        <translation>Session {session}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="103"/>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="108"/>
        <source>presents</source>
        <translation>présente</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="110"/>
        <source>drives</source>
        <translation>pilote</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/participants.py" line="112"/>
        <source>asks for control</source>
        <translation>demande la main</translation>
    </message>
</context>
<context>
    <name>JointReview</name>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="188"/>
        <source>Case #{case}, from case package {packages}</source>
        <extracomment>How long starting, joining or a control change may take before it is given up (seconds). How often the banner reads whether the local view follows (the core decides it on its network thread when the user changes the view while someone else drives). Width of the participants list beside the viewers (pixels). The series being opened for the session (linked once loaded, comparison included: a view still being arranged must not count as the user&apos;s own change). Our UIDs of the series being opened for the session (primary, comparison). The open presentation window (announced when shown) and its link to the session.</extracomment>
        <translation>Dossier #{case}, issu du paquet de dossier {packages}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="197"/>
        <source>The agenda of meeting #{meeting}, from case packages {packages}</source>
        <translation>L’ordre du jour de la réunion #{meeting}, issu des paquets de dossier {packages}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="280"/>
        <source>Starting the remote session</source>
        <translation>Démarrage de la session à distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="355"/>
        <source>Making the invitation</source>
        <translation>Création de l’invitation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="420"/>
        <location filename="../../src/casereview/ui/features/joint.py" line="449"/>
        <source>Joining the remote session</source>
        <translation>Connexion à la session à distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="485"/>
        <source>In remote session {session}</source>
        <translation>En session à distance {session}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="501"/>
        <source>Remote session</source>
        <translation>Session à distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="512"/>
        <source>Session participants</source>
        <translation>Participants à la session</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="562"/>
        <source>Leaving the remote session</source>
        <translation>Sortie de la session à distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="567"/>
        <source>You left the remote session</source>
        <translation>Vous avez quitté la session à distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="611"/>
        <source>This series is not part of the session&apos;s case package: the others keep seeing the last view shown to them.</source>
        <translation>Cette série ne fait pas partie du paquet de dossier de la session : les autres participants continuent de voir la dernière vue qui leur a été montrée.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="724"/>
        <source>Loading the comparison series</source>
        <translation>Chargement de la série de comparaison</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="770"/>
        <location filename="../../src/casereview/ui/joint/presentation_link.py" line="116"/>
        <source>Not shared: the presenter shows a case of the agenda that is not part of this remote session.</source>
        <extracomment>Covers the key image when what the presenter shows cannot be shown here.</extracomment>
        <translation>Non partagé : le présentateur montre un dossier de l’ordre du jour qui ne fait pas partie de cette session à distance.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="898"/>
        <source>{name} ({institution}) asks for control.</source>
        <translation>{name} ({institution}) demande la main.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="902"/>
        <source>{name} asks for control.</source>
        <translation>{name} demande la main.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="908"/>
        <source>Control asked for</source>
        <translation>Main demandée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="911"/>
        <source>Hand them control? You can take it back at any time.</source>
        <translation>Lui donner la main ? Vous pouvez la reprendre à tout moment.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="919"/>
        <source>Grant control</source>
        <translation>Donner la main</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="924"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="977"/>
        <source>Taking control</source>
        <translation>Prise de la main</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="981"/>
        <source>Asking for control</source>
        <translation>Demande de la main</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="996"/>
        <source>Handing back control</source>
        <translation>Restitution de la main</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1005"/>
        <source>Handing over control</source>
        <translation>Passage de la main</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/joint/presentation_link.py" line="135"/>
        <source>The presenter shows a case that is not on the agenda of the meeting presented here. Present the meeting the case is on to see it.</source>
        <translation>Le présentateur montre un dossier qui n’est pas à l’ordre du jour de la réunion présentée ici. Présentez la réunion à l’ordre du jour de laquelle figure ce dossier pour le voir.</translation>
    </message>
</context>
<context>
    <name>LandmarkPanel</name>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="197"/>
        <source>Place landmarks</source>
        <extracomment>&quot;Place landmarks&quot; was toggled (True: clicks on the slice place landmarks).</extracomment>
        <translation>Placer les repères</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="201"/>
        <source>Click the landmarks on the slice, in the order asked, to build the segments</source>
        <translation>Cliquez sur les repères sur la coupe, dans l&apos;ordre demandé, pour construire les segments</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="209"/>
        <source>Undo last point</source>
        <translation>Annuler le dernier point</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="211"/>
        <source>Next landmark</source>
        <translation>Repère suivant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="213"/>
        <source>Build segments</source>
        <translation>Construire les segments</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="217"/>
        <source>Divide the liver into Couinaud segments 1–8 from these landmarks (planes through the hepatic veins and the portal bifurcation); replaces earlier ones</source>
        <translation>Diviser le foie en segments de Couinaud 1–8 à partir de ces repères (plans passant par les veines hépatiques et la bifurcation portale) ; remplace les précédents</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="240"/>
        <source>All landmarks placed: press Build segments.</source>
        <translation>Tous les repères sont placés : cliquez sur Construire les segments.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="241"/>
        <source>Landmark {number} of {count} — {name} ({placed} placed): {what}</source>
        <translation>Repère {number} sur {count} — {name} ({placed} placé(s)) : {what}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="255"/>
        <source>{name}: slice {number}</source>
        <translation>{name} : coupe {number}</translation>
    </message>
</context>
<context>
    <name>LiverLandmarks</name>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="44"/>
        <source>IVC at the confluence</source>
        <extracomment>The landmarks in the order they are placed (English; translated in the &quot;LiverLandmarks&quot; context when shown).</extracomment>
        <translation>VCI au niveau de la confluence</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="46"/>
        <source>Click the centre of the IVC on the slice where the hepatic veins open into it.</source>
        <translation>Cliquez sur le centre de la VCI, sur la coupe où les veines hépatiques s&apos;y abouchent.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="56"/>
        <source>IVC, lower point</source>
        <translation>VCI, point inférieur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="58"/>
        <source>Scroll down at least 1 cm (to the caudate process) and click the centre of the IVC.</source>
        <translation>Descendez d&apos;au moins 1 cm (jusqu&apos;au processus caudé) et cliquez sur le centre de la VCI.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="68"/>
        <source>Right hepatic vein</source>
        <translation>Veine hépatique droite</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="70"/>
        <source>Click two or more points along the right hepatic vein, from the IVC outwards; then press Next landmark.</source>
        <translation>Cliquez au moins deux points le long de la veine hépatique droite, depuis la VCI vers la périphérie ; puis cliquez sur Repère suivant.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="81"/>
        <source>Middle hepatic vein</source>
        <translation>Veine hépatique médiane</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="83"/>
        <source>Click two or more points along the middle hepatic vein, from the IVC outwards; then press Next landmark.</source>
        <translation>Cliquez au moins deux points le long de la veine hépatique médiane, depuis la VCI vers la périphérie ; puis cliquez sur Repère suivant.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="94"/>
        <source>Left hepatic vein</source>
        <translation>Veine hépatique gauche</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="96"/>
        <source>Click two or more points along the left hepatic vein, from the IVC outwards; then press Next landmark.</source>
        <translation>Cliquez au moins deux points le long de la veine hépatique gauche, depuis la VCI vers la périphérie ; puis cliquez sur Repère suivant.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="107"/>
        <source>Portal bifurcation</source>
        <translation>Bifurcation portale</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/landmarks.py" line="109"/>
        <source>Click where the main portal vein divides into its right and left branches.</source>
        <translation>Cliquez à l&apos;endroit où le tronc de la veine porte se divise en branches droite et gauche.</translation>
    </message>
</context>
<context>
    <name>LiverPlanSlide</name>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="47"/>
        <source>Liver resection plan: {resection}</source>
        <extracomment>Badge colours (white text on them reads at ≥ 4.5:1), as in the liver planning window. The verdict&apos;s words on the black screen, in the badge&apos;s hue and light enough to read.</extracomment>
        <translation>Plan de résection hépatique : {resection}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="57"/>
        <source>Plan of {origin}, version {number} by {author}, {when}</source>
        <translation>Plan de {origin}, version {number} par {author}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="61"/>
        <source>Version {number} by {author}, {when}</source>
        <translation>Version {number} par {author}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="64"/>
        <source>{line} · {condition} · a planning aid for the MDT to confirm</source>
        <translation>{line} · {condition} · aide à la planification à confirmer par la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="72"/>
        <source>no threshold applied</source>
        <translation>aucun seuil appliqué</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="75"/>
        <source>PASS</source>
        <translation>SUFFISANT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="79"/>
        <source>enough — threshold ≥ {threshold:.1f} %</source>
        <translation>suffisant — seuil ≥ {threshold:.1f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="84"/>
        <source>FAIL</source>
        <translation>INSUFFISANT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="88"/>
        <source>NOT enough — threshold ≥ {threshold:.1f} %</source>
        <translation>INSUFFISANT — seuil ≥ {threshold:.1f} %</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="120"/>
        <source>Whole liver {total:.0f} mL · tumour {tumour:.0f} mL · resected {resected:.0f} mL · future remnant {remnant:.0f} mL · tumour margin {margin}</source>
        <translation>Foie entier {total:.0f} mL · tumeur {tumour:.0f} mL · réséqué {resected:.0f} mL · foie restant futur {remnant:.0f} mL · marge tumorale {margin}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/slide.py" line="175"/>
        <source>No liver resection plan is stored for this case.</source>
        <extracomment>(name, value, verdict) labels of each ratio shown, in order.</extracomment>
        <translation>Aucun plan de résection hépatique n’est enregistré pour ce dossier.</translation>
    </message>
</context>
<context>
    <name>LiverPlannerWindow</name>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="85"/>
        <source>Liver planning</source>
        <extracomment>Kinds of change to a case after which the window reads it again. Label values of the slice view&apos;s outlines beyond the Couinaud ones (1–8).</extracomment>
        <translation>Planification hépatique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="77"/>
        <source>Add point</source>
        <extracomment>Milliseconds between two redraws of the surface while a point is dragged. The surface was bent (a control point dragged, added or removed). A new surface replaces the plan (the start plane, or a saved plan&apos;s surface). The surface in patient coordinates (``None``: none yet). How the start plane was placed (``None``: a saved plan&apos;s surface).</extracomment>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="82"/>
        <source>Click on the slice to add a control point; the surface bends through it</source>
        <translation>Cliquez sur la coupe pour ajouter un point de contrôle ; la surface s&apos;incurve pour y passer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="88"/>
        <source>Remove last point</source>
        <translation>Supprimer le dernier point</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="92"/>
        <source>Remove the control point added last (the first three define the plane)</source>
        <translation>Supprimer le dernier point de contrôle ajouté (les trois premiers définissent le plan)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="98"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="102"/>
        <source>Go back to the start plane by three points</source>
        <translation>Revenir au plan initial défini par trois points</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="74"/>
        <source>Segment liver…</source>
        <extracomment>The seed shown on the slice was placed or taken away. Where the liver is being grown from (array-frame mm; ``None``: no seed). The liver segment to choose in the next viewer opened.</extracomment>
        <translation>Segmenter le foie…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="79"/>
        <source>Click a seed in the liver on the slice; the liver is grown from it</source>
        <translation>Cliquez sur un point d&apos;amorce dans le foie sur la coupe ; le foie est segmenté par croissance de région à partir de celui-ci</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="92"/>
        <source>Portal-venous</source>
        <translation>Portale</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="94"/>
        <source>Arterial</source>
        <translation>Temps artériel</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="97"/>
        <source>Non-contrast</source>
        <translation>Sans injection</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="104"/>
        <source>Correct with the brush</source>
        <translation>Corriger au pinceau</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="108"/>
        <source>Open the series in the viewer with the Liver segment and the brush chosen</source>
        <translation>Ouvrir la série dans la visionneuse avec la segmentation du foie et le pinceau sélectionnés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="79"/>
        <source>Remnant and resected part</source>
        <extracomment>Milliseconds the remnant and resected surfaces wait after the last change of the plan. Grows with every plan&apos;s parts asked for, so older ones are not shown.</extracomment>
        <translation>Foie restant et partie réséquée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="84"/>
        <source>Show the plan&apos;s remnant (solid) and resected part (translucent) instead of the liver&apos;s segments</source>
        <translation>Afficher le foie restant du plan (opaque) et la partie réséquée (translucide) au lieu des segments du foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="146"/>
        <source>Front view</source>
        <translation>Vue de face</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="166"/>
        <source>Resection</source>
        <translation>Résection</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="168"/>
        <source>Future liver remnant</source>
        <translation>FLR (foie restant futur)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="175"/>
        <source>Couinaud segments from landmarks</source>
        <translation>Segments de Couinaud à partir des repères</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="177"/>
        <source>Liver tool</source>
        <translation>Outil foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="180"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="190"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="190"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="268"/>
        <source>Reading the liver plan</source>
        <translation>Lecture du plan hépatique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="274"/>
        <source>Liver planning — {title}</source>
        <translation>Planification hépatique — {title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="276"/>
        <source>Case #{number}: {title}</source>
        <translation>Dossier #{number} : {title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="126"/>
        <source>Read from the series description.</source>
        <translation>Lu dans la description de la série.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="128"/>
        <source>Not in the series description: check it.</source>
        <translation>Absent de la description de la série : vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="133"/>
        <source>Liver segment: {name}</source>
        <translation>Segmentation du foie : {name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="137"/>
        <source>No liver segment yet.</source>
        <translation>Pas encore de segmentation du foie.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="107"/>
        <source>Segment {number}</source>
        <translation>Segment {number}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="118"/>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="127"/>
        <source>Tumour</source>
        <translation>Tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="146"/>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="193"/>
        <source>Making the 3-D surfaces</source>
        <translation>Création des surfaces 3D</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="147"/>
        <source>No plan saved yet.</source>
        <translation>Aucun plan enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="152"/>
        <source>Version {number} saved by {author}, {when}</source>
        <translation>Version {number} enregistrée par {author}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="166"/>
        <source>The saved plan&apos;s surface.</source>
        <translation>La surface du plan enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="147"/>
        <source>Start plane: between the right liver (segments 5–8) and the left (2–4), along the middle hepatic vein; the right liver is resected. Drag the points to change it.</source>
        <translation>Plan initial : entre le foie droit (segments 5–8) et le foie gauche (2–4), le long de la veine hépatique médiane ; le foie droit est réséqué. Faites glisser les points pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/surface_editing.py" line="153"/>
        <source>Start plane: through the liver&apos;s centre, across the patient&apos;s left–right axis; the patient&apos;s right side is resected. Drag the points to change it.</source>
        <translation>Plan initial : passant par le centre du foie, perpendiculaire à l&apos;axe gauche–droite du patient ; le côté droit du patient est réséqué. Faites glisser les points pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_controller.py" line="196"/>
        <source>The plan could not be computed.</source>
        <extracomment>A plan was computed and shown (its 3-D parts follow once it stops changing). The Couinaud segments removed (empty: the surface decides). The plan computed for what is shown (``None`` while it is computed, or failed).</extracomment>
        <translation>Le plan n&apos;a pas pu être calculé.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="167"/>
        <source>Remnant</source>
        <translation>Foie restant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/scene_parts.py" line="168"/>
        <source>Resected</source>
        <translation>Réséqué</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="347"/>
        <source>Click where the resection surface should pass (on this slice).</source>
        <translation>Cliquez là où la surface de résection doit passer (sur cette coupe).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="357"/>
        <source>Click inside the liver parenchyma, away from vessels and tumour, to segment the liver.</source>
        <translation>Cliquez dans le parenchyme hépatique, à distance des vaisseaux et de la tumeur, pour segmenter le foie.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/window.py" line="371"/>
        <source>seed</source>
        <translation>amorce</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/segments_controller.py" line="126"/>
        <source>{count} Couinaud segments built from the landmarks.</source>
        <extracomment>The landmarks placed, or whether segments are being built, changed. Segments were built for the case (its id): the case is read again. The landmarks placed so far (array-frame mm). Segments are being built from the landmarks (their buttons wait).</extracomment>
        <translation>{count} segments de Couinaud construits à partir des repères.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/segments_controller.py" line="135"/>
        <source>Building the Couinaud segments</source>
        <translation>Construction des segments de Couinaud</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="155"/>
        <source>Replace the liver segment?</source>
        <translation>Remplacer la segmentation du foie ?</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="156"/>
        <source>The case has a liver segment ({name}). Replace its voxels with the liver tool&apos;s result? Edit → Undo brings them back.</source>
        <translation>Le cas comporte une segmentation du foie ({name}). Remplacer ses voxels par le résultat de l&apos;outil foie ? Édition → Annuler permet de les restaurer.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="190"/>
        <source>Segmenting the liver</source>
        <translation>Segmentation du foie en cours</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="204"/>
        <source>Segment liver</source>
        <translation>Segmenter le foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/liver_tool.py" line="226"/>
        <source>Liver segmented: {volume:.0f} mL. Correct it with the brush if needed.</source>
        <translation>Foie segmenté : {volume:.0f} mL. Corrigez au pinceau si nécessaire.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="110"/>
        <source>Save this plan with the case: FLR {flr:.1f} %, remnant {remnant:.0f} mL of {total:.0f} mL. It is kept as a new version; earlier versions stay.</source>
        <extracomment>The saved version shown (``None``: none saved yet, or not read yet).</extracomment>
        <translation>Enregistrer ce plan avec le cas : FLR {flr:.1f} %, foie restant {remnant:.0f} mL sur {total:.0f} mL. Il est conservé comme nouvelle version ; les versions antérieures sont conservées.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="129"/>
        <source>Liver plan version {number} saved.</source>
        <translation>Version {number} du plan hépatique enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="136"/>
        <source>Saving the liver plan</source>
        <translation>Enregistrement du plan hépatique</translation>
    </message>
</context>
<context>
    <name>LiverSliceView</name>
    <message>
        <location filename="../../src/casereview/ui/liver/slice_view.py" line="449"/>
        <source>Slice {number} / {count}</source>
        <extracomment>Window (width, level) in HU: liver parenchyma, vessels and tumour apart. A press this close (screen pixels) to a handle grabs it. Colour of the resection surface&apos;s curve and handles, and of the removed part&apos;s tint. Margin (mm) beyond the liver&apos;s box (itself 20 mm wider than the liver) that the view shows. Slices moved by Page Up / Page Down. drag handles a new control point the next Couinaud landmark the liver tool&apos;s seed A handle is being dragged: ``(index, (z, y, x) mm)`` at every mouse move. A handle was let go: ``(index, (z, y, x) mm)``. A point was picked in a picking mode: ``(z, y, x) mm``. The slice shown changed. Grows with every plan shown, so cached drawings of an older plan are not reused.</extracomment>
        <translation>Coupe {number} / {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="83"/>
        <source>Study browser</source>
        <extracomment>How often a viewer that is still loading redraws the slices that arrived. A viewer tab opened (the new :class:`ViewerWidget`). Tabs of series that hold pictures rather than a volume.</extracomment>
        <translation>Navigateur d’études</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="126"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="285"/>
        <source>Reading the index</source>
        <translation>Lecture de l’index</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="326"/>
        <source>Patients: {p} · Studies: {s} · Cases: {c}</source>
        <translation>Patients : {p} · Examens : {s} · Dossiers : {c}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="331"/>
        <source>User: {name}</source>
        <translation>Utilisateur : {name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="337"/>
        <source>Database: {kind}, schema {rev}</source>
        <translation>Base : {kind}, schéma {rev}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="161"/>
        <source>Patient identity hidden</source>
        <translation>Identité du patient masquée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="163"/>
        <source>Patient identity shown</source>
        <translation>Identité du patient affichée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="44"/>
        <source>Reading the cases</source>
        <extracomment>Kinds of change that move a case&apos;s status or &quot;Updated&quot; without changing the index: the case list alone is read again (the browser reads everything on the others).</extracomment>
        <translation>Lecture des dossiers</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="78"/>
        <source>Case “{title}” created</source>
        <translation>Dossier « {title} » créé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="221"/>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="250"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="156"/>
        <location filename="../../src/casereview/ui/viewer_tabs.py" line="195"/>
        <source>Loading images</source>
        <translation>Chargement des images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="34"/>
        <source>casereview — Meetings</source>
        <extracomment>Kinds of change after which the Meetings window reads its lists again.</extracomment>
        <translation>casereview — Réunions</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="40"/>
        <source>&amp;Undo {what}</source>
        <extracomment>Kinds of change an editor shows (a partner&apos;s layer included).</extracomment>
        <translation>&amp;Annuler « {what} »</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="46"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir « {what} »</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="61"/>
        <source>This series is in no case: create a case (Ctrl+N) to measure and segment.</source>
        <translation>Cette série n’appartient à aucun dossier : créez un dossier (Ctrl+N) pour mesurer et segmenter.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="51"/>
        <source>Key image flagged</source>
        <translation>Image clé marquée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="49"/>
        <source>Import a folder of DICOM files</source>
        <extracomment>Where the file dialogs start. Kept in memory only: staff name folders after patients, and the data directory&apos;s files must not hold identity. Older versions stored it in the window state; it is dropped from there.</extracomment>
        <translation>Importer un répertoire de fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="58"/>
        <source>Import DICOM files, zip archives or a DICOMDIR</source>
        <translation>Importer des fichiers DICOM, des archives zip ou un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="65"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="66"/>
        <source>DICOM, zip and DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)</source>
        <translation>DICOM, zip et DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="85"/>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Un import est déjà en cours ; attendez qu’il se termine.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="108"/>
        <source>Importing DICOM files</source>
        <translation>Import des fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="111"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="126"/>
        <source>Import cancelled; the files imported so far are kept.</source>
        <translation>Import annulé ; les fichiers déjà importés sont conservés.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="189"/>
        <source>Demo case “{title}” is open</source>
        <translation>Dossier de démonstration « {title} » ouvert</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="196"/>
        <source>Preparing the demo case</source>
        <translation>Préparation du dossier de démonstration</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="70"/>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="71"/>
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="72"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="79"/>
        <source>3-D view</source>
        <translation>Vue 3D</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="86"/>
        <source>(comparison)</source>
        <translation>(comparaison)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="39"/>
        <location filename="../../src/casereview/ui/features/viewing.py" line="97"/>
        <source>Save screenshot</source>
        <translation>Enregistrer la capture d’écran</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="41"/>
        <location filename="../../src/casereview/ui/features/viewing.py" line="99"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="48"/>
        <source>The screenshot could not be written to {path}</source>
        <translation>La capture d’écran n’a pas pu être enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="55"/>
        <location filename="../../src/casereview/ui/features/viewing.py" line="109"/>
        <source>Screenshot saved to {path}</source>
        <translation>Capture d’écran enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="127"/>
        <source>Export volume as NIfTI</source>
        <translation>Exporter le volume en NIfTI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="129"/>
        <source>NIfTI images (*.nii.gz *.nii)</source>
        <translation>Images NIfTI (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="140"/>
        <source>Volume written to {path}</source>
        <translation>Volume enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="147"/>
        <source>Writing the NIfTI file</source>
        <translation>Écriture du fichier NIfTI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="77"/>
        <source>Checking database and files</source>
        <translation>Vérification de la base et des fichiers</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="29"/>
        <source>The database is sound and all {n} indexed files are unchanged.</source>
        <translation>La base est saine et les {n} fichiers indexés sont inchangés.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="36"/>
        <source>Missing: {path}</source>
        <translation>Manquant : {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="40"/>
        <source>Changed: {path}</source>
        <translation>Modifié : {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="43"/>
        <source>Problems were found ({m} missing, {c} changed files, {d} database problems):</source>
        <translation>Des problèmes ont été trouvés ({m} fichiers manquants, {c} modifiés, {d} problèmes de base) :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="49"/>
        <source>{n} file(s) ({mb:.1f} MB) left by interrupted imports; they are removed at the next start, or now with casereview-cli check --repair.</source>
        <translation>{n} fichier(s) ({mb:.1f} Mo) laissé(s) par des importations interrompues ; ils sont supprimés au prochain démarrage, ou dès maintenant avec casereview-cli check --repair.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="59"/>
        <source>Check database and files</source>
        <translation>Vérifier la base et les fichiers</translation>
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
        <translation>Résécabilité : {change}</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="56"/>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="61"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="62"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="63"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="64"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="229"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="242"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="65"/>
        <source>DICOM event</source>
        <translation>Événement DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="66"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="67"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="85"/>
        <source>Filter: user, action, object…</source>
        <translation>Filtrer : utilisateur, action, objet…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="92"/>
        <source>newest </source>
        <translation>derniers </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="93"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="95"/>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="99"/>
        <source>The chain has not been verified in this window.</source>
        <translation>La chaîne n’a pas été vérifiée dans cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="166"/>
        <source>The audit trail is intact: {n} records verified.</source>
        <translation>Le journal d’audit est intact : {n} enregistrements vérifiés.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/audit_viewer.py" line="179"/>
        <source>Verifying the audit trail</source>
        <translation>Vérification du journal d’audit</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="67"/>
        <source>Sign off the decision</source>
        <extracomment>Emitted with (user name, PIN, new PIN) when Sign is pressed; the new PIN is &quot;&quot; unless the signer had none and chose one here.</extracomment>
        <translation>Valider et signer la décision</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="71"/>
        <source>Signing freezes the decision: it can no longer be changed, only amended with a reason. Sign as the chair of the meeting.</source>
        <translation>La signature fige la décision : elle ne peut plus être modifiée, seulement faire l’objet d’un avenant motivé. Signez en tant que président·e de séance.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="95"/>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="100"/>
        <source>New PIN or password</source>
        <translation>Nouveau code PIN ou mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="102"/>
        <source>The same again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="113"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="122"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="154"/>
        <source>{name} has no PIN yet. {name} chooses one now (at least {count} characters or digits) and signs with it from then on; nobody else should type it.</source>
        <translation>{name} n’a pas encore de code PIN. {name} en choisit un maintenant (au moins {count} caractères ou chiffres) et signera désormais avec ; personne d’autre ne doit le saisir.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/sign_dialog.py" line="170"/>
        <source>The two PINs differ; type the same new PIN twice.</source>
        <translation>Les deux codes PIN diffèrent ; saisissez deux fois le même nouveau code PIN.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="119"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="227"/>
        <source>Chair</source>
        <translation>Président·e de séance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="141"/>
        <source>Choose…</source>
        <extracomment>Emitted with the stored :class:`Decision` after each save, signature or amendment. Milliseconds after the last change before the draft is written. Whether the form shows a draft brought back from the draft store.</extracomment>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="148"/>
        <source>e.g. Pancreatoduodenectomy with SMV resection</source>
        <translation>p. ex. Duodénopancréatectomie céphalique avec résection de la VMS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="163"/>
        <source>e.g. NCCN Pancreatic Adenocarcinoma, PANC-3</source>
        <translation>p. ex. NCCN Adénocarcinome du pancréas, PANC-3</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="171"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="184"/>
        <source>Why the signed decision is changed</source>
        <translation>Pourquoi la décision signée est modifiée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="187"/>
        <source>Reason for amendment</source>
        <translation>Motif de l’avenant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="197"/>
        <source>Recommendation</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="198"/>
        <source>Procedure</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="199"/>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="25"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="200"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="201"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="202"/>
        <source>Guideline</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="203"/>
        <source>Clinical trial</source>
        <translation>Essai clinique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="154"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="228"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="325"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="204"/>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="567"/>
        <source>Staging</source>
        <translation>Stadification</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="205"/>
        <source>Dissent</source>
        <translation>Avis divergents</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="206"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="209"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="368"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="212"/>
        <source>Sign off…</source>
        <translation>Valider et signer…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="215"/>
        <source>Amend…</source>
        <translation>Avenant…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="224"/>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="230"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="245"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="231"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="157"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="327"/>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="232"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="120"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="250"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="253"/>
        <source>Done / reopen</source>
        <translation>Fait / rouvrir</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="366"/>
        <source>Save amendment</source>
        <extracomment>The version of each listed action item (handed back when it is ticked off).</extracomment>
        <translation>Enregistrer l’avenant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="374"/>
        <source>Unsaved changes typed earlier are shown again.</source>
        <translation>Les modifications non enregistrées saisies plus tôt sont affichées à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="389"/>
        <source>Choose a case on the agenda.</source>
        <translation>Choisissez un dossier à l’ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="391"/>
        <source>Amending decision #{id}: change what was decided and give the reason.</source>
        <translation>Avenant à la décision #{id} : modifiez ce qui a été décidé et indiquez le motif.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="395"/>
        <source>No decision yet: fill in the form and save the draft.</source>
        <translation>Pas encore de décision : remplissez le formulaire et enregistrez le brouillon.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="400"/>
        <source>Amendment of decision #{id} ({reason}). </source>
        <translation>Avenant à la décision #{id} ({reason}). </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="404"/>
        <source>Signed off by {who} on {when}; frozen.</source>
        <translation>Validée et signée par {who} le {when} ; figée.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/decision_form.py" line="410"/>
        <source>Draft #{id}: not signed yet.</source>
        <translation>Brouillon #{id} : pas encore signé.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="15"/>
        <source>Upfront resection</source>
        <translation>Résection d’emblée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="16"/>
        <source>Neoadjuvant therapy, then restaging</source>
        <translation>Traitement néoadjuvant puis réévaluation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="19"/>
        <source>Definitive chemo(radio)therapy</source>
        <translation>Chimio(radio)thérapie exclusive</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="22"/>
        <source>Further investigation</source>
        <translation>Examens complémentaires</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="23"/>
        <source>Surveillance</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="24"/>
        <source>Best supportive care</source>
        <translation>Soins de support exclusifs</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="28"/>
        <source>Curative</source>
        <translation>Curative</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="29"/>
        <source>Palliative</source>
        <translation>Palliative</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="30"/>
        <source>Diagnostic</source>
        <translation>Diagnostique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="31"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="34"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="35"/>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="36"/>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="39"/>
        <source>Expected</source>
        <translation>Attendu·e</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="40"/>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="41"/>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="42"/>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="45"/>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="46"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="47"/>
        <source>Discussed</source>
        <translation>Discuté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="48"/>
        <source>Deferred</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="51"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="52"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="53"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="56"/>
        <source>Imaging reviewed</source>
        <translation>Imagerie relue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="57"/>
        <source>Key images selected</source>
        <translation>Images clés sélectionnées</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="58"/>
        <source>Pathology available</source>
        <translation>Anatomopathologie disponible</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="61"/>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/labels.py" line="62"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="56"/>
        <source>Quorum rule</source>
        <extracomment>Item data role holding an attendee&apos;s id (on the Name cell).</extracomment>
        <translation>Règle de quorum</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="61"/>
        <source>Specialties that must take part (present or remote):</source>
        <translation>Spécialités qui doivent participer (sur place ou à distance) :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="79"/>
        <source>At least this many taking part</source>
        <translation>Nombre minimal de participants</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="83"/>
        <source>Also use for new meetings (saved in the settings)</source>
        <translation>Utiliser aussi pour les nouvelles réunions (enregistré dans les paramètres)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="114"/>
        <source>New meeting</source>
        <extracomment>Emitted with a meeting id when the user starts the presentation. Emitted when another meeting (or none) is shown, so actions can follow. Emitted after attendees were added, removed or marked (a running presentation follows). Milliseconds after the last change to a meeting or a case&apos;s preparation before it is saved: long enough to save once per pause in typing, short enough to lose nothing. Number of the latest list reading asked for; an older one that ends later is dropped.</extracomment>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="120"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="78"/>
        <source>Meeting</source>
        <extracomment>Emitted with the :class:`Meeting` as stored after a save (the meeting list follows). Emitted with the :class:`MeetingDetail` read again to show the other version.</extracomment>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="91"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="114"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="224"/>
        <source>Title</source>
        <extracomment>The meeting as the details editor loaded or last saved it: its version goes back with the next save, so a change saved elsewhere meanwhile is not overwritten.</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="115"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="116"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="117"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="225"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="118"/>
        <location filename="../../src/casereview/ui/meetings/meeting_details.py" line="226"/>
        <source>Remote link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="116"/>
        <source>Agenda (drag to reorder)</source>
        <extracomment>Item data role holding an agenda item&apos;s id. Emitted with the agenda item ids in their new order after a drag. Emitted with a meeting id and the agenda item id to select (or ``None``) when the meeting must be read again: after a change, and after a refused one.</extracomment>
        <translation>Ordre du jour (glisser pour réordonner)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="126"/>
        <source>Add case</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="129"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="132"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda.py" line="135"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="93"/>
        <source>Selected case</source>
        <extracomment>Emitted with the :class:`AgendaItem` as stored after a save or read again after a conflict (the agenda row follows). Emitted with the :class:`MeetingDetail` read again to show the other version. The user asked for the decision form of the case. The user asked for the case&apos;s outcome report.</extracomment>
        <translation>Dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="141"/>
        <source>Decision…</source>
        <translation>Décision…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="145"/>
        <source>Case report (PDF)…</source>
        <translation>Compte rendu du dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="151"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="323"/>
        <source>Question for the MDT</source>
        <translation>Question posée à la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="153"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="224"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="324"/>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="566"/>
        <source>History</source>
        <translation>Histoire clinique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="156"/>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="326"/>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="131"/>
        <source>Attendees</source>
        <extracomment>Emitted after attendees were added, removed or marked, or the quorum rule changed. Emitted with the :class:`MeetingDetail` read again after a change of attendance. Emitted with a meeting id that must be read again and shown (after a change, or after a refused one, so the table shows what is stored).</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="140"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="162"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="197"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="141"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="198"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="142"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="169"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="200"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="143"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="203"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="144"/>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="206"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="174"/>
        <source>Institution (visitors)</source>
        <translation>Établissement (invités extérieurs)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="183"/>
        <source>Add attendee</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="187"/>
        <source>Remove attendee</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="191"/>
        <source>Quorum rule…</source>
        <translation>Règle de quorum…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="196"/>
        <source>From users</source>
        <translation>Parmi les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="187"/>
        <source>Start presentation (Ctrl+Shift+P)</source>
        <translation>Lancer la présentation (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="192"/>
        <source>Meeting report (PDF)…</source>
        <translation>Compte rendu de réunion (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="257"/>
        <source>Reading the meetings</source>
        <translation>Lecture des réunions</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="236"/>
        <source>(type a name below)</source>
        <translation>(saisissez un nom ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="270"/>
        <source>Quorum met: {n} taking part.</source>
        <translation>Quorum atteint : {n} participants.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="276"/>
        <source>No quorum: {n} of at least {m} taking part.</source>
        <translation>Quorum non atteint : {n} participants sur {m} au minimum.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/attendees.py" line="280"/>
        <source>Missing: {roles}.</source>
        <translation>Manquants : {roles}.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="218"/>
        <source>Received from {institution} with the case</source>
        <translation>Reçu de {institution} avec le cas</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="414"/>
        <source>HPB MDT</source>
        <translation>RCP HBP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="294"/>
        <source>This case was taken off the agenda at another workstation; your text stays in the fields until you choose another case: copy what you need.</source>
        <translation>Ce dossier a été retiré de l&apos;ordre du jour sur un autre poste ; votre texte reste dans les champs jusqu&apos;à ce que vous choisissiez un autre dossier : copiez ce dont vous avez besoin.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/department.py" line="288"/>
        <source>Not saved: yours and theirs differ</source>
        <translation>Non enregistré : votre version et la leur diffèrent</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/panel.py" line="460"/>
        <source>Decision: {title}</source>
        <translation>Décision : {title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="55"/>
        <source>Save report as PDF</source>
        <translation>Enregistrer le compte rendu en PDF</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="57"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="83"/>
        <source>Writing the meeting report</source>
        <translation>Rédaction du compte rendu de réunion</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="111"/>
        <source>Writing the case report</source>
        <translation>Rédaction du compte rendu du dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/meeting_reports.py" line="121"/>
        <source>Report written to {path}</source>
        <translation>Compte rendu enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="182"/>
        <source>casereview — MDT presentation</source>
        <extracomment>Body text size in points at scale 1.0: readable from about 8 m on a 2 m wide projection. Screen height (pixels) the point sizes are for; the type follows the window&apos;s height (within TYPE_FOLLOWS_HEIGHT) so that a 720-line projector shows the same slide as a 1080-line one. The text column&apos;s share of the width at the default text size and at the largest: larger type gets a little more room, and the key image still covers most of the screen. Milliseconds a window resize must rest before key images are drawn at the new size. Emitted when the window closes. Emitted when another case or key image comes on screen (read :attr:`case_index` and :attr:`image_index`); a remote joint review shows the same at partners.</extracomment>
        <translation>casereview — présentation en RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="310"/>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="580"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="426"/>
        <source>casereview — MDT decision</source>
        <extracomment>The text column: the case&apos;s text, the decision form (when docked), the keys.</extracomment>
        <translation>casereview — décision de RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="491"/>
        <source>This meeting has no cases on its agenda.</source>
        <translation>Cette réunion n’a aucun dossier à l’ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="513"/>
        <source>{meeting} · case {n} of {total} · {quorum}</source>
        <translation>{meeting} · dossier {n} sur {total} · {quorum}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="519"/>
        <source>quorum met</source>
        <translation>quorum atteint</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="521"/>
        <source>NO QUORUM</source>
        <translation>QUORUM NON ATTEINT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="730"/>
        <source>Reading the resectability assessment</source>
        <translation>Lecture de l’évaluation de résécabilité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/agenda_item_editor.py" line="222"/>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="565"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="540"/>
        <source>Show identity</source>
        <translation>Afficher l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="542"/>
        <source>Hide identity</source>
        <translation>Masquer l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="547"/>
        <source>Patient identity hidden</source>
        <translation>Identité du patient masquée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="235"/>
        <source>Key measurements</source>
        <extracomment>Key images drawn ahead of the one on screen, by key image and size. The case&apos;s resectability assessment shown in place of the key images (key A). The case&apos;s liver resection plan shown in place of the key images (key L).</extracomment>
        <translation>Mesures clés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="589"/>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="571"/>
        <source>Saved 3-D views</source>
        <translation>Vues 3D enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="260"/>
        <source>PgDn/PgUp next/previous · Ctrl+Shift+H show/hide identity · +/− text size · D decision panel · S decision on second screen · V viewer · A assessment · L liver plan · B blank · Esc leave</source>
        <translation>PgDn/PgUp suivant/précédent · Ctrl+Shift+H afficher/masquer l&apos;identité · +/− taille du texte · D panneau de décision · S décision sur le second écran · V visionneuse · A évaluation · L plan hépatique · B écran noir · Esc quitter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="575"/>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="577"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="631"/>
        <source>No key images for this case — press V to open the viewer</source>
        <translation>Aucune image clé pour ce dossier — appuyez sur V pour ouvrir la visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="641"/>
        <source>Key image {n} of {total}</source>
        <translation>Image clé {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="656"/>
        <source>This key image cannot be drawn: {reason}</source>
        <translation>Cette image clé ne peut pas être rendue : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="661"/>
        <source>Drawing key images…</source>
        <translation>Rendu des images clés…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/prepared_images.py" line="245"/>
        <source>Drawing key images</source>
        <extracomment>Draws one key image at ``(width, height)`` pixels as RGB rows, top row first; raises CasereviewError when it cannot (series gone, another series). Memory for drawn key images: about 80 images of a 1920×1080 screen&apos;s image area. The case&apos;s generation when the drawing began (see ``PreparedKeyImages.forget_cases``). A key image was drawn (or found impossible to draw); its UUID. Bumped for a case whose marks changed (``epoch``: for every case): drawings started before are stale.</extracomment>
        <translation>Rendu des images clés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/prepared_images.py" line="269"/>
        <source>its images could not be read</source>
        <translation>ses images n’ont pas pu être lues</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/presentation.py" line="812"/>
        <source>Loading images</source>
        <translation>Chargement des images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/autosave.py" line="68"/>
        <source>Saving…</source>
        <extracomment>Colours of the state: saved (green) and not saved (red); &quot;Saving…&quot; stays neutral. Whether the form holds changes that are not stored yet.</extracomment>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/autosave.py" line="117"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/autosave.py" line="127"/>
        <source>see the message</source>
        <translation>voir le message</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/autosave.py" line="129"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="73"/>
        <source>{citation}: {category} suggested ({criteria})</source>
        <extracomment>Item data role holding a key image&apos;s UUID in the list of key images to cite.</extracomment>
        <translation>{citation} : {category} suggéré ({criteria})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="81"/>
        <source>{citation}: {summary}</source>
        <translation>{citation} : {summary}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="132"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="162"/>
        <source>Key images to cite:</source>
        <extracomment>The liver plan offered for citing (the case&apos;s newest; a partner&apos;s when it has none). What the decision shown (or the one being amended) cites. What the choice is compared with while editing, and the heading of the comparison.</extracomment>
        <translation>Images clés à citer :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="221"/>
        <source>Evidence changes from the signed decision:</source>
        <translation>Modifications des éléments probants par rapport à la décision signée :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="226"/>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="436"/>
        <source>Evidence changes from the amended decision:</source>
        <translation>Modifications des éléments probants par rapport à la décision qui fait l’objet de l’avenant :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="231"/>
        <source>Changes from what the draft cites now:</source>
        <translation>Modifications par rapport à ce que le brouillon cite actuellement :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="254"/>
        <source>This case has no resectability assessment to cite.</source>
        <translation>Ce dossier n’a aucune évaluation de résécabilité à citer.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="261"/>
        <source>Suggested by the resectability assessment (version {number}, {criteria}), for the MDT to confirm; it fills none of the decision&apos;s fields:</source>
        <translation>Suggéré par l’évaluation de résécabilité (version {number}, {criteria}), à confirmer en RCP ; aucun champ de la décision n’est rempli automatiquement :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="291"/>
        <source>Liver resection plan of {origin} (version {number}, by {author}), a planning aid for the MDT to confirm:</source>
        <translation>Plan de résection hépatique de {origin} (version {number}, par {author}), aide à la planification à confirmer par la RCP :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="297"/>
        <source>Liver resection plan (version {number}, by {author}), a planning aid for the MDT to confirm:</source>
        <translation>Plan de résection hépatique (version {number}, par {author}), aide à la planification à confirmer par la RCP :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="323"/>
        <source>Cite the assessment (none yet)</source>
        <translation>Citer l’évaluation (aucune pour l’instant)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="328"/>
        <source>Cite this assessment (version {number}, SHA-256 {hash})</source>
        <translation>Citer cette évaluation (version {number}, SHA-256 {hash})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="338"/>
        <source>Cite this liver plan (version {number}, SHA-256 {hash})</source>
        <translation>Citer ce plan hépatique (version {number}, SHA-256 {hash})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="394"/>
        <source>Will be cited when saved:</source>
        <translation>Sera cité à l’enregistrement :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="398"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="407"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="415"/>
        <source>Cited evidence (frozen when signed):</source>
        <translation>Éléments probants cités (figés à la signature) :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/meetings/evidence_panel.py" line="418"/>
        <source>This decision cites no evidence.</source>
        <translation>Cette décision ne cite aucun élément probant.</translation>
    </message>
</context>
<context>
    <name>PackageVerificationDialog</name>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="731"/>
        <source>Received case package</source>
        <translation>Paquet de dossier reçu</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="748"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="748"/>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="749"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="750"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/exchange.py" line="756"/>
        <source>None: an opinion on %n image(s) it does not carry (your own, sent to the partner)</source>
        <translation>
            <numerusform>Aucune : un avis sur %n image qu’il ne contient pas (la vôtre, envoyée au partenaire)</numerusform>
            <numerusform>Aucune : un avis sur %n images qu’il ne contient pas (les vôtres, envoyées au partenaire)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="764"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="768"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="774"/>
        <source>Problems found:</source>
        <translation>Problèmes détectés :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="776"/>
        <source>I know where this package comes from; import it anyway</source>
        <translation>Je connais la provenance de ce paquet ; l’importer quand même</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="785"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="802"/>
        <source>Verified: signed by %1; every file is intact.</source>
        <translation>Vérifié : signé par %1 ; tous les fichiers sont intacts.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="807"/>
        <source>Intact, but signed by a key that is not in your trusted keys. Compare the key below with the sender before importing.</source>
        <translation>Intact, mais signé par une clé absente de vos clés de confiance. Comparez la clé ci-dessous avec l’expéditeur avant d’importer.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="811"/>
        <source>Intact, but not signed: nothing proves who sent it.</source>
        <translation>Intact, mais non signé : rien ne prouve qui l’a envoyé.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="813"/>
        <source>Rejected: the package was altered, damaged or crafted. Nothing was imported.</source>
        <translation>Rejeté : le paquet a été altéré, endommagé ou falsifié. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>Pacs</name>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="47"/>
        <source>Archive (PACS)</source>
        <extracomment>Width the Archive panel opens with: the results&apos; columns side by side, Local included. The action of View → Hide patient identity (the viewing feature&apos;s); the panel follows it.</extracomment>
        <translation>Archive (PACS)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="131"/>
        <source>Images sent to us by an archive: {n} series imported.</source>
        <translation>Images envoyées par une archive : {n} séries importées.</translation>
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
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="114"/>
        <source>{n} of {m}</source>
        <translation>{n} sur {m}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="115"/>
        <source>Not here</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="121"/>
        <source>Every image is on this workstation.</source>
        <translation>Toutes les images sont sur ce poste de travail.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="124"/>
        <source>Partly here: {n} of the {m} images the archive has. Retrieve to fetch the rest.</source>
        <translation>Partiellement présent : {n} des {m} images de l&apos;archive. Récupérez pour obtenir le reste.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/common.py" line="128"/>
        <source>Not on this workstation yet.</source>
        <translation>Pas encore sur ce poste de travail.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/listener.py" line="86"/>
        <source>Listening on {host}:{port} as {ae}</source>
        <extracomment>The listener started, stopped or failed (:meth:`state_text` says which). Internal ids of series that images pushed to us were imported into (UI thread).</extracomment>
        <translation>À l&apos;écoute sur {host}:{port} en tant que {ae}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/listener.py" line="90"/>
        <source>Not listening: {reason}</source>
        <translation>Pas à l&apos;écoute : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/listener.py" line="93"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="95"/>
        <source>PACS nodes</source>
        <extracomment>Columns of the node table. Pages of the editor. Emitted with the node&apos;s name when a Test has answered (tests wait on it).</extracomment>
        <translation>Nœuds PACS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="120"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="174"/>
        <source>Name</source>
        <extracomment>Name of the node being edited (``None``: a new one).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="121"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="122"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="124"/>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="139"/>
        <source>Add DICOM node</source>
        <translation>Ajouter un nœud DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="144"/>
        <source>Add DICOMweb node</source>
        <translation>Ajouter un nœud DICOMweb</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="148"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="164"/>
        <source>What you call it, e.g. Hospital PACS</source>
        <translation>Nom de votre choix, par ex. PACS de l&apos;hôpital</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="170"/>
        <source>Save node</source>
        <translation>Enregistrer le nœud</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="207"/>
        <source>Host name or IP address, e.g. pacs.hospital.org</source>
        <translation>Nom d&apos;hôte ou adresse IP, par ex. pacs.hospital.org</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="215"/>
        <source>Where the archive sends the images of a C-MOVE: the storage listener&apos;s port when it runs with the same AE title, otherwise a port opened for each transfer</source>
        <translation>Port auquel l&apos;archive envoie les images d&apos;un C-MOVE : le port du récepteur DICOM (SCP de stockage) s&apos;il fonctionne avec le même AE title, sinon un port ouvert pour chaque transfert</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="224"/>
        <source>Archive&apos;s AE title</source>
        <translation>AE title de l&apos;archive</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="225"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="226"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="306"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="227"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="313"/>
        <source>Our AE title</source>
        <translation>Notre AE title</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="228"/>
        <source>Our port for C-MOVE</source>
        <translation>Notre port pour C-MOVE</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="229"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="262"/>
        <source>Timeout</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="237"/>
        <source>e.g. https://pacs.hospital.org/dicom-web</source>
        <translation>par ex. https://pacs.hospital.org/dicom-web</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="241"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="243"/>
        <source>User name and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="246"/>
        <source>Access token (bearer)</source>
        <translation>Jeton d&apos;accès (bearer)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="254"/>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="531"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="258"/>
        <source>Address (base URL)</source>
        <translation>Adresse (URL de base)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="259"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="260"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="267"/>
        <source>Receiving images (storage listener)</source>
        <translation>Réception d&apos;images : récepteur DICOM (SCP de stockage)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="271"/>
        <source>Start the listener with casereview</source>
        <translation>Démarrer le récepteur avec casereview</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="281"/>
        <source>0.0.0.0 listens on every network interface (an archive on another computer); 127.0.0.1 only on this computer</source>
        <translation>0.0.0.0 écoute sur toutes les interfaces réseau (archive sur un autre ordinateur) ; 127.0.0.1 uniquement sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="288"/>
        <source>Accept images from any sender (not only the DICOM nodes above)</source>
        <translation>Accepter les images de tout expéditeur (pas seulement des nœuds DICOM ci-dessus)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="294"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="314"/>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="316"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="337"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="340"/>
        <source>Check that the archive answers</source>
        <translation>Vérifier que l&apos;archive répond</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="382"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="388"/>
        <source>Not tested</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="429"/>
        <source>Reached in {ms} ms</source>
        <translation>Joint en {ms} ms</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="435"/>
        <source>Testing {node}</source>
        <translation>Test de {node}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="476"/>
        <source>New DICOM node</source>
        <translation>Nouveau nœud DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="478"/>
        <source>New DICOMweb node</source>
        <translation>Nouveau nœud DICOMweb</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="501"/>
        <source>{node} ({kind})</source>
        <translation>{node} ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="529"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="539"/>
        <source>Stored; type a new one to replace it</source>
        <translation>Enregistré ; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="541"/>
        <source>Kept in an owner-only file, never shown</source>
        <translation>Conservé dans un fichier accessible au seul propriétaire, jamais affiché</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="596"/>
        <source>PACS node {node} saved.</source>
        <translation>Nœud PACS {node} enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="662"/>
        <source>Remove PACS node</source>
        <translation>Supprimer le nœud PACS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="663"/>
        <source>Remove {node}? Its password or token is forgotten too. Images retrieved from it stay.</source>
        <translation>Supprimer {node} ? Son mot de passe ou jeton est également oublié. Les images récupérées depuis ce nœud sont conservées.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/nodes_dialog.py" line="760"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="48"/>
        <source>No archive is set up yet. Add the hospital&apos;s PACS under PACS nodes…</source>
        <extracomment>Modalities offered in the search (the field also takes any other code typed). The user asked to search (Search, or Return in a text field). The user asked for the PACS nodes dialog.</extracomment>
        <translation>Aucune archive n&apos;est encore configurée. Ajoutez le PACS de l&apos;hôpital dans Nœuds PACS…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="55"/>
        <source>PACS nodes…</source>
        <translation>Nœuds PACS…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="62"/>
        <source>Name or its beginning; * and ? are wildcards</source>
        <translation>Nom ou son début ; * et ? sont des caractères génériques</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="73"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="77"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="90"/>
        <source>Only studies on or after this date</source>
        <translation>Seulement les examens à partir de cette date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="93"/>
        <source>Only studies on or before this date</source>
        <translation>Seulement les examens jusqu’à cette date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="100"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="101"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="124"/>
        <source>C-GET brings the images back on the same connection; C-MOVE has the archive send them to our storage listener (the archive must know our AE title and port).</source>
        <extracomment>The panel, and the rows&apos; keys and roles callers import from here (they live with the results tree and the tasks&apos; work now). Retrieve methods of a DICOM node (a DICOMweb node always uses WADO-RS). The retrieve method of a DICOMweb node (the protocol&apos;s name is not translated). Emitted when a search, a series listing, a presence update or a retrieve has ended. Studies whose series are being listed. The results&apos; model (the tree&apos;s).</extracomment>
        <translation>C-GET rapatrie les images sur la même connexion ; avec C-MOVE, l&apos;archive les envoie à notre récepteur DICOM (SCP de stockage) (l&apos;archive doit connaître notre AE title et notre port).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="132"/>
        <source>Retrieve</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="115"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="117"/>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="88"/>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="118"/>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="119"/>
        <source>Accession number</source>
        <translation>Numéro d&apos;accession</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="120"/>
        <source>Study date</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="86"/>
        <location filename="../../src/casereview/ui/pacs/search_form.py" line="125"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="141"/>
        <source>Retrieve by</source>
        <translation>Récupérer par</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="83"/>
        <source>Patient / description</source>
        <extracomment>Item data roles (on the first column): the kind of row and its key. Role of the Local column: ``&quot;absent&quot;``, ``&quot;partial&quot;`` or ``&quot;complete&quot;``. Columns of the results. Emitted with a study&apos;s UID when it is expanded and its series are not listed yet. The search shown (``None`` before the first). Series listed so far, by study UID.</extracomment>
        <translation>Patient / description</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="84"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="85"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="87"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="262"/>
        <source>Searching {node}…</source>
        <translation>Recherche sur {node}…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="264"/>
        <source>Searching {node}</source>
        <translation>Recherche sur {node}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="277"/>
        <source>The search was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="279"/>
        <source>The search failed: {reason}</source>
        <translation>La recherche a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="294"/>
        <source>{studies} studies of {patients} patients on {node}.</source>
        <translation>{studies} examens de {patients} patients sur {node}.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="304"/>
        <source>Nothing on {node} matches the search.</source>
        <translation>Aucun résultat sur {node} ne correspond à la recherche.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="119"/>
        <source>Patient {n}</source>
        <translation>Patient {n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="122"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="146"/>
        <source>(study without description)</source>
        <translation>(examen sans description)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="158"/>
        <source>Accession number {number}</source>
        <translation>Numéro d&apos;accession {number}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="204"/>
        <source>Expand to list the series…</source>
        <translation>Développer pour afficher les séries…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/results_tree.py" line="221"/>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="338"/>
        <source>Listing the series of a study</source>
        <translation>Énumération des séries d&apos;un examen</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="384"/>
        <source>Retrieving from {node} ({method})</source>
        <translation>Récupération depuis {node} ({method})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="389"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="402"/>
        <source>The retrieve stopped: {reason}</source>
        <translation>La récupération s&apos;est arrêtée : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="406"/>
        <source>Series completed before are imported; images of an unfinished series are kept aside. Retrieve again to fetch only what is missing.</source>
        <translation>Les séries terminées auparavant sont importées ; les images d&apos;une série inachevée sont mises de côté. Relancez la récupération pour ne télécharger que ce qui manque.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="429"/>
        <source>Retrieve cancelled. {n} series finished before are imported; the images that arrived of the series in progress are kept aside, not imported. Retrieve again to resume: only the missing images are fetched.</source>
        <translation>Récupération annulée. Les {n} séries terminées auparavant sont importées ; les images reçues de la série en cours sont mises de côté, sans être importées. Relancez la récupération pour reprendre : seules les images manquantes sont téléchargées.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="438"/>
        <source>Retrieved {n} series ({images} new images).</source>
        <translation>{n} séries récupérées ({images} nouvelles images).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="450"/>
        <source>{n} files could not be imported (see the import report in the log).</source>
        <translation>{n} fichiers n&apos;ont pas pu être importés (voir le rapport d&apos;importation dans le journal).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="476"/>
        <source>Checking what is here</source>
        <translation>Vérification des données présentes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/query_panel.py" line="499"/>
        <source>an unexpected problem (see the message shown)</source>
        <translation>un problème inattendu (voir le message affiché)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="85"/>
        <source>Send results to PACS</source>
        <extracomment>Role of a result item: its :class:`ResultKind` value. How each kind is called in the list. Emitted when the list of results is shown (tests wait on it). Emitted when a send has ended (sent, refused, cancelled or failed).</extracomment>
        <translation>Envoyer les résultats au PACS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="95"/>
        <source>Results of case “{title}”</source>
        <translation>Résultats du dossier « {title} »</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="112"/>
        <source>The archive files them with the patient&apos;s study. Results of one kind are sent together.</source>
        <translation>L&apos;archive les classe avec l&apos;examen du patient. Les résultats d&apos;un même type sont envoyés ensemble.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="124"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="133"/>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="160"/>
        <source>Reading the case&apos;s results…</source>
        <translation>Lecture des résultats du dossier…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="163"/>
        <source>Reading the case&apos;s results</source>
        <translation>Lecture des résultats du dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="262"/>
        <source>Sending results to {node}</source>
        <translation>Envoi des résultats à {node}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="267"/>
        <source>objects</source>
        <translation>objets</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="278"/>
        <source>Sending was cancelled; what the archive took before the cancel stays there.</source>
        <translation>L&apos;envoi a été annulé ; ce que l&apos;archive a reçu avant l&apos;annulation y reste.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="287"/>
        <source>an unexpected problem</source>
        <translation>un problème inattendu</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="290"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Rien n&apos;a été envoyé : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="302"/>
        <source>Sent {n} of {total} to {node}.</source>
        <translation>{n} sur {total} envoyés à {node}.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="308"/>
        <source>Refused {m}:</source>
        <translation>Refusés ({m}) :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/pacs/send_dialog.py" line="316"/>
        <source>Cancelled: the results not offered yet were not sent.</source>
        <translation>Annulé : les résultats pas encore proposés n&apos;ont pas été envoyés.</translation>
    </message>
</context>
<context>
    <name>PartnerKeysDialog</name>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="929"/>
        <source>Package signing keys</source>
        <translation>Clés de signature des paquets</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="934"/>
        <source>This institution (give this key to your partners)</source>
        <translation>Cet établissement (transmettez cette clé à vos partenaires)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="939"/>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="940"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="942"/>
        <source>Trusted partners (their packages verify as signed by them)</source>
        <translation>Partenaires de confiance (leurs paquets sont vérifiés comme signés par eux)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="950"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="953"/>
        <source>Public key (from the partner&apos;s casereview)</source>
        <translation>Clé publique (issue du casereview du partenaire)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="954"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="957"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="989"/>
        <source>Type the partner institution&apos;s name.</source>
        <translation>Saisissez le nom de l’établissement partenaire.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="996"/>
        <source>That is not a casereview public key; ask the partner for the key shown here.</source>
        <translation>Ce n’est pas une clé publique casereview ; demandez au partenaire la clé affichée dans cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/exchange.py" line="1002"/>
        <source>Added %1 (fingerprint %2): compare the fingerprint with the partner by phone.</source>
        <translation>%1 ajouté (empreinte %2) : comparez l’empreinte avec le partenaire par téléphone.</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../src/casereview/ui/redact_dialog.py" line="196"/>
        <source>Clean burned-in text</source>
        <translation>Nettoyer le texte incrusté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/redact_dialog.py" line="202"/>
        <source>Drag a rectangle over every name, number or date burned into the picture. The marked areas are made black in all %n frame(s) before export.</source>
        <translation>
            <numerusform>Tracez un rectangle sur chaque nom, numéro ou date incrusté dans l’image. Les zones marquées sont mises en noir dans %n image avant l’export.</numerusform>
            <numerusform>Tracez un rectangle sur chaque nom, numéro ou date incrusté dans l’image. Les zones marquées sont mises en noir dans les %n images avant l’export.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/redact_dialog.py" line="211"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/redact_dialog.py" line="216"/>
        <source>Undo last</source>
        <translation>Annuler le dernier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/redact_dialog.py" line="219"/>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casereview/ui/redact_dialog.py" line="250"/>
        <source>%n region(s) marked</source>
        <translation>
            <numerusform>%n zone marquée</numerusform>
            <numerusform>%n zones marquées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="408"/>
        <source>Meeting</source>
        <extracomment>Resectability assessments by case id, printed with their case. What each decision cites, by decision id. Liver resection plans by case id, printed with their case.</extracomment>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="409"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="410"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="411"/>
        <source>Remote link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="412"/>
        <source>Chair</source>
        <translation>Président·e de séance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="417"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="421"/>
        <source>No attendees recorded.</source>
        <translation>Aucun participant enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="426"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="427"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="428"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="429"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="430"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="445"/>
        <source>Quorum met: {n} taking part (at least {m} required).</source>
        <translation>Quorum atteint : {n} participants ({m} au minimum requis).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="450"/>
        <source>Quorum NOT met: {n} taking part (at least {m} required); missing: {missing}.</source>
        <translation>Quorum NON atteint : {n} participants ({m} au minimum requis) ; manquants : {missing}.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="462"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="466"/>
        <source>Question for the MDT</source>
        <translation>Question posée à la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="469"/>
        <source>History</source>
        <translation>Histoire clinique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="470"/>
        <location filename="../../src/casereview/ui/reports.py" line="607"/>
        <source>Staging</source>
        <translation>Stadification</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="483"/>
        <source>Saved 3-D views</source>
        <translation>Vues 3D enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="490"/>
        <source>Key measurements</source>
        <translation>Mesures clés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="494"/>
        <source>No measurements recorded.</source>
        <translation>Aucune mesure enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="502"/>
        <source>What</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="80"/>
        <source>no category suggested</source>
        <translation>aucune catégorie suggérée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="82"/>
        <source>at least {category}</source>
        <translation>au moins {category}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="90"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="92"/>
        <source>Assessment version</source>
        <translation>Version de l’évaluation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="94"/>
        <source>version {number} of {when}, by {author}; SHA-256 {hash}</source>
        <translation>version {number} du {when}, par {author} ; SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="105"/>
        <source>Suggested category</source>
        <translation>Catégorie suggérée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="138"/>
        <source>{angle} by {author}, {when}</source>
        <translation>{angle} par {author}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="158"/>
        <source>Vessel</source>
        <translation>Vaisseau</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="159"/>
        <source>Measured angle</source>
        <translation>Angle mesuré</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="160"/>
        <source>Override (who, when)</source>
        <translation>Correction (auteur, date)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="161"/>
        <source>Angle the criteria read</source>
        <translation>Angle retenu par les critères</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="162"/>
        <source>Contact length</source>
        <translation>Longueur de contact</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="171"/>
        <source>{vessel}: {finding} — recorded by {author}</source>
        <translation>{vessel} : {finding} — enregistré par {author}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="181"/>
        <source>touches the tumour</source>
        <translation>au contact de la tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="183"/>
        <source>no tumour contact</source>
        <translation>sans contact avec la tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="186"/>
        <source>{variant} ({touches}) — recorded by {author}</source>
        <translation>{variant} ({touches}) — enregistré par {author}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="196"/>
        <source>SMV–portal vein reconstructible: {value} — judged by {author}</source>
        <translation>Axe VMS–veine porte reconstructible : {value} — jugé par {author}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="231"/>
        <source>segment “{name}”</source>
        <translation>segment « {name} »</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="235"/>
        <source>key image “{caption}”</source>
        <translation>image clé « {caption} »</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="239"/>
        <source>entered by {user} ({when})</source>
        <translation>saisi par {user} ({when})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="264"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="265"/>
        <location filename="../../src/casereview/ui/report_liver.py" line="236"/>
        <location filename="../../src/casereview/ui/reports.py" line="503"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="266"/>
        <source>Rests on</source>
        <translation>Fondé sur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="278"/>
        <source>No evidence cited.</source>
        <translation>Aucun élément probant cité.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="283"/>
        <source>{citation}: {category} suggested ({criteria})</source>
        <translation>{citation} : {category} suggéré ({criteria})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_assessment.py" line="291"/>
        <source>{citation}: {summary}</source>
        <translation>{citation} : {summary}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="504"/>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="511"/>
        <source>Key images</source>
        <translation>Images clés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="515"/>
        <source>No key images selected.</source>
        <translation>Aucune image clé sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="533"/>
        <source>(image not drawn)</source>
        <translation>(image non rendue)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="543"/>
        <source>Image unavailable: {reason}</source>
        <translation>Image indisponible : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="554"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="558"/>
        <source>No decision recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="569"/>
        <source>Earlier versions (amended)</source>
        <translation>Versions antérieures (modifiées par avenant)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="578"/>
        <source>signed by {who} on {when}</source>
        <translation>signée par {who} le {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="583"/>
        <source>amended by</source>
        <translation>modifiée par l’avenant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="593"/>
        <source>Recommendation</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="596"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="597"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="599"/>
        <source>Guideline</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="603"/>
        <source>Clinical trial</source>
        <translation>Essai clinique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="609"/>
        <source>Dissent</source>
        <translation>Avis divergents</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="610"/>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="613"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="620"/>
        <source>Evidence cited</source>
        <translation>Éléments probants cités</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="627"/>
        <source>Amends</source>
        <translation>Avenant à</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="629"/>
        <source>decision #{id}; reason: {reason}</source>
        <translation>la décision #{id} ; motif : {reason}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="637"/>
        <source>Signed off on {when}</source>
        <translation>Validé le {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="641"/>
        <source>Signed off by {who} on {when} (recorded by {user})</source>
        <translation>Validée et signée par {who} le {when} (enregistrée par {user})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="650"/>
        <location filename="../../src/casereview/ui/reports.py" line="657"/>
        <source>Sign-off</source>
        <translation>Validation et signature</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="659"/>
        <source>DRAFT — not signed by the chair</source>
        <translation>BROUILLON — non signé par la présidence de séance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="668"/>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="676"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="677"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="678"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="679"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="688"/>
        <source>Produced {when} by {who} with casereview.</source>
        <translation>Produit le {when} par {who} avec casereview.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="692"/>
        <source>Produced {when} with casereview.</source>
        <translation>Produit le {when} avec casereview.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="695"/>
        <source>casereview supports case review and team discussion. It is not cleared for primary diagnosis; clinical decisions rest with the treating team.</source>
        <translation>casereview aide à la revue des dossiers et à la discussion en équipe. Il n’est pas homologué pour le diagnostic primaire ; les décisions cliniques relèvent de l’équipe soignante.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="850"/>
        <source>Gathering the case</source>
        <extracomment>A CMap&apos;s mapping blocks; Qt writes them uncompressed.</extracomment>
        <translation>Collecte des données du dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="870"/>
        <location filename="../../src/casereview/ui/reports.py" line="992"/>
        <source>Drawing key images</source>
        <translation>Rendu des images clés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="938"/>
        <source>MDT outcome report</source>
        <translation>Compte rendu de RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="882"/>
        <location filename="../../src/casereview/ui/reports.py" line="884"/>
        <location filename="../../src/casereview/ui/reports.py" line="995"/>
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="276"/>
        <source>Case #{id}: {title}</source>
        <extracomment>Pixels of the longer side of a key image in the PDF (about 9 cm at 150 dpi). Draws one key image as RGB pixels, or raises CasereviewError when it cannot. Families for Latin and accented text, the first one installed is used (Debian&apos;s fonts-noto-core, DejaVu, Windows and macOS). Latin comes from them, not from the CJK font: Qt writes no text mapping (ToUnicode) for the digit forms Noto Sans CJK shapes in Latin runs, so a reader or search could not get the digits of a date or a dose back. Height of the band under each page&apos;s text that holds the page footer (millimetres). Size of the page footer&apos;s text (points).</extracomment>
        <translation>Dossier #{id} : {title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="281"/>
        <source>Patient: {identity}</source>
        <translation>Patient : {identity}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="289"/>
        <source>Meeting: {title}, {when}</source>
        <translation>Réunion : {title}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="296"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="970"/>
        <source>Gathering the meeting</source>
        <translation>Collecte des données de la réunion</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="979"/>
        <location filename="../../src/casereview/ui/reports.py" line="994"/>
        <source>MDT meeting summary</source>
        <translation>Synthèse de la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/reports.py" line="981"/>
        <source>{title}, {when} — {n} cases</source>
        <translation>{title}, {when} — {n} dossiers</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="83"/>
        <source>not known (the standardised FLR and RBWR could not be computed)</source>
        <extracomment>Colours of a verdict in print: readable in black and white too, as the word says it. Hex digits of the plan&apos;s SHA-256 printed (enough to compare with a decision&apos;s citation).</extracomment>
        <translation>inconnus (le FLR standardisé et le RBWR n’ont pas pu être calculés)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="87"/>
        <source>{height} cm, {weight} kg</source>
        <translation>{height} cm, {weight} kg</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="92"/>
        <source>entered by the planner</source>
        <translation>saisis par l’auteur du plan</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="93"/>
        <source>read from the images (DICOM Patient&apos;s Size and Weight)</source>
        <translation>lus dans les images (DICOM Patient&apos;s Size et Patient&apos;s Weight)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="107"/>
        <source>a plane bent through {n} control points</source>
        <translation>un plan incurvé passant par {n} points de contrôle</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="109"/>
        <source>a plane through the liver</source>
        <translation>un plan traversant le foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="117"/>
        <source>version {number} of {when}, by {author}; SHA-256 {hash}…</source>
        <translation>version {number} du {when}, par {author} ; SHA-256 {hash}…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="128"/>
        <source>Plan of {origin}, received in a package; not planned here.</source>
        <translation>Plan de {origin}, reçu dans un paquet ; non planifié ici.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="142"/>
        <source>Whole liver (tumour included)</source>
        <translation>Foie entier (tumeur incluse)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="145"/>
        <source>Tumour</source>
        <translation>Tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="147"/>
        <source>Resected (tumour included)</source>
        <translation>Réséqué (tumeur incluse)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="150"/>
        <source>Remnant</source>
        <translation>Foie restant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="155"/>
        <source>Tumour left in the remnant</source>
        <translation>Tumeur laissée dans le foie restant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="167"/>
        <source>removed</source>
        <translation>réséqué</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="169"/>
        <source>remains</source>
        <translation>conservé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="174"/>
        <source>Couinaud segment {label} ({state})</source>
        <translation>Segment de Couinaud {label} ({state})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="183"/>
        <source>Part of the liver</source>
        <translation>Partie du foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="184"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="197"/>
        <source>enough</source>
        <translation>suffisant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="199"/>
        <source>NOT enough</source>
        <translation>INSUFFISANT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="235"/>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="237"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="238"/>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="239"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="245"/>
        <source>FLR: future liver remnant as a share of the functional liver (whole minus tumour).</source>
        <translation>FLR (foie restant futur) : part du foie fonctionnel (foie entier moins la tumeur) qui est conservée.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="252"/>
        <source>Standardised FLR: future remnant over the standard liver volume {slv} (from a body surface area of {bsa} m² {bsa_ref}; formula {slv_ref}).</source>
        <translation>FLR standardisé : foie restant futur rapporté au volume hépatique standard {slv} (calculé d’après une surface corporelle de {bsa} m² {bsa_ref} ; formule {slv_ref}).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="264"/>
        <source>RBWR: remnant-to-body-weight ratio (1 mL of liver taken as 1 g).</source>
        <translation>RBWR : rapport foie restant/poids corporel (1 mL de foie compté pour 1 g).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="291"/>
        <source>Resection</source>
        <translation>Résection</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="293"/>
        <source>Liver condition</source>
        <translation>État du foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="296"/>
        <source>Height and weight</source>
        <translation>Taille et poids</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="298"/>
        <source>Tumour margin</source>
        <translation>Marge tumorale</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="302"/>
        <source>Future liver remnant</source>
        <translation>FLR (foie restant futur)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/report_liver.py" line="305"/>
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
</context>
<context>
    <name>ResectabilityWindow</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="57"/>
        <source>casereview — Resectability</source>
        <extracomment>Kinds of change to a case after which the workbench reads it again.</extracomment>
        <translation>casereview — Résécabilité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="68"/>
        <source>Assess</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="72"/>
        <source>Measure the tumour&apos;s contact with each segmented vessel and store it as a new version (corrections and findings are kept)</source>
        <translation>Mesurer le contact de la tumeur avec chaque vaisseau segmenté et l’enregistrer comme nouvelle version (les corrections et constatations sont conservées)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="80"/>
        <source>Our assessment, or a partner institution&apos;s received in a package</source>
        <translation>Notre évaluation, ou celle d’un établissement partenaire reçue dans un paquet</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="89"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="90"/>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="203"/>
        <source>Reading the assessment</source>
        <translation>Lecture de l’évaluation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="209"/>
        <source>Case #{number}: {title}</source>
        <translation>Dossier #{number} : {title}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="233"/>
        <source>Our assessment</source>
        <translation>Notre évaluation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="236"/>
        <source>Assessment of {institution}</source>
        <translation>Évaluation de {institution}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="252"/>
        <source>Received from {institution}: their version {number} — {change} ({author}, {when}); read-only</source>
        <translation>Reçue de {institution} : leur version {number} — {change} ({author}, {when}) ; lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="262"/>
        <source>Not assessed yet: press Assess to measure the case&apos;s segments.</source>
        <translation>Pas encore évalué : appuyez sur Évaluer pour mesurer les segments du dossier.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="264"/>
        <source>Version {number} — {change} ({author}, {when})</source>
        <translation>Version {number} — {change} ({author}, {when})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/window.py" line="297"/>
        <source>Assessing resectability</source>
        <translation>Évaluation de la résécabilité</translation>
    </message>
</context>
<context>
    <name>ResectionChooser</name>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="47"/>
        <source>What the plan removes</source>
        <extracomment>Item data of the chooser&apos;s special entries. Couinaud segments to remove (sorted tuple of labels). The resection surface was chosen.</extracomment>
        <translation>Ce que retire le plan</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="56"/>
        <source>{number} ({roman})</source>
        <translation>{number} ({roman})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="58"/>
        <source>Remove Couinaud segment {number}</source>
        <translation>Retirer le segment de Couinaud {number}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="80"/>
        <source>Resection surface (drag its points)</source>
        <translation>Surface de résection (faites glisser ses points)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="84"/>
        <source>Segments ticked below</source>
        <translation>Segments cochés ci-dessous</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/chooser.py" line="92"/>
        <source>Named resections and segments need the Couinaud segments: place the landmarks and build them (Segments tab).</source>
        <translation>Les résections nommées et les segments nécessitent les segments de Couinaud : placez les repères et construisez-les (onglet Segments).</translation>
    </message>
</context>
<context>
    <name>SavePlanDialog</name>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="43"/>
        <source>Save liver plan</source>
        <translation>Enregistrer le plan hépatique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/liver/plan_saving.py" line="48"/>
        <source>Note for the MDT (optional)</source>
        <translation>Note pour la RCP (facultatif)</translation>
    </message>
</context>
<context>
    <name>ScreenshotDialog</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1328"/>
        <source>Screenshot</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1338"/>
        <source>{n}× size</source>
        <translation>Taille ×{n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1340"/>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1341"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="53"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="77"/>
        <source>Tumour</source>
        <extracomment>&quot; (&lt;author&gt;, &lt;institution&gt;, &lt;time&gt;)&quot; after the name Names of the segment templates (``casereview.domain.segments``), marked for translation.</extracomment>
        <translation>Tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="54"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="76"/>
        <source>Pancreas</source>
        <translation>Pancréas</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="55"/>
        <source>Superior mesenteric vein</source>
        <translation>Veine mésentérique supérieure</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="56"/>
        <source>Portal vein</source>
        <translation>Veine porte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="57"/>
        <source>Superior mesenteric artery</source>
        <translation>Artère mésentérique supérieure</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="58"/>
        <source>Celiac trunk</source>
        <translation>Tronc cœliaque</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="59"/>
        <source>Common hepatic artery</source>
        <translation>Artère hépatique commune</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="60"/>
        <source>Aorta</source>
        <translation>Aorte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="61"/>
        <source>Lymph node</source>
        <translation>Ganglion lymphatique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="62"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="75"/>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="63"/>
        <source>Hepatic veins</source>
        <translation>Veines hépatiques</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="64"/>
        <source>Inferior vena cava</source>
        <translation>Veine cave inférieure</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="65"/>
        <source>Gallbladder</source>
        <translation>Vésicule biliaire</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="66"/>
        <source>Common bile duct</source>
        <translation>Voie biliaire principale</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="67"/>
        <source>Pancreatic duct</source>
        <translation>Canal pancréatique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="73"/>
        <source>Vein</source>
        <extracomment>The structures with HU ranges of their own, in the order the chooser lists them.</extracomment>
        <translation>Veine</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="74"/>
        <source>Artery</source>
        <translation>Artère</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="78"/>
        <source>Bile (gallbladder)</source>
        <translation>Bile (vésicule biliaire)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="82"/>
        <source>Non-contrast</source>
        <extracomment>Contrast phases, in acquisition order.</extracomment>
        <translation>Sans injection</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="83"/>
        <source>Arterial</source>
        <translation>Temps artériel</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="84"/>
        <source>Portal venous</source>
        <translation>Temps portal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="115"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="116"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="117"/>
        <source>Diameters</source>
        <translation>Diamètres</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="132"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="135"/>
        <source>Add an empty segment of the chosen type</source>
        <translation>Ajouter un segment vide du type choisi</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="138"/>
        <source>Set type</source>
        <translation>Définir le type</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="141"/>
        <source>Give the selected segment the chosen type&apos;s SNOMED CT category and type</source>
        <translation>Attribuer au segment sélectionné la catégorie et le type SNOMED CT du type choisi</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="147"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="150"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="165"/>
        <source>Tools</source>
        <translation>Outils</translation>
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
        <translation>Pinceau 3D (sphère)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="181"/>
        <source>Brush radius</source>
        <translation>Rayon du pinceau</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="187"/>
        <source>Custom range</source>
        <translation>Plage personnalisée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="191"/>
        <source>The structure whose HU range region growing and thresholds use</source>
        <translation>La structure dont la plage d’UH sert à la croissance de région et aux seuils</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="200"/>
        <source>Contrast phase?</source>
        <translation>Temps d’injection ?</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="204"/>
        <source>The contrast phase of the series</source>
        <translation>Le temps d’injection de la série</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="211"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="225"/>
        <source> HU</source>
        <extracomment>``(segment, type)`` whose structure the chooser last took, so a refresh after an edit leaves a range the user changed alone.</extracomment>
        <translation> UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="232"/>
        <source>HU range</source>
        <translation>Plage d’UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="242"/>
        <source>Cuts thin bridges to neighbouring structures after region growing (0: off)</source>
        <translation>Coupe les ponts fins vers les structures voisines après la croissance de région (0 : désactivé)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="248"/>
        <source>Cut bridges</source>
        <translation>Couper les ponts</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="250"/>
        <source>Only slices</source>
        <translation>Seulement les coupes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="253"/>
        <source>Grow only between these slices, e.g. below a venous confluence</source>
        <translation>Croissance uniquement entre ces coupes, p. ex. sous un confluent veineux</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="272"/>
        <source>Region growing</source>
        <translation>Croissance de région</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="275"/>
        <source>Keep HU range</source>
        <translation>Garder la plage d’UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="279"/>
        <source>Keep only the voxels of the segment whose value lies in the HU range</source>
        <translation>Ne garder que les voxels du segment dont la valeur est dans la plage d’UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="285"/>
        <source>Fill between slices</source>
        <translation>Remplir entre les coupes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="289"/>
        <source>Interpolate the outline on the slices between the slices you drew</source>
        <translation>Interpoler le contour sur les coupes situées entre celles que vous avez dessinées</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="299"/>
        <source> mL</source>
        <translation> mL</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="301"/>
        <source>Remove islands below</source>
        <translation>Supprimer les îlots de moins de</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="310"/>
        <source>Smooth</source>
        <translation>Lisser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="326"/>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="329"/>
        <source>Outlines only</source>
        <translation>Contours seulement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="339"/>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="342"/>
        <source>Surfaces in 3-D</source>
        <translation>Surfaces en 3D</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="346"/>
        <source>Show the visible segments as surfaces in the 3-D view (2×2 layout)</source>
        <translation>Afficher les segments visibles sous forme de surfaces dans la vue 3D (disposition 2×2)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="354"/>
        <source>Import SEG…</source>
        <translation>Importer un SEG…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="358"/>
        <source>Add the segments of a DICOM Segmentation made on this series</source>
        <translation>Ajouter les segments d’une DICOM Segmentation réalisée sur cette série</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="364"/>
        <source>Export SEG…</source>
        <translation>Exporter en SEG…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="368"/>
        <source>Write the case&apos;s segments as a DICOM Segmentation (names, codes, colours)</source>
        <translation>Enregistrer les segments du dossier en DICOM Segmentation (noms, codes, couleurs)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="407"/>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="602"/>
        <source> (other series)</source>
        <translation> (autre série)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="411"/>
        <source> ({origin})</source>
        <translation> ({origin})</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="418"/>
        <source>{ml:.1f} mL</source>
        <translation>{ml:.1f} mL</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="421"/>
        <source>{d:.0f} mm; {a:.0f} × {b:.0f} mm</source>
        <translation>{d:.0f} mm ; {a:.0f} × {b:.0f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="441"/>
        <source>Longest diameter {d:.1f} mm; axial long × short axis {a:.1f} × {b:.1f} mm</source>
        <translation>Plus grand diamètre {d:.1f} mm ; grand × petit axe axial {a:.1f} × {b:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="517"/>
        <source>HU ranges are for CT; set the range of this series yourself.</source>
        <translation>Les plages d’UH valent pour le scanner ; réglez vous-même la plage de cette série.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="524"/>
        <source>The series does not say its contrast phase: choose it to use the structure&apos;s HU range.</source>
        <translation>La série n’indique pas son temps d’injection : choisissez-le pour utiliser la plage d’UH de la structure.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="544"/>
        <source>{structure}, {phase}: {lower:.0f} to {upper:.0f} HU</source>
        <translation>{structure}, {phase} : {lower:.0f} à {upper:.0f} UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="548"/>
        <source>Range changed by hand ({structure}, {phase}: {lower:.0f} to {upper:.0f} HU)</source>
        <translation>Plage modifiée manuellement ({structure}, {phase} : {lower:.0f} à {upper:.0f} UH)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="569"/>
        <source>Select a segment to edit it, or add one.</source>
        <translation>Sélectionnez un segment pour le modifier, ou ajoutez-en un.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="573"/>
        <source>{category} / {type} ({scheme} {value}), by {author}</source>
        <translation>{category} / {type} ({scheme} {value}), par {author}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="649"/>
        <source>Segment colour</source>
        <translation>Couleur du segment</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="695"/>
        <source>Add or select a segment first.</source>
        <translation>Ajoutez ou sélectionnez d’abord un segment.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="709"/>
        <source>Applying the HU range</source>
        <translation>Application de la plage d’UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="717"/>
        <source>Filling between slices</source>
        <translation>Remplissage entre les coupes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="726"/>
        <source>Removing small islands</source>
        <translation>Suppression des petits îlots</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="735"/>
        <source>Smoothing</source>
        <translation>Lissage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="747"/>
        <source>Import DICOM Segmentation</source>
        <translation>Importer une DICOM Segmentation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="749"/>
        <source>DICOM files (*.dcm *.DCM);;All files (*)</source>
        <translation>Fichiers DICOM (*.dcm *.DCM);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="762"/>
        <source>{n} segment(s) imported.</source>
        <translation>{n} segment(s) importé(s).</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="768"/>
        <source>Importing the segmentation</source>
        <translation>Import de la segmentation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="776"/>
        <source>Export DICOM Segmentation</source>
        <translation>Exporter une DICOM Segmentation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="778"/>
        <source>DICOM files (*.dcm)</source>
        <translation>Fichiers DICOM (*.dcm)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="789"/>
        <source>Segmentation written to {path}</source>
        <translation>Segmentation enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segment_panel.py" line="795"/>
        <source>Writing the segmentation</source>
        <translation>Écriture de la segmentation</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="55"/>
        <source>Criteria set:</source>
        <extracomment>Colour of each category&apos;s heading (readable on light and dark backgrounds). The id of the criteria set a person chose.</extracomment>
        <translation>Ensemble de critères :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="70"/>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="74"/>
        <source>Assess the case to measure the contact with each vessel.</source>
        <translation>Évaluez le dossier pour mesurer le contact avec chaque vaisseau.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="87"/>
        <source>No category can be suggested</source>
        <translation>Aucune catégorie ne peut être suggérée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="90"/>
        <source>Suggested: at least {category} — for the MDT to confirm</source>
        <translation>Suggéré : au moins {category} — à confirmer en RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/suggestion_panel.py" line="93"/>
        <source>Suggested: {category} — for the MDT to confirm</source>
        <translation>Suggéré : {category} — à confirmer en RCP</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="49"/>
        <source>a few seconds left</source>
        <extracomment>A unit of long work: receives a progress reporter and a cancel token, returns a result. Seconds between two updates of the progress text (values still move on every report).</extracomment>
        <translation>encore quelques secondes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="51"/>
        <source>about {n} s left</source>
        <translation>environ {n} s restantes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="53"/>
        <source>about {n} min left</source>
        <translation>environ {n} min restantes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="54"/>
        <source>about {h} h {m} min left</source>
        <translation>environ {h} h {m} min restantes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="206"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/data.py" line="42"/>
        <source>Reading the assessment</source>
        <extracomment>Progress steps (translated by the task runner in its &quot;TaskRunner&quot; context).</extracomment>
        <translation>Lecture de l’évaluation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/data.py" line="43"/>
        <source>Reading the images of the vessels</source>
        <translation>Lecture des images des vaisseaux</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/data.py" line="44"/>
        <source>Measuring the contact along each vessel</source>
        <translation>Mesure du contact le long de chaque vaisseau</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="155"/>
        <source>Length</source>
        <extracomment>The tools that mark and measure; the others paint segments. Names of the measurements, translated where shown.</extracomment>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="158"/>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="158"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="147"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="156"/>
        <source>Long axis</source>
        <translation>Grand axe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="157"/>
        <source>Short axis</source>
        <translation>Petit axe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="159"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="160"/>
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="161"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="162"/>
        <source>SD</source>
        <translation>ÉT</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="163"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="164"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/editor.py" line="66"/>
        <source>Measure and segment</source>
        <translation>Mesurer et segmenter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/editor.py" line="74"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/editor.py" line="76"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/editor.py" line="107"/>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="46"/>
        <source>Add or select a segment in the Segments panel first.</source>
        <translation>Ajoutez ou sélectionnez d’abord un segment dans le panneau Segments.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="192"/>
        <source>Choose the 2×2 layout for the 3-D view, and paint a segment first.</source>
        <translation>Choisissez la disposition 2×2 pour la vue 3D, et peignez d’abord un segment.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="148"/>
        <source>Text of the note:</source>
        <translation>Texte de la note :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="156"/>
        <source>Point {n}</source>
        <translation>Point {n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="159"/>
        <source>Name of the point:</source>
        <translation>Nom du point :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="54"/>
        <source>This segment was drawn on another series; open that series.</source>
        <translation>Ce segment a été dessiné sur une autre série ; ouvrez cette série.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="151"/>
        <source>Region growing</source>
        <translation>Croissance de région</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/segmenting_tools.py" line="180"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/measuring_tools.py" line="310"/>
        <source>Choose the 2×2 layout to show the 3-D view first.</source>
        <translation>Choisissez d’abord la disposition 2×2 pour afficher la vue 3D.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="19"/>
        <source>Add {kind}</source>
        <extracomment>The commands&apos; text templates, marked for translation (``casereview.commands.edits``).</extracomment>
        <translation>Ajouter {kind}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="20"/>
        <source>Move {kind}</source>
        <translation>Déplacer {kind}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="21"/>
        <source>Rename annotation</source>
        <translation>Renommer l’annotation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="22"/>
        <source>Show annotation</source>
        <translation>Afficher l’annotation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="23"/>
        <source>Hide annotation</source>
        <translation>Masquer l’annotation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="24"/>
        <source>Delete annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="25"/>
        <source>Flag key image</source>
        <translation>Marquer l’image clé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="26"/>
        <source>Remove key image</source>
        <translation>Retirer l’image clé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="27"/>
        <source>Add segment {name}</source>
        <translation>Ajouter le segment {name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="28"/>
        <source>Change segment {name}</source>
        <translation>Modifier le segment {name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="29"/>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="30"/>
        <source>Edit segment</source>
        <translation>Éditer le segment</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="31"/>
        <source>Paint</source>
        <translation>Peindre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="32"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="33"/>
        <source>Region growing</source>
        <translation>Croissance de région</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="34"/>
        <source>Threshold</source>
        <translation>Seuillage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="35"/>
        <source>Fill between slices</source>
        <translation>Remplir entre les coupes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="36"/>
        <source>Remove small islands</source>
        <translation>Supprimer les petits îlots</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="37"/>
        <source>Smooth</source>
        <translation>Lisser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="38"/>
        <source>Import segmentation</source>
        <translation>Importer une segmentation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="40"/>
        <source>length</source>
        <translation>une longueur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="41"/>
        <source>bidirectional</source>
        <translation>une mesure bidirectionnelle</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="42"/>
        <source>angle</source>
        <translation>un angle</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="43"/>
        <source>ellipse</source>
        <translation>une ellipse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="44"/>
        <source>polygon</source>
        <translation>un polygone</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="45"/>
        <source>point</source>
        <translation>un point</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="46"/>
        <source>text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/undo.py" line="47"/>
        <source>arrow</source>
        <translation>une flèche</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="27"/>
        <source>Merge patients</source>
        <extracomment>The identity commands&apos; texts in the Edit menu&apos;s Undo/Redo entries.</extracomment>
        <translation>Fusionner les patients</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="28"/>
        <source>Keep patients apart</source>
        <translation>Garder les patients séparés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="29"/>
        <source>Split studies off</source>
        <translation>Séparer des examens</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="49"/>
        <source>Who is working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="52"/>
        <source>Everything you create and every case you open is recorded under the user chosen here.</source>
        <translation>Tout ce que vous créez et chaque dossier que vous ouvrez sont enregistrés au nom de l’utilisateur choisi ici.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="60"/>
        <source>Known user</source>
        <translation>Utilisateur existant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="72"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="85"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="86"/>
        <source>Name shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="87"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="88"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="91"/>
        <source>Ask at every start</source>
        <translation>Demander à chaque démarrage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/user_chooser.py" line="124"/>
        <source>Choose a user from the list.</source>
        <translation>Choisissez un utilisateur dans la liste.</translation>
    </message>
</context>
<context>
    <name>VesselTable</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="56"/>
        <source>Vessel</source>
        <extracomment>Contact above this angle (degrees) is flagged (encasement; most criteria turn on it). The role (``&quot;smv&quot;``...) of the vessel chosen, ``&quot;&quot;`` for none.</extracomment>
        <translation>Vaisseau</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="57"/>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="58"/>
        <source>Corrected (by, when)</source>
        <translation>Corrigé (par, quand)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="59"/>
        <source>Contact length</source>
        <translation>Longueur de contact</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="60"/>
        <source>Landmarks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="61"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="138"/>
        <source>{angle:.1f}° — {author}, {when}</source>
        <translation>{angle:.1f}° — {author}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="149"/>
        <source>&gt; 180°</source>
        <translation>&gt; 180°</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="151"/>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="153"/>
        <source>not near the tumour</source>
        <translation>à distance de la tumeur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="155"/>
        <source>segment chosen by hand</source>
        <translation>segment choisi manuellement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_table.py" line="161"/>
        <source>not segmented</source>
        <translation>non segmenté</translation>
    </message>
</context>
<context>
    <name>VesselView</name>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="88"/>
        <source>Record as the vessel&apos;s angle</source>
        <extracomment>Half the width (mm) of the straightened view: the vessel and the tumour beside it, tall enough to follow the vessel. What the masks read as when the series&apos; images cannot be read (vessel bright, tumour grey). ``(angle_deg, reason)``: record a person&apos;s angle for the vessel shown. Remove the person&apos;s angle of the vessel shown.</extracomment>
        <translation>Enregistrer comme angle du vaisseau</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="90"/>
        <source>Discard the correction</source>
        <translation>Abandonner la correction</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="92"/>
        <source>Back to measured</source>
        <translation>Revenir à la mesure</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="95"/>
        <source>Remove the corrected angle; the rules read the measured one again</source>
        <translation>Supprimer l’angle corrigé ; les règles reprennent l’angle mesuré</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="213"/>
        <source>Choose a vessel in the table</source>
        <translation>Choisissez un vaisseau dans le tableau</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="218"/>
        <source>{vessel}: not near the tumour, no sections measured</source>
        <translation>{vessel} : à distance de la tumeur, aucune coupe transversale mesurée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="222"/>
        <source>{vessel}: largest contact {angle:.0f}° over {length:.1f} mm</source>
        <translation>{vessel} : contact maximal de {angle:.0f}° sur {length:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="255"/>
        <source>Drag an end of a red arc to correct the contact.</source>
        <translation>Faites glisser une extrémité d’un arc rouge pour corriger le contact.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="260"/>
        <source>Corrected at {position:.1f} mm: {angle:.0f}° (measured here {measured:.0f}°)</source>
        <translation>Corrigé à {position:.1f} mm : {angle:.0f}° (mesuré ici : {measured:.0f}°)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/resectability/vessel_view.py" line="273"/>
        <source>Contact arcs corrected on the cross-section at {position:.1f} mm along the vessel (measured there {measured:.1f}°)</source>
        <translation>Arcs de contact corrigés sur la coupe transversale à {position:.1f} mm le long du vaisseau (mesure à cet endroit : {measured:.1f}°)</translation>
    </message>
</context>
<context>
    <name>View3D</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="110"/>
        <source>CT angiography</source>
        <extracomment>Milliseconds without camera or crosshair movement before the full-quality frame. Milliseconds without new voxels before the volume rendering is prepared (a loading series reports new voxels every quarter second; preparing blocks the UI for a few seconds).</extracomment>
        <translation>Angioscanner</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="111"/>
        <source>Soft tissue</source>
        <translation>Tissus mous</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="112"/>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="113"/>
        <source>Vessels &amp; organs</source>
        <translation>Vaisseaux et organes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="114"/>
        <source>3-D MIP</source>
        <translation>MIP 3D</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="118"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="119"/>
        <source>Anterior</source>
        <translation>Antérieur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="122"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="123"/>
        <source>Posterior</source>
        <translation>Postérieur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="125"/>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="125"/>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="126"/>
        <source>L</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="126"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="128"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="129"/>
        <source>Superior</source>
        <translation>Supérieur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="132"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="133"/>
        <source>Inferior</source>
        <translation>Inférieur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="137"/>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="138"/>
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="139"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
</context>
<context>
    <name>View3DWidget</name>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="364"/>
        <source>Preparing the 3-D rendering…</source>
        <extracomment>Called after every frame (the widget checks for a volume rendering to prepare). A screenshot was written (its :class:`Path`). A movie was written (its :class:`Path`). Label value of each surface to the segment it shows, and to an iso-surface&apos;s CT value: what a 3-D key image keeps of the surfaces (``scene``).</extracomment>
        <translation>Préparation du rendu 3D…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="385"/>
        <source>Volume rendering preset</source>
        <translation>Préréglage du rendu volumique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="393"/>
        <source>Look from the {side}</source>
        <translation>Voir depuis le côté {side}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="399"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="400"/>
        <source>Back to the starting view of the whole volume</source>
        <translation>Revenir à la vue initiale de tout le volume</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="405"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="409"/>
        <source>Show the 3-D settings: preset editor, crop and clipping, segments, saved views, screenshot and movie</source>
        <translation>Afficher les paramètres 3D : éditeur de préréglages, recadrage et plan de coupe, segments, vues enregistrées, capture d’écran et film</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="439"/>
        <source>Volume rendering</source>
        <translation>Rendu volumique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="442"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="446"/>
        <source>Planes</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="448"/>
        <source>Show the axial, coronal and sagittal slices</source>
        <translation>Afficher les coupes axiale, coronale et sagittale</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="450"/>
        <source>Shading</source>
        <translation>Ombrage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="453"/>
        <source>3-D MIP</source>
        <translation>MIP 3D</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="455"/>
        <source>Brightest value along each ray instead of surfaces</source>
        <translation>Valeur la plus intense le long de chaque rayon au lieu des surfaces</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="464"/>
        <source>Range of CT values over which opacity rises</source>
        <translation>Plage de densités (UH) sur laquelle l’opacité augmente</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="469"/>
        <source>Centre of the opacity ramp</source>
        <translation>Centre de la rampe d’opacité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="473"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="474"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="478"/>
        <source>Highest opacity of the ramp</source>
        <translation>Opacité maximale de la rampe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="480"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="566"/>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="486"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="490"/>
        <source>Preset name</source>
        <translation>Nom du préréglage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="491"/>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="494"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="623"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="496"/>
        <source>Delete the chosen user preset</source>
        <translation>Supprimer le préréglage utilisateur choisi</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="508"/>
        <source>Crop and clip</source>
        <translation>Recadrage et coupe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="510"/>
        <source>Crop box (% of the volume)</source>
        <translation>Boîte de recadrage (% du volume)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="534"/>
        <source>Clipping plane</source>
        <translation>Plan de coupe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="545"/>
        <source>Flip</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="547"/>
        <source>Keep the other side of the plane</source>
        <translation>Conserver l’autre côté du plan</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="554"/>
        <source>Move the plane (mm from the crosshair along its normal)</source>
        <translation>Déplacer le plan (mm depuis le réticule le long de sa normale)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="561"/>
        <source>Surfaces</source>
        <translation>Surfaces</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="566"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="620"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="566"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="566"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="581"/>
        <source>CT value of the surface (about 200 HU: opacified vessels and bone)</source>
        <translation>Densité de la surface (environ 200 UH : vaisseaux opacifiés et os)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="583"/>
        <source>Add iso-surface</source>
        <translation>Ajouter une isosurface</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="590"/>
        <source>Export STL/OBJ…</source>
        <translation>Exporter en STL/OBJ…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="593"/>
        <source>Write the shown surfaces for 3-D printing or planning software</source>
        <translation>Enregistrer les surfaces affichées pour l’impression 3D ou un logiciel de planification</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="596"/>
        <source>Remove all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="605"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="609"/>
        <source>Name of this view</source>
        <translation>Nom de cette vue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="610"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="613"/>
        <source>Keep this camera and preset under a name, for key images and the MDT</source>
        <translation>Conserver cette caméra et ce préréglage sous un nom, pour les images clés et la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="639"/>
        <source>Views can be saved when the series is opened from the study browser</source>
        <translation>Les vues peuvent être enregistrées lorsque la série est ouverte depuis le navigateur d’études</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="644"/>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="649"/>
        <source>{n}× size</source>
        <translation>Taille ×{n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="651"/>
        <source>Screenshot…</source>
        <translation>Capture d’écran…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="653"/>
        <source>Save the 3-D view as a PNG picture</source>
        <translation>Enregistrer la vue 3D en image PNG</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="661"/>
        <source> frames</source>
        <translation> images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="662"/>
        <source>360° movie…</source>
        <translation>Film à 360°…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="664"/>
        <source>One turn round the patient as MP4 or animated GIF</source>
        <translation>Un tour complet autour du patient en MP4 ou en GIF animé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="690"/>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="729"/>
        <source>Colour at {value:.0f} HU</source>
        <translation>Couleur à {value:.0f} UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="757"/>
        <source>Colour of the preset</source>
        <translation>Couleur du préréglage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="878"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="890"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="904"/>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1134"/>
        <source>Making surfaces</source>
        <translation>Création des surfaces</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="887"/>
        <source>Iso-surface {value:.0f} HU</source>
        <translation>Isosurface {value:.0f} UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="977"/>
        <source>Colour of the segment</source>
        <translation>Couleur du segment</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="998"/>
        <source>Export surfaces</source>
        <translation>Exporter les surfaces</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1000"/>
        <source>Wavefront OBJ with colours (*.obj);;STL for 3-D printing (*.stl)</source>
        <translation>Wavefront OBJ avec couleurs (*.obj);;STL pour l’impression 3D (*.stl)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1230"/>
        <source>Save screenshot</source>
        <translation>Enregistrer la capture d’écran</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1232"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1254"/>
        <source>Save 360° movie</source>
        <translation>Enregistrer le film à 360°</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1256"/>
        <source>MP4 video (*.mp4);;Animated GIF (*.gif)</source>
        <translation>Vidéo MP4 (*.mp4);;GIF animé (*.gif)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1277"/>
        <source>Rendering the movie</source>
        <translation>Rendu du film</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1277"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/view3d.py" line="1306"/>
        <source>Writing the movie</source>
        <translation>Écriture du film</translation>
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
        <translation>2×2 avec 3D</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="54"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="57"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="83"/>
        <source>Axial</source>
        <extracomment>Slices a second while cine plays.</extracomment>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="58"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="84"/>
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="59"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="85"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="62"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="63"/>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="64"/>
        <source>Pancreas</source>
        <translation>Pancréas</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="65"/>
        <source>Angiography</source>
        <translation>Angiographie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="66"/>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="67"/>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="70"/>
        <source>Thin slice</source>
        <translation>Coupe fine</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="86"/>
        <source>oblique</source>
        <translation>oblique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="428"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="87"/>
        <source>Im {index}/{count}</source>
        <translation>Im {index}/{count}</translation>
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
        <translation>L {width:.0f} N {level:.0f}</translation>
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
        <translation>Identité masquée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="95"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="188"/>
        <source>Viewer</source>
        <extracomment>The user asked to show the series of this id beside the primary one. The user chose a key image (:class:`KeyImage`) made on another series: open that one. Measuring and segmentation on a case (``tools.CaseEditor``), once attached.</extracomment>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="190"/>
        <source>Viewer reformat</source>
        <translation>Reformatage de la visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="194"/>
        <source>Layout:</source>
        <translation>Disposition :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="208"/>
        <source>Plane shown by the 1×1 and side-by-side layouts</source>
        <translation>Plan affiché par les dispositions 1×1 et côte à côte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="220"/>
        <source>Show another series of the study beside this one, scrolled to the same position</source>
        <translation>Afficher une autre série de l’étude à côté de celle-ci, à la même position</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="225"/>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="235"/>
        <source>Window preset…</source>
        <translation>Fenêtre prédéfinie…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/window_controls.py" line="42"/>
        <source>W</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="245"/>
        <source>Window width (HU)</source>
        <translation>Largeur de fenêtre (UH)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/window_controls.py" line="43"/>
        <source>L</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="246"/>
        <source>Window level (HU)</source>
        <translation>Niveau de fenêtre (UH)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="254"/>
        <source>W/L drag</source>
        <translation>Glisser L/N</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="255"/>
        <source>Left-drag changes the window (horizontal: width, vertical: level) instead of moving the crosshair</source>
        <translation>Le glisser gauche change la fenêtre (horizontal : largeur, vertical : niveau) au lieu de déplacer le réticule</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="237"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="264"/>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="265"/>
        <source>Invert the grey scale</source>
        <translation>Inverser l’échelle de gris</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="270"/>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="272"/>
        <source>Fit the images in their views again (zoom and pan)</source>
        <translation>Ajuster de nouveau les images à leurs vues (zoom et déplacement)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="279"/>
        <source>Slab:</source>
        <translation>Épaisseur :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="290"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="291"/>
        <source>Slab thickness</source>
        <translation>Épaisseur de la tranche</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="297"/>
        <source>Oblique (°):</source>
        <translation>Oblique (°) :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="302"/>
        <source>Tilt the planes about the right–left axis</source>
        <translation>Incliner les plans autour de l’axe droite–gauche</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="306"/>
        <source>Tilt the planes about the anterior–posterior axis</source>
        <translation>Incliner les plans autour de l’axe antéro-postérieur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="312"/>
        <source>Turn the planes about the head–foot axis</source>
        <translation>Tourner les plans autour de l’axe tête–pieds</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="324"/>
        <source>R–L</source>
        <translation>D–G</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="325"/>
        <source>A–P</source>
        <translation>A–P</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="326"/>
        <source>S–I</source>
        <translation>S–I</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="335"/>
        <source>Straighten</source>
        <translation>Redresser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="337"/>
        <source>Back to the axial, coronal and sagittal planes</source>
        <translation>Revenir aux plans axial, coronal et sagittal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="339"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="345"/>
        <source>Cine</source>
        <translation>Ciné</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="346"/>
        <source>Play through the slices of the active view (click again to pause)</source>
        <translation>Faire défiler les coupes de la vue active (cliquer de nouveau pour mettre en pause)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="530"/>
        <source>Flag key image</source>
        <translation>Marquer une image clé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="531"/>
        <source>Caption (what this image shows):</source>
        <translation>Légende (ce que montre cette image) :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="623"/>
        <source>Check before measuring:</source>
        <translation>À vérifier avant de mesurer :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="670"/>
        <source>Move the mouse over an image for its value and position.</source>
        <translation>Survolez une image pour voir sa valeur et sa position.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="678"/>
        <source>outside the volume</source>
        <translation>hors du volume</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/image_view.py" line="485"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="680"/>
        <source>{v:.0f} HU</source>
        <translation>{v:.0f} UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="684"/>
        <source>{value} · R/L {x:.1f}, A/P {y:.1f}, S/I {z:.1f} mm (LPS)</source>
        <translation>{value} · D/G {x:.1f}, A/P {y:.1f}, S/I {z:.1f} mm (LPS)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="43"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="44"/>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="45"/>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="46"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="47"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="48"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="49"/>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="50"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/shell.py" line="51"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="150"/>
        <source>&amp;Import folder…</source>
        <translation>&amp;Importer un répertoire…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="156"/>
        <source>Import every DICOM file in a folder, e.g. a CD or a PACS export</source>
        <translation>Importer tous les fichiers DICOM d’un répertoire, p. ex. un CD ou un export PACS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="162"/>
        <source>Import &amp;files…</source>
        <translation>Importer des &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/importing.py" line="167"/>
        <source>Import DICOM files, zip archives or a DICOMDIR</source>
        <translation>Importer des fichiers DICOM, des archives zip ou un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="94"/>
        <source>Reload patients and cases from the database</source>
        <translation>Recharger patients et dossiers depuis la base</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="217"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="42"/>
        <location filename="../../src/casereview/ui/features/editing.py" line="195"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="200"/>
        <source>Undo the last change of a mark or segment</source>
        <translation>Annuler la dernière modification d’une annotation ou d’un segment</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="48"/>
        <location filename="../../src/casereview/ui/features/editing.py" line="204"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/editing.py" line="209"/>
        <source>Redo the change that was undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="75"/>
        <source>Flag &amp;key image…</source>
        <translation>Marquer une image &amp;clé…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="82"/>
        <source>Keep the active view (slice, window, zoom) with a caption for the MDT, the report and exchange packages</source>
        <translation>Conserver la vue active (coupe, fenêtre, zoom) avec une légende pour la RCP, le compte rendu et les paquets d’échange</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="90"/>
        <source>&amp;Delete selected mark</source>
        <translation>&amp;Supprimer l’annotation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/measuring.py" line="96"/>
        <source>Delete the selected annotation (Undo brings it back)</source>
        <translation>Supprimer l’annotation sélectionnée (Annuler la rétablit)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="98"/>
        <source>&amp;New case from selection…</source>
        <translation>&amp;Nouveau dossier à partir de la sélection…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/cases.py" line="104"/>
        <source>Create a case from the selected patient, studies or series</source>
        <translation>Créer un dossier à partir du patient, des examens ou des séries sélectionnés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="117"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="120"/>
        <source>Plan an MDT meeting: date, chair, agenda</source>
        <translation>Planifier une RCP : date, président·e de séance, ordre du jour</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="124"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="129"/>
        <source>Meetings: agenda, preparation, attendance and quorum</source>
        <translation>Réunions : ordre du jour, préparation, présence et quorum</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="149"/>
        <source>Next</source>
        <extracomment>Kinds of change to a case that alter its key images as drawn (a partner&apos;s layer included). Paging keys leave the viewer&apos;s own keys alone while it has focus.</extracomment>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="156"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="163"/>
        <source>First case</source>
        <translation>Premier dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="170"/>
        <source>Last case</source>
        <translation>Dernier dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="177"/>
        <source>Show or hide identity</source>
        <translation>Afficher ou masquer l’identité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="183"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="190"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="197"/>
        <source>Decision panel</source>
        <translation>Panneau de décision</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="203"/>
        <source>Decision on second screen</source>
        <translation>Décision sur le second écran</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="208"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="212"/>
        <source>Resectability assessment</source>
        <translation>Évaluation de résécabilité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="218"/>
        <source>Liver resection plan</source>
        <translation>Plan de résection hépatique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="224"/>
        <source>Blank screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="230"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="234"/>
        <source>Leave the presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="268"/>
        <source>Start &amp;presentation</source>
        <translation>Lancer la &amp;présentation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/presentation.py" line="273"/>
        <source>Present the selected meeting full screen on the shared screen (identity hidden)</source>
        <translation>Présenter la réunion sélectionnée en plein écran sur l’écran partagé (identité masquée)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="135"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/meetings.py" line="139"/>
        <source>Who viewed, changed, signed or exported what; verify the chain</source>
        <translation>Qui a consulté, modifié, signé ou exporté quoi ; vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="208"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Changer d’utilisateur…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="211"/>
        <source>Choose who is working; it is stamped on everything created</source>
        <translation>Choisir qui travaille ; son nom est apposé sur tout ce qui est créé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="181"/>
        <source>&amp;Export volume as NIfTI…</source>
        <translation>&amp;Exporter le volume en NIfTI…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="185"/>
        <source>Write the volume shown in the viewer as a NIfTI file (for research and planning tools); it carries no patient identity</source>
        <translation>Enregistrer le volume affiché dans un fichier NIfTI (pour les outils de recherche et de planification) ; il ne contient aucune identité de patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="193"/>
        <source>Save &amp;screenshot…</source>
        <translation>Enregistrer une &amp;capture d’écran…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="200"/>
        <source>Save a view of the viewer (a slice view or the 3-D view) as a PNG picture, up to four times its size on screen</source>
        <translation>Enregistrer une vue de la visionneuse (une vue en coupe ou la vue 3D) en image PNG, jusqu’à quatre fois sa taille à l’écran</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="208"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="214"/>
        <source>Show the selected series in the 2-D viewer; a second selected series opens beside it</source>
        <translation>Afficher la série sélectionnée dans la visionneuse 2D ; une deuxième série sélectionnée s’ouvre à côté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="222"/>
        <source>&amp;Hide patient identity</source>
        <translation>&amp;Masquer l’identité du patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/viewing.py" line="228"/>
        <source>Hide names, IDs and birth dates, e.g. before sharing the screen</source>
        <translation>Masquer noms, identifiants et dates de naissance, p. ex. avant de partager l’écran</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="226"/>
        <source>&amp;Check database and files…</source>
        <translation>&amp;Vérifier la base et les fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="230"/>
        <source>Check the database and that every indexed file is unchanged</source>
        <translation>Vérifier la base et que chaque fichier indexé est inchangé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="236"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="245"/>
        <source>Open &amp;demo case</source>
        <translation>Ouvrir le dossier de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="248"/>
        <source>Create (first time only) and open the synthetic pancreatic-cancer demo case</source>
        <translation>Créer (la première fois) et ouvrir le dossier de démonstration synthétique de cancer du pancréas</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/maintenance.py" line="255"/>
        <source>&amp;About casereview</source>
        <translation>À &amp;propos de casereview</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="58"/>
        <source>&amp;Navigate</source>
        <extracomment>crosshair (and dragging annotation handles) region growing from the clicked voxel The exclusive group of the viewer&apos;s tools in the action registry. Menu text, tip and key of each tool&apos;s action (English; the ``actions`` context).</extracomment>
        <translation>&amp;Naviguer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="59"/>
        <source>Move the crosshair; drag a mark&apos;s handle to edit it</source>
        <translation>Déplacer le réticule ; faites glisser la poignée d’une annotation pour la modifier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="63"/>
        <source>&amp;Length</source>
        <translation>&amp;Longueur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="64"/>
        <source>Drag from one end to the other</source>
        <translation>Faites glisser d’une extrémité à l’autre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="68"/>
        <source>&amp;Bidirectional (RECIST)</source>
        <translation>&amp;Bidirectionnelle (RECIST)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="69"/>
        <source>Drag the long axis, then move the mouse to set the short axis and click (RECIST)</source>
        <translation>Faites glisser le grand axe, puis déplacez la souris pour fixer le petit axe et cliquez (RECIST)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="76"/>
        <source>&amp;Angle</source>
        <translation>&amp;Angle</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="77"/>
        <source>Click the end of one arm, the vertex, then the other end</source>
        <translation>Cliquez l’extrémité d’un côté, le sommet, puis l’autre extrémité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="81"/>
        <source>&amp;Ellipse ROI</source>
        <translation>ROI &amp;elliptique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="82"/>
        <source>Drag from the centre: area and HU mean, SD, min and max</source>
        <translation>Faites glisser depuis le centre : aire et moyenne, écart type, min. et max. en UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="86"/>
        <source>Pol&amp;ygon ROI</source>
        <translation>ROI pol&amp;ygonale</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="87"/>
        <source>Click the corners; double-click or Enter closes it (area and HU statistics)</source>
        <translation>Cliquez les sommets ; un double-clic ou Entrée le ferme (aire et statistiques en UH)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="93"/>
        <source>&amp;Point</source>
        <translation>&amp;Point</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="94"/>
        <source>Click to mark a point (a lymph node, a landmark) and name it</source>
        <translation>Cliquez pour marquer un point (un ganglion, un repère) et le nommer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="100"/>
        <source>&amp;Note</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="101"/>
        <source>Click to pin a note to a place</source>
        <translation>Cliquez pour épingler une note à un endroit</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="105"/>
        <source>A&amp;rrow</source>
        <translation>&amp;Flèche</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="106"/>
        <source>Drag from the tail to the tip</source>
        <translation>Faites glisser de la queue à la pointe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="110"/>
        <source>Pa&amp;int segment</source>
        <translation>Pe&amp;indre le segment</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="111"/>
        <source>Paint the selected segment (disc, or sphere in 3-D mode)</source>
        <translation>Peindre le segment sélectionné (disque, ou sphère en mode 3D)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="115"/>
        <source>E&amp;rase segment</source>
        <translation>Effacer dans le se&amp;gment</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="116"/>
        <source>Erase from the selected segment</source>
        <translation>Effacer dans le segment sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="120"/>
        <source>&amp;Grow segment from seed</source>
        <translation>&amp;Croissance du segment depuis un germe</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/tool_kinds.py" line="121"/>
        <source>Click inside a structure: region growing in the segment panel&apos;s HU range</source>
        <translation>Cliquez dans une structure : croissance de région dans la plage d’UH du panneau des segments</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="83"/>
        <source>&amp;Export case package…</source>
        <translation>E&amp;xporter un paquet de dossier…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="87"/>
        <source>Send a case de-identified and signed to a partner: DICOMDIR, documents and manifest in one zip</source>
        <translation>Envoyer un dossier désidentifié et signé à un partenaire : DICOMDIR, documents et manifeste dans un zip</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="73"/>
        <source>Import case &amp;package…</source>
        <extracomment>What importing a package may change: new images and cases, the sender&apos;s marks, segments, key images and decisions as a layer of their own.</extracomment>
        <translation>Importer un &amp;paquet de dossier…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="76"/>
        <source>Verify a package from a partner (signature, every file) and import it</source>
        <translation>Vérifier un paquet d’un partenaire (signature, chaque fichier) et l’importer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="95"/>
        <source>Package signing &amp;keys…</source>
        <translation>&amp;Clés de signature des paquets…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/exchange.py" line="98"/>
        <source>Show this institution&apos;s public key; trust partner institutions&apos; keys</source>
        <translation>Afficher la clé publique de cet établissement ; approuver les clés des établissements partenaires</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="306"/>
        <source>&amp;Merge with flagged patient…</source>
        <translation>&amp;Fusionner avec le patient signalé…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="310"/>
        <source>Move the selected patient&apos;s studies and cases into the row it is flagged with</source>
        <translation>Déplacer les examens et dossiers du patient sélectionné vers la ligne avec laquelle il est signalé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="317"/>
        <source>&amp;Keep apart</source>
        <translation>&amp;Garder séparés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="321"/>
        <source>Record that the flagged rows are different patients</source>
        <translation>Enregistrer que les lignes signalées sont des patients différents</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="327"/>
        <source>&amp;Split studies off…</source>
        <translation>&amp;Séparer des examens…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/identity.py" line="332"/>
        <source>Move the selected studies to a new patient row of their own</source>
        <translation>Déplacer les examens sélectionnés vers une nouvelle ligne patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/resectability.py" line="41"/>
        <source>&amp;Resectability…</source>
        <translation>&amp;Résécabilité…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/resectability.py" line="47"/>
        <source>Tumour–vessel contact per vessel, corrections, findings and a suggested category for the MDT to confirm</source>
        <translation>Contact tumeur–vaisseau pour chaque vaisseau, corrections, constatations et catégorie suggérée, à confirmer en RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/liver.py" line="41"/>
        <source>&amp;Liver planning…</source>
        <translation>&amp;Planification hépatique…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/liver.py" line="45"/>
        <source>Couinaud segments, a virtual resection and the future liver remnant with its thresholds, for the MDT to confirm</source>
        <translation>Segments de Couinaud, résection virtuelle et FLR (foie restant futur) avec ses seuils, à confirmer par la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="153"/>
        <source>Search the &amp;archive (PACS)…</source>
        <translation>Rechercher dans l&apos;&amp;archive (PACS)…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="157"/>
        <source>Find patients and studies in the hospital&apos;s archive and retrieve them</source>
        <translation>Rechercher des patients et des examens dans l&apos;archive de l&apos;hôpital et les récupérer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="164"/>
        <source>&amp;PACS nodes…</source>
        <translation>Nœuds &amp;PACS…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="167"/>
        <source>The archives this workstation searches, retrieves from and sends to, and the listener that receives images</source>
        <translation>Les archives que ce poste interroge, depuis lesquelles il récupère et vers lesquelles il envoie, ainsi que le récepteur qui reçoit les images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="175"/>
        <source>Send results to &amp;PACS…</source>
        <translation>Envoyer les résultats au &amp;PACS…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/pacs.py" line="179"/>
        <source>Send the case&apos;s measurements, segments, key images and outcome report to the hospital&apos;s archive</source>
        <translation>Envoyer les mesures, segments, images clés et le compte rendu de RCP du dossier à l&apos;archive de l&apos;hôpital</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1025"/>
        <source>&amp;Start remote session…</source>
        <translation>&amp;Démarrer une session à distance…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1035"/>
        <source>Present the selected case (or the meeting&apos;s agenda), exchanged as a case package, to partners who follow live on their own screens</source>
        <translation>Présenter le dossier sélectionné (ou l&apos;ordre du jour de la réunion), échangé comme paquet de dossier, aux partenaires qui suivent en direct sur leur propre écran</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1043"/>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1047"/>
        <source>Invite another partner, or make another one-time code</source>
        <translation>Inviter un autre partenaire, ou créer un autre code à usage unique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1053"/>
        <source>&amp;Join…</source>
        <translation>&amp;Rejoindre…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1057"/>
        <source>Join a remote session with an invitation or a one-time code (the case package must be imported first)</source>
        <translation>Rejoindre une session à distance avec une invitation ou un code à usage unique (le paquet de dossier doit d&apos;abord être importé)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1065"/>
        <source>&amp;Leave</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/features/joint.py" line="1070"/>
        <source>Leave the remote session</source>
        <translation>Quitter la session à distance</translation>
    </message>
</context>
</TS>
