export { allowedFilesSentence, allowedFileTypes, allowedTypeOf, assertAllowedFile, cleanFilename, decodeFileContent, formatBytes } from "./file-rules";
export { fileSelect, fileUrl, toFile } from "./file-select";
export { defaultFilesDir, fileStore, localFileStore, resetFileStore, type FileStore } from "./file-store";
export { s3FileStore, type S3FileStoreOptions } from "./s3-file-store";
export { listFiles, type ListFilesInput } from "./list-files";
export { readFileForDownload } from "./read-file";
export { deleteFile, findFileInScope, uploadFile, type UploadFileInput } from "./write-file";
