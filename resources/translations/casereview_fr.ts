<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Browser</name>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="79"/>
        <source>Draft</source>
        <extracomment>Side of the thumbnails in the tree, in device-independent pixels. Typing pauses this long (ms) before the index is searched, so each key does not query. Produces the PNG thumbnail of a series id (runs on a worker thread; may raise).</extracomment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="80"/>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="81"/>
        <source>Ready for MDT</source>
        <translation>Prêt pour la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="82"/>
        <source>Discussed</source>
        <translation>Discuté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="83"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="136"/>
        <source>Patient / study / series</source>
        <translation>Patient / examen / série</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="137"/>
        <source>ID / modality</source>
        <translation>ID / modalité</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="138"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="139"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="144"/>
        <source>Patient {n}</source>
        <translation>Patient {n}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="147"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="164"/>
        <source>(study without description)</source>
        <translation>(examen sans description)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="183"/>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="208"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="209"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="210"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="211"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="212"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="213"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="356"/>
        <source>Search name, patient ID or accession number</source>
        <extracomment>Emitted with the series id when its thumbnail is shown (or failed).</extracomment>
        <translation>Rechercher : nom, ID patient ou numéro d’accession</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="367"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="371"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="386"/>
        <source>Only studies on or after this date</source>
        <translation>Seulement les examens à partir de cette date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="389"/>
        <source>Only studies on or before this date</source>
        <translation>Seulement les examens jusqu’à cette date</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="394"/>
        <source>All modalities</source>
        <translation>Toutes modalités</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="399"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="521"/>
        <source>No preview: the images of this series cannot be shown.</source>
        <translation>Pas d’aperçu : les images de cette série ne peuvent pas être affichées.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="598"/>
        <source>Imaging — patients: {patients}, studies: {studies}</source>
        <translation>Imagerie — patients : {patients}, examens : {studies}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="604"/>
        <source>No imaging matches the search and filters.</source>
        <translation>Aucune imagerie ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="608"/>
        <source>No imaging yet. Import a folder, files, a zip archive or a DICOMDIR (File menu), or drop them on this window.</source>
        <translation>Pas encore d’imagerie. Importez un répertoire, des fichiers, une archive zip ou un DICOMDIR (menu Fichier), ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/browser.py" line="625"/>
        <source>Cases — {n}</source>
        <translation>Dossiers — {n}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="45"/>
        <source>Surgeon</source>
        <translation>Chirurgien</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="46"/>
        <source>Radiologist</source>
        <translation>Radiologue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="47"/>
        <source>Medical oncologist</source>
        <translation>Oncologue médical</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="48"/>
        <source>Radiation oncologist</source>
        <translation>Radiothérapeute</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="49"/>
        <source>Pathologist</source>
        <translation>Pathologiste</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="50"/>
        <source>Gastroenterologist</source>
        <translation>Gastro-entérologue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="51"/>
        <source>Nurse</source>
        <translation>Infirmier·ère</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="52"/>
        <source>MDT coordinator</source>
        <translation>Coordinateur·rice de RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="53"/>
        <source>Trainee</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="54"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="64"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="83"/>
        <source>Hide patient identity when casereview starts</source>
        <translation>Masquer l’identité du patient au démarrage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="95"/>
        <source>Language (after restart)</source>
        <translation>Langue (après redémarrage)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="97"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="98"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="100"/>
        <source>Name shown on reports</source>
        <translation>Nom affiché sur les comptes rendus</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="102"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="103"/>
        <source>Memory for open images</source>
        <translation>Mémoire pour les images ouvertes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="150"/>
        <source>About casereview</source>
        <translation>À propos de casereview</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="155"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="156"/>
        <source>Data directory</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="157"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="158"/>
        <source>Schema revision</source>
        <translation>Révision du schéma</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="159"/>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="170"/>
        <source>Surgical case review and MDT meetings for hepatopancreatobiliary teams.</source>
        <translation>Revue de dossiers chirurgicaux et réunions de concertation pluridisciplinaire pour les équipes hépato-bilio-pancréatiques.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="174"/>
        <source>Not a medical device for primary diagnosis; decisions rest with the clinical team.</source>
        <translation>N’est pas un dispositif de diagnostic primaire ; les décisions relèvent de l’équipe soignante.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="199"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="205"/>
        <source>e.g. Pancreatic head mass, SMV contact</source>
        <translation>p. ex. Masse de la tête du pancréas, contact VMS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="209"/>
        <source>Question for the review or the MDT</source>
        <translation>Question posée à la revue ou à la RCP</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="213"/>
        <source>Comma-separated, e.g. pancreas, borderline</source>
        <translation>Séparés par des virgules, p. ex. pancréas, borderline</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="219"/>
        <source>Selected — studies: {studies}, series: {series}</source>
        <translation>Sélection — examens : {studies}, séries : {series}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="225"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="226"/>
        <source>Clinical question</source>
        <translation>Question clinique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/dialogs.py" line="227"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="25"/>
        <source>casereview could not finish this</source>
        <translation>casereview n’a pas pu terminer</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="26"/>
        <source>Settings problem</source>
        <translation>Problème de paramètres</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="27"/>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="28"/>
        <source>Database from a newer version</source>
        <translation>Base de données d’une version plus récente</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="29"/>
        <source>Database busy</source>
        <translation>Base de données occupée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="30"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="31"/>
        <source>Please check the input</source>
        <translation>Veuillez vérifier la saisie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="32"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="33"/>
        <source>DICOM file could not be read</source>
        <translation>Fichier DICOM illisible</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="83"/>
        <source>Unexpected problem</source>
        <extracomment>Emitted with (title, text) each time a message is shown (tests and the status bar use it).</extracomment>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="84"/>
        <source>casereview ran into an unexpected problem and stopped this action. Your saved work is safe.

