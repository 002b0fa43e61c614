package dev.servicestandards.model.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class FieldMap_Test {

    @Test
    void a_copy_iterates_in_key_order_and_equals_any_map_of_its_entries() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("site", "S-1");
        given.put("agent", "A-7");
        given.put("kind", "fault");
        FieldMap map = FieldMap.copyOf(given);

        assertThat(map.keySet()).containsExactly("agent", "kind", "site");
        assertThat(map.values()).containsExactly("A-7", "fault", "S-1");
        assertThat(map).isEqualTo(given).isEqualTo(new HashMap<>(given));
        assertThat(map.hashCode()).isEqualTo(given.hashCode());
        assertThat(map).hasToString(new TreeMap<>(given).toString());
        assertThat(FieldMap.copyOf(map)).isSameAs(map);
    }

    @Test
    void finds_keys_by_equal_text_and_tells_apart_keys_of_one_hash_code() {
        // "Aa" and "BB" have the same hash code
        FieldMap map = FieldMap.copyOf(Map.of("Aa", 1, "kind", "fault"));

        assertThat(map.get(new String("kind"))).isEqualTo("fault");
        assertThat(map.get("Aa")).isEqualTo(1);
        assertThat(map.get("BB")).isNull();
        assertThat(map.containsKey("BB")).isFalse();
        assertThat(map.get(42)).isNull();
        assertThat(map.get(null)).isNull();
        assertThat(FieldMap.copyOf(Map.of("Aa", 1, "BB", 2))).containsEntry("Aa", 1).containsEntry("BB", 2);
    }

    @Test
    void a_large_map_is_searched_and_agrees_with_a_tree_map_on_every_key() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            TreeMap<String, Object> expected = new TreeMap<>();
            int size = random.nextInt(60);
            for (int i = 0; i < size; i++) {
                expected.put(Integer.toString(random.nextInt(100), 36) + (random.nextBoolean() ? "" : "é"), i);
            }
            FieldMap map = FieldMap.copyOf(expected);
            assertThat(map).containsExactlyEntriesOf(expected);
            for (int probe = 0; probe < 120; probe++) {
                String key = Integer.toString(probe, 36) + (probe % 2 == 0 ? "" : "é");
                assertThat(map.get(key)).as(key).isEqualTo(expected.get(key));
                assertThat(map.containsKey(key)).as(key).isEqualTo(expected.containsKey(key));
            }
        }
    }

    @Test
    void keeps_null_values_rejects_null_keys_and_cannot_be_changed() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("gone", null);
        FieldMap map = FieldMap.copyOf(withNull);
        assertThat(map.containsKey("gone")).isTrue();
        assertThat(map.get("gone")).isNull();

        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put(null, "x");
        assertThatThrownBy(() -> FieldMap.copyOf(nullKey)).isInstanceOf(NullPointerException.class);

        FieldMap fixed = FieldMap.copyOf(Map.of("kind", "fault"));
        assertThatThrownBy(() -> fixed.put("kind", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fixed.remove("kind")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(fixed::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fixed.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fixed.keySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(fixed).containsEntry("kind", "fault");
    }

    @Test
    void maps_of_the_same_keys_share_their_shape_and_keep_their_own_values() {
        FieldMap.Shapes shapes = new FieldMap.Shapes();
        FieldMap first = shapes.map(new String[] {"site", "kind"}, new Object[] {"S-1", "fault"}, 2);
        FieldMap second = shapes.map(new String[] {"site", "kind", "unused"}, new Object[] {"S-2", "complaint", "x"}, 2);
        FieldMap reordered = shapes.map(new String[] {"kind", "site"}, new Object[] {"fault", "S-1"}, 2);

        assertThat(second.shape()).isSameAs(first.shape());
        assertThat(first).containsExactly(Map.entry("kind", "fault"), Map.entry("site", "S-1"));
        assertThat(second).containsExactly(Map.entry("kind", "complaint"), Map.entry("site", "S-2"));
        assertThat(reordered).isEqualTo(first);
        assertThatThrownBy(() -> shapes.map(new String[] {"kind", "kind"}, new Object[] {1, 2}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("key \"kind\" repeats");
    }

    @Test
    void ever_new_keys_are_mapped_right_while_only_so_many_forms_are_remembered() {
        FieldMap.Shapes shapes = new FieldMap.Shapes();
        List<FieldMap> maps = new ArrayList<>();
        int forms = FieldMap.Shapes.REMEMBERED * 3;
        for (int i = 0; i < forms; i++) {
            maps.add(shapes.map(new String[] {"k" + i, "a"}, new Object[] {i, "v" + i}, 2));
        }
        for (int i = 0; i < forms; i++) {
            assertThat(maps.get(i)).containsExactly(Map.entry("a", "v" + i), Map.entry("k" + i, i));
        }
        // the latest forms are still shared
        FieldMap again = shapes.map(new String[] {"k" + (forms - 1), "a"}, new Object[] {0, "x"}, 2);
        assertThat(again.shape()).isSameAs(maps.get(forms - 1).shape());
    }

    @Test
    void a_form_of_very_many_keys_is_mapped_right_but_not_remembered() {
        FieldMap.Shapes shapes = new FieldMap.Shapes();
        int size = FieldMap.Shapes.LARGEST_REMEMBERED + 1;
        String[] keys = new String[size];
        Object[] values = new Object[size];
        TreeMap<String, Object> expected = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            keys[i] = "key" + (size - i);
            values[i] = i;
            expected.put(keys[i], i);
        }

        FieldMap first = shapes.map(keys, values, size);
        FieldMap second = shapes.map(keys, values, size);

        assertThat(first).containsExactlyEntriesOf(expected);
        assertThat(second).isEqualTo(first);
        assertThat(second.shape()).isNotSameAs(first.shape());
    }
}
