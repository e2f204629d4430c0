import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

import { catalogueInDisplayOrder, privilegeLabel, shortGroupLabel } from '@/lib/arcgis/group-privileges';
import { privilegeAreas, type Privilege } from '@/lib/arcgis/privilege-catalogue';

type Props = { selected: readonly string[]; onChange: (next: string[]) => void };

type Group = { id: string; label: string; privileges: readonly Privilege[] };

/**
 * The full privilege list, grouped as the portal's role editor shows it, each with its plain-language label.
 * Privileges the catalogue does not know (held by a role from a newer portal) stay listed under "Other".
 */
export function PrivilegePicker({ selected, onChange }: Props) {
  const held = new Set(selected);
  const groups = catalogueInDisplayOrder();
  const knownIds = new Set(groups.flatMap((group) => group.privileges.map((p) => p.id)));
  const unknown = selected.filter((id) => !knownIds.has(id)).map((id) => ({ id, label: privilegeLabel(id) }));
  const areas: { id: string; label: string; groups: Group[] }[] = [
    ...privilegeAreas.map((area) => ({ id: area.id, label: area.label, groups: groups.filter((group) => group.area === area.id) })),
    ...(unknown.length > 0 ? [{ id: 'other', label: 'Other', groups: [{ id: 'other', label: 'Other privileges', privileges: unknown }] }] : []),
  ];

  const toggle = (ids: readonly string[], on: boolean) => {
    const next = new Set(held);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange([...next]);
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {areas.map((area) => (
        <section key={area.id} aria-labelledby={`picker-area-${area.id}`}>
          <Typography variant="h3" id={`picker-area-${area.id}`} sx={{ mb: 1 }}>
            {area.label}
          </Typography>
          <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
            {area.groups.map((group) => {
              const ids = group.privileges.map((p) => p.id);
              const count = ids.filter((id) => held.has(id)).length;
              return (
                <Paper key={group.id} variant="outlined" component="fieldset" sx={{ m: 0, p: 1.5 }}>
                  <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
                    {shortGroupLabel(group.label)}
                  </Typography>
                  <FormControlLabel
                    control={
                      <Checkbox
                        checked={count === ids.length}
                        indeterminate={count > 0 && count < ids.length}
                        onChange={(event) => {
                          toggle(ids, event.target.checked);
                        }}
                      />
                    }
                    label={`All of ${group.label} (${String(count)} of ${String(ids.length)})`}
                    slotProps={{ typography: { variant: 'body2', color: 'text.secondary' } }}
                  />
                  <FormGroup sx={{ pl: 3 }}>
                    {group.privileges.map((privilege) => (
                      <FormControlLabel
                        key={privilege.id}
                        control={
                          <Checkbox
                            size="small"
                            checked={held.has(privilege.id)}
                            onChange={(event) => {
                              toggle([privilege.id], event.target.checked);
                            }}
                          />
                        }
                        label={privilege.label}
                      />
                    ))}
                  </FormGroup>
                </Paper>
              );
            })}
          </Box>
        </section>
      ))}
    </Box>
  );
}