Reference: {reference}</source>
        <translation>casereview a rencontré un problème inattendu et a interrompu cette action. Votre travail enregistré est intact.

Référence : {reference}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/errors.py" line="90"/>
        <source>Details are in the log file: {path}</source>
        <translation>Détails dans le fichier journal : {path}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="27"/>
        <source>not a DICOM file</source>
        <translation>pas un fichier DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="28"/>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="39"/>
        <source>Import finished: {new} new images in {series} series</source>
        <translation>Import terminé : {new} nouvelles images dans {series} séries</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="43"/>
        <source>; {n} files not imported (see the report)</source>
        <translation> ; {n} fichiers non importés (voir le rapport)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="63"/>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="66"/>
        <source>Conflict, quarantined</source>
        <translation>Conflit, mis en quarantaine</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="70"/>
        <location filename="../../src/casereview/ui/import_report.py" line="118"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="78"/>
        <source>{n} new images were added to the index.</source>
        <translation>{n} nouvelles images ont été ajoutées à l’index.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="84"/>
        <source>No new images were added to the index.</source>
        <translation>Aucune nouvelle image n’a été ajoutée à l’index.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="99"/>
        <source>Files found</source>
        <translation>Fichiers trouvés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="100"/>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="103"/>
        <source>Already indexed, unchanged</source>
        <translation>Déjà indexés, inchangés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="108"/>
        <source>Identical copies skipped</source>
        <translation>Copies identiques ignorées</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="113"/>
        <source>Conflicts, quarantined</source>
        <translation>Conflits, mis en quarantaine</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="138"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="139"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="140"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="156"/>
        <source>Files not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="169"/>
        <source>Copy list</source>
        <translation>Copier la liste</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/import_report.py" line="173"/>
        <source>Copy the files not imported and the reasons, e.g. for the PACS team</source>
        <translation>Copier les fichiers non importés et leurs motifs, p. ex. pour l’équipe PACS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="104"/>
        <source>Study browser</source>
        <extracomment>How often a viewer that is still loading redraws the slices that arrived.</extracomment>
        <translation>Navigateur d’études</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="120"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="330"/>
        <source>Patients: {p} · Studies: {s} · Cases: {c}</source>
        <translation>Patients : {p} · Examens : {s} · Dossiers : {c}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="335"/>
        <source>User: {name}</source>
        <translation>Utilisateur : {name}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="340"/>
        <source>Database: {kind}, schema {rev}</source>
        <translation>Base : {kind}, schéma {rev}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="353"/>
        <source>Patient identity hidden</source>
        <translation>Identité du patient masquée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="355"/>
        <source>Patient identity shown</source>
        <translation>Identité du patient affichée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="381"/>
        <source>Case “{title}” created</source>
        <translation>Dossier « {title} » créé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="503"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="481"/>
        <location filename="../../src/casereview/ui/main_window.py" line="524"/>
        <source>Loading images</source>
        <translation>Chargement des images</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="542"/>
        <source>Import a folder of DICOM files</source>
        <translation>Importer un répertoire de fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="551"/>
        <source>Import DICOM files, zip archives or a DICOMDIR</source>
        <translation>Importer des fichiers DICOM, des archives zip ou un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="558"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="559"/>
        <source>DICOM, zip and DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)</source>
        <translation>DICOM, zip et DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="583"/>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Un import est déjà en cours ; attendez qu’il se termine.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="609"/>
        <source>Importing DICOM files</source>
        <translation>Import des fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="612"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="627"/>
        <source>Import cancelled; the files imported so far are kept.</source>
        <translation>Import annulé ; les fichiers déjà importés sont conservés.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="686"/>
        <source>Demo case “{title}” is open</source>
        <translation>Dossier de démonstration « {title} » ouvert</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="693"/>
        <source>Preparing the demo case</source>
        <translation>Préparation du dossier de démonstration</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="711"/>
        <source>Export volume as NIfTI</source>
        <translation>Exporter le volume en NIfTI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="713"/>
        <source>NIfTI images (*.nii.gz *.nii)</source>
        <translation>Images NIfTI (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="724"/>
        <source>Volume written to {path}</source>
        <translation>Volume enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="731"/>
        <source>Writing the NIfTI file</source>
        <translation>Écriture du fichier NIfTI</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="744"/>
        <source>Checking database and files</source>
        <translation>Vérification de la base et des fichiers</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="751"/>
        <source>The database is sound and all {n} indexed files are unchanged.</source>
        <translation>La base est saine et les {n} fichiers indexés sont inchangés.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="758"/>
        <source>Missing: {path}</source>
        <translation>Manquant : {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="762"/>
        <source>Changed: {path}</source>
        <translation>Modifié : {path}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="765"/>
        <source>Problems were found ({m} missing, {c} changed files, {d} database problems):</source>
        <translation>Des problèmes ont été trouvés ({m} fichiers manquants, {c} modifiés, {d} problèmes de base) :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="773"/>
        <source>Check database and files</source>
        <translation>Vérifier la base et les fichiers</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="41"/>
        <source>Looking for files</source>
        <extracomment>A unit of long work: receives a progress reporter and a cancel token, returns a result.</extracomment>
        <translation>Recherche des fichiers</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="42"/>
        <source>Reading DICOM headers</source>
        <translation>Lecture des en-têtes DICOM</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="43"/>
        <source>Checking indexed files</source>
        <translation>Vérification des fichiers indexés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="44"/>
        <source>Generating the synthetic CT</source>
        <translation>Génération du scanner synthétique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="55"/>
        <source>a few seconds left</source>
        <extracomment>Seconds between two updates of the progress text (values still move on every report).</extracomment>
        <translation>encore quelques secondes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="57"/>
        <source>about {n} s left</source>
        <translation>environ {n} s restantes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="59"/>
        <source>about {n} min left</source>
        <translation>environ {n} min restantes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="60"/>
        <source>about {h} h {m} min left</source>
        <translation>environ {h} h {m} min restantes</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/tasks.py" line="181"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="68"/>
        <source>Loading images</source>
        <translation>Chargement des images</translation>
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
        <translation>2×2 avec 3D</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="45"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="48"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="77"/>
        <source>Axial</source>
        <extracomment>Slices a second while cine plays.</extracomment>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="49"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="78"/>
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="50"/>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="79"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="53"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="54"/>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="55"/>
        <source>Pancreas</source>
        <translation>Pancréas</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="56"/>
        <source>Angiography</source>
        <translation>Angiographie</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="57"/>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="58"/>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="61"/>
        <source>Thin slice</source>
        <translation>Coupe fine</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="80"/>
        <source>oblique</source>
        <translation>oblique</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="81"/>
        <source>Im {index}/{count}</source>
        <translation>Im {index}/{count}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="82"/>
        <source>{axis} {mm:.1f} mm</source>
        <translation>{axis} {mm:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="83"/>
        <source>W {width:.0f} L {level:.0f}</source>
        <translation>L {width:.0f} N {level:.0f}</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="84"/>
        <source>{mode} {thickness:.1f} mm</source>
        <translation>{mode} {thickness:.1f} mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="88"/>
        <source>Identity hidden</source>
        <translation>Identité masquée</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="89"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="172"/>
        <source>Viewer</source>
        <extracomment>The user asked to show the series of this id beside the primary one.</extracomment>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="174"/>
        <source>Viewer reformat</source>
        <translation>Reformatage de la visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="178"/>
        <source>Layout:</source>
        <translation>Disposition :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="192"/>
        <source>Plane shown by the 1×1 and side-by-side layouts</source>
        <translation>Plan affiché par les dispositions 1×1 et côte à côte</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="204"/>
        <source>Show another series of the study beside this one, scrolled to the same position</source>
        <translation>Afficher une autre série de l’étude à côté de celle-ci, à la même position</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="209"/>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="219"/>
        <source>Window preset…</source>
        <translation>Fenêtre prédéfinie…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="225"/>
        <source>W</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="229"/>
        <source>Window width (HU)</source>
        <translation>Largeur de fenêtre (UH)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="231"/>
        <source>L</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="235"/>
        <source>Window level (HU)</source>
        <translation>Niveau de fenêtre (UH)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="246"/>
        <source>W/L drag</source>
        <translation>Glisser L/N</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="247"/>
        <source>Left-drag changes the window (horizontal: width, vertical: level) instead of moving the crosshair</source>
        <translation>Le glisser gauche change la fenêtre (horizontal : largeur, vertical : niveau) au lieu de déplacer le réticule</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="256"/>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="257"/>
        <source>Invert the grey scale</source>
        <translation>Inverser l’échelle de gris</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="262"/>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="264"/>
        <source>Fit the images in their views again (zoom and pan)</source>
        <translation>Ajuster de nouveau les images à leurs vues (zoom et déplacement)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="271"/>
        <source>Slab:</source>
        <translation>Épaisseur :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="282"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="283"/>
        <source>Slab thickness</source>
        <translation>Épaisseur de la tranche</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="289"/>
        <source>Oblique (°):</source>
        <translation>Oblique (°) :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="294"/>
        <source>Tilt the planes about the right–left axis</source>
        <translation>Incliner les plans autour de l’axe droite–gauche</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="298"/>
        <source>Tilt the planes about the anterior–posterior axis</source>
        <translation>Incliner les plans autour de l’axe antéro-postérieur</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="304"/>
        <source>Turn the planes about the head–foot axis</source>
        <translation>Tourner les plans autour de l’axe tête–pieds</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="316"/>
        <source>R–L</source>
        <translation>D–G</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="317"/>
        <source>A–P</source>
        <translation>A–P</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="318"/>
        <source>S–I</source>
        <translation>S–I</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="326"/>
        <source>Straighten</source>
        <translation>Redresser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="328"/>
        <source>Back to the axial, coronal and sagittal planes</source>
        <translation>Revenir aux plans axial, coronal et sagittal</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="336"/>
        <source>Cine</source>
        <translation>Ciné</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="337"/>
        <source>Play through the slices of the active view (click again to pause)</source>
        <translation>Faire défiler les coupes de la vue active (cliquer de nouveau pour mettre en pause)</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="479"/>
        <source>Check before measuring:</source>
        <translation>À vérifier avant de mesurer :</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="526"/>
        <source>Move the mouse over an image for its value and position.</source>
        <translation>Survolez une image pour voir sa valeur et sa position.</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="534"/>
        <source>outside the volume</source>
        <translation>hors du volume</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="536"/>
        <source>{v:.0f} HU</source>
        <translation>{v:.0f} UH</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/viewer/viewer.py" line="540"/>
        <source>{value} · R/L {x:.1f}, A/P {y:.1f}, S/I {z:.1f} mm (LPS)</source>
        <translation>{value} · D/G {x:.1f}, A/P {y:.1f}, S/I {z:.1f} mm (LPS)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="58"/>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="59"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="60"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="61"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="152"/>
        <source>&amp;Import folder…</source>
        <translation>&amp;Importer un répertoire…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="158"/>
        <source>Import every DICOM file in a folder, e.g. a CD or a PACS export</source>
        <translation>Importer tous les fichiers DICOM d’un répertoire, p. ex. un CD ou un export PACS</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="164"/>
        <source>Import &amp;files…</source>
        <translation>Importer des &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="169"/>
        <source>Import DICOM files, zip archives or a DICOMDIR</source>
        <translation>Importer des fichiers DICOM, des archives zip ou un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="173"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="178"/>
        <source>Reload patients and cases from the database</source>
        <translation>Recharger patients et dossiers depuis la base</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="182"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="191"/>
        <source>&amp;New case from selection…</source>
        <translation>&amp;Nouveau dossier à partir de la sélection…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="197"/>
        <source>Create a case from the selected patient, studies or series</source>
        <translation>Créer un dossier à partir du patient, des examens ou des séries sélectionnés</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="203"/>
        <source>&amp;Export volume as NIfTI…</source>
        <translation>&amp;Exporter le volume en NIfTI…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="207"/>
        <source>Write the volume shown in the viewer as a NIfTI file (for research and planning tools); it carries no patient identity</source>
        <translation>Enregistrer le volume affiché dans un fichier NIfTI (pour les outils de recherche et de planification) ; il ne contient aucune identité de patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="215"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="221"/>
        <source>Show the selected series in the 2-D viewer; a second selected series opens beside it</source>
        <translation>Afficher la série sélectionnée dans la visionneuse 2D ; une deuxième série sélectionnée s’ouvre à côté</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="229"/>
        <source>&amp;Hide patient identity</source>
        <translation>&amp;Masquer l’identité du patient</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="235"/>
        <source>Hide names, IDs and birth dates, e.g. before sharing the screen</source>
        <translation>Masquer noms, identifiants et dates de naissance, p. ex. avant de partager l’écran</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="241"/>
        <source>&amp;Check database and files…</source>
        <translation>&amp;Vérifier la base et les fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="245"/>
        <source>Check the database and that every indexed file is unchanged</source>
        <translation>Vérifier la base et que chaque fichier indexé est inchangé</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="251"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="260"/>
        <source>Open &amp;demo case</source>
        <translation>Ouvrir le dossier de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="263"/>
        <source>Create (first time only) and open the synthetic pancreatic-cancer demo case</source>
        <translation>Créer (la première fois) et ouvrir le dossier de démonstration synthétique de cancer du pancréas</translation>
    </message>
    <message>
        <location filename="../../src/casereview/ui/main_window.py" line="270"/>
        <source>&amp;About casereview</source>
        <translation>À &amp;propos de casereview</translation>
    </message>
</context>
</TS>
