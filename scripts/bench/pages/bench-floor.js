// The least an extension page can do to show its data: one script that opens Latitude's database
// with bare IndexedDB and lists the five newest entries. `npm run bench` times it next to the popup.
const open = indexedDB.open('latitude');
open.onsuccess = () => {
  const db = open.result;
  const newest = db.transaction('entries').objectStore('entries').index('createdAt').openCursor(null, 'prev');
  const list = document.createElement('ul');
  newest.onsuccess = () => {
    const cursor = newest.result;
    if (cursor && list.childElementCount < 5) {
      const item = document.createElement('li');
      item.textContent = cursor.value.text;
      list.append(item);
      cursor.continue();
      return;
    }
    document.body.append(list);
    db.close();
  };
};
