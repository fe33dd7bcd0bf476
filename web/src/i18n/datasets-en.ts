/** English strings of the datasets section of the import page (list, delete dialog); spread into en.ts. */
export const datasetsEn = {
  'datasets.title': 'Loaded datasets',
  'datasets.hint':
    'Each uploaded or imported file is one dataset. Deleting one removes the patents and links only it brought; what other datasets also state stays.',
  'datasets.none': 'No dataset is loaded.',
  'datasets.col.file': 'File',
  'datasets.col.source': 'Source',
  'datasets.col.imported': 'Imported',
  'datasets.col.loaded': 'Records read',
  'datasets.col.projects': 'Projects',
  'datasets.delete': 'Delete',
  'datasets.deleteTitle': 'Delete dataset',
  'datasets.deleteConfirm':
    'This deletes “{name}” and every patent and link only it brought. It cannot be undone. Type the file name to confirm:',
  'datasets.deleteButton': 'Delete dataset',
  'datasets.deleting': 'Deleting…',
  'datasets.deleted': 'Deleted “{name}”: {patents} patents and {links} links that only it brought.',
  'datasets.cancel': 'Cancel',
  'datasets.unknownSource': 'unknown',
} as const;
