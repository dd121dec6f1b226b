// The files a reader picked or dropped, each with its path inside the folder
// (as the Node ingest names files: relative to the folder, `/` separators).
// Directory entries are walked with the File and Directory Entries API.

/** A file the reader gave, with its path inside the folder they picked or dropped. */
export interface PickedFile {
  path: string;
  file: Blob;
}

/** `folder/sub/a.txt` of a picked folder is `sub/a.txt`: the folder itself is the corpus. */
const insideFolder = (relative: string) => relative.split('/').slice(1).join('/');

export function filesOfInput(input: HTMLInputElement): PickedFile[] {
  const files = [...(input.files ?? [])].map((file) => ({
    path: file.webkitRelativePath ? insideFolder(file.webkitRelativePath) : file.name,
    file,
  }));
  input.value = ''; // the same files picked again are read again
  return files;
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** Every entry of a directory (readEntries answers in batches of about 100). */
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, path: string, out: PickedFile[]): Promise<void> {
  if (entry.isFile) out.push({ path, file: await fileOf(entry as FileSystemFileEntry) });
  else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry))
      await walk(child, path ? `${path}/${child.name}` : child.name, out);
  }
}

/** Dropped files and folders; a dropped folder's files are named inside it. */
export async function filesOfDrop(data: DataTransfer): Promise<PickedFile[]> {
  // The entries must be taken before the first await: the DataTransfer empties after the event.
  const items = [...data.items].filter((i) => i.kind === 'file').map((i) => ({ entry: i.webkitGetAsEntry(), file: i.getAsFile() }));
  const out: PickedFile[] = [];
  for (const { entry, file } of items) {
    if (entry?.isDirectory) await walk(entry, '', out);
    else if (file) out.push({ path: file.name, file });
  }
  return out;
}
