//go:build js

package app

import (
	"io/fs"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// A folder reaches the page two ways: dropped (a FileSystemDirectoryEntry,
// walked by web/folder.js) or picked with "Choose a folder" (a FileList whose
// files carry webkitRelativePath). Either way it becomes one analyzer.File
// with a Folder list, read from its Blobs on demand, as the command line
// reads a folder from disk. A browser shows neither permission bits nor
// symbolic links: every file is marked NoUnixMode (permissions not judged),
// and the analyzer says once what that leaves out.

// dropItems splits a drop into plain files and folder entries. It runs in
// the drop event handler: DataTransfer items are readable only there.
func dropItems(dt goapp.Value) (files []analyzer.File, folders []goapp.Value) {
	items := dt.Get("items")
	if !items.Truthy() {
		return filesFromList(dt.Get("files")), nil
	}
	for i := 0; i < items.Length(); i++ {
		it := items.Index(i)
		if it.Get("kind").String() != "file" {
			continue
		}
		if fn := it.Get("webkitGetAsEntry"); fn.Truthy() {
			if e := it.Call("webkitGetAsEntry"); e.Truthy() && e.Get("isDirectory").Bool() {
				folders = append(folders, e)
				continue
			}
		}
		if f := it.Call("getAsFile"); f.Truthy() {
			size := int64(f.Get("size").Float())
			files = append(files, analyzer.File{Name: f.Get("name").String(), Size: size, R: blobFile(f, size)})
		}
	}
	return files, folders
}

// walkFolder lists a dropped folder through web/folder.js. It waits on a
// promise, so it runs in an action handler.
func walkFolder(entry goapp.Value) (analyzer.File, error) {
	list, err := await(goapp.Window().Call("signdoctorWalkFolder", entry))
	if err != nil {
		return analyzer.File{}, err
	}
	name := entry.Get("name").String()
	out := analyzer.File{Name: name}
	for i := 0; i < list.Length(); i++ {
		e := list.Index(i)
		out.Folder = append(out.Folder, folderFile(e.Get("path").String(), e.Get("file"), e.Get("dir").Bool()))
	}
	return out, nil
}

func folderFile(path string, file goapp.Value, dir bool) analyzer.FolderFile {
	if dir {
		return analyzer.FolderFile{Name: path, Mode: fs.ModeDir | 0o755, NoUnixMode: true}
	}
	size := int64(file.Get("size").Float())
	return analyzer.FolderFile{Name: path, Mode: 0o644, Size: size, R: blobFile(file, size), NoUnixMode: true}
}

// foldersFromList turns a "Choose a folder" FileList into folder inputs, one
// per top folder of the files' webkitRelativePath.
func foldersFromList(list goapp.Value) []analyzer.File {
	if list == nil || !list.Truthy() {
		return nil
	}
	var out []analyzer.File
	index := map[string]int{}
	for i := 0; i < list.Length(); i++ {
		f := list.Index(i)
		rel := f.Get("webkitRelativePath").String()
		if rel == "" || rel == "<undefined>" {
			size := int64(f.Get("size").Float())
			out = append(out, analyzer.File{Name: f.Get("name").String(), Size: size, R: blobFile(f, size)})
			continue
		}
		top, _, _ := strings.Cut(rel, "/")
		k, ok := index[top]
		if !ok {
			k = len(out)
			index[top] = k
			out = append(out, analyzer.File{Name: top})
		}
		out[k].Folder = append(out[k].Folder, folderFile(rel, f, false))
	}
	return out
}
