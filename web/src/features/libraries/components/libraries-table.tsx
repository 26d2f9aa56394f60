import type { Library } from '@ice-console/shared/libraries';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, Library>();
const columns = column.columns([
  column.accessor('libId', { header: 'LibId', cell: (info) => <code>{info.getValue()}</code> }),
  column.accessor('libName', { header: 'Name' }),
  column.accessor('libDescription', { header: 'Description' }),
]);

export function LibrariesTable({ libraries }: { libraries: Library[] }) {
  const table = useTable({ features, columns, data: libraries });
  return (
    <table className="libraries-table">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col">
                <table.FlexRender header={header} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
